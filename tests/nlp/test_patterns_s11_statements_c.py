"""Patterns the blind sets 46-48 showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- statements -----------------------------------------------------------------------------------------------------

def test_an_interviewee_introduced_in_the_genitive_is_named_in_the_nominative(make_doc):
    doc = make_doc("Газета расспросила профессора экономики Ерлана Сапарова.\n\n– Налоги вырастут?\n\n– Нет, ставки "
                   "останутся прежними до конца года, – отвечает Сапаров.")
    assert _said(extract_statements(doc)) == [("Ерлан Сапаров", "Нет, ставки останутся прежними до конца года")]


def test_a_woman_in_the_nominative_keeps_her_name(make_doc):
    doc = make_doc("Слово взяла экономист Алия Сапарова.\n\n– Ставки останутся прежними, – отвечает Сапарова.")
    assert _said(extract_statements(doc)) == [("Алия Сапарова", "Ставки останутся прежними")]
