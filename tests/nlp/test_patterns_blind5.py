"""Event patterns the fifth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events


# --- a law named without an article ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The President last Thursday signed Constitutional Law No. 12 on the status of the capital.",
    "The President signed Law No. 7 on local budgets last Thursday.",
    "Last Thursday the head of state signed a new law on local budgets.",
])
def test_en_law_signed_without_an_article(make_doc, text, events):
    doc = make_doc(text, language="en", published="2026-04-20T10:00:00+05:00")  # a Monday
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "law_signed")], text


def test_en_law_headline_in_the_present(make_doc, events):
    doc = make_doc("The document regulates local budgets.", language="en", title="President Signs Law on Local Budgets",
                   published="2026-04-20T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 20), "law_signed")]


# --- a weekday and a day in apposition after a participle both date the other noun ----------------------------

@pytest.mark.parametrize("text,language", [
    ("ЦИК объявил предварительные итоги выборов, прошедших в воскресенье, 5 апреля.", "ru"),
    ("The commission announced the preliminary results of the election held on Sunday, April 5.", "en"),
])
def test_results_are_not_dated_by_the_vote_in_apposition(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-04-06T12:00:00+05:00")
    assert [e for e in events(extract_events(doc)) if e[1] == "results"] == [(date(2026, 4, 6), "results")], text


# --- the election commission's sitting is no Constitutional Commission meeting (kk) ----------------------------

def test_kk_election_commission_sitting_is_no_commission_meeting(make_doc, events):
    doc = make_doc("Орталық сайлау комиссиясы бүгінгі отырысында 5 сәуірде өткен сайлаудың алдын ала қорытындыларын "
                   "шығарды.", language="kk", published="2026-04-06T12:00:00+05:00")
    found = events(extract_events(doc))
    assert (date(2026, 4, 6), "results") in found and not [e for e in found if e[1] == "commission_meeting"]


def test_kk_constitutional_commission_sitting_still_counts(make_doc, events):
    doc = make_doc("Конституциялық комиссияның кезекті отырысы кеше өтті.", language="kk",
                   published="2026-04-06T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 5), "commission_meeting")]


# --- a clause looking back: "when the law took effect", "когда закон вступил в силу" ---------------------------

@pytest.mark.parametrize("text,language", [
    ("Their mandate ended when the new code took effect. Analysts expect a quiet campaign.", "en"),
    ("Полномочия совета истекли, когда новый кодекс вступил в силу. Эксперты ждут спокойной кампании.", "ru"),
])
def test_a_when_clause_is_background(make_doc, text, language):
    doc = make_doc(text, language=language, published="2026-08-10T12:00:00+05:00")
    assert extract_events(doc) == [], text


def test_took_effect_as_news_still_counts(make_doc, events):
    doc = make_doc("The new code took effect on Monday.", language="en", published="2026-08-11T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 8, 10), "other")]


# --- a sitting that only describes a draft --------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Министр представил Президенту проект кодекса, одобренный комиссией на последнем заседании.", "ru"),
    ("Министр Президентке комиссия отырысында мақұлданған кодекс жобасын таныстырды.", "kk"),
])
def test_a_sitting_that_describes_a_draft_is_no_event(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-02-20T12:00:00+05:00")
    assert [e for e in events(extract_events(doc)) if e[1] == "commission_meeting"] == [], text


def test_a_dated_sitting_in_a_participle_clause_still_counts(make_doc, events):
    doc = make_doc("Проект, одобренный вчера комиссией на заседании, направлен Президенту.",
                   published="2026-02-20T12:00:00+05:00")
    assert (date(2026, 2, 19), "commission_meeting") in events(extract_events(doc))


# --- a briefing held on the day of a vote is the vote ---------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Сегодня в стране проходит референдум о новом кодексе.\n\nДнем ЦИК провела брифинг для журналистов о явке.", "ru"),
    ("Kazakhstan holds a referendum on the new code today.\n\nAt noon the commission held a briefing on turnout.", "en"),
])
def test_a_briefing_on_voting_day_is_the_vote(make_doc, text, language, events):
    # settled rule (tests/nlp/eval/README.md): a CEC briefing on voting day about turnout is the vote
    doc = make_doc(text, language=language, published="2026-04-05T14:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 5), "referendum")], text


def test_a_briefing_that_only_hosts_the_results_is_their_venue(make_doc, events):
    doc = make_doc("На брифинге ЦИК объявила предварительные итоги референдума.", published="2026-04-06T14:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "results")]


# --- past the lead, a sentence opening with a recent day reports a further item -------------------------------

@pytest.mark.parametrize("text,language", [
    ("В Таразе прошел круглый стол о новом кодексе.\n\nУчастники обсудили права граждан.\n\nЭксперты дали советы.\n\n"
     "Накануне встреча с жителями прошла в Павлодаре.", "ru"),
    ("A round table on the new code took place in Taraz.\n\nParticipants discussed civil rights.\n\nExperts gave advice.\n\n"
     "Yesterday, a public hearing was held in Pavlodar.", "en"),
])
def test_a_digest_item_past_the_lead_opening_with_its_day(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-03-05T18:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 4), "public_discussion"), (date(2026, 3, 5), "round_table")]


def test_past_the_lead_an_undated_sentence_still_reports_nothing(make_doc, events):
    doc = make_doc("В Таразе прошел круглый стол о новом кодексе.\n\nУчастники обсудили права граждан.\n\n"
                   "Эксперты дали советы.\n\nРанее встреча с жителями прошла в Павлодаре.", published="2026-03-05T18:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 5), "round_table")]


# --- what a speaker says is so is not the day's news ----------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("В среду в Таразе прошла встреча с жителями.\n\nАким отметил, что проект кодекса опубликован для обсуждения.", "ru"),
    ("On Wednesday a meeting with residents was held in Taraz.\n\nThe akim noted that the draft code was published "
     "for discussion.", "en"),
])
def test_a_publication_in_reported_speech_is_no_event(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-03-05T18:00:00+05:00")  # a Thursday
    assert events(extract_events(doc)) == [(date(2026, 3, 4), "public_discussion")], text


def test_a_publication_reported_in_the_lead_still_counts(make_doc, events):
    doc = make_doc("Проект кодекса опубликован для общественного обсуждения.", published="2026-03-05T18:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 5), "publication")]


def test_kk_digest_item_and_reported_publication(make_doc, events):
    doc = make_doc("Таразда жаңа кодекс туралы дөңгелек үстел өтті.\n\nҚатысушылар азаматтардың құқықтарын талқылады.\n\n"
                   "Әкім жоба талқылауға жарияланды екенін айтты.\n\nКеше Павлодарда тұрғындармен кездесу өтті.",
                   language="kk", published="2026-03-05T18:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 4), "public_discussion"), (date(2026, 3, 5), "round_table")]
