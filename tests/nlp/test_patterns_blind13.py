"""Patterns the thirteenth blind set showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements

FEB_3 = "2026-02-03T12:00:00+05:00"  # a Tuesday
TUESDAY, MONDAY, SUNDAY = date(2026, 2, 3), date(2026, 2, 2), date(2026, 2, 1)


# --- statements ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a clause of its own joined by "и", "а", "но" before "по мнению X": the statement is what follows
    ("Бюджету отведена отдельная глава, и, по мнению экономиста Армана Ли, именно она станет главной темой осени.",
     [("Арман Ли", "именно она станет главной темой осени")]),
    ("Сроки сжатые, но, по словам юриста Марата Кима, комиссия успеет всё обсудить.",
     [("Марат Ким", "комиссия успеет всё обсудить")]),
    # the words before the inserted attribution that are only a subject still belong to the statement
    ("Бюджет области на следующий год и на плановый период, по словам министра Марата Кима, будет исполнен.",
     [("Марат Ким", "Бюджет области на следующий год и на плановый период, по словам министра Марата Кима, будет исполнен")]),
])
def test_ru_po_mneniyu_after_a_joined_clause(make_doc, text, expected, pairs):
    doc = make_doc(text, language="ru", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


def test_kk_a_reported_clause_before_a_converb_of_speech(make_doc, pairs):
    # "… екенін айтып, … ұсынды": what was said is the clause; the proposal after the comma is no statement
    doc = make_doc("Әкім Ерлан Досанов ауылдарға жаңа мектептер керек екенін айтып, бюджетті қайта қарауды ұсынды.",
                   language="kk", published=FEB_3)
    assert pairs(extract_statements(doc)) == [("Ерлан Досанов", "ауылдарға жаңа мектептер керек")]


def test_kk_a_quoted_question_announced_by_a_colon_ends_its_sentence(make_doc, pairs):
    doc = make_doc("Сауалнамадағы сұрақ мынадай: «Сіз реформаны қолдайсыз ба?» Досановтың сөзінше, бұл сұрақ түсінікті.\n\n"
                   "Бұл туралы заңгер Ерлан Досанов айтты.", language="kk", published=FEB_3)
    assert ("Ерлан Досанов", "бұл сұрақ түсінікті") in pairs(extract_statements(doc))


def test_a_quote_then_its_dash_attribution_stays_one_sentence(make_doc, pairs):
    doc = make_doc("Он сказал так: «Мы готовы!» – добавил министр Марат Ким.", language="ru", published=FEB_3)
    assert [t for _, t in pairs(extract_statements(doc))] == ["Мы готовы!"]


@pytest.mark.parametrize("text,expected", [
    # a group answering what others said
    ("Critics say the timetable is too tight. Supporters reply that the draft has been discussed for months.",
     [("Critics", "the timetable is too tight"), ("Supporters", "the draft has been discussed for months")]),
    ("Aidos Sarsenov responded that the budget can bear it.", [("Aidos Sarsenov", "the budget can bear it")]),
    # "told" an outlet spelt with a dot, then when, then the clause
    ("Deputy Aliya Serikova told Zakon.kz after the meeting that she would vote for the bill.",
     [("Aliya Serikova", "she would vote for the bill")]),
    # the election commission by its abbreviation speaks as an organisation
    ("Turnout reached 61 percent by noon, the CEC said.", [("CEC", "Turnout reached 61 percent by noon")]),
])
def test_en_reply_told_an_outlet_and_the_cec(make_doc, text, expected, pairs):
    doc = make_doc(text, language="en", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected
