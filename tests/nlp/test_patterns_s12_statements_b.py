"""Statement patterns the blind sets 55 to 60 showed missing or overreaching, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_a_proposal_after_the_reported_clause_is_no_part_of_it(make_doc):
    doc = make_doc("Minister Arman Seitov said the old tariff had served its time, and proposed raising it next "
                   "year.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the old tariff had served its time")]


def test_a_reservation_naming_only_a_topic_ends_the_clause(make_doc):
    doc = make_doc("Inspectors from the ministry said the bridge had been built well, though they pointed to cracks "
                   "on the eastern side.", language="en")
    assert _said(extract_statements(doc)) == [("Inspectors from the ministry", "the bridge had been built well")]


def test_a_reservation_with_its_own_clause_stays_a_statement(make_doc):
    doc = make_doc("Inspectors from the ministry said the bridge had been built well, though they noted that the "
                   "paint was thin.", language="en")
    assert _said(extract_statements(doc)) == [("Inspectors from the ministry", "the bridge had been built well"),
                                              ("Inspectors from the ministry", "the paint was thin")]
