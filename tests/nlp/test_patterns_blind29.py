"""Patterns the twenty-ninth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- interviews: the answers are the guest's, not the journalist's ----------------------------------------------------

def test_interview_answers_belong_to_the_guest_not_the_journalist_named_first(make_doc):
    doc = make_doc("Журналист портала Ерлан Ахметов побеседовал с политологом Динарой Омаровой.\n\n"
                   "– Что изменится осенью?\n\n– Многое изменится. Парламент станет другим.", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Динара Омарова", "Многое изменится. Парламент станет другим")]


def test_interview_guest_after_the_interviewer_as_the_subject_of_the_talk(make_doc):
    doc = make_doc("О реформе Ерлан Ахметов поговорил с профессором Динарой Омаровой.\n\n"
                   "– Что изменится осенью?\n\n– Суды получат больше работы.", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Динара Омарова", "Суды получат больше работы")]


def test_kazakh_interview_guest_in_the_comitative_before_the_verb(make_doc):
    doc = make_doc("Біздің тілші Асқар Нұрланов заңгер Айгүл Сейітовамен сұхбаттасты.\n\n– Не өзгереді?\n\n"
                   "– Көп нәрсе өзгереді. Парламент басқа болады.", language="kk", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Айгүл Сейітова", "Көп нәрсе өзгереді. Парламент басқа болады")]


def test_english_interview_guest_after_a_reporter(make_doc):
    doc = make_doc("Times reporter Mark Olsen spoke with lawyer Dana Abenova about the draft.\n\nQ: What will "
                   "change?\n\nA: Quite a lot will change.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Dana Abenova", "Quite a lot will change")]


def test_interview_guest_named_first_still_answers(make_doc):
    doc = make_doc("Мы поговорили с профессором Динарой Омаровой.\n\n– Что изменится?\n\n– Многое изменится.",
                   published=MAY_14)
    assert _said(extract_statements(doc)) == [("Динара Омарова", "Многое изменится")]


def test_answers_after_the_name_and_a_colon(make_doc):
    doc = make_doc("Times reporter Mark Olsen spoke with lawyer Dana Abenova about the draft.\n\nOlsen: What will "
                   "change?\n\nAbenova: Quite a lot will change.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Dana Abenova", "Quite a lot will change")]
    doc = make_doc("Журналист Ерлан Ахметов побеседовал с политологом Динарой Омаровой.\n\nАхметов: Что "
                   "изменится?\n\nОмарова: Многое изменится.", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Динара Омарова", "Многое изменится")]



# --- English subjects: a title in capitals, "The Head of State … and noted" ---------------------------------------

def test_a_title_in_capitals_before_the_name_in_an_apposition(make_doc):
    doc = make_doc("The board met on Monday. Its head, Election Board Chair Dana Abenova, told members that the count "
                   "would be public.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the count would be public")]


def test_a_title_in_capitals_before_the_name_then_noted(make_doc):
    doc = make_doc("Its head, Deputy Prime Minister Arman Seitov, noted that the plan was ready.", language="en",
                   published=MAY_14)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the plan was ready")]


def test_the_head_of_state_thanked_someone_and_noted(make_doc):
    doc = make_doc("The Head of State thanked the members of the board for their work and noted that the text was "
                   "the fruit of a long debate.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Kassym-Jomart Tokayev", "the text was the fruit of a long debate")]


def test_a_role_with_of_thanked_someone_and_said(make_doc):
    doc = make_doc("Dana Abenova chairs the board. The Chair of the Board thanked the staff and said that the count "
                   "was over.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the count was over")]


def test_a_mandative_spelling_out_a_proposal_after_and_is_no_statement(make_doc):
    doc = make_doc("The Head of State proposed a new court and suggested that the question be put to a vote, which "
                   "could take place in 2027.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == []


def test_a_suggestion_of_its_own_is_still_a_statement(make_doc):
    doc = make_doc("Arman Seitov suggested that the final vote would be held in spring. Dana Abenova insisted that "
                   "the count be made public.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the final vote would be held in spring"),
                                              ("Dana Abenova", "the count be made public")]


# --- a group asks whether ---------------------------------------------------------------------------------------------

def test_a_group_asks_whether(make_doc):
    doc = make_doc("Critics ask whether two weeks of hearings are enough.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Critics", "whether two weeks of hearings are enough")]


def test_a_group_wonders_if_in_the_past(make_doc):
    doc = make_doc("Some observers wondered if the count would be fast.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Some observers", "if the count would be fast")]


def test_skeptics_are_a_group(make_doc):
    doc = make_doc("Skeptics argue that the schedule is too tight.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Skeptics", "the schedule is too tight")]


def test_one_person_asking_whether_says_nothing(make_doc):
    doc = make_doc("A reporter asked whether the date was set.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == []


def test_a_group_asks_whether_in_russian(make_doc):
    doc = make_doc("Скептики спрашивают, хватит ли месяца на агитацию. Некоторые эксперты задаются вопросом, успеют "
                   "ли партии подготовиться.", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Скептики", "хватит ли месяца на агитацию"),
                                              ("Некоторые эксперты", "успеют ли партии подготовиться")]


def test_a_group_asks_whether_in_kazakh(make_doc):
    doc = make_doc("Сыншылар бір айлық үгіт жеткілікті ме деп сұрайды.", language="kk", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Сыншылар", "бір айлық үгіт жеткілікті ме")]


def test_one_person_asking_whether_says_nothing_in_russian_and_kazakh(make_doc):
    assert _said(extract_statements(make_doc("Журналист спросил, назначена ли дата.", published=MAY_14))) == []
    assert _said(extract_statements(make_doc("Тілші күн белгіленді ме деп сұрады.", language="kk",
                                             published=MAY_14))) == []



# --- a specialist named by the role word ------------------------------------------------------------------------------

def test_kazakh_specialist_after_a_named_lawyer(make_doc):
    doc = make_doc("Заңгер Арман Сейітовтің сөзінше, жаңа заң жақсы.\n\n– Барлық рәсім алдын ала жазылған, – дейді "
                   "маман.", language="kk", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Арман Сейітов", "жаңа заң жақсы"),
                                              ("Арман Сейітов", "Барлық рәсім алдын ала жазылған")]


def test_russian_specialist_after_a_named_lawyer(make_doc):
    doc = make_doc("По словам юриста Армана Сеитова, новый закон хорош.\n\n– Все процедуры прописаны заранее, – "
                   "говорит специалист.", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "новый закон хорош"),
                                              ("Арман Сеитов", "Все процедуры прописаны заранее")]


def test_english_specialist_after_a_named_lawyer(make_doc):
    doc = make_doc("According to lawyer Arman Seitov, the new law is good.\n\n\"Every step is written down in "
                   "advance,\" the specialist said.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the new law is good"),
                                              ("Arman Seitov", "Every step is written down in advance")]



# --- a proposal of an act is no statement -----------------------------------------------------------------------------

def test_a_proposal_by_gerunds_is_no_statement(make_doc):
    doc = make_doc("Minister Arman Seitov spoke on Monday. He also proposed creating a youth council and introducing "
                   "a new post.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == []


def test_a_call_for_an_act_or_an_infinitive_is_no_statement(make_doc):
    doc = make_doc("Minister Arman Seitov spoke on Monday. He also called for holding the vote in spring.\n\n"
                   "He proposed to rename the chamber.", language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == []


def test_a_call_for_a_noun_is_still_a_statement(make_doc):
    doc = make_doc("Minister Arman Seitov spoke on Monday. He also called for funding for rural schools.",
                   language="en", published=MAY_14)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "funding for rural schools")]



# --- events: the commission in lower case -----------------------------------------------------------------------------

def test_the_commission_in_lower_case_with_a_relative_clause_met(make_doc, events):
    doc = make_doc("The Constitutional Commission has held two sessions this week.\n\nThe commission, which has 120 "
                   "members, met for the first time on Monday.\n\nAt the second session on Wednesday, members "
                   "discussed the courts.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "commission_meeting"),
                                           (date(2026, 5, 13), "commission_meeting")]


def test_the_commission_in_lower_case_met(make_doc, events):
    doc = make_doc("The commission met for the first time on Monday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "commission_meeting")]



# --- events: a numbered sitting after "после", "кейін" ----------------------------------------------------------------

def test_after_a_numbered_sitting_is_background_in_russian(make_doc, events):
    for number in ("IV", "4-го"):
        doc = make_doc(f"Вчера прошло первое заседание рабочей группы.\n\nГруппа была создана 11 мая, на следующий "
                       f"день после {number} заседания Национального курултая.", published=MAY_14)
        assert events(extract_events(doc)) == [(date(2026, 5, 13), "working_group")]


def test_after_a_numbered_sitting_is_background_in_kazakh(make_doc, events):
    for number in ("IV", "төртінші"):
        doc = make_doc(f"Кеше жұмыс тобының алғашқы отырысы өтті.\n\nТоп 11 мамырда, Ұлттық құрылтайдың {number} "
                       f"отырысынан кейін құрылды.", language="kk", published=MAY_14)
        assert events(extract_events(doc)) == [(date(2026, 5, 13), "working_group")]


def test_a_numbered_sitting_told_as_news_stays(make_doc, events):
    doc = make_doc("Кеше Ұлттық құрылтайдың IV отырысы өтті.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion")]
