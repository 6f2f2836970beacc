"""Event patterns the sets blind33 to blind36 and the labels settled in session 10 showed missing, and their
neighbours, each in short sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)


# --- what the news followed, narrated ------------------------------------------------------------------------------

def test_the_forum_a_decree_followed_told_by_what_was_done_there(make_doc, events):
    doc = make_doc("Указом Президента образован Совет по реформам.\n\nПодписание указа последовало за II заседанием "
                   "Национального курултая, прошедшим в Таразе 12 мая. На нем Президент предложил создать совет.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "public_discussion"), (THURSDAY, "decree")]


def test_the_kurultai_in_a_relative_clause_with_its_day_told_there(make_doc, events):
    doc = make_doc("Указом Президента образован Совет по реформам.\n\nСовет создан после Национального курултая, "
                   "который прошел 12 мая в Таразе. Там Президент предложил сократить число министерств.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "public_discussion"), (THURSDAY, "decree")]


def test_the_kurultai_a_decision_followed_told_there_in_kazakh(make_doc, events):
    doc = make_doc("Мемлекет басшысы бүгін Реформалар кеңесін құру туралы Жарлыққа қол қойды.\n\nБұл шешім кеше "
                   "Таразда өткен Ұлттық құрылтайдың екінші отырысынан кейін қабылданды. Құрылтайда министрліктер "
                   "санын қысқарту туралы ұсыныс айтылды.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion"), (THURSDAY, "decree")]


def test_the_kurultai_only_named_as_the_occasion_stays_background(make_doc, events):
    doc = make_doc("Указом Президента образован Совет по реформам.\n\nСовет создан после Национального курултая, "
                   "который прошел 12 мая в Таразе. Его возглавил Арман Сеитов.", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree")]


def test_results_a_decree_followed_told_by_their_figures(make_doc, events):
    doc = make_doc("The governor signed a decree on Thursday.\n\nThe decree came a day after the regional election "
                   "commission announced preliminary results on Wednesday. According to the commission, 64 percent of "
                   "voters backed the plan.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "results"), (THURSDAY, "decree")]


def test_results_a_decree_followed_without_figures_stay_background(make_doc, events):
    doc = make_doc("The governor signed a decree on Thursday.\n\nThe decree came a day after the regional election "
                   "commission announced preliminary results on Wednesday. The governor thanked the voters.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "decree")]


# --- the act's own text published ----------------------------------------------------------------------------------

def test_the_text_alone_published_after_a_law_signed(make_doc, events):
    doc = make_doc("Накануне Президент подписал закон о местном самоуправлении.\n\nЗакон меняет порядок выборов "
                   "акимов. Текст опубликован на портале «Әділет».", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "law_signed")]


def test_the_draft_text_published_after_a_law_signed_stays(make_doc, events):
    doc = make_doc("Накануне Президент подписал закон о местном самоуправлении.\n\nТекст проекта кодекса опубликован "
                   "на портале «Әділет».", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "law_signed"), (THURSDAY, "publication")]


# --- blind34 -------------------------------------------------------------------------------------------------------

def test_residents_took_part_in_the_referendum_yesterday(make_doc, events):
    doc = make_doc("Вчера жители района приняли участие в местном референдуме о названии улиц. Голосование прошло "
                   "спокойно.", published=MAY_14, title="В районе прошел референдум")
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "referendum")]


def test_took_part_in_a_referendum_as_a_figure_is_no_vote_of_its_own(make_doc, events):
    doc = make_doc("Сегодня комиссия огласила предварительные итоги референдума: в нем приняли участие 70 процентов "
                   "избирателей.", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "results")]


def test_an_akim_met_deputies_after_the_session_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудандық мәслихаттың сессиясы өтті. Депутаттар бюджетті бекітті.\n\nХатшы сессияны ашты.\n\n"
                   "Депутат Асқар Омаров жол жөнделетінін айтты.\n\nСессиядан кейін аудан әкімі мәслихат депутаттарымен "
                   "кездесіп, жол мәселесін талқылады.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "meeting"), (date(2026, 5, 13), "other")]


def test_a_group_formed_by_an_order_signed_on_a_weekday(make_doc, events):
    doc = make_doc("Рабочая группа акимата провела сегодня первое заседание.\n\nГруппа создана распоряжением акима "
                   "области, подписанным во вторник.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "decree"), (THURSDAY, "working_group")]


def test_a_group_formed_by_an_order_of_a_past_date_is_where_it_comes_from(make_doc, events):
    doc = make_doc("Рабочая группа акимата провела сегодня первое заседание.\n\nГруппа создана распоряжением акима "
                   "области от 12 мая.", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "working_group")]


def test_an_office_opened_on_a_weekday(make_doc, events):
    doc = make_doc("The deputy governor held a briefing on Thursday.\n\nHe spoke about the budget.\n\nHe thanked the "
                   "deputies.\n\nOn Wednesday, a public reception office of the city council opened in the city centre.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "other"), (THURSDAY, "briefing")]


def test_an_office_to_be_opened_is_no_event(make_doc, events):
    doc = make_doc("The deputy governor held a briefing on Thursday. A reception office will be opened next week.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "briefing")]


def test_received_observers_after_the_event(make_doc, events):
    doc = make_doc("Вчера в университете прошел круглый стол о выборах.\n\nДоцент Арман Сеитов выступил первым.\n\n"
                   "Студенты задали вопросы.\n\nПосле мероприятия председатель комиссии принял наблюдателей от партий.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "meeting"), (date(2026, 5, 13), "round_table")]


def test_a_working_group_reviewed_comments_on_the_eve_of_hearings(make_doc, events):
    doc = make_doc("Во вторник в Таразе прошли публичные слушания по правилам застройки.\n\nЖители задали много "
                   "вопросов.\n\nДепутат Арман Сеитов ответил на них.\n\nНакануне слушаний, в понедельник, рабочая группа "
                   "маслихата рассмотрела 40 письменных замечаний.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 11), "working_group"), (date(2026, 5, 12), "public_discussion")]


# --- blind35 -------------------------------------------------------------------------------------------------------

def test_a_commission_sitting_with_its_number_and_epithets_in_kazakh(make_doc, events):
    doc = make_doc("Кеше комиссия жетінші әрі соңғы отырысын өткізіп, баяндаманы мақұлдады.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "commission_meeting")]


def test_a_text_handed_to_the_president_by_name_with_the_object_between(make_doc, events):
    doc = make_doc("Комиссия төрағасы бүгін Мемлекет басшысы Қасым-Жомарт Тоқаевқа жаңа кодекстің түпкілікті "
                   "жобасын табыс етті.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "meeting")]


def test_the_same_day_of_the_president_named_otherwise_in_kazakh(make_doc, events):
    doc = make_doc("Комиссия төрағасы бүгін Мемлекет басшысы Қасым-Жомарт Тоқаевқа баяндаманы табыс етті. Кеше "
                   "комиссия соңғы отырысын өткізді.\n\nОсы күні Президент кеңес құру туралы Жарлыққа қол қойды.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "commission_meeting"), (THURSDAY, "decree"),
                                           (THURSDAY, "meeting")]


def test_the_president_handed_a_draft_by_a_pronoun(make_doc, events):
    doc = make_doc("President Tokayev signed a decree on Wednesday, hours after the chair of the council handed him "
                   "the final report at the Akorda.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "decree"), (date(2026, 5, 13), "meeting")]


def test_a_text_printed_in_the_passive(make_doc, events):
    doc = make_doc("The code, with 40 articles, was printed on Wednesday in the official newspaper.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "publication")]


def test_the_chambers_met_together(make_doc, events):
    doc = make_doc("The Senate and Mazhilis met together on Tuesday to pass the budget.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "parliament_session")]


def test_voters_cast_ballots_to_fill_the_seats_of_a_chamber(make_doc, events):
    doc = make_doc("The election commission on Wednesday announced the preliminary results of the city council "
                   "election.\n\nVoters cast their ballots on Tuesday to fill the 30 seats of the council.",
                   language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "election"), (date(2026, 5, 13), "results")]


# --- blind36 -------------------------------------------------------------------------------------------------------

def test_after_meeting_residents_the_official_answered_students_questions(make_doc, events):
    doc = make_doc("В среду аким района встретился с жителями села.\n\nЖители спросили о дорогах.\n\nАким ответил "
                   "подробно.\n\nПосле встречи с жителями аким отправился в колледж, где ответил на вопросы студентов.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion"),
                                           (date(2026, 5, 13), "public_discussion")]


def test_after_the_meeting_the_same_gathering_told_again_is_one(make_doc, events):
    doc = make_doc("В среду аким района встретился с жителями села.\n\nЖители спросили о дорогах.\n\nАким ответил "
                   "подробно.\n\nПосле встречи аким поблагодарил жителей.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion")]


def test_yesterday_before_the_votes_own_day_dates_the_results_in_kazakh(make_doc, events):
    doc = make_doc("Сайлау комиссиясы кеше 10 мамырда өткен жергілікті референдумның алдын ала қорытындысын жариялады.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "results")]


def test_a_law_taking_effect_days_after_its_publication_is_no_event(make_doc, events):
    doc = make_doc("The President signed the law on local budgets on Thursday. It takes effect ten days after its "
                   "official publication.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed")]


def test_a_law_that_took_effect_on_a_day_stays_an_event(make_doc, events):
    doc = make_doc("The law on local budgets took effect on Wednesday.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "other")]


# --- blind33 -------------------------------------------------------------------------------------------------------

def test_an_akim_receiving_deputies_as_a_converb_in_kazakh(make_doc, events):
    doc = make_doc("Сәрсенбі күні аудан әкімі ауыл тұрғындарымен кездесті.\n\nТұрғындар жол туралы сұрады.\n\nӘкім "
                   "жауап берді.\n\nОсы күні әкім мәслихат депутаттарын қабылдап, бюджетті талқылады.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "meeting"), (date(2026, 5, 13), "public_discussion")]


def test_the_eve_past_the_lead_of_a_day_told_before_the_report(make_doc, events):
    doc = make_doc("В среду Президент принял председателя Счетного комитета.\n\nЕму доложили о проверке.\n\nГлава "
                   "государства дал оценку.\n\nНакануне в Таразе прошли общественные слушания по проекту кодекса.",
                   published="2026-05-15T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "public_discussion"), (date(2026, 5, 13), "meeting")]


def test_the_eve_past_the_lead_of_the_reports_own_day(make_doc, events):
    doc = make_doc("Сегодня Президент принял председателя Счетного комитета.\n\nЕму доложили о проверке.\n\nГлава "
                   "государства дал оценку.\n\nНакануне в Таразе прошли общественные слушания по проекту кодекса.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "public_discussion"), (THURSDAY, "meeting")]


# --- a sitting named in a participle clause ------------------------------------------------------------------------

def test_a_sitting_that_only_describes_the_draft_is_no_event(make_doc, events):
    doc = make_doc("The council published the draft code on Wednesday.\n\nThe draft, presented at the council's third "
                   "session a day earlier, has 40 articles.\n\n\"We want comments,\" the chair wrote.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "publication")]


def test_a_sitting_in_a_participle_clause_told_again_is_an_event(make_doc, events):
    doc = make_doc("Проект кодекса, представленный вчера на третьем заседании Конституционной комиссии, сегодня "
                   "опубликован.\n\nПроект представил член комиссии Арман Сеитов.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "commission_meeting"), (THURSDAY, "publication")]


def test_a_sitting_describing_the_drafts_contents_told_again_is_an_event(make_doc, events):
    doc = make_doc("Проект кодекса, представленный вчера на третьем заседании Конституционной комиссии, состоит из 40 "
                   "статей.\n\nПроект представил член комиссии Арман Сеитов.", published=MAY_14)
    assert events(extract_events(doc)) == [(date(2026, 5, 13), "commission_meeting")]


def test_results_counted_back_days_after_and_told_by_figures_in_the_next_paragraph(make_doc, events):
    doc = make_doc("TARAZ – Two days after the election commission announced the preliminary results of the city "
                   "council election, local officials are weighing what the new council will change.\n\nOn Tuesday, "
                   "the commission chair told reporters that turnout had reached 61 percent.", language="en",
                   published=MAY_14, title="City reacts to council election results")
    assert events(extract_events(doc)) == [(date(2026, 5, 12), "results")]


def test_results_counted_back_without_figures_stay_undated_background(make_doc, events):
    doc = make_doc("Two days after the election commission announced the preliminary results, local officials are "
                   "weighing what the new council will change.\n\nThe mayor thanked the voters.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == []
