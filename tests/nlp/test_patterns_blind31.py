"""Patterns the thirty-first blind set (interviews, debates, press conferences) showed missing, and their neighbours,
each in short sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

TUESDAY = "2026-05-12T12:00:00+05:00"


# --- who speaks next in a debate or a press conference -------------------------------------------------------------

def test_a_pronoun_after_a_person_met_again_by_surname_in_kazakh(make_doc, pairs):
    doc = make_doc("Премьер-министр Олжас Бектенов министр Марат Оспанов пен Дана Ерланқызын қабылдады.\n\n"
                   "Оспанов жұмыс барысы туралы баяндады. Оның айтуынша, жоба дайын.", language="kk")
    assert pairs(extract_statements(doc)) == [("Марат Оспанов", "жоба дайын")]


def test_a_pronoun_after_a_debater_met_again_by_surname_in_russian(make_doc, pairs):
    doc = make_doc("В студии спорили депутат Арман Сеитов и социолог Гаухар Темирова.\n\n"
                   "«Реформа назрела», – сказал Сеитов.\n\nТемирова с ним не согласилась. По ее словам, спешить нельзя.")
    assert pairs(extract_statements(doc))[-1] == ("Гаухар Темирова", "спешить нельзя")


def test_a_verbless_quote_after_a_role_and_name_on_a_topic(make_doc, pairs):
    doc = make_doc("«Работа идет по плану», – сказала председатель Алия Серикова.\n\n"
                   "Член рабочей группы Нурлан Жумабеков коснулся сроков.\n\n"
                   "«Три месяца – разумный срок».\n\n«Спешить нельзя», – добавил он.")
    assert pairs(extract_statements(doc))[-2:] == [("Нурлан Жумабеков", "Три месяца – разумный срок"),
                                                   ("Нурлан Жумабеков", "Спешить нельзя")]


def test_a_role_word_right_after_a_speaker_named_without_a_role_in_kazakh(make_doc, pairs):
    doc = make_doc("Комиссия төрағасының орынбасары Гүлмира Сәрсенованың сөзінше, жоба дайын.\n\n"
                   "Отырыста сөз алған Бауыржан Қасымов ұсыныстар көп екенін айтты.\n\n"
                   "– Барлығы қаралады, – деді төраға орынбасары.", language="kk")
    assert pairs(extract_statements(doc))[-1] == ("Бауыржан Қасымов", "Барлығы қаралады")


def test_a_role_word_after_a_speaker_with_another_person_named_between_stays_with_the_role(make_doc, pairs):
    doc = make_doc("The council is chaired by Dana Sultan. Marat Oral is her deputy.\n\nSultan said the council would "
                   "meet monthly.\n\nOral presented the plan. According to the deputy chair, it is ready.", language="en")
    assert pairs(extract_statements(doc))[-1] == ("Marat Oral", "it is ready")


def test_a_business_owner_named_by_trade(make_doc, pairs):
    doc = make_doc("Последним выступил фермер и предприниматель Бекзат Алиев.\n\n"
                   "Предприниматель признался, что не читал проект.")
    assert pairs(extract_statements(doc)) == [("Бекзат Алиев", "не читал проект")]


def test_two_people_named_by_roles_answer_together(make_doc, pairs):
    doc = make_doc("В эфире спорили юрист Асель Нуриева, депутат Ержан Оспанов и эксперт Тимур Алиев.\n\n"
                   "Юрист и депутат ответили, что поддержат проект, эксперт и социолог промолчали.")
    assert pairs(extract_statements(doc)) == [("Юрист и депутат", "поддержат проект")]


def test_according_to_her_inside_a_relative_clause(make_doc, pairs):
    doc = make_doc("Председатель Ерлан Нуров открыл сессию.\n\nСенатор Айжан Ермекова, которая, по ее словам, "
                   "намерена остаться в политике, назвала сессию «трудным испытанием».\n\n"
                   "«Мы сделали что могли», – сказала она.")
    assert pairs(extract_statements(doc)) == [("Айжан Ермекова", "намерена остаться в политике"),
                                              ("Айжан Ермекова", "трудным испытанием"),
                                              ("Айжан Ермекова", "Мы сделали что могли")]


def test_a_veteran_named_by_what_he_is_in_kazakh(make_doc, pairs):
    doc = make_doc("Мәслихаттың ардагер депутаты Серік Жақыпов пікір білдірді.\n\n– Жастарға жол беру керек, – деді "
                   "ардагер.", language="kk")
    assert pairs(extract_statements(doc)) == [("Серік Жақыпов", "Жастарға жол беру керек")]


# --- interviews and clauses ----------------------------------------------------------------------------------------

def test_an_interview_printed_without_dashes(make_doc, pairs):
    doc = make_doc("The Times spoke to Aigerim Nurlanova, a lawyer in Shymkent.\n\nWhat changes first?\n\n"
                   "\"The courts. Anyone can now go to the top court.\"\n\nSome say the reform is rushed. Is it?\n\n"
                   "\"No. There was time for everyone.\"", language="en")
    assert pairs(extract_statements(doc)) == [("Aigerim Nurlanova", "The courts. Anyone can now go to the top court"),
                                              ("Aigerim Nurlanova", "No. There was time for everyone")]


def test_one_question_before_a_quote_makes_no_interview(make_doc, pairs):
    doc = make_doc("Minister Arman Seitov visited Taraz.\n\nWhat will change?\n\n\"Everything.\"", language="en")
    assert pairs(extract_statements(doc)) == []


def test_what_an_interviewer_reports_in_a_dash_question_is_no_statement(make_doc, pairs):
    doc = make_doc("Политолог Ерлан Садыков ответил на вопросы редакции.\n\n– Критики говорят, что сроки сжатые. "
                   "Вы согласны?\n\n– Сроки достаточные.\n\n– А что с судами?\n\n– Суды станут доступнее.")
    assert pairs(extract_statements(doc)) == [("Ерлан Садыков", "Сроки достаточные"),
                                              ("Ерлан Садыков", "Суды станут доступнее")]


def test_said_that_and_that_are_two_statements(make_doc, pairs):
    doc = make_doc("Minister Arman Seitov said that the draft was ready, and that hearings would follow.", language="en")
    assert pairs(extract_statements(doc)) == [("Arman Seitov", "the draft was ready"),
                                              ("Arman Seitov", "hearings would follow")]


def test_chto_and_chto_are_two_statements_in_russian(make_doc, pairs):
    doc = make_doc("Министр Арман Сеитов отметил, что проект готов, и что слушания пройдут в мае.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "проект готов"), ("Арман Сеитов", "слушания пройдут в мае")]


def test_advice_with_the_pronoun_set_in_and_a_reason_after(make_doc, pairs):
    doc = make_doc("Professor Dana Sultan spoke to students.\n\nRead the rights first, she advised, because they are new.",
                   language="en")
    assert pairs(extract_statements(doc)) == [("Dana Sultan", "Read the rights first")]


# --- Kazakh speaker phrases ----------------------------------------------------------------------------------------

def test_the_occasion_in_the_locative_is_no_first_name(make_doc, pairs):
    doc = make_doc("Президент сайлау комиссиясының төрағасы Болат Сейітовті қабылдады.\n\nБрифингте Сейітов сайлауға "
                   "70 пайыз адам қатысқанын хабарлады.", language="kk")
    assert pairs(extract_statements(doc)) == [("Болат Сейітов", "сайлауға 70 пайыз адам қатысқанын")]


def test_in_his_speech_after_the_surname_ends_the_subject(make_doc, pairs):
    doc = make_doc("Сенат Төрағасы Ерлан Омаров отырысты ашты.\n\nОмаров сөзінде жаңа парламент депутаттары жұмысқа "
                   "дайын болуы керек екенін айтты.", language="kk")
    assert pairs(extract_statements(doc)) == [("Ерлан Омаров", "жаңа парламент депутаттары жұмысқа дайын болуы керек")]


def test_a_candidate_named_by_the_role_word_again_after_a_voter_asked(make_doc, pairs):
    doc = make_doc("Кандидат в депутаты Айгуль Серикова встретилась с жителями.\n\nКандидат рассказала, что откроет "
                   "приемную. Студент Ерлан Оспанов спросил, что будет с общежитиями. Кандидат ответила, что их "
                   "отремонтируют.")
    assert pairs(extract_statements(doc)) == [("Айгуль Серикова", "откроет приемную"),
                                              ("Айгуль Серикова", "их отремонтируют")]


# --- events --------------------------------------------------------------------------------------------------------

def test_kazakh_citizens_took_part_in_the_referendum_on_sunday(make_doc, events):
    doc = make_doc("Жексенбі күні ел азаматтары республикалық референдумға қатысты. Дауыс беру тыныш өтті.",
                   language="kk", published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 10), "referendum")]


def test_a_title_saying_the_results_were_published_is_the_results_of_their_day(make_doc, events):
    doc = make_doc("Орталық сайлау комиссиясы 11 мамырда сайлаудың алдын ала қорытындысын жариялады.", language="kk",
                   published=TUESDAY, title="Сайлаудың алдын ала қорытындысы жарияланды")
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "results")]


def test_the_results_reported_to_the_president_are_the_meetings_topic(make_doc, events):
    doc = make_doc("Мемлекет басшысы сайлау комиссиясының төрағасын қабылдады. Президентке сайлаудың қорытындысы туралы "
                   "баяндалды.", language="kk", published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "meeting")]


def test_the_president_received_the_leadership_of_a_body(make_doc, events):
    doc = make_doc("President Tokayev on Monday received the leadership of the Supreme Court at the Akorda.",
                   language="en", published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "meeting")]


def test_a_televised_debate_and_hearings_the_same_day(make_doc, events):
    doc = make_doc("В понедельник вечером на телеканале прошли дебаты о реформе. Спорили трое экспертов.\n\n"
                   "«Реформа нужна», – сказал один из них.\n\nВ тот же день в Таразе прошли общественные слушания.",
                   published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "other"), (date(2026, 5, 11), "public_discussion")]


def test_an_english_debate_held(make_doc, events):
    doc = make_doc("A televised debate on the draft was held on Monday.", language="en", published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "other")]


def test_a_candidate_registered_on_saturday_met_voters_yesterday(make_doc, events):
    doc = make_doc("Ерлан Садыков, в субботу зарегистрированный окружной комиссией кандидатом в депутаты, вчера "
                   "встретился с избирателями в Таразе.", published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 9), "other"), (date(2026, 5, 11), "public_discussion")]


def test_a_press_conference_held_the_same_day_further_on(make_doc, events):
    doc = make_doc("ЦИК в понедельник объявил итоги выборов.\n\nЯвка составила 70%.\n\nПредседатель ЦИК назвал "
                   "выборы честными.\n\nВ тот же день кандидат Айгуль Серикова провела пресс-конференцию в Таразе.",
                   published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "briefing"), (date(2026, 5, 11), "results")]


def test_the_national_kurultai_with_the_day_it_took_place_set_off(make_doc, events):
    doc = make_doc("Президент подписал сегодня указ о создании комиссии.\n\nНациональный курултай, прошедший в "
                   "воскресенье в Туркестане, предложил эту реформу.", published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 10), "public_discussion"), (date(2026, 5, 12), "decree")]


def test_a_kazakh_dash_speech_with_a_word_quoted_inside(make_doc, pairs):
    doc = make_doc("Зейнеткер Болат Сапаров пікір білдірді.\n\n– Немерелеріміз осы заңмен өмір сүреді. Сондықтан «иә» "
                   "дедім, – дейді ол.", language="kk")
    assert pairs(extract_statements(doc)) == [("Болат Сапаров",
                                               "Немерелеріміз осы заңмен өмір сүреді. Сондықтан «иә» дедім")]


def test_said_afterwards_that(make_doc, pairs):
    doc = make_doc("Its chair, Anna Berg, said afterwards that the count had been fair.", language="en")
    assert pairs(extract_statements(doc)) == [("Anna Berg", "the count had been fair")]


def test_said_that_and_that_without_a_comma_stays_one_statement(make_doc, pairs):
    doc = make_doc("Minister Arman Seitov said that the draft was ready and that hearings would follow.", language="en")
    assert pairs(extract_statements(doc)) == [("Arman Seitov", "the draft was ready and that hearings would follow")]


def test_a_briefing_after_the_address_further_on_is_where_deputies_commented(make_doc, events):
    doc = make_doc("Мемлекет басшысы бүгін халыққа Жолдау жариялады.\n\nЖолдауда бірнеше бастама айтылды.\n\nПрезидент "
                   "реформаны ұсынды.\n\nЖолдаудан кейін Мәжілісте депутаттардың брифингі өтті.", language="kk",
                   published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "address")]


def test_what_a_thing_was_called_in_quotation_marks(make_doc, pairs):
    doc = make_doc("Министр Арман Сеитов назвал новый закон «шагом вперед».")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "шагом вперед")]


def test_the_speakers_answer_after_the_question_they_were_asked(make_doc, pairs):
    doc = make_doc("Министр Арман Сеитов выступил на брифинге.\n\nНа вопрос о сроках выступавшие ответили, что дату "
                   "определит парламент.")
    assert pairs(extract_statements(doc)) == [("Выступавшие", "дату определит парламент")]


def test_a_figure_with_the_pronoun_set_in_and_a_detail_after(make_doc, pairs):
    doc = make_doc("Chair Dana Sultan briefed the minister.\n\nAbout 900 letters had arrived by Monday, she said, most "
                   "of them by post.", language="en")
    assert pairs(extract_statements(doc)) == [("Dana Sultan", "About 900 letters had arrived by Monday")]


def test_the_national_kurultai_named_without_a_day_is_no_event(make_doc, events):
    doc = make_doc("Президент подписал сегодня указ о создании комиссии.\n\nКомиссия учтет итоги Национального курултая, "
                   "прошедшего в Туркестане.", published=TUESDAY)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "decree")]


def test_said_that_but_that_stays_one_statement(make_doc, pairs):
    doc = make_doc("Professor Dana Sultan said that the draft was strong, but that much depended on the laws.",
                   language="en")
    assert pairs(extract_statements(doc)) == [("Dana Sultan", "the draft was strong, but that much depended on the laws")]
