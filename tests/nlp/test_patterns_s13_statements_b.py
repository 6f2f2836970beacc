"""Statement patterns the blind sets 67 to 72 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_a_hyphenated_pair_of_roles_before_a_kazakh_name_without_a_surname_ending(make_doc):
    doc = make_doc("Кеше жиын өтті.\n\nСаясаттанушы-ғалым Ербол Жанқали жоспар нақты болуы керек екенін айтты.\n\n"
                   "– Бізге уақыт керек, – дейді ғалым.", language="kk")
    assert _said(extract_statements(doc)) == [("Ербол Жанқали", "жоспар нақты болуы керек"),
                                              ("Ербол Жанқали", "Бізге уақыт керек")]


def test_a_hyphenated_word_that_is_no_role_names_nobody(make_doc):
    doc = make_doc("Кеше жиын өтті.\n\nАстана-Алматы Ербол Жанқали жолы ашық болуы керек екенін айтты.", language="kk")
    assert _said(extract_statements(doc)) == []


def test_a_kazakh_interviewee_addressed_by_name_and_patronymic_is_the_one_named_before(make_doc):
    doc = make_doc("Экономист Дана Сапарованың сұхбаты.\n\n– Дана Ерланқызы, бюджет туралы не айтасыз?\n\n– Бюджет "
                   "өседі.\n\nСоңында Дана Сапарова сөзін қорытты. Оның айтуынша, салық азаймайды.", language="kk")
    assert _said(extract_statements(doc)) == [("Дана Сапарова", "Бюджет өседі"),
                                              ("Дана Сапарова", "салық азаймайды")]


def test_a_kazakh_surname_in_qyzy_outside_an_address_is_a_person_of_her_own(make_doc):
    doc = make_doc("Экономист Дана Сапарова кеше сөйледі.\n\nДепутат Дана Ерланқызы бюджет өседі деп айтты.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Дана Ерланқызы", "бюджет өседі")]


def test_where_it_was_said_after_an_apposition_set_off_is_no_subject(make_doc):
    doc = make_doc("Мой друг, экономист Арман Сеитов, на одном из семинаров сказал: «Налоги должны быть простыми».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Налоги должны быть простыми")]


def test_a_place_piece_that_names_the_speaker_keeps_him(make_doc):
    doc = make_doc("Как известно, на встрече министр Арман Сеитов сказал: «Налоги должны быть простыми».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Налоги должны быть простыми")]


def test_how_often_the_head_of_state_said_it_is_no_part_of_the_speaker(make_doc):
    doc = make_doc("Экономист Дана Абенова выступила на форуме.\n\nГлава государства неоднократно говорил, что "
                   "налоги должны быть простыми.")
    assert _said(extract_statements(doc)) == [("Касым-Жомарт Токаев", "налоги должны быть простыми")]


def test_a_courtesy_title_before_a_surname_is_the_person_named_before(make_doc):
    doc = make_doc("Judge Dana Abenova chaired the hearing.\n\nMs Abenova said that the hearing would resume in May.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the hearing would resume in May")]


def test_the_day_set_between_said_and_that(make_doc):
    doc = make_doc("Arman Seitov, the head of the bank, said yesterday that rates would not change.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "rates would not change")]
