"""Patterns the thirtieth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements, persons
from pipeline.nlp.spans import sentences

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def _names(text, language="ru"):
    return [p.name for p in persons.find(text, language, sentences(text))]
# --- names in an oblique case ---------------------------------------------------------------------------------------

def test_a_womans_name_in_the_accusative_known_to_the_dictionary_only_as_a_common_noun():
    assert _names("Редакция расспросила юриста Ризу Сейтову о выборах.") == ["Риза Сейтова"]


def test_the_same_name_in_the_instrumental():
    assert _names("Мы поговорили с юристом Ризой Сейтовой о выборах.") == ["Риза Сейтова"]


def test_a_womans_first_name_in_the_accusative_that_the_dictionary_knows():
    assert _names("Редакция расспросила юриста Зарему Ахметову о выборах.") == ["Зарема Ахметова"]


def test_a_mans_name_in_the_dative_stays_a_mans():
    assert _names("Слово дали юристу Марату Ахметову.") == ["Марат Ахметов"]


def test_a_first_name_of_either_gender_in_the_dative_stays_a_mans_as_before():
    assert _names("Слово дали юристу Ерлану Ахметову.") == ["Ерлан Ахметов"]


# --- interviews -----------------------------------------------------------------------------------------------------

_INTERVIEW = ("Мы расспросили юриста Ризу Сейтову о новом законе.\n\n— Закон уже принят. Что дальше?\n\n— Теперь нужны "
              "правила.\n\n— Многие считают, что закон слишком мягкий.\n\n— Это не так. Но тысячи писем говорят о "
              "том, что люди следят за ним.\n\n— Спасибо.")


def test_an_interview_answer_goes_to_the_guest_in_the_nominative(make_doc):
    rows = extract_statements(make_doc(_INTERVIEW))
    assert ("Риза Сейтова", "Теперь нужны правила") in _said(rows)
    assert all(r["speaker_name"] in ("Риза Сейтова", "Многие") for r in rows)


def test_the_answer_to_a_remark_with_no_question_mark_goes_to_the_guest(make_doc):
    rows = extract_statements(make_doc(_INTERVIEW))
    assert ("Риза Сейтова", "Это не так. Но тысячи писем говорят о том, что люди следят за ним") in _said(rows)


def test_a_remark_not_followed_by_a_dash_paragraph_is_no_question(make_doc):
    doc = make_doc("Мы расспросили юриста Ризу Сейтову о законе.\n\n— Закон принят. Что дальше?\n\n— Нужны правила."
                   "\n\n— И еще нужны суды.\n\nРедакция благодарит собеседницу.")
    assert _said(extract_statements(doc)) == [("Риза Сейтова", "Нужны правила")]


def test_a_quote_of_someone_named_inside_an_answer_keeps_its_speaker(make_doc):
    doc = make_doc("Мы расспросили юриста Ризу Сейтову о законе.\n\n— Что дальше?\n\n— Марат Ахметов сказал, что "
                   "закон заработает осенью.")
    assert _said(extract_statements(doc)) == [("Марат Ахметов", "закон заработает осенью")]


# --- collectives ----------------------------------------------------------------------------------------------------

def test_a_group_with_a_relative_clause_set_off_after_it(make_doc):
    doc = make_doc("Жители села, с которыми мы встретились, рассказали, что дорогу построили за лето.")
    assert _said(extract_statements(doc)) == [("Жители села, с которыми мы встретились", "дорогу построили за лето")]


def test_a_group_with_a_plain_relative_clause(make_doc):
    doc = make_doc("Депутаты, которые голосовали против, заявили, что срок слишком короткий.")
    assert _said(extract_statements(doc)) == [("Депутаты, которые голосовали против", "срок слишком короткий")]


def test_a_relative_clause_after_no_group_makes_no_speaker(make_doc):
    doc = make_doc("Письма, которые пришли в комиссию, показывают, что люди читают проект.")
    assert _said(extract_statements(doc)) == []


# --- a speaker past a place and a day -------------------------------------------------------------------------------

def test_a_quote_then_the_verb_then_where_and_when_then_the_speaker(make_doc):
    doc = make_doc("«Мы убрали лишнее. Текст стал короче», — сказал на встрече во вторник член группы Арман Сейтов, "
                   "готовивший текст.")
    assert _said(extract_statements(doc)) == [("Арман Сейтов", "Мы убрали лишнее. Текст стал короче")]


def test_a_quote_then_the_verb_then_the_day_then_the_speaker(make_doc):
    doc = make_doc("«Мы убрали лишнее», — сказал вчера член группы Арман Сейтов.")
    assert _said(extract_statements(doc)) == [("Арман Сейтов", "Мы убрали лишнее")]
