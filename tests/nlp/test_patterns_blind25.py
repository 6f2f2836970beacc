"""Patterns the twenty-fifth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

APRIL_8 = "2026-04-08T12:00:00+05:00"  # a Wednesday
WEDNESDAY = date(2026, 4, 8)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- statements: English --------------------------------------------------------------------------------------------

def test_an_apposition_whom_the_author_asked(make_doc):
    doc = make_doc("Economist Dana Omarova, whom I asked about the budget, argues that the ministry should publish "
                   "every answer.", language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Dana Omarova", "the ministry should publish every answer")]


def test_an_apposition_whom_we_interviewed_with_will(make_doc):
    doc = make_doc("Teacher Arman Seitov, whom we met in Aktobe, believes that the schools will open on time.",
                   language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the schools will open on time")]


def test_the_speakers_age_set_off_by_commas(make_doc):
    doc = make_doc("In Taraz, pensioner Bolat Nurlanov, 67, said he had waited for the new road for years.",
                   language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Bolat Nurlanov", "he had waited for the new road for years")]


def test_the_speakers_age_then_said_that(make_doc):
    doc = make_doc("Student Aigerim Sadykova, 19, said that the lectures were too long.", language="en",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Aigerim Sadykova", "the lectures were too long")]


# --- statements: Kazakh ---------------------------------------------------------------------------------------------

def test_a_fused_complementiser_with_the_particle_also(make_doc):
    doc = make_doc("Министр Дана Омарова жиынға қатысты. Ол жаңа мектеп күзде ашылатынын да айтты.", language="kk",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Омарова", "жаңа мектеп күзде ашылатынын")]


def test_a_manner_converb_clause_before_the_pronoun(make_doc):
    doc = make_doc("Министр Дана Омарова жиынға қатысты. Тұрғындардың сұрағына жауап бере отырып, ол жол жазда "
                   "жөнделетінін айтты.", language="kk", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Омарова", "жол жазда жөнделетінін")]


def test_a_manner_converb_clause_before_the_name(make_doc):
    doc = make_doc("Сөзін қорыта келе, әкім Серік Оспанов жаңа аурухана биыл салынатынын атап өтті.", language="kk",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Серік Оспанов", "жаңа аурухана биыл салынатынын")]
