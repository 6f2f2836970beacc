from __future__ import annotations

from pipeline.legal.textnorm import clean_line, comparison_text, comparison_tokens, join_wrapped


def test_clean_line_repairs_pdf_damage():
    assert clean_line("Республика\u00a0Казахстан ,  публикуются\u00ad .") == "Республика Казахстан, публикуются."


def test_wrapped_lines_join_and_keep_compound_hyphens():
    assert join_wrapped(["тежемелік әрі тепе-", "теңдік жүйесі"]) == "тежемелік әрі тепе-теңдік жүйесі"
    assert join_wrapped(["на законодательную", ", исполнительную"]) == "на законодательную, исполнительную"


def test_typography_alone_compares_equal():
    a = "Столица – город «Астана»,\u00a0принцип “Закон и Порядок”"
    b = "Столица - город \"Астана\", принцип «Закон и Порядок»"
    assert comparison_text(a) == comparison_text(b)


def test_hyphenation_and_mixed_scripts_compare_equal():
    assert comparison_tokens("тепе- теңдік") == comparison_tokens("тепе-теңдік") == comparison_tokens("тепетеңдік")
    assert comparison_tokens("бiрiктiрген") == comparison_tokens("біріктірген")  # Latin i for Kazakh і


def test_case_and_wording_still_differ():
    assert comparison_text("суверенитет") != comparison_text("Суверенитет")
    assert comparison_text("83-1") == "83-1"
