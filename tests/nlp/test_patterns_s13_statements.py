"""Russian and English statement constructions the held-out sets blind61 to blind66 showed missing, and their
neighbours, each in short sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- Russian --------------------------------------------------------------------------------------------------------

def test_a_time_alone_after_an_apposition_is_no_subject(make_doc):
    doc = make_doc("Один из авторов поправок, депутат Сената Арман Сеитов, ранее говорил, что налоговый кодекс станет "
                   "короче.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "налоговый кодекс станет короче")]


def test_a_group_in_the_lobbies_is_the_group(make_doc):
    doc = make_doc("Депутаты маслихата в кулуарах говорили о том, что бюджет давно пора пересмотреть.")
    assert _said(extract_statements(doc)) == [("Депутаты маслихата", "бюджет давно пора пересмотреть")]


def test_the_writers_aside_on_a_figure_after_a_dash_is_no_part_of_it(make_doc):
    doc = make_doc("Аким района Ержан Сапаров встретился с фермерами. По его словам, в акимат уже поступило больше двухсот "
                   "заявок — эту цифру накануне назвали в министерстве.\n\nЕржан Сапаров отметил, что в район поступило "
                   "сто тракторов — эти данные вчера подтвердили в министерстве.")
    assert _said(extract_statements(doc)) == [("Ержан Сапаров", "в акимат уже поступило больше двухсот заявок"),
                                              ("Ержан Сапаров", "в район поступило сто тракторов")]


def test_a_promise_in_a_sentence_of_its_own(make_doc):
    doc = make_doc("Министр энергетики Арман Сеитов рассказал о планах. Он пообещал публиковать все тарифы на сайте.\n\n"
                   "Депутаты заявили, что тарифы растут слишком быстро. В ответ министр пообещал проверить расчеты.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "публиковать все тарифы на сайте"),
                                              ("Депутаты", "тарифы растут слишком быстро"),
                                              ("Арман Сеитов", "проверить расчеты")]


def test_a_call_to_act_in_a_sentence_of_its_own_stays_no_statement(make_doc):
    doc = make_doc("Министр энергетики Арман Сеитов поручил проверить расчеты.")
    assert _said(extract_statements(doc)) == []


def test_a_group_word_opening_a_hyphenated_compound(make_doc):
    doc = make_doc("Коллеги-экономисты говорят мне, что цены стабилизируются.")
    assert _said(extract_statements(doc)) == [("Коллеги-экономисты", "цены стабилизируются")]


def test_an_interviewers_question_whose_answer_the_writer_retells(make_doc):
    doc = make_doc("Экономист Дана Абенова дала интервью нашему изданию.\n\n– Скептики говорят, что налоги вырастут. Вы "
                   "с этим согласны?\n\nНа этот вопрос экономист ответила, что налоги останутся прежними.\n\n– А цены?"
                   "\n\n– Цены вырастут незначительно.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "налоги останутся прежними"),
                                              ("Дана Абенова", "Цены вырастут незначительно")]


# --- English --------------------------------------------------------------------------------------------------------

def test_a_proposal_after_the_pronoun_ends_the_clause(make_doc):
    doc = make_doc("Finance Minister Arman Sadykov told the deputies that the tax code should be shorter and simpler, "
                   "and he proposed holding hearings in every region.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Sadykov", "the tax code should be shorter and simpler")]


def test_a_clause_joined_by_and_he_that_is_no_proposal_stays(make_doc):
    doc = make_doc("Finance Minister Arman Sadykov said that the tax code should be shorter, and he was sure the "
                   "deputies would agree.", language="en")
    assert _said(extract_statements(doc)) == [
        ("Arman Sadykov", "the tax code should be shorter, and he was sure the deputies would agree")]


def test_praise_set_against_the_claim_ends_it(make_doc):
    doc = make_doc("In a post last week, economist Timur Bekov argued that the budget rules were still too vague, "
                   "although he praised the new chapter on audits.", language="en")
    assert _said(extract_statements(doc)) == [("Timur Bekov", "the budget rules were still too vague")]


def test_a_reservation_said_in_words_is_a_statement_of_its_own(make_doc):
    doc = make_doc("Economist Timur Bekov argued that the budget rules were still too vague, although he noted that "
                   "audits had improved.", language="en")
    assert _said(extract_statements(doc)) == [("Timur Bekov", "the budget rules were still too vague"),
                                              ("Timur Bekov", "audits had improved")]


def test_the_body_a_speaker_is_of_is_no_speaker(make_doc):
    doc = make_doc("Observer Aliya Nurova, of the civic group Adal Tandau, noted that the queues were shorter than in "
                   "2021.\n\n“Most complaints were about lists,” she said.", language="en")
    assert _said(extract_statements(doc)) == [("Aliya Nurova", "the queues were shorter than in 2021"),
                                              ("Aliya Nurova", "Most complaints were about lists")]


def test_a_group_from_a_body_with_a_capitalised_name_is_the_group_as_written(make_doc):
    doc = make_doc("Observers from the mission of the Shanghai Cooperation Organisation said voting was calm.",
                   language="en")
    assert _said(extract_statements(doc)) == [
        ("Observers from the mission of the Shanghai Cooperation Organisation", "voting was calm")]


def test_where_set_between_who_argued_and_that(make_doc):
    doc = make_doc("Economist Timur Bekov, who argued in a radio interview last week that prices would stabilise, told "
                   "reporters on Monday that the figures looked “solid” for a quarter of this kind.", language="en")
    assert _said(extract_statements(doc)) == [
        ("Timur Bekov", "prices would stabilise"),
        ("Timur Bekov", "the figures looked “solid” for a quarter of this kind")]


def test_a_relative_named_by_the_first_name_alone(make_doc):
    doc = make_doc("Pensioner Raisa Ivanova voted at nine.\n\nHer granddaughter Dana, a student, said she had read the "
                   "draft twice.", language="en")
    assert _said(extract_statements(doc)) == [("Dana", "she had read the draft twice")]


def test_a_call_set_against_the_words_by_but_ends_them(make_doc):
    doc = make_doc("Local observers said the count had been “orderly” but urged the authorities to publish the lists.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Local observers", "the count had been “orderly”")]


def test_said_no_with_words_after_its_noun_opens_a_clause(make_doc):
    doc = make_doc("Mayor Arman Seitov said no complaints about the new bus routes had been received.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "no complaints about the new bus routes had been received")]


def test_a_statement_set_off_between_a_group_and_its_verb(make_doc):
    doc = make_doc("Local observers, in a statement released on Monday, said the vote had been calm.", language="en")
    assert _said(extract_statements(doc)) == [("Local observers", "the vote had been calm")]
