"""Event patterns the blind sets 55 to 60 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, TUESDAY


def test_a_meeting_on_a_draft_described_by_a_chain_of_clauses_with_a_future_verb(make_doc, events):
    doc = make_doc("Во вторник аким района Ерлан Садыков провел встречу с жителями Шахтинска, посвященную проекту "
                   "закона, который будет рассмотрен в июне.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion")]


def test_a_meeting_described_by_a_clause_and_then_told_to_come_stays_a_plan(make_doc, events):
    doc = make_doc("Встреча с жителями Шахтинска, посвященная проекту закона, пройдет в июне.", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_the_vote_commission_approving_a_protocol_form_on_a_day(make_doc, events):
    doc = make_doc("Областная избирательная комиссия провела брифинг.\n\nВо вторник комиссия утвердила форму протокола "
                   "об итогах выборов.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "other"), (date(2026, 5, 14), "briefing")]


def test_a_protocol_on_the_results_is_no_results_event(make_doc, events):
    doc = make_doc("Во вторник депутаты изучили протокол об итогах голосования.", published=MAY_14)
    assert events(extract_events(doc)) == []
