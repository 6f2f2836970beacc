"""English patterns the seventh held-out round (blind85-90) and the sixth (blind79-84) showed missing, and their
neighbours, each in short sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_sitting_counted_as_the_last_of_all(make_doc, events):
    doc = make_doc("The regional council approved the budget on Wednesday.\n\nThe council's budget commission held "
                   "its ninth and final session on Tuesday.", language="en", published=MAY_14)
    assert (date(2026, 5, 12), "commission_meeting") in events(extract_events(doc))


def test_a_sitting_counted_without_the_last_is_still_a_sitting(make_doc, events):
    doc = make_doc("The commission held its fourth session on Tuesday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "commission_meeting")]


def test_the_outcome_first_then_the_counting_body(make_doc, events):
    doc = make_doc("Voters have backed the new electoral code, the Central Referendum Commission announced on Thursday, "
                   "with 64 percent in favour.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "results")]


def test_voters_approving_a_plan_told_by_no_counting_body_is_no_result(make_doc, events):
    doc = make_doc("Voters have backed the new park plan, the city council said on Thursday.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_working_group_dated_by_the_order_it_was_set_up_under(make_doc, events):
    doc = make_doc("A working group to revise the water code has been set up under a government order signed on "
                   "Tuesday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "working_group")]


def test_a_working_group_under_an_undated_order_keeps_the_report_s_day(make_doc, events):
    doc = make_doc("A working group to revise the water code has been set up under a government order.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "working_group")]


def test_a_text_being_published_today(make_doc, events):
    doc = make_doc("The mayor signed the new zoning rules on Wednesday.\n\nThe rules and the city map are being "
                   "published today in the local newspapers.", language="en", published=MAY_14)
    assert (THURSDAY, "publication") in events(extract_events(doc))


def test_a_text_to_be_published_later_is_no_publication(make_doc, events):
    doc = make_doc("The rules will be published next week in the local newspapers.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []
