"""Patterns the twenty-second blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

import pytest

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


@pytest.mark.parametrize("text,language", [
    ("Мемлекет басшысы салық жөніндегі жұмыс тобын құру туралы өкімге қол қойды.", "kk"),
    ("Глава государства подписал распоряжение о создании рабочей группы по налогам.", "ru"),
    ("The President signed an order establishing a working group on taxes.", "en"),
])
def test_an_order_its_signer_signs_is_a_decree(make_doc, text, language, events):
    # README: `decree` is "a decree or order signed"; the group formed is what the order does
    doc = make_doc(text, language=language, published=SATURDAY)
    assert events(extract_events(doc)) == [(APRIL_18, "decree")]


def test_an_order_signed_in_the_passive_is_still_the_group_formed(make_doc, events):
    doc = make_doc("Салық жөніндегі жұмыс тобын құру туралы өкімге бүгін қол қойылды.", language="kk", published=SATURDAY)
    assert events(extract_events(doc)) == [(APRIL_18, "working_group")]


def test_the_leads_sitting_and_yesterdays_sitting_of_another_number_are_two(make_doc, events):
    doc = make_doc("Комиссияның сегізінші отырысында жобаның екінші нұсқасы талқыланды.\n\nКеше өткен жетінші "
                   "отырыста комиссия мүшелері сот жүйесі бөлімін қарады.", language="kk", published=SATURDAY)
    assert events(extract_events(doc)) == [(date(2026, 4, 17), "commission_meeting"), (APRIL_18, "commission_meeting")]


def test_the_same_sitting_told_again_with_its_day_stays_one(make_doc, events):
    doc = make_doc("Комиссияның сегізінші отырысында жоба талқыланды.\n\nКеше өткен сегізінші отырыста комиссия "
                   "мүшелері сот жүйесі бөлімін қарады.", language="kk", published=SATURDAY)
    assert events(extract_events(doc)) == [(date(2026, 4, 17), "commission_meeting")]


def test_yesterday_before_a_decree_on_holding_a_vote_dates_the_signing(make_doc, events):
    doc = make_doc("Мемлекет басшысы кеше жергілікті референдум өткізу туралы Жарлыққа қол қойды. Референдум 20 "
                   "мамырда өтеді.\n\nЖарлық пен заң жобасының мәтіні газетіміздің бүгінгі санында жарияланып отыр.",
                   language="kk", published=SATURDAY)
    assert events(extract_events(doc)) == [(date(2026, 4, 17), "decree"), (APRIL_18, "publication")]


# --- statements -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening,day", [("Накануне", date(2026, 4, 17)), ("Вчера", date(2026, 4, 17))])
def test_a_national_kurultai_the_day_before_is_a_public_discussion(make_doc, events, opening, day):
    # the eval README: the National Kurultai is `public_discussion`; "на ... курултае" after a day just past is news
    doc = make_doc(f"Комиссия начала работу над поправками.\n\n{opening} на VI Национальном курултае в Туркестане "
                   "Глава государства предложил обсудить новые правила выборов.", published=SATURDAY)
    assert (day, "public_discussion") in events(extract_events(doc))


def test_a_national_kurultai_named_without_a_day_just_past_is_no_event(make_doc, events):
    doc = make_doc("Предложения, прозвучавшие на Национальном курултае в марте, легли в основу проекта.",
                   published=SATURDAY)
    assert not [e for e in events(extract_events(doc)) if e[1] == "public_discussion"]


def test_a_kazakh_body_reporting_what_it_began(make_doc):
    doc = make_doc("Орталық сайлау комиссиясы учаскелерді жабдықтау жұмысын бастағанын хабарлады.", language="kk",
                   published=SATURDAY)
    assert _said(extract_statements(doc)) == [("Орталық сайлау комиссиясы", "учаскелерді жабдықтау жұмысын бастағанын")]


def test_an_interviewee_addressed_by_first_name_and_patronymic(make_doc):
    doc = make_doc("Мы побеседовали с экономистом Арманом Кайратовым о новом бюджете.\n\n– Арман Серикович, что "
                   "изменится для регионов?\n\n– Регионы получат больше денег.\n\nПо его словам, расходы вырастут на "
                   "десятую часть.", published=SATURDAY)
    speakers = {speaker for speaker, _ in _said(extract_statements(doc))}
    assert speakers == {"Арман Кайратов"}


@pytest.mark.parametrize("text", [
    "Как отметил член комиссии, депутат Мажилиса Арман Сеитов, больше всего правок касалось судов.",
    "По словам члена комиссии, депутата Мажилиса Армана Сеитова, больше всего правок касалось судов.",
])
def test_a_role_then_a_second_role_with_the_name_set_off_by_commas(make_doc, text):
    doc = make_doc("Председатель комиссии Дана Ахметова открыла заседание.\n\n" + text, published=SATURDAY)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "больше всего правок касалось судов")]


def test_a_quote_then_one_of_several_then_the_role_and_name(make_doc):
    doc = make_doc("«Мы сделали все, что обещали», – сказал один из выступавших, сенатор Арман Сеитов.",
                   published=SATURDAY)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Мы сделали все, что обещали")]


def test_according_to_a_body_its_figures_are_no_statement(make_doc):
    doc = make_doc("On Monday, the election commission announced preliminary results. According to the "
                   "commission, 61.5 percent of voters backed the bill. According to analyst Arman Seitov, the "
                   "margin was wider than expected.", language="en", published=SATURDAY)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the margin was wider than expected")]


def test_was_quoted_as_saying(make_doc):
    doc = make_doc("“The work has only begun,” the Head of State was quoted as saying in a statement.", language="en",
                   published=SATURDAY)
    assert _said(extract_statements(doc)) == [("Kassym-Jomart Tokayev", "The work has only begun")]
