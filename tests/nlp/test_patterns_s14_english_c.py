"""English patterns the eighth held-out round (blind91-96) showed missing, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)


# --- events ---------------------------------------------------------------------------------------------------------

def test_delivering_an_address_on_the_day_the_lead_tells(make_doc, events):
    doc = make_doc("ASTANA – President Aidar Nurlanov on Tuesday proposed a smaller cabinet.\n\nDelivering his annual "
                   "State-of-the-Nation Address at a joint session of the two chambers, Nurlanov said the ministries "
                   "had grown too large.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "address")]


def test_an_address_with_no_day_before_it_stays_the_reports(make_doc, events):
    doc = make_doc("ASTANA – President Aidar Nurlanov proposed a smaller cabinet.\n\nDelivering his annual "
                   "State-of-the-Nation Address at a joint session of the two chambers, Nurlanov said the ministries "
                   "had grown too large.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "address")]


def test_students_meeting_officials(make_doc, events):
    doc = make_doc("Students of Taraz College met officials of the city akimat on Thursday to discuss the reform.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "public_discussion")]


def test_the_national_kurultai_in_a_relative_clause(make_doc, events):
    doc = make_doc("President Aidar Nurlanov on Wednesday signed a decree forming a drafting council.\n\nThe decree "
                   "came a day after the National Kurultai, which met in Turkistan on Tuesday. There Nurlanov proposed "
                   "a smaller cabinet.", language="en", published=MAY_14)
    assert sorted(events(extract_events(doc))) == [(date(2026, 5, 12), "public_discussion"),
                                                   (date(2026, 5, 13), "decree")]


def test_the_national_kurultai_named_alone_as_what_came_before_is_no_event(make_doc, events):
    doc = make_doc("President Aidar Nurlanov on Wednesday signed a decree forming a drafting council.\n\nThe council "
                   "is chaired by Dana Abenova.\n\nThe decree came a day after the National Kurultai, which met in "
                   "Turkistan on Tuesday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree")]


def test_a_meeting_between_an_akim_and_deputies_on_the_first_day_under_a_law(make_doc, events):
    doc = make_doc("ATYRAU – The new regional charter took effect on Wednesday. In the Atyrau region, the first day "
                   "under the new charter began with a meeting between the regional akim and deputies of the "
                   "maslikhat.", language="en", published=MAY_14)
    assert sorted(events(extract_events(doc))) == [(date(2026, 5, 13), "meeting"), (date(2026, 5, 13), "other")]


def test_elected_a_convocation_of_the_kurultai(make_doc, events):
    doc = make_doc("Kazakhstan on Sunday elected the second convocation of the Kurultai.\n\nOn Monday, the Central "
                   "Election Commission announced preliminary results.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 10), "election"), (date(2026, 5, 11), "results")]
