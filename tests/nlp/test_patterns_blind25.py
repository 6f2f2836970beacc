"""Patterns the twenty-fifth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements

APRIL_8 = "2026-04-08T12:00:00+05:00"  # a Wednesday
WEDNESDAY = date(2026, 4, 8)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_second_reception_the_same_day_after_an_undated_one(make_doc, events):
    doc = make_doc("Президент принял министра юстиции Армана Сеитова. Министр доложил о ходе работы.\n\nРечь шла о "
                   "судах.\n\nВ тот же день Президент принял акима Астаны Данияра Омарова.", published=APRIL_8)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting"), (WEDNESDAY, "meeting")]


def test_a_second_reception_the_same_day_in_kazakh_and_english(make_doc, events):
    kk = make_doc("Президент әділет министрі Арман Сейтовты қабылдады. Министр жұмыс барысы туралы баяндады.\n\n"
                  "Сол күні Мемлекет басшысы Астана әкімі Данияр Омаровты қабылдады.", language="kk", published=APRIL_8)
    en = make_doc("President Tokayev received Justice Minister Arman Seitov. The minister briefed him on the reform."
                  "\n\nLater that day, Tokayev received Astana Mayor Daniyar Omarov.", language="en", published=APRIL_8)
    assert events(extract_events(kk)) == [(WEDNESDAY, "meeting"), (WEDNESDAY, "meeting")]
    assert events(extract_events(en)) == [(WEDNESDAY, "meeting"), (WEDNESDAY, "meeting")]


def test_a_working_group_wrapping_up_then_its_proposals_sent_to_the_president(make_doc, events):
    doc = make_doc("The working group on court reform wrapped up its work on Monday, and on Tuesday its "
                   "recommendations were sent to President Kassym-Jomart Tokayev.", language="en", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "working_group"), (date(2026, 4, 7), "other")]


def test_a_working_group_completing_its_work(make_doc, events):
    doc = make_doc("The working group on local budgets completed its work on Monday.", language="en", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "working_group")]


def test_proposals_sent_to_the_president_in_russian_and_kazakh(make_doc, events):
    ru = make_doc("Рабочая группа по реформе суда завершила работу в понедельник. Во вторник ее предложения были "
                  "направлены Главе государства.", published=APRIL_8)
    kk = make_doc("Сейсенбі күні топтың ұсыныстары Мемлекет басшысына жолданды.", language="kk", published=APRIL_8)
    assert events(extract_events(ru)) == [(date(2026, 4, 6), "working_group"), (date(2026, 4, 7), "other")]
    assert events(extract_events(kk)) == [(date(2026, 4, 7), "other")]


def test_a_sitting_dated_by_a_participle_set_off_after_it(make_doc, events):
    doc = make_doc("На втором заседании Конституционной комиссии, состоявшемся в понедельник, депутаты обсудили "
                   "главу о судах.", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "commission_meeting")]


def test_a_group_sitting_dated_by_a_participle_set_off_after_it(make_doc, events):
    doc = make_doc("На третьем заседании рабочей группы, прошедшем в понедельник в Астане, эксперты обсудили бюджет.",
                   published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "working_group")]


def test_a_sitting_that_will_take_place_today_told_after_the_news_is_a_plan(make_doc, events):
    lead = "Вчера прошло заседание Конституционной комиссии.\n\nЕго провела председатель.\n\nОбсуждали суды.\n\n"
    for text in ("Сегодня комиссия соберется на очередное заседание.",
                 "Сегодня в Астане состоится заседание комиссии."):
        doc = make_doc(lead + text, published=APRIL_8)
        assert events(extract_events(doc)) == [(date(2026, 4, 7), "commission_meeting")], text
    doc = make_doc("The Constitutional Commission met on Tuesday.\n\nIts chair opened the session.\n\nCourts were "
                   "discussed.\n\nToday the commission will meet again.", language="en", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "commission_meeting")]


def test_the_share_for_the_question_told_by_the_election_commission_is_the_results(make_doc, events):
    doc = make_doc("The Central Election Commission said on Monday that 62.4 percent of voters had backed the "
                   "amendments put to the referendum.\n\nVoters went to the polls on Sunday.", language="en",
                   published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 5), "referendum"), (date(2026, 4, 6), "results")]


def test_the_share_for_the_question_in_russian(make_doc, events):
    doc = make_doc("Центральная избирательная комиссия в понедельник сообщила, что 62,4 процента проголосовавших "
                   "поддержали поправки.", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "results")]


def test_turnout_told_by_the_election_commission_is_no_results(make_doc, events):
    doc = make_doc("The Central Election Commission said on Monday that turnout had reached 60 percent.",
                   language="en", published=APRIL_8)
    assert events(extract_events(doc)) == []


def test_earlier_then_yesterday_is_the_day_before_not_a_recall(make_doc, events):
    kk = make_doc("Президент бүгін Жарлыққа қол қойды.\n\nБұған дейін, кеше Алматыда Ұлттық құрылтайдың отырысы өтті.",
                  language="kk", published=APRIL_8)
    ru = make_doc("Президент сегодня подписал указ.\n\nРанее, накануне, в Алматы прошло заседание Национального "
                  "курултая.", published=APRIL_8)
    assert events(extract_events(kk)) == [(date(2026, 4, 7), "public_discussion"), (WEDNESDAY, "decree")]
    assert events(extract_events(ru)) == [(date(2026, 4, 7), "public_discussion"), (WEDNESDAY, "decree")]


def test_earlier_alone_is_still_a_recall(make_doc, events):
    doc = make_doc("Президент бүгін Жарлыққа қол қойды.\n\nБұған дейін Алматыда Ұлттық құрылтайдың отырысы өтті.",
                   language="kk", published=APRIL_8)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


# --- statements: English --------------------------------------------------------------------------------------------

def test_an_apposition_whom_the_author_asked(make_doc):
    doc = make_doc("Economist Dana Omarova, whom I asked about the budget, argues that the ministry should publish "
                   "every answer.", language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Dana Omarova", "the ministry should publish every answer")]


def test_an_apposition_whom_we_interviewed_with_will(make_doc):
    doc = make_doc("Teacher Arman Seitov, whom we met in Aktobe, believes that the schools will open on time.",
                   language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the schools will open on time")]


def test_the_speakers_age_set_off_by_commas(make_doc):
    doc = make_doc("In Taraz, pensioner Bolat Nurlanov, 67, said he had waited for the new road for years.",
                   language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Bolat Nurlanov", "he had waited for the new road for years")]


def test_the_speakers_age_then_said_that(make_doc):
    doc = make_doc("Student Aigerim Sadykova, 19, said that the lectures were too long.", language="en",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Aigerim Sadykova", "the lectures were too long")]


def test_a_body_acting_as_another_speaks(make_doc):
    doc = make_doc("The Central Election Commission, acting as the referendum commission, announced on Monday that "
                   "62.4 percent of those who voted had supported the draft.", language="en", published=APRIL_8)
    assert [t for _, t in _said(extract_statements(doc))] == ["62.4 percent of those who voted had supported the draft"]


# --- statements: Russian --------------------------------------------------------------------------------------------

def test_a_pronoun_after_the_time_of_speaking(make_doc):
    doc = make_doc("Министр Арман Сеитов провел встречу. После встречи он сказал журналистам, что закон примут летом.",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "закон примут летом")]


def test_a_group_with_on_the_contrary_set_off(make_doc):
    doc = make_doc("Критики, напротив, опасаются, что закон примут слишком быстро.", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Критики", "закон примут слишком быстро")]


def test_a_participle_clause_opened_by_also(make_doc):
    doc = make_doc("Член комиссии Дана Омарова, также выступившая на брифинге, рассказала, что бюллетени уже "
                   "напечатаны.", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Омарова", "бюллетени уже напечатаны")]


# --- statements: Kazakh ---------------------------------------------------------------------------------------------

def test_a_fused_complementiser_with_the_particle_also(make_doc):
    doc = make_doc("Министр Дана Омарова жиынға қатысты. Ол жаңа мектеп күзде ашылатынын да айтты.", language="kk",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Омарова", "жаңа мектеп күзде ашылатынын")]


def test_a_manner_converb_clause_before_the_pronoun(make_doc):
    doc = make_doc("Министр Дана Омарова жиынға қатысты. Тұрғындардың сұрағына жауап бере отырып, ол жол жазда "
                   "жөнделетінін айтты.", language="kk", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Омарова", "жол жазда жөнделетінін")]


def test_a_manner_converb_clause_before_the_name(make_doc):
    doc = make_doc("Сөзін қорыта келе, әкім Серік Оспанов жаңа аурухана биыл салынатынын атап өтті.", language="kk",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Серік Оспанов", "жаңа аурухана биыл салынатынын")]
