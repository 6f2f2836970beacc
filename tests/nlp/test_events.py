from datetime import date

from pipeline.nlp import extract_events
from pipeline.nlp.event_rules import EVENT_TYPES


def _kinds(rows):
    return [(r["event_type"], r["event_date"]) for r in rows]


def test_relative_weekday_and_yesterday(make_doc):
    doc = make_doc("Конституционная комиссия в четверг на пятом заседании одобрила структуру проекта.",
                   published="2026-01-30T09:00:00+05:00")
    assert _kinds(extract_events(doc)) == [("commission_meeting", date(2026, 1, 29))]
    # the vote named only as what the results are of is part of the results (tests/nlp/eval/README.md), and its
    # "вчера" does not date them
    doc = make_doc("ЦИК объявил предварительные итоги состоявшихся вчера выборов депутатов Курултая.",
                   published="2026-08-24T12:00:00+05:00")
    assert _kinds(extract_events(doc)) == [("results", date(2026, 8, 24))]
    doc = make_doc("Вчера избиратели выбирали депутатов Курултая. Сегодня ЦИК объявил предварительные итоги голосования.",
                   published="2026-08-24T12:00:00+05:00")
    assert sorted(_kinds(extract_events(doc))) == [("election", date(2026, 8, 23)), ("results", date(2026, 8, 24))]


def test_kazakh_date_without_a_year(make_doc):
    doc = make_doc("Орталық сайлау комиссиясы 25 ақпанда брифинг өткізді.", language="kk",
                   published="2026-02-26T10:00:00+05:00")
    assert _kinds(extract_events(doc)) == [("briefing", date(2026, 2, 25))]


def test_planned_dates_and_quoted_titles_do_not_date_the_event(make_doc):
    doc = make_doc("Президент подписал Указ о проведении республиканского референдума 15 марта 2026 года.",
                   published="2026-02-11T19:00:00+05:00")
    assert _kinds(extract_events(doc)) == [("decree", date(2026, 2, 11))]


def test_background_and_opinion_give_no_event(make_doc):
    doc = make_doc("Политолог считает, что Халык Кенеси станет площадкой диалога.\n\n"
                   "Напомним, накануне проект был представлен на заседании Конституционной комиссии.")
    assert extract_events(doc) == []


def test_a_briefing_where_results_were_announced_is_not_a_second_event(make_doc):
    doc = make_doc("ЦИК подвел предварительные итоги референдума.\n\nКак сообщил на брифинге председатель ЦИК, явка высокая.",
                   published="2026-03-16T11:00:00+05:00")
    assert _kinds(extract_events(doc)) == [("results", date(2026, 3, 16))]


def test_english_event_with_place(make_doc):
    doc = make_doc("KYZYLORDA – President Tokayev spoke on Tuesday at the fifth meeting of the National Kurultai in Kyzylorda.",
                   language="en", published="2026-01-20T19:00:00+05:00")
    rows = extract_events(doc)
    assert _kinds(rows) == [("public_discussion", date(2026, 1, 20))]
    assert rows[0]["location"] == "Kyzylorda" and rows[0]["place_key"] == "kzlrd"


def test_rows_are_deterministic_and_typed(make_doc):
    doc = make_doc("27 февраля в Академии правоохранительных органов состоялся круглый стол.", title="Круглый стол")
    first, second = extract_events(doc), extract_events(doc)
    assert first == second
    assert all(r["event_type"] in EVENT_TYPES for r in first)
    assert first[0]["location"] == "Академия правоохранительных органов"


def test_no_date_anywhere_keeps_the_event_undated(make_doc):
    rows = extract_events(make_doc("Состоялся круглый стол о проекте Конституции.", published=None))
    assert [(r["event_type"], r["event_date"]) for r in rows] == []
