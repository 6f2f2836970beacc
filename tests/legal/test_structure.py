from __future__ import annotations

import pytest

from pipeline.legal.formats.pdf import lines_to_blocks
from pipeline.legal.model import Block
from pipeline.legal.parse import parse_document
from pipeline.legal.structure import build_law
from pipeline.sources.base import ParseError


def test_pdf_lines_become_paragraphs_by_indentation():
    lines = [
        "Конституция Республики Казахстан",
        "Раздел I.",
        "Общие положения",
        "Статья 1",
        "      1. Республика Казахстан утверждает себя демократическим, светским",
        "государством.",
        "      Сноска. Статья 1 с изменениями, внесенными Законом",
        "РК от 10.03.2017.",
        "      2. Второй пункт.",
    ]
    law = build_law(lines_to_blocks(lines), "v", "ru", "pdf")
    article = law.articles[0]
    assert (article.section_number, article.section_title) == ("I", "Общие положения")
    assert article.paragraphs == [
        "1. Республика Казахстан утверждает себя демократическим, светским государством.", "2. Второй пункт."]
    assert article.notes == ["Сноска. Статья 1 с изменениями, внесенными Законом РК от 10.03.2017."]


def test_repealed_article_keeps_its_number_and_note():
    law = build_law([Block("Статья 84"), Block("Сноска. Статья 84 исключена Законом РК от 21.05.2007."),
                     Block("Статья 85"), Block("Текст.")], "v", "ru", "txt")
    assert [a.number for a in law.articles] == ["84", "85"]
    assert law.articles[0].paragraphs == [] and law.articles[0].notes
    assert not any("84 has no text" in w for w in law.warnings)


def test_section_notes_stay_with_the_section():
    law = build_law([Block("Раздел VI"), Block("Конституционный Суд"),
                     Block("Сноска. Заголовок раздела VI – в редакции Закона РК от 08.06.2022."),
                     Block("Статья 71"), Block("Текст.")], "v", "ru", "txt")
    assert law.sections[0].title == "Конституционный Суд"
    assert law.sections[0].notes == ["Сноска. Заголовок раздела VI – в редакции Закона РК от 08.06.2022."]
    assert law.articles[0].notes == []


def test_out_of_order_and_repeated_numbers_are_warned():
    law = build_law([Block(x) for x in ("Статья 2", "а.", "Статья 1", "б.", "Статья 1", "в.")], "v", "ru", "txt")
    assert any("out of order" in w for w in law.warnings)
    assert any("appears twice" in w for w in law.warnings)


@pytest.mark.parametrize("data, fmt, language, reason", [
    (b"x", "rtf", "ru", "unknown legal text format"),
    (b"x", "txt", "de", "unknown language"),
    ("text", "pdf", "ru", "must be bytes"),
    (b"", "txt", "ru", "empty"),
    (b"%PDF-1.4 not really", "pdf", "ru", "PDF"),
    (b"PK\x03\x04 broken zip", "docx", "ru", "DOCX"),
    ("Просто текст без статей.".encode(), "txt", "ru", "no article headings"),
])
def test_bad_input_is_a_clear_error(data, fmt, language, reason):
    with pytest.raises(ParseError, match=reason):
        parse_document(data, fmt, "v", language)


def test_cp1251_text_is_decoded_and_flagged():
    law = parse_document("Статья 1\nТекст статьи.".encode("cp1251"), "txt", "v", "ru")
    assert law.articles[0].paragraphs == ["Текст статьи."]
    assert "text is not UTF-8; decoded as windows-1251" in law.warnings
