"""Event patterns the blind sets 52 to 54 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, TUESDAY, WEDNESDAY


def test_a_law_signed_with_the_day_between_the_verb_and_the_law(make_doc, events):
    doc = make_doc("ASTANA – President Kassym-Jomart Tokayev signed on Tuesday the Law on public libraries, the press "
                   "service said.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "law_signed")]


def test_a_law_only_talked_about_on_a_day_stays_no_signing(make_doc, events):
    doc = make_doc("Deputies discussed on Tuesday the Law on public libraries.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_an_address_dated_by_a_participle_set_off_after_it(make_doc, events):
    doc = make_doc("Tokayev proposed a new tax code.\n\n"
                   "The President set out the plan in his annual State-of-the-Nation Address, delivered on Tuesday at a "
                   "joint session of the chambers of Parliament.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "address")]
