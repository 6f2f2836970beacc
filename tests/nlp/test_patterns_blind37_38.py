"""Patterns the thirty-seventh and thirty-eighth blind sets showed missing, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- Russian --------------------------------------------------------------------------------------------------------

def test_a_quote_told_to_an_outlet_named_in_quotation_marks(make_doc):
    doc = make_doc("Фермер Арман Сеитов приехал на участок рано. «Очередь была короткой. Я проголосовал за пять минут», "
                   "— рассказал он «Вечернему Таразу».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Очередь была короткой. Я проголосовал за пять минут")]


def test_a_dash_speech_and_a_quote_over_paragraphs_told_to_an_outlet_in_quotation_marks(make_doc):
    doc = make_doc("Фермер Арман Сеитов приехал на участок рано.\n\n– Очередь была короткой, – рассказал он «Курсиву».\n\n"
                   "«Бюллетень простой.\n\nВсе понятно с первого раза», – добавил он «Курсиву».")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Очередь была короткой"),
                                              ("Арман Сеитов", "Бюллетень простой.\n\nВсе понятно с первого раза")]


def test_a_quote_told_by_a_pronoun_to_an_audience_in_the_dative(make_doc):
    doc = make_doc("Аким района Дана Абенова встретилась со школьниками.\n\n«Вы первыми проголосуете по новым правилам», "
                   "— сказала она выпускникам школы.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "Вы первыми проголосуете по новым правилам")]


def test_a_quote_told_to_journalists_then_where_before_the_speaker(make_doc):
    doc = make_doc("«Сессия прошла спокойно», — сказал журналистам после заседания сенатор Арман Сеитов.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Сессия прошла спокойно")]


def test_a_group_of_a_place_with_a_participle_and_how_many_of_them_said_it(make_doc):
    doc = make_doc("Жители Тараза, опрошенные нашим корреспондентом, в большинстве своем говорили, что ждут новых дорог.")
    assert _said(extract_statements(doc)) == [("Жители Тараза, опрошенные нашим корреспондентом", "ждут новых дорог")]


def test_a_student_named_with_an_unrussian_surname(make_doc):
    doc = make_doc("Президент Касым-Жомарт Токаев проголосовал утром.\n\nСтудентка Дана Жаксыгали рассказала, что "
                   "пришла на участок с подругами.\n\n«Мы долго спорили о проекте», – сказала она.")
    assert _said(extract_statements(doc)) == [("Дана Жаксыгали", "пришла на участок с подругами"),
                                              ("Дана Жаксыгали", "Мы долго спорили о проекте")]


def test_colleagues_by_a_possessive_after_a_quote_are_not_the_person_named_before(make_doc):
    doc = make_doc("Депутат Арман Сеитов выступил первым.\n\n«Закон нужно принять до лета», — считают его коллеги по "
                   "фракции.")
    assert "Арман Сеитов" not in [r["speaker_name"] for r in extract_statements(doc)]


def test_a_press_service_tag_closing_the_sentence_is_no_part_of_the_clause_in_russian(make_doc):
    doc = make_doc("Наблюдатели отметили, что подсчет прошел без жалоб, сообщила пресс-служба акимата.")
    assert _said(extract_statements(doc)) == [("Наблюдатели", "подсчет прошел без жалоб")]


# --- Kazakh ---------------------------------------------------------------------------------------------------------

def test_the_head_of_state_in_his_speech_at_a_place_after_a_dash_quote(make_doc):
    doc = make_doc("Жиынды Сенат төрағасы Арман Сейітов ашты.\n\n– Әр өңір өз ұсынысын айтуы керек, – деді Мемлекет "
                   "басшысы форумда сөйлеген сөзінде.", language="kk")
    assert _said(extract_statements(doc)) == [("Қасым-Жомарт Тоқаев", "Әр өңір өз ұсынысын айтуы керек")]


def test_a_young_man_named_before_called_so_after_his_quote(make_doc):
    doc = make_doc("Оқушы Дана Сейітова сабаққа ерте келді. Шымкенттік Ерлан Жақыпов сайлауға бірінші рет қатысатынын "
                   "айтты. – Бұл – маған үлкен сын, – дейді жас жігіт.", language="kk")
    assert _said(extract_statements(doc)) == [("Ерлан Жақыпов", "сайлауға бірінші рет қатысатынын"),
                                              ("Ерлан Жақыпов", "Бұл – маған үлкен сын")]


# --- English --------------------------------------------------------------------------------------------------------

def test_a_subject_after_an_opening_phrase_with_two_verbs(make_doc):
    doc = make_doc("In a message posted by the ministry, Seitov praised the volunteers and said the count was nearly "
                   "over.", language="en")
    assert _said(extract_statements(doc)) == [("Seitov", "the count was nearly over")]


def test_a_press_service_tag_closing_the_sentence_is_no_part_of_the_clause(make_doc):
    doc = make_doc("Local observers said the count had gone smoothly, the akimat's press service reported.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Local observers", "the count had gone smoothly")]


def test_a_body_named_with_of_is_no_person_a_pronoun_can_point_to(make_doc):
    doc = make_doc("Dana Abenova, an economist at the Institute of Regional Studies, said the budget was too small.\n\n"
                   "\"Schools will feel it first,\" she said.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the budget was too small"),
                                              ("Dana Abenova", "Schools will feel it first")]


def test_a_capitalised_title_with_a_relative_clause_set_off_after_the_name(make_doc):
    doc = make_doc("Opening the forum, Arman Seitov, Chairman of the Council who heads the panel, said the agenda was "
                   "full.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the agenda was full")]


def test_a_person_named_after_a_body_with_of_is_still_a_person(make_doc):
    doc = make_doc("Chairman of the Committee for Legislation Arman Seitov said the bill was ready.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the bill was ready")]
