"""Patterns the twentieth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements

MARCH_3 = "2026-03-03T12:00:00+05:00"  # a Tuesday
TUESDAY = date(2026, 3, 3)


# --- events ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Прокурор области провел встречу с курсантами академии и ответил на их вопросы о проекте.", "ru"),
    ("Прокурор области встретился с курсантами и магистрантами академии.", "ru"),
    ("Облыс прокуроры академия курсанттарымен кездесті.", "kk"),
    ("The regional prosecutor met with cadets of the academy to explain the draft.", "en"),
])
def test_officials_meeting_cadets_to_explain_the_reform_is_a_public_discussion(make_doc, events, text, language):
    doc = make_doc(text, language=language, published=MARCH_3)
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion")]


def test_earlier_today_past_the_lead_is_the_report_s_own_day(make_doc, events):
    doc = make_doc("The President signed the law on local government.\n\nThe law sets out the powers of local "
                   "councils.\n\nCouncils will get budgets of their own.\n\nEarlier today, the President received the "
                   "Minister of Justice, who reported on the drafting of new laws.", language="en", published=MARCH_3)
    assert events(extract_events(doc)) == [(TUESDAY, "law_signed"), (TUESDAY, "meeting")]


def test_a_draft_unveiled_at_a_session_is_the_session_not_a_publication(make_doc, events):
    doc = make_doc("The draft law was unveiled on Monday at the third session of the Constitutional Commission.\n\n"
                   "It was published on the commission's website on Tuesday.", language="en", published=MARCH_3)
    assert events(extract_events(doc)) == [(date(2026, 3, 2), "commission_meeting"), (TUESDAY, "publication")]


# --- statements -----------------------------------------------------------------------------------------------------

# A long interview lead introduces the guest in the instrumental after a run of titles; every answer after it is the
# guest's, in the nominative as a whole, whatever case the first name was met in and whether the dictionary knows it.
@pytest.mark.parametrize("introduced, nominative", [
    ("Ерболом Сарсенбаевым", "Ербол Сарсенбаев"),
    ("Арманом Кайырбековым", "Арман Кайырбеков"),
    ("Айбеком Нургалиевым", "Айбек Нургалиев"),
    ("Нурланом Жумабаевым", "Нурлан Жумабаев"),
    ("Гульмирой Сапаровой", "Гульмира Сапарова"),
    ("Жанар Касымовой", "Жанар Касымова"),
    ("Асией Темировой", "Асия Темирова"),
    ("Игорем Смирновым", "Игорь Смирнов"),
])
def test_a_guest_introduced_in_the_instrumental_after_titles(make_doc, introduced, nominative):
    surname = nominative.split()[1]
    doc = make_doc(f"Что изменится в работе местных советов, редакция обсудила с кандидатом юридических наук, доцентом "
                   f"Карагандинского государственного университета {introduced}.\n\n"
                   f"По мнению эксперта, реформа назрела давно.\n\n"
                   f"«Главное – чтобы законы писали вовремя», – говорит {surname}.", published=MARCH_3)
    speakers = {r["speaker_name"] for r in extract_statements(doc)}
    assert speakers == {nominative}


@pytest.mark.parametrize("phrase, nominative", [
    ("По словам Ербола Сарсенбаева", "Ербол Сарсенбаев"),
    ("По словам Гульмиры Сапаровой", "Гульмира Сапарова"),
    ("По словам Жанар Касымовой", "Жанар Касымова"),
    ("По словам Айбека Нургалиева", "Айбек Нургалиев"),
])
def test_a_speaker_met_in_the_genitive_is_named_in_the_nominative(make_doc, phrase, nominative):
    doc = make_doc(f"{phrase}, реформа назрела давно.", published=MARCH_3)
    assert [r["speaker_name"] for r in extract_statements(doc)] == [nominative]


def test_a_guest_given_the_word_in_the_dative(make_doc):
    doc = make_doc("Слово на встрече предоставили Айбеку Нургалиеву. Нургалиев отметил, что реформа назрела давно.",
                   published=MARCH_3)
    assert [r["speaker_name"] for r in extract_statements(doc)] == ["Айбек Нургалиев"]


def test_a_guest_named_in_the_prepositional(make_doc):
    doc = make_doc("Редакция рассказывает об Армане Кайырбекове, авторе учебника. Кайырбеков считает, что реформа "
                   "назрела давно.", published=MARCH_3)
    assert [r["speaker_name"] for r in extract_statements(doc)] == ["Арман Кайырбеков"]


# A Kazakh role word opening the sentence is no first name, though the first name after it ends like a surname
# ("Айбек", "Ербол"); a role word that is a first name as well ("Ғалым") is kept when no name follows.
@pytest.mark.parametrize("role, name", [
    ("Саясаттанушы", "Айбек Нұрғалиев"),
    ("Заңгер", "Ербол Сейітов"),
    ("Сарапшы", "Жанар Қасымова"),
    ("Профессор", "Нұрлан Әбенов"),
])
def test_a_kazakh_role_word_before_a_name_is_the_role(make_doc, role, name):
    doc = make_doc(f"{role} {name} тілшіге берген түсініктемесінде реформаның басты сынағы сайлау екенін атап өтті.\n\n"
                   f"Оның айтуынша, партиялар бағдарламаларға көбірек көңіл бөлуі тиіс.", language="kk",
                   published=MARCH_3)
    rows = extract_statements(doc)
    assert [r["speaker_name"] for r in rows] == [name, name]
    assert rows[0]["speaker_role"].lower() == role.lower()


def test_a_first_name_that_is_also_a_role_word_stays_a_name(make_doc):
    doc = make_doc("Ғалым Нұрланов реформа уақтылы екенін айтты.", language="kk", published=MARCH_3)
    assert [r["speaker_name"] for r in extract_statements(doc)] == ["Ғалым Нұрланов"]


def test_a_first_name_that_is_also_a_role_word_before_a_capitalised_outlet(make_doc):
    doc = make_doc("Ғалым Нұрланов Азаттыққа реформа уақтылы екенін айтты.", language="kk", published=MARCH_3)
    assert [r["speaker_name"] for r in extract_statements(doc)] == ["Ғалым Нұрланов"]


# --- English statements ---------------------------------------------------------------------------------------------

def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_an_unnamed_person_who_asked_not_to_be_named(make_doc):
    doc = make_doc("A senior official, who asked not to be named, said that the bill would be ready in May.",
                   language="en", published=MARCH_3)
    assert _said(extract_statements(doc)) == [("A senior official", "the bill would be ready in May")]


def test_a_group_countering_that(make_doc):
    doc = make_doc("Opponents of the bill counter that the courts are already overloaded.", language="en",
                   published=MARCH_3)
    assert _said(extract_statements(doc)) == [("Opponents of the bill", "the courts are already overloaded")]


def test_as_x_put_it_in_an_address_then_a_quote(make_doc):
    doc = make_doc("Few expect quick change. As Minister Aidos Karimov put it in his speech last spring, \"The courts "
                   "need ten years.\"", language="en", published=MARCH_3)
    rows = extract_statements(doc)
    assert _said(rows) == [("Aidos Karimov", "The courts need ten years")]
    assert rows[0]["kind"] == "direct"


# --- Russian statements ---------------------------------------------------------------------------------------------

def test_a_name_the_model_runs_into_an_institution_before_it(make_doc):
    doc = make_doc("Адвокат Марат Исабеков считает, что реформа назрела. Его поддержала доцент Академии Гульнар "
                   "Сапарова. По ее словам, суды станут независимее.", published=MARCH_3)
    assert ("Гульнар Сапарова", "суды станут независимее") in _said(extract_statements(doc))


def test_experts_interviewed_by_an_outlet_as_written(make_doc):
    doc = make_doc("Эксперты, опрошенные Tengrinews.kz, сходятся во мнении, что реформа займет несколько лет.",
                   published=MARCH_3)
    assert _said(extract_statements(doc)) == [("Эксперты, опрошенные Tengrinews.kz", "реформа займет несколько лет")]


def test_a_quote_a_press_service_cites_is_the_words_of_the_one_cited(make_doc):
    doc = make_doc("Министр юстиции Арман Сеитов выступил в Мажилисе.\n\n«Закон нужно принять до лета», – цитирует "
                   "министра пресс-служба ведомства.", published=MARCH_3)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Закон нужно принять до лета")]


def test_a_kazakh_occasion_with_a_postposition_before_the_subject(make_doc):
    doc = make_doc("Кездесу соңында тұрғындар мұндай жиындарды жиі өткізу керек екенін айтты.", language="kk",
                   published=MARCH_3)
    assert _said(extract_statements(doc)) == [("Тұрғындар", "мұндай жиындарды жиі өткізу керек")]
