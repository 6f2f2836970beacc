"""Event patterns the blind sets 43 to 45 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)
WEDNESDAY = date(2026, 5, 13)
TUESDAY = date(2026, 5, 12)
SATURDAY = date(2026, 5, 9)


def test_workers_met_to_explain_the_reform_are_the_public(make_doc, events):
    doc = make_doc("В среду аким района Арман Сеитов встретился с работниками сахарного завода и ответил на их "
                   "вопросы.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_veterans_of_a_body_met_are_a_meeting(make_doc, events):
    doc = make_doc("В среду спикер Арман Сеитов встретился с ветеранами Сената.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


def test_students_met_with_the_place_between_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов колледж студенттерімен оқу орнының акт залында кездесті.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_a_deputy_met_with_the_place_between_in_kazakh_stays_a_meeting(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов депутаттармен әкімдіктің залында кездесті.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


def test_a_gathering_opening_after_an_agency_dateline(make_doc, events):
    doc = make_doc("ТАРАЗ. KAZINFORM – Встреча жителей Тараза с депутатами прошла в субботу в городском театре.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(SATURDAY, "public_discussion")]


def test_an_earlier_sitting_in_a_relative_clause_told_then(make_doc, events):
    doc = make_doc("В четверг в министерстве прошел брифинг о ходе реформы.\n\nМинистр ответил на вопросы.\n\n"
                   "Брифинг прошел через два дня после третьего заседания комиссии, которое состоялось во вторник. "
                   "Тогда члены комиссии утвердили план работы.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "commission_meeting"), (THURSDAY, "briefing")]


def test_the_public_as_the_subject_after_discussed(make_doc, events):
    doc = make_doc("Сегодня в акимате Тараза Послание обсудили представители общественности и студенты.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "public_discussion")]


def test_officials_discussed_is_no_public_discussion(make_doc, events):
    doc = make_doc("Сегодня в акимате Тараза Послание обсудили руководители управлений.", published=MAY_14)
    assert events(extract_events(doc)) == []
