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


# --- statements (ru): where the speaker stands --------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Как он рассказал Kazinform", "Как министр пояснил журналистам",
                                     "Как уточнил министр"])
def test_ru_kak_with_the_subject_before_the_verb(make_doc, opening, pairs):
    doc = make_doc(f"Министр Арман Сеитов посетил стройку.\n\n{opening}, работы завершат к осени.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "работы завершат к осени")]


def test_ru_figures_by_a_person_are_said_an_institutions_are_not(make_doc, pairs):
    doc = make_doc("Брифинг провел вице-министр Арман Сеитов.\n\nПо данным докладчика, на стройке заняты 500 человек.\n\n"
                   "По данным министерства, к осени их будет вдвое больше.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "на стройке заняты 500 человек")]


@pytest.mark.parametrize("text,speaker", [
    ("Глава государства поблагодарил строителей за работу и отметил, что дорога нужна всему региону.",
     "Касым-Жомарт Токаев"),
    ("Аким области Серик Нурланов открыл мост.\n\nАким осмотрел подъезды к нему и заявил, что дорога нужна всему региону.",
     "Серик Нурланов"),
])
def test_ru_a_subject_with_two_verbs_speaks_in_the_second(make_doc, text, speaker, pairs):
    assert pairs(extract_statements(make_doc(text))) == [(speaker, "дорога нужна всему региону")]


def test_ru_a_gerund_clause_before_the_speaker_of_a_quote(make_doc, pairs):
    doc = make_doc("Брифинг провела министр энергетики Гульнар Сарсенова.\n\n"
                   "Отвечая на вопрос о тарифах на следующий год, министр заявила: «Повышения не будет».")
    assert pairs(extract_statements(doc)) == [("Гульнар Сарсенова", "Повышения не будет")]


def test_ru_dialogue_with_a_dash_of_its_own(make_doc, pairs):
    doc = make_doc("Аким Серик Нурланов ответил на вопросы.\n\n"
                   "— Одно дело обещать, другое — построить дорогу. На второе нужны годы, — говорит Нурланов.")
    assert pairs(extract_statements(doc)) == [
        ("Серик Нурланов", "Одно дело обещать, другое — построить дорогу. На второе нужны годы")]


@pytest.mark.parametrize("verb", ["обратилась к студентам ректор", "заключает ректор"])
def test_ru_more_verbs_after_a_quote(make_doc, verb, pairs):
    doc = make_doc("Ректор Гульмира Абенова провела встречу.\n\n"
                   f"«Экзамены перенесем на июнь. Остальное без изменений», – {verb}.")
    assert pairs(extract_statements(doc)) == [("Гульмира Абенова", "Экзамены перенесем на июнь. Остальное без изменений")]


def test_ru_obratilsya_before_chtoby_is_no_speech(make_doc, pairs):
    doc = make_doc("Фермер Арман Сеитов обратился в суд, чтобы оспорить штраф.")
    assert pairs(extract_statements(doc)) == []


# --- statements (en): the subject past an apposition --------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,said", [
    ("Arman Seitov, the ministry's spokesman, has said that the road will open in May.", "Arman Seitov",
     "the road will open in May"),
    ("One resident, pensioner Aigul Bekova, said she was worried about the prices.", "Aigul Bekova",
     "she was worried about the prices"),
    # an institution after "of" is no name in the apposition
    ("Nurlan Abdirov, chairman of the Central Referendum Commission, said turnout had reached 40 percent.",
     "Nurlan Abdirov", "turnout had reached 40 percent"),
])
def test_en_the_speaker_around_an_apposition(make_doc, text, speaker, said, pairs):
    assert pairs(extract_statements(make_doc(text, language="en"))) == [(speaker, said)]


