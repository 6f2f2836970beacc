"""Patterns the twenty-second blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

SATURDAY = "2026-04-18T12:00:00+05:00"  # a Saturday
APRIL_18 = date(2026, 4, 18)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_working_group_on_something_met_on_friday_in_a_report_of_the_next_day(make_doc, events):
    # "reform working group" in the title holds no "form working group"; the lead's "on Friday" dates the sitting
    doc = make_doc("The working group on tax reform met in Astana on Friday to discuss the new code.\n\n"
                   "Its members agreed on a timetable.", language="en", published=SATURDAY,
                   title="Tax reform working group discusses new code")
    assert events(extract_events(doc)) == [(date(2026, 4, 17), "working_group")]


def test_a_working_group_that_met_residents_is_no_sitting_of_its_own(make_doc, events):
    doc = make_doc("The working group on tax reform met with residents of Karaganda on Friday.", language="en",
                   published=SATURDAY)
    assert (date(2026, 4, 17), "working_group") not in events(extract_events(doc))
