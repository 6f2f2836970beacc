"""Event constructions the sixth held-out round (blind79 to blind84) showed missing in Russian and Kazakh reports, and
their neighbours, each in short sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

FRIDAY = "2026-03-13T12:00:00+05:00"  # a Friday


def _events(doc):
    return sorted((r["event_date"], r["event_type"]) for r in extract_events(doc))


def test_an_earlier_sitting_dated_by_the_eve_and_its_weekday_set_off(make_doc):
    doc = make_doc("В четверг в Сенате прошло пленарное заседание, депутаты обсудили бюджет.\n\nНакануне, в среду, "
                   "11 марта, прошло девятое заседание Конституционной комиссии. На нем члены комиссии рассмотрели "
                   "поправки.", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 11), "commission_meeting"), (date(2026, 3, 12), "parliament_session")]


def test_an_earlier_sitting_told_in_a_sentence_of_its_own_with_its_weekday_set_off(make_doc):
    doc = make_doc("В четверг в Сенате прошло пленарное заседание, депутаты обсудили бюджет.\n\nНакануне, в среду, "
                   "11 марта, состоялось заседание рабочей группы.", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 11), "working_group"), (date(2026, 3, 12), "parliament_session")]


def test_a_bare_sitting_after_a_sitting_told_is_still_of_that_body(make_doc):
    doc = make_doc("В четверг прошло пленарное заседание Сената. Накануне, в среду, 11 марта, прошло предыдущее "
                   "заседание, на нем сенаторы приняли закон.", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 11), "parliament_session"), (date(2026, 3, 12), "parliament_session")]


def test_an_earlier_sitting_in_the_kazakh_pluperfect_taken_up_by_the_next_sentence(make_doc):
    doc = make_doc("Бүгін Конституциялық комиссияның төртінші отырысы өтті.\n\nКомиссия үшінші отырысын сәрсенбі күні "
                   "өткізген болатын. Сол отырыста комиссия мүшелері сайлау жүйесін талқылады.", language="kk",
                   published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 11), "commission_meeting"), (date(2026, 3, 13), "commission_meeting")]


def test_a_sitting_in_the_kazakh_pluperfect_only_describing_a_draft_stays_background(make_doc):
    doc = make_doc("Жоба бүгін сайтта жарияланды.\n\nЖоба 11 наурызда комиссияның үшінші отырысында таныстырылған "
                   "болатын.", language="kk", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 13), "publication")]


def test_an_earlier_kazakh_sitting_in_the_locative_where_the_members_discussed_a_part(make_doc):
    doc = make_doc("Конституциялық комиссия бүгін өткен бесінші отырысында жобаны мақұлдады.\n\nСәрсенбіде өткен "
                   "төртінші отырыста комиссия мүшелері сот бөлімін талқылады.", language="kk", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 11), "commission_meeting"), (date(2026, 3, 13), "commission_meeting")]


def test_a_decree_signed_after_a_gathering_whose_relative_clause_sets_off_its_weekday(make_doc):
    doc = make_doc("Президент подписал указ о реформе судов.\n\nУказ подписан после форума, который прошел "
                   "накануне, в четверг, в Таразе. Там участники предложили новые поправки.", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 12), "public_discussion"), (date(2026, 3, 13), "decree")]


def test_an_explanatory_meeting_with_a_workforce_is_a_public_discussion(make_doc):
    doc = make_doc("В четверг представители министерства провели разъяснительную встречу с работниками завода в "
                   "Павлодаре.", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 12), "public_discussion")]


def test_a_meeting_with_the_staff_of_a_ministry_stays_a_meeting(make_doc):
    doc = make_doc("В четверг министр провел встречу с работниками министерства финансов.", published=FRIDAY)
    assert _events(doc) == [(date(2026, 3, 12), "meeting")]
