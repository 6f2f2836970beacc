"""Patterns the twenty-first blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements
from pipeline.nlp.scoring import same_speaker

MARCH_19 = "2026-03-19T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 3, 19)


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_release_telling_a_second_law_signed_with_also(make_doc, events):
    doc = make_doc("Мемлекет басшысы «Жергілікті өзін-өзі басқару туралы» Заңға қол қойды.\n\nЗаң әкімдердің "
                   "өкілеттіктерін белгілейді.\n\nСондай-ақ Мемлекет басшысы «Бюджет кодексіне өзгерістер енгізу "
                   "туралы» Заңға қол қойды.", language="kk", published=MARCH_19)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed"), (THURSDAY, "law_signed")]


def test_a_signing_told_once_stays_one_event(make_doc, events):
    doc = make_doc("Глава государства подписал закон о местном самоуправлении.\n\nЗакон определяет полномочия "
                   "акимов.\n\nПодписанный закон вступит в силу через десять дней.", published=MARCH_19)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed")]


# --- scoring --------------------------------------------------------------------------------------------------------

def test_an_institution_is_the_same_speaker_with_or_without_its_article():
    assert same_speaker("Constitutional Court", "the Constitutional Court")
    assert same_speaker("The CEC", "CEC")
    assert not same_speaker("Theodor Ivanov", "Odor Ivanov")


# --- statements -----------------------------------------------------------------------------------------------------

def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]
