"""Statement and event patterns the eighth blind set showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements


# --- statements (ru): the speaker's name ------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    # a woman's first name ending in a consonant is not declined: "-ова" after it is her surname in the nominative
    ("Доцент Салтанат Жумабекова обратила внимание на то, что учебники устарели.", "Салтанат Жумабекова"),
    ("Учитель Айгерим Сапарова считает, что учебники устарели.", "Айгерим Сапарова"),
    # "-овой" is only a woman's
    ("По словам Гульнар Ахметовой, учебники устарели.", "Гульнар Ахметова"),
    # a man's genitive comes with a declined first name
    ("По словам Армана Жунусова, учебники устарели.", "Арман Жунусов"),
])
def test_ru_a_womans_surname_by_its_form(make_doc, text, speaker, pairs):
    assert pairs(extract_statements(make_doc(text))) == [(speaker, "учебники устарели")]


def test_ru_an_initial_takes_the_full_name_given_before(make_doc, pairs):
    doc = make_doc("Встречу провела министр Гульнар Сарсенова.\n\nГ.Сарсенова сообщила, что тарифы не вырастут.")
    assert pairs(extract_statements(doc)) == [("Гульнар Сарсенова", "тарифы не вырастут")]


def test_ru_a_kazakh_term_is_no_person_a_pronoun_refers_to(make_doc, pairs):
    doc = make_doc("Юрист Дина Ахметова рассказала о новом разделе про Халық Кеңесі. "
                   "По ее мнению, этот орган станет самым заметным.")
    assert pairs(extract_statements(doc)) == [("Дина Ахметова", "этот орган станет самым заметным")]


