"""Patterns the seventeenth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

FEB_3 = "2026-02-03T12:00:00+05:00"  # a Tuesday
TUESDAY, MONDAY, SUNDAY = date(2026, 2, 3), date(2026, 2, 2), date(2026, 2, 1)


# --- events ---------------------------------------------------------------------------------------------------------

def test_yesterday_before_the_referendum_a_decree_calls_dates_the_decree(make_doc, events):
    doc = make_doc("Президент кеше референдум тағайындау туралы Жарлыққа қол қойды. Дауыс беру 22 наурызда өтеді.",
                   language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "decree")]


def test_the_day_before_in_kazakh_counts_back_from_the_day_told_before(make_doc, events):
    doc = make_doc("Жоба кеше Конституциялық соттың сайтында жарияланды.\n\n"
                   "Құжат алдыңғы күні Конституциялық комиссияның бесінші отырысында мақұлданды.",
                   language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "commission_meeting"), (MONDAY, "publication")]


def test_a_newspaper_issue_carrying_a_decree_and_a_draft_is_their_publication(make_doc, events):
    doc = make_doc("Сегодня в номере публикуются указ Президента и проект закона.", language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(TUESDAY, "publication")]


def test_a_text_printed_in_a_named_newspaper_is_its_publication(make_doc, events):
    doc = make_doc("Вчера Президент подписал указ о реформе.\n\nПолный текст закона был напечатан накануне в "
                   "«Егемен Қазақстан».", language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "decree"), (MONDAY, "publication")]


def test_a_working_meeting_with_officials_on_the_eve_of_the_event_told_dated_by_its_set_off_day(make_doc, events):
    doc = make_doc("Аким области в понедельник встретился с жителями района.\n\nЖители задавали вопросы.\n\n"
                   "Учитель сказал, что все понятно.\n\nНакануне встречи, в воскресенье, аким провел совещание с "
                   "руководителями школ.", language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "meeting"), (MONDAY, "public_discussion")]


# --- statements -----------------------------------------------------------------------------------------------------

def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_an_organisation_opening_the_sentence_keeps_its_article(make_doc):
    doc = make_doc("The regional administration said in a statement that the new school will open in September.",
                   language="en", published=FEB_3)
    assert _said(extract_statements(doc)) == [("The regional administration",
                                               "the new school will open in September")]


def test_has_said_only_that(make_doc):
    doc = make_doc("The Ministry of Justice has said only that the bill will be ready by spring.", language="en",
                   published=FEB_3)
    assert _said(extract_statements(doc)) == [("The Ministry of Justice", "the bill will be ready by spring")]


def test_noted_that_but_added_that_makes_two_statements(make_doc):
    doc = make_doc("Economist Arman Seitov noted that the budget would grow, but added that much would depend on oil "
                   "prices.", language="en", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the budget would grow"),
                                              ("Arman Seitov", "much would depend on oil prices")]


def test_a_group_describing_something_as_something(make_doc):
    doc = make_doc("Opponents describe the bill as a step back for local government.", language="en", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Opponents", "the bill as a step back for local government")]


def test_pointed_to_an_object(make_doc):
    doc = make_doc("Lawyer Aidos Karimov said the text is clear. Karimov also pointed to the cost of the reform: two "
                   "new courts will have to be built.", language="en", published=FEB_3)
    assert ("Aidos Karimov", "the cost of the reform: two new courts will have to be built") \
        in _said(extract_statements(doc))


def test_they_after_a_group_named_in_the_sentence_before_is_that_group(make_doc):
    doc = make_doc("Officials say the plan is sound. Opponents are less convinced. They argue that the budget is too "
                   "small.", language="en", published=FEB_3)
    assert ("Opponents", "the budget is too small") in _said(extract_statements(doc))


def test_kazakh_whom_it_was_told_is_no_part_of_the_statement(make_doc):
    doc = make_doc("Заңгер Асқар Бекенов Kazinform тілшісіне жобаның түсінікті жазылғанын айтты.", language="kk",
                   published=FEB_3)
    assert _said(extract_statements(doc)) == [("Асқар Бекенов", "жобаның түсінікті жазылғанын")]


def test_kazakh_thanking_before_the_reported_clause_is_no_part_of_it(make_doc):
    doc = make_doc("Министр Асқар Бекенов еріктілерге алғыс айтып, жұмыстың уақытында аяқталатынын атап өтті.",
                   language="kk", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Асқар Бекенов", "жұмыстың уақытында аяқталатынын")]


def test_a_first_act_without_a_comma_then_and_said(make_doc):
    doc = make_doc("Minister Aidos Karimov thanked the volunteers of the campaign and said the work would end in May.",
                   language="en", published=FEB_3)
    assert _said(extract_statements(doc)) == [("Aidos Karimov", "the work would end in May")]
