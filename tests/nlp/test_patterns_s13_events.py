"""Event patterns the third held-out round (blind61 to blind66) showed missing or wrong, and their neighbours, each in
short sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)
WEDNESDAY = date(2026, 5, 13)


def test_an_outlet_that_talked_with_one_person_frames_an_interview(make_doc, events):
    doc = make_doc("Zakon.kz поговорил с экономистом Арманом Сеитовым о новом бюджете. Бюджет опубликован 12 мая.\n\n"
                   "Сеитов уверен, что расходы на школы вырастут.", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_an_outlet_that_talked_with_a_crowd_stays_a_report(make_doc, events):
    doc = make_doc("Вчера в Таразе прошли публичные слушания по проекту бюджета.\n\nZakon.kz поговорил с участниками "
                   "слушаний.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_receiving_the_draft_in_a_clause_of_time_dates_the_hand_over_the_title_tells(make_doc, events):
    doc = make_doc("President Arman Seitov signed the decree on Wednesday, shortly after receiving the revised draft "
                   "from the Reform Council.", language="en", published=MAY_14,
                   title="Revised draft handed to the President")
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree"), (WEDNESDAY, "meeting")]


def test_receiving_the_draft_in_a_clause_of_time_alone_is_what_the_act_came_after(make_doc, events):
    doc = make_doc("President Arman Seitov signed the decree on Wednesday, shortly after receiving the revised draft "
                   "from the Reform Council.", language="en", published=MAY_14, title="President signs decree")
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_group_members_agreed_to_form_is_no_group_yet(make_doc, events):
    doc = make_doc("The Constitutional Commission met on Wednesday. Members approved the agenda and agreed to form "
                   "working groups.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "commission_meeting")]


def test_a_group_decided_on_a_day_to_form_is_no_group_yet(make_doc, events):
    doc = make_doc("The Reform Council decided on Wednesday to form a working group on local government.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_group_set_up_on_a_day_is_a_group(make_doc, events):
    doc = make_doc("The Reform Council set up a working group on local government on Wednesday.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "working_group")]


def test_a_group_dated_by_the_act_signed_in_the_dative_next(make_doc, events):
    doc = make_doc("Су ресурстары жөніндегі жұмыс тобы құрылды. Тиісті өкімге Премьер-Министр сейсенбіде, 12 мамырда, "
                   "қол қойды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "working_group")]


def test_a_publication_told_by_a_participle_opening_with_its_day(make_doc, events):
    doc = make_doc("Опубликованный в понедельник на сайте министерства проект бюджета уже собрал сотни откликов.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "publication")]


def test_a_participle_describing_a_draft_without_a_day_is_no_publication(make_doc, events):
    doc = make_doc("Опубликованный проект бюджета уже собрал сотни откликов.", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_parliament_session_with_the_verb_first(make_doc, events):
    doc = make_doc("Вчера в Астане открылась осенняя сессия Парламента. На заседании выступил Премьер-Министр.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "parliament_session")]


def test_a_sitting_the_title_names_is_dated_by_the_body(make_doc, events):
    doc = make_doc("Неделя выдалась насыщенной. Пересказываем главное.\n\nВо вторник Совет по реформам обсудил бюджет.\n\n"
                   "Министр Арман Сеитов рассказал о планах.\n\nПервое заседание комиссии прошло в среду в Астане.",
                   published=MAY_14, title="Неделя реформ: до первого заседания комиссии")
    assert events(extract_events(doc)) == [(WEDNESDAY, "commission_meeting")]


def test_the_vote_told_by_voters_answering_the_ballot_question(make_doc, events):
    doc = make_doc("Комиссия сегодня подвела предварительные итоги референдума.\n\nВчера, 13 мая, жители области отвечали "
                   "на вопрос о новом гимне. Голосование прошло спокойно.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "referendum"), (THURSDAY, "results")]


def test_a_text_posted_on_a_day_is_a_publication(make_doc, events):
    doc = make_doc("The draft tax code was posted on Monday on the website of the ministry.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "publication")]


def test_a_sitting_a_day_earlier_with_the_body_named_after_it(make_doc, events):
    doc = make_doc("The draft was posted on Saturday on the court's website. A day earlier, at its sixth session, the "
                   "Constitutional Commission heard the text.", language="en", published="2026-05-18T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 5, 15), "commission_meeting"), (date(2026, 5, 16), "publication")]


def test_a_sitting_of_a_body_the_text_never_names_is_none(make_doc, events):
    doc = make_doc("The draft was posted on Saturday on the court's website. A day earlier, at its sixth session, the "
                   "council heard the text.", language="en", published="2026-05-18T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 5, 16), "publication")]


def test_results_inside_a_clause_closed_by_dep_are_what_he_said(make_doc, events):
    doc = make_doc("Президент Жарлыққа қол қойды.\n\nЖарлыққа қол қойған соң Президент сайлау қорытындысы халықтың сенімін "
                   "көрсетті деп атап өтті.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree")]


def test_a_title_of_two_sentences_dates_each_by_its_own_words(make_doc, events):
    doc = make_doc("Вчера в Астане состоялось совместное заседание палат Парламента.", published=MAY_14,
                   title="Палаты провели совместное заседание. С сегодняшнего дня действует новый закон")
    assert events(extract_events(doc)) == [(WEDNESDAY, "parliament_session")]


def test_a_kurultai_the_act_followed_told_there_in_kazakh(make_doc, events):
    doc = make_doc("Кеңес 12 мамырда Түркістанда өткен VI Ұлттық құрылтайдан кейін құрылды. Сол жиында Президент "
                   "жастар саясатын өзгерту қажет екенін айтты.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "public_discussion")]


def test_a_kurultai_named_only_as_the_occasion_in_kazakh(make_doc, events):
    doc = make_doc("Кеңес 12 мамырда Түркістанда өткен VI Ұлттық құрылтайдан кейін құрылды. Оның құрамына 40 адам "
                   "енді.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_voters_elected_narrates_the_vote(make_doc, events):
    doc = make_doc("The election commission on Thursday announced the preliminary results of the city council election."
                   "\n\nVoters elected the 30 members of the council on Sunday, May 10. Turnout was 61 percent.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 10), "election"), (THURSDAY, "results")]


def test_a_draft_that_appeared_in_newspapers_on_a_day(make_doc, events):
    doc = make_doc("The final draft of the tax code, which has 300 articles, appeared on Wednesday in the state "
                   "newspapers.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "publication")]


def test_hearings_of_the_week_before_opening_with_their_day_are_another_gathering(make_doc, events):
    doc = make_doc("Во вторник аким района встретился с жителями Шу.\n\nАким рассказал о новом бюджете.\n\nЖители задали "
                   "вопросы.\n\nВ прошлую пятницу, 8 мая, в маслихате прошли публичные слушания по бюджету. Депутаты "
                   "обсудили расходы на школы.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 8), "public_discussion"), (date(2026, 5, 12), "public_discussion")]


def test_a_meeting_past_the_lead_with_no_day_of_its_own_stays_out(make_doc, events):
    doc = make_doc("Во вторник аким района встретился с жителями Шу.\n\nАким рассказал о новом бюджете.\n\nЖители задали "
                   "вопросы.\n\nРанее в маслихате прошли публичные слушания по бюджету.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "public_discussion")]


def test_an_act_in_force_from_its_signing_is_part_of_the_signing(make_doc, events):
    doc = make_doc("Президент кеше Жарлыққа қол қойды. Құжат қол қойылған күнінен бастап күшіне енді.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


def test_a_sitting_opening_the_sentence_with_the_commission_named_after(make_doc, events):
    doc = make_doc("The Constitutional Commission wrapped up its work this week.\n\nAt its sitting on Tuesday, the "
                   "commission's last, members approved the final text.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "commission_meeting")]


def test_a_sitting_of_the_election_commission_opening_the_sentence_is_none(make_doc, events):
    doc = make_doc("At its sitting on Tuesday, the Central Election Commission approved the ballot.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_weekday_in_the_genitive_in_a_title_names_the_column_not_the_day(make_doc, events):
    doc = make_doc("Неделя выдалась насыщенной.\n\nМинистр Арман Сеитов рассказал о сроках.\n\nЭксперты оценили "
                   "сроки.\n\nОпубликованный в понедельник на сайте министерства проект бюджета собрал отклики.",
                   published=MAY_14, title="Дайджест четверга: проект бюджета опубликован")
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "publication")]


def test_a_weekday_in_the_accusative_still_dates(make_doc, events):
    doc = make_doc("Во вторник проект бюджета опубликован на сайте министерства.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "publication")]


def test_a_meeting_named_by_the_participle_of_its_day_stays_a_meeting(make_doc, events):
    doc = make_doc("Сейсенбі күні Таразда қоғамдық тыңдау өтті.\n\nОған 100 тұрғын қатысты.\n\nТұрғындар сұрақ қойды.\n\n"
                   "Тыңдау Президент министрді қабылдағаннан бір күн кейін өтті. Дүйсенбі күні Ақордада өткен кездесуде "
                   "Президент министрден баяндама тыңдады.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "meeting"), (date(2026, 5, 12), "public_discussion")]
