"""Event patterns the fifth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events


def _events(rows):
    return sorted((r["event_date"], r["event_type"]) for r in rows)


# --- a law named without an article ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The President last Thursday signed Constitutional Law No. 12 on the status of the capital.",
    "The President signed Law No. 7 on local budgets last Thursday.",
    "Last Thursday the head of state signed a new law on local budgets.",
])
def test_en_law_signed_without_an_article(make_doc, text):
    doc = make_doc(text, language="en", published="2026-04-20T10:00:00+05:00")  # a Monday
    assert _events(extract_events(doc)) == [(date(2026, 4, 16), "law_signed")], text


def test_en_law_headline_in_the_present(make_doc):
    doc = make_doc("The document regulates local budgets.", language="en", title="President Signs Law on Local Budgets",
                   published="2026-04-20T10:00:00+05:00")
    assert _events(extract_events(doc)) == [(date(2026, 4, 20), "law_signed")]


# --- a weekday and a day in apposition after a participle both date the other noun ----------------------------

@pytest.mark.parametrize("text,language", [
    ("ЦИК объявил предварительные итоги выборов, прошедших в воскресенье, 5 апреля.", "ru"),
    ("The commission announced the preliminary results of the election held on Sunday, April 5.", "en"),
])
def test_results_are_not_dated_by_the_vote_in_apposition(make_doc, text, language):
    doc = make_doc(text, language=language, published="2026-04-06T12:00:00+05:00")
    assert [e for e in _events(extract_events(doc)) if e[1] == "results"] == [(date(2026, 4, 6), "results")], text


# --- the election commission's sitting is no Constitutional Commission meeting (kk) ----------------------------

def test_kk_election_commission_sitting_is_no_commission_meeting(make_doc):
    doc = make_doc("Орталық сайлау комиссиясы бүгінгі отырысында 5 сәуірде өткен сайлаудың алдын ала қорытындыларын "
                   "шығарды.", language="kk", published="2026-04-06T12:00:00+05:00")
    found = _events(extract_events(doc))
    assert (date(2026, 4, 6), "results") in found and not [e for e in found if e[1] == "commission_meeting"]


def test_kk_constitutional_commission_sitting_still_counts(make_doc):
    doc = make_doc("Конституциялық комиссияның кезекті отырысы кеше өтті.", language="kk",
                   published="2026-04-06T12:00:00+05:00")
    assert _events(extract_events(doc)) == [(date(2026, 4, 5), "commission_meeting")]


# --- a clause looking back: "when the law took effect", "когда закон вступил в силу" ---------------------------

@pytest.mark.parametrize("text,language", [
    ("Their mandate ended when the new code took effect. Analysts expect a quiet campaign.", "en"),
    ("Полномочия совета истекли, когда новый кодекс вступил в силу. Эксперты ждут спокойной кампании.", "ru"),
])
def test_a_when_clause_is_background(make_doc, text, language):
    doc = make_doc(text, language=language, published="2026-08-10T12:00:00+05:00")
    assert extract_events(doc) == [], text


def test_took_effect_as_news_still_counts(make_doc):
    doc = make_doc("The new code took effect on Monday.", language="en", published="2026-08-11T12:00:00+05:00")
    assert _events(extract_events(doc)) == [(date(2026, 8, 10), "other")]


# --- a sitting that only describes a draft --------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Министр представил Президенту проект кодекса, одобренный комиссией на последнем заседании.", "ru"),
    ("Министр Президентке комиссия отырысында мақұлданған кодекс жобасын таныстырды.", "kk"),
])
def test_a_sitting_that_describes_a_draft_is_no_event(make_doc, text, language):
    doc = make_doc(text, language=language, published="2026-02-20T12:00:00+05:00")
    assert [e for e in _events(extract_events(doc)) if e[1] == "commission_meeting"] == [], text


def test_a_dated_sitting_in_a_participle_clause_still_counts(make_doc):
    doc = make_doc("Проект, одобренный вчера комиссией на заседании, направлен Президенту.",
                   published="2026-02-20T12:00:00+05:00")
    assert (date(2026, 2, 19), "commission_meeting") in _events(extract_events(doc))
