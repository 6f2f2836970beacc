"""Patterns the blind sets 43 to 45 showed missing or misread, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- Russian --------------------------------------------------------------------------------------------------------

def test_a_judge_set_off_after_a_role_is_the_subject_not_a_gerund(make_doc):
    doc = make_doc("Учительница Мария Козлова спросила, изменятся ли пенсии. Член рабочей группы, судья Ерлан Сабитов "
                   "ответил ей, что пенсии будут расти.")
    assert _said(extract_statements(doc)) == [("Ерлан Сабитов", "пенсии будут расти")]


def test_a_gerund_clause_before_the_subject_stays_a_clause(make_doc):
    doc = make_doc("Отвечая на вопрос, судья Ерлан Сабитов сказал, что пенсии будут расти.")
    assert _said(extract_statements(doc)) == [("Ерлан Сабитов", "пенсии будут расти")]


def test_a_young_woman_named_before_called_again_by_the_common_noun(make_doc):
    doc = make_doc("Студентка Мадина Серикова пришла на участок с подругами. Девушка считает, что голосовать важно.")
    assert _said(extract_statements(doc)) == [("Мадина Серикова", "голосовать важно")]


def test_held_a_thing_to_be_so_by_the_common_noun(make_doc):
    doc = make_doc("Пенсионер Борис Ким пришел на участок рано. Мужчина считает новый закон о выборах нужным.")
    assert _said(extract_statements(doc)) == [("Борис Ким", "новый закон о выборах нужным")]


def test_named_as_a_quoted_adjective_that_reads_first_as_a_noun(make_doc):
    doc = make_doc("Депутат Ерлан Сабитов назвал вчерашнюю встречу «рабочим и честным разговором».")
    assert _said(extract_statements(doc)) == [("Ерлан Сабитов", "рабочим и честным разговором")]


def test_named_as_a_capitalised_object(make_doc):
    doc = make_doc("Аким района Ерлан Сабитов назвал План развития своевременным.")
    assert _said(extract_statements(doc)) == [("Ерлан Сабитов", "План развития своевременным")]


def test_a_quoted_title_after_named_stays_no_statement(make_doc):
    doc = make_doc("Депутат Ерлан Сабитов назвал закон «О местных бюджетах» в числе первых.")
    assert _said(extract_statements(doc)) == []


def test_a_group_agreed_that(make_doc):
    doc = make_doc("Участники семинара согласились, что проводить такие встречи нужно чаще.")
    assert _said(extract_statements(doc)) == [("Участники семинара", "проводить такие встречи нужно чаще")]


def test_a_relative_clause_about_the_speaker_is_no_part_of_what_was_said(make_doc):
    doc = make_doc("По словам учителя Марата Касенова, который первым пришел на встречу, зал был полон.")
    assert _said(extract_statements(doc)) == [("Марат Касенов", "зал был полон")]


def test_a_relative_clause_after_as_said(make_doc):
    doc = make_doc("Как рассказал аким Марат Касенов, с которым мы встретились утром, мост откроют в мае.")
    assert _said(extract_statements(doc)) == [("Марат Касенов", "мост откроют в мае")]


def test_an_emphatic_pronoun_subject(make_doc):
    doc = make_doc("Экономист Марат Касенов советует не спешить с выводами. Сам он уверен, что цены стабилизируются.")
    assert _said(extract_statements(doc)) == [("Марат Касенов", "цены стабилизируются")]


def test_a_split_quote_whose_speaker_ends_in_an_outlet_web_name(make_doc):
    doc = make_doc("Мы поговорили с юристом Мариной Ли.\n\n«Закон уже работает. Суды его применяют, – говорит "
                   "собеседница Orda.kz. – Но судьям нужно время».")
    assert _said(extract_statements(doc)) == [("Марина Ли", "Закон уже работает. Суды его применяют"),
                                              ("Марина Ли", "Но судьям нужно время")]


# --- Kazakh ---------------------------------------------------------------------------------------------------------

def test_kk_the_interviewee_called_our_interlocutor(make_doc):
    doc = make_doc("Біз экономист Марат Қасеновпен сөйлестік.\n\nСұхбаттасымыз бағалар тұрақтанады деп есептейді.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Марат Қасенов", "бағалар тұрақтанады")]


def test_kk_a_quote_over_two_paragraphs_closed_by_an_added_verb(make_doc):
    doc = make_doc("Сарапшы Марат Қасенов жиынға қатысты.\n\n«Бағалар биыл тұрақтанады. Жалақы да өседі.\n\n"
                   "Бұл – жақсы белгі», – деп толықтырды сарапшы.", language="kk")
    assert _said(extract_statements(doc)) == [("Марат Қасенов", "Бағалар биыл тұрақтанады. Жалақы да өседі.\n\n"
                                                               "Бұл – жақсы белгі")]


def test_kk_a_body_announced_with_a_colon_after_a_day(make_doc):
    doc = make_doc("Кеше облыстық сайлау комиссиясы қорытындыны жариялады: сайлаушылардың 70 пайызы келді.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Облыстық сайлау комиссиясы", "сайлаушылардың 70 пайызы келді")]


def test_kk_a_person_said_with_a_colon(make_doc):
    doc = make_doc("Әкім Марат Қасенов мәлімдеді: көпір мамыр айында ашылады.", language="kk")
    assert _said(extract_statements(doc)) == [("Марат Қасенов", "көпір мамыр айында ашылады")]


def test_kk_a_body_that_published_a_text_says_nothing(make_doc):
    doc = make_doc("Кеше облыстық сайлау комиссиясы қорытындыны жариялады.", language="kk")
    assert _said(extract_statements(doc)) == []


# --- English --------------------------------------------------------------------------------------------------------

def test_a_proposal_in_the_mandative_is_no_statement(make_doc):
    doc = make_doc("Senator Aidos Karimov suggested that the budget be debated in two readings.", language="en")
    assert _said(extract_statements(doc)) == []


def test_a_suggestion_with_a_modal_stays_a_statement(make_doc):
    doc = make_doc("Senator Aidos Karimov suggested that the debate would take two weeks.", language="en")
    assert _said(extract_statements(doc)) == [("Aidos Karimov", "the debate would take two weeks")]


def test_pointed_to_a_topic_alone_is_no_statement(make_doc):
    doc = make_doc("Lawyer Aidos Karimov spoke after the session. Karimov also pointed to the role of the ombudsman.",
                   language="en")
    assert _said(extract_statements(doc)) == []


def test_a_columnist_warns_in_the_present(make_doc):
    doc = make_doc("Aidos Karimov is a lawyer in Almaty.\n\nHe warns, though, that the new courts depend on "
                   "\"judges who are ready for them\".", language="en")
    assert _said(extract_statements(doc)) == [
        ("Aidos Karimov", "the new courts depend on \"judges who are ready for them\"")]


def test_an_unnamed_official_at_a_ministry_with_a_long_name(make_doc):
    doc = make_doc("An official at the Ministry of Culture and Information, speaking on condition of anonymity, told "
                   "reporters that the schedule had been agreed.", language="en")
    assert _said(extract_statements(doc)) == [
        ("An official at the Ministry of Culture and Information", "the schedule had been agreed")]
