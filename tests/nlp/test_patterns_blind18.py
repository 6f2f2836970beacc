"""Patterns the eighteenth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

FEB_5 = "2026-02-05T12:00:00+05:00"  # a Thursday
TUESDAY, MONDAY, SUNDAY = date(2026, 2, 3), date(2026, 2, 2), date(2026, 2, 1)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- events ---------------------------------------------------------------------------------------------------------

def test_the_following_day_in_the_lead_counts_from_the_day_told_before(make_doc, events):
    doc = make_doc("Voters went to the polls on Sunday to elect a new regional council.\n\nThe election commission "
                   "announced preliminary results on Monday.\n\nThe following day, the governor signed a decree on the "
                   "new council's first session.", language="en", published=FEB_5)
    assert events(extract_events(doc)) == [(SUNDAY, "election"), (MONDAY, "results"), (TUESDAY, "decree")]


def test_the_next_day_in_a_russian_lead(make_doc, events):
    doc = make_doc("В понедельник аким области встретился с жителями района.\n\nНа следующий день аким подписал "
                   "указ о новом совете.", language="ru", published=FEB_5)
    assert events(extract_events(doc)) == [(MONDAY, "public_discussion"), (TUESDAY, "decree")]


# --- statements -----------------------------------------------------------------------------------------------------

def test_as_she_noted_earlier(make_doc):
    doc = make_doc("Как ранее отмечал министр финансов Арман Сеитов, бюджет будет сбалансирован.", language="ru",
                   published=FEB_5)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "бюджет будет сбалансирован")]


def test_a_group_of_one_view(make_doc):
    doc = make_doc("Участники семинара выразили общее мнение, что новые правила нужно разъяснять в школах.",
                   language="ru", published=FEB_5)
    assert _said(extract_statements(doc)) == [("Участники семинара", "новые правила нужно разъяснять в школах")]


def test_a_quote_told_to_an_outlet_after_the_pronoun(make_doc):
    doc = make_doc("Экономист Арман Сеитов считает, что рост продолжится.\n\n«Спрос сохранится до осени», – сказал "
                   "он Tengrinews.kz.", language="ru", published=FEB_5)
    assert ("Арман Сеитов", "Спрос сохранится до осени") in _said(extract_statements(doc))


def test_noted_however_that(make_doc):
    doc = make_doc("Economist Dana Bekova welcomed the plan. Bekova noted, however, that prices could rise.",
                   language="en", published=FEB_5)
    assert ("Dana Bekova", "prices could rise") in _said(extract_statements(doc))
