"""Patterns the thirty-ninth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- statements -----------------------------------------------------------------------------------------------------

def test_a_sentence_opening_with_its_verb_before_a_name_keeps_the_verb_out_of_it(make_doc):
    doc = make_doc("Отчет заслушали на сессии. Докладывал Ерлан Кошанов.\n\n«Бюджет исполнен полностью», – пояснил "
                   "Кошанов на сессии.")
    assert _said(extract_statements(doc)) == [("Ерлан Кошанов", "Бюджет исполнен полностью")]


def test_a_role_with_a_place_joined_to_it_in_an_apposition(make_doc):
    doc = make_doc("Another voter, Shymkent-based teacher Aigerim Nurova, told reporters that the queues were short.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Aigerim Nurova", "the queues were short")]


def test_named_as_quoted_after_a_passive_participle_set_off_after_the_name(make_doc):
    doc = make_doc("Экономист Марат Оспанов, опрошенный нашим изданием, назвал новый бюджет «смелым, но рискованным».")
    assert _said(extract_statements(doc)) == [("Марат Оспанов", "смелым, но рискованным")]


def test_an_adjective_of_participle_form_before_a_name_stays_in_the_subject(make_doc):
    doc = make_doc("Заместитель министра, государственный советник Марат Оспанов сообщил, что отчет готов.")
    assert _said(extract_statements(doc)) == [("Марат Оспанов", "отчет готов")]


def test_a_quote_announced_by_its_speaker(make_doc):
    doc = make_doc("«Заседание закрыто. Решение принято», – объявил на брифинге председатель совета Марат Оспанов.")
    assert _said(extract_statements(doc)) == [("Марат Оспанов", "Заседание закрыто. Решение принято")]


def test_announced_with_an_object_is_no_statement(make_doc):
    doc = make_doc("Председатель совета Марат Оспанов объявил перерыв.")
    assert _said(extract_statements(doc)) == []


def test_a_named_voter_referred_to_as_a_young_voter_in_kazakh(make_doc):
    doc = make_doc("Студент Ержан Қасымов сайлауға келгенін айтты.\n\n«Біз де келдік», – дейді жас сайлаушы.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Ержан Қасымов", "сайлауға келгенін"),
                                              ("Ержан Қасымов", "Біз де келдік")]


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_publication_in_a_reduced_relative_clause_set_off_by_commas(make_doc, events):
    doc = make_doc("The draft electoral code, made public on Tuesday, has drawn hundreds of comments.", language="en",
                   published=MAY_14, title="Electoral code draws comments")
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "publication")]


def test_a_share_of_the_vote_before_the_counting_body(make_doc, events):
    doc = make_doc("The amendments were backed by 64.2 percent of those who voted in the referendum, the Central "
                   "Referendum Commission said on Wednesday.", language="en", published=MAY_14,
                   title="Amendments backed")
    assert (date(2026, 5, 13), "results") in events(extract_events(doc))


def test_a_share_of_a_survey_is_no_result(make_doc, events):
    doc = make_doc("About 40 percent of respondents support the draft, the institute said on Wednesday.",
                   language="en", published=MAY_14, title="Survey on the draft")
    assert events(extract_events(doc)) == []


def test_handed_the_president_in_lower_case(make_doc, events):
    doc = make_doc("On Wednesday, the ombudsman handed the president her annual report.", language="en",
                   published=MAY_14, title="Ombudsman reports")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "meeting")]


def test_a_month_in_a_participle_after_the_clause_dates_another_noun(make_doc, events):
    doc = make_doc("The President signed a decree on Wednesday.\n\nEarlier that day, the ombudsman handed the "
                   "president her report, which is longer than the one presented in April.", language="en",
                   published=MAY_14, title="Ombudsman reports")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (date(2026, 5, 13), "meeting")]


def test_a_month_in_the_triggers_own_clause_still_dates_it(make_doc, events):
    doc = make_doc("The President signed a decree on Wednesday.\n\nThe ombudsman handed the president her report in "
                   "April.", language="en", published=MAY_14, title="Ombudsman reports")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree")]


def test_a_meeting_that_preceded_a_decree_told_before_is_on_its_day(make_doc, events):
    doc = make_doc("Вчера Президент подписал указ о созыве сессии.\n\nУказу предшествовала встреча в Акорде: "
                   "спикер Мажилиса Дана Сеитова вручила Президенту доклад о законопроектах.", published=MAY_14,
                   title="Подписан указ")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (date(2026, 5, 13), "meeting")]


def test_a_decree_signed_told_in_a_participle_before_the_noun_in_kazakh(make_doc, events):
    doc = make_doc("Бүгін министрлікте брифинг өтті.\n\nБрифинг Мемлекет басшысының кеше қол қойған Жарлығына "
                   "арналды.", language="kk", published=MAY_14, title="Министрлікте брифинг өтті")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (date(2026, 5, 14), "briefing")]
