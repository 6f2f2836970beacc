"""Kazakh statement patterns the sets blind33 to blind36 showed missing or wrongly taken, and their neighbours, each in
short sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_a_clause_someone_had_written_before(make_doc):
    doc = make_doc("Журналист Дана Сейітова ауыл мектебі жабылуы мүмкін екенін жазған болатын.", language="kk")
    assert _said(extract_statements(doc)) == [("Дана Сейітова", "ауыл мектебі жабылуы мүмкін")]
