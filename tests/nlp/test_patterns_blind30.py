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


# --- English speakers set off by commas ------------------------------------------------------------------------------

def test_an_english_speaker_representing_a_body_set_off_by_commas(make_doc):
    doc = make_doc("Dana Seitova, representing a union of teachers, noted that schools need the new rules.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Dana Seitova", "schools need the new rules")]


def test_an_english_speaker_with_a_clause_on_whom_the_writer_asked(make_doc):
    doc = make_doc("Lawyer Dana Seitova, with whom I discussed the question, put it simply: \"The law is only as good "
                   "as its courts.\" She believes the courts should get more judges.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Seitova", "The law is only as good as its courts"),
                                              ("Dana Seitova", "the courts should get more judges")]


def test_a_ballot_question_after_a_colon_is_still_no_statement(make_doc):
    doc = make_doc("Voters were asked a single question: \"Do you support the new law?\"", language="en")
    assert _said(extract_statements(doc)) == []


# --- English clauses ------------------------------------------------------------------------------------------------

def test_told_a_bodys_leaders_then_the_clause(make_doc):
    doc = make_doc("The President told the heads of the regional akimats on Monday that every letter must get an "
                   "answer.", language="en")
    assert _said(extract_statements(doc)) == [("Kassym-Jomart Tokayev", "every letter must get an answer")]


def test_the_narrators_as_clause_after_what_was_said_is_left_out(make_doc):
    doc = make_doc("Arman Seitov said that no letter would be ignored, as the campaign entered its final week.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "no letter would be ignored")]


def test_an_as_clause_giving_a_reason_stays_in_what_was_said(make_doc):
    doc = make_doc("Arman Seitov said the draft is fair, as it protects every citizen.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the draft is fair, as it protects every citizen")]


def test_how_an_analyst_sees_a_thing(make_doc):
    doc = make_doc("Political analyst Arman Seitov sees the vote as the end of a long cycle of reforms.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the vote as the end of a long cycle of reforms")]


def test_a_proposal_after_a_title_and_a_name_is_no_view_of_a_thing(make_doc):
    doc = make_doc("President Arman Seitov proposed on Monday to merge the two chambers.", language="en")
    assert _said(extract_statements(doc)) == []


def test_how_someone_regards_a_thing(make_doc):
    doc = make_doc("Dana Seitova regards the new chamber as a test for the parties.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Seitova", "the new chamber as a test for the parties")]


# --- Kazakh ---------------------------------------------------------------------------------------------------------

def test_a_kazakh_group_come_to_an_opinion(make_doc):
    doc = make_doc("Форум қатысушылары бірнеше заңды өзгерту қажет деген пікірге келді.", language="kk")
    assert _said(extract_statements(doc)) == [("Форум қатысушылары", "бірнеше заңды өзгерту қажет")]


def test_a_kazakh_group_come_to_a_conclusion(make_doc):
    doc = make_doc("Сарапшылар жаңа заң уақтылы қабылданды деген қорытындыға келді.", language="kk")
    assert _said(extract_statements(doc)) == [("Сарапшылар", "жаңа заң уақтылы қабылданды")]


def test_an_opinion_come_to_with_no_clause_is_no_statement(make_doc):
    doc = make_doc("Олар ортақ пікірге келді.", language="kk")
    assert _said(extract_statements(doc)) == []


# --- events ---------------------------------------------------------------------------------------------------------

def test_an_official_met_a_number_of_residents(make_doc, events):
    doc = make_doc("Adviser Dana Seitova met about 250 residents at the town library on Wednesday.", language="en",
                   published=MAY_14, title="Residents ask about the draft")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion")]


def test_met_with_a_number_of_students_is_no_reception(make_doc, events):
    doc = make_doc("The akim met with more than 200 students at the university on Wednesday.", language="en",
                   published=MAY_14, title="Students ask about the draft")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion")]


def test_the_president_told_a_bodys_leaders_on_a_day(make_doc, events):
    doc = make_doc("President Tokayev told the leaders of the Election Commission on Wednesday that the vote must be "
                   "fair.", language="en", published=MAY_14, title="Tokayev meets election officials")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "meeting")]


def test_a_round_table_with_its_day_in_a_participle_set_off_after_it(make_doc, events):
    doc = make_doc("Выборам был посвящен круглый стол, состоявшийся накануне в университете.", published=MAY_14,
                   title="Юристы обсудили выборы")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "round_table")]


def test_a_participle_set_off_after_another_noun_still_dates_that_noun(make_doc, events):
    doc = make_doc("Сегодня опубликован проект, одобренный вчера комиссией.", published=MAY_14,
                   title="Проект опубликован")
    assert events(extract_events(doc)) == [(THURSDAY, "publication")]


def test_a_decree_named_by_its_participle_and_its_day(make_doc, events):
    doc = make_doc("Сегодня газета публикует новый закон.\n\nПодписанный вчера указ назначает выборы на 28 июня.",
                   published=MAY_14, title="Закон опубликован")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (THURSDAY, "publication")]


def test_a_working_group_holding_a_meeting_past_an_apposition(make_doc, events):
    doc = make_doc("The working group on local government, set up by the order of May 4, held its second meeting "
                   "today.", language="en", published=MAY_14, title="Working group meets")
    assert events(extract_events(doc)) == [(THURSDAY, "working_group")]


def test_the_decree_that_set_up_the_body_told_after_its_first_sitting_is_background(make_doc, events):
    doc = make_doc("Сегодня в Астане прошло первое заседание Конституционной комиссии.\n\nЧлены комиссии обсудили "
                   "порядок работы.\n\nСледующее заседание пройдет в июне.\n\nУказ о создании комиссии Президент "
                   "подписал 11 мая.", published=MAY_14,
                   title="Комиссия провела первое заседание")
    assert events(extract_events(doc)) == [(THURSDAY, "commission_meeting")]


def test_another_decree_told_after_a_sitting_stays_news(make_doc, events):
    doc = make_doc("Сегодня в Астане прошло первое заседание Конституционной комиссии.\n\nЧлены комиссии обсудили "
                   "порядок работы.\n\nСледующее заседание пройдет в июне.\n\nВчера Президент подписал указ о "
                   "проведении референдума.", published=MAY_14,
                   title="Комиссия провела первое заседание")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (THURSDAY, "commission_meeting")]
