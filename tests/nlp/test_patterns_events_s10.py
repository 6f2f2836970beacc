"""Event patterns the sets blind33 to blind36 and the labels settled in session 10 showed missing, and their
neighbours, each in short sentences of our own (not the labelled texts)."""
from datetime import date

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)

from pipeline.nlp import extract_events  # noqa: E402


# --- what the news followed, narrated ------------------------------------------------------------------------------

def test_the_forum_a_decree_followed_told_by_what_was_done_there(make_doc, events):
    doc = make_doc("Указом Президента образован Совет по реформам.\n\nПодписание указа последовало за II заседанием "
                   "Национального курултая, прошедшим в Таразе 12 мая. На нем Президент предложил создать совет.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "public_discussion"), (THURSDAY, "decree")]


def test_the_kurultai_in_a_relative_clause_with_its_day_told_there(make_doc, events):
    doc = make_doc("Указом Президента образован Совет по реформам.\n\nСовет создан после Национального курултая, "
                   "который прошел 12 мая в Таразе. Там Президент предложил сократить число министерств.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "public_discussion"), (THURSDAY, "decree")]


def test_the_kurultai_a_decision_followed_told_there_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысы бүгін Реформалар кеңесін құру туралы Жарлыққа қол қойды.\n\nБұл шешім кеше "
                   "Таразда өткен Ұлттық құрылтайдың екінші отырысынан кейін қабылданды. Құрылтайда министрліктер "
                   "санын қысқарту туралы ұсыныс айтылды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion"), (THURSDAY, "decree")]


def test_the_kurultai_only_named_as_the_occasion_stays_background(make_doc, events):
    doc = make_doc("Указом Президента образован Совет по реформам.\n\nСовет создан после Национального курултая, "
                   "который прошел 12 мая в Таразе. Его возглавил Арман Сеитов.", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree")]


def test_results_a_decree_followed_told_by_their_figures(make_doc, events):
    doc = make_doc("The governor signed a decree on Thursday.\n\nThe decree came a day after the regional election "
                   "commission announced preliminary results on Wednesday. According to the commission, 64 percent of "
                   "voters backed the plan.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "results"), (THURSDAY, "decree")]


def test_results_a_decree_followed_without_figures_stay_background(make_doc, events):
    doc = make_doc("The governor signed a decree on Thursday.\n\nThe decree came a day after the regional election "
                   "commission announced preliminary results on Wednesday. The governor thanked the voters.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree")]


# --- the act's own text published ----------------------------------------------------------------------------------

def test_the_text_alone_published_after_a_law_signed(make_doc, events):
    doc = make_doc("Накануне Президент подписал закон о местном самоуправлении.\n\nЗакон меняет порядок выборов "
                   "акимов. Текст опубликован на портале «Әділет».", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "law_signed")]


def test_the_draft_text_published_after_a_law_signed_stays(make_doc, events):
    doc = make_doc("Накануне Президент подписал закон о местном самоуправлении.\n\nТекст проекта кодекса опубликован "
                   "на портале «Әділет».", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "law_signed"), (THURSDAY, "publication")]

