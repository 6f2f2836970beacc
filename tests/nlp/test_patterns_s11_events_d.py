"""Event patterns the blind sets 49 to 51 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)
WEDNESDAY = date(2026, 5, 13)
TUESDAY = date(2026, 5, 12)
SUNDAY = date(2026, 5, 10)


def test_an_official_met_deputies_without_with(make_doc, events):
    doc = make_doc("On Tuesday, the Minister of Justice Dana Abenova met deputies of the city maslikhat in Taraz.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "meeting")]


def test_an_official_met_residents_stays_a_public_discussion(make_doc, events):
    doc = make_doc("On Tuesday, the Minister of Justice Dana Abenova met residents of Taraz in the city library.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion")]
