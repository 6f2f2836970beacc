"""Event patterns the blind sets 43 to 45 showed missing, and their neighbours, each in short sentences of our own
(not the labelled texts)."""
from pipeline.nlp import extract_events
from tests.nlp.reference_week import MAY_14, THURSDAY, WEDNESDAY, TUESDAY, SATURDAY


def test_workers_met_to_explain_the_reform_are_the_public(make_doc, events):
    doc = make_doc("В среду аким района Арман Сеитов встретился с работниками сахарного завода и ответил на их "
                   "вопросы.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_veterans_of_a_body_met_are_a_meeting(make_doc, events):
    doc = make_doc("В среду спикер Арман Сеитов встретился с ветеранами Сената.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


def test_students_met_with_the_place_between_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов колледж студенттерімен оқу орнының акт залында кездесті.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_a_deputy_met_with_the_place_between_in_kazakh_stays_a_meeting(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов депутаттармен әкімдіктің залында кездесті.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


def test_a_gathering_opening_after_an_agency_dateline(make_doc, events):
    doc = make_doc("ТАРАЗ. KAZINFORM – Встреча жителей Тараза с депутатами прошла в субботу в городском театре.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(SATURDAY, "public_discussion")]


def test_an_earlier_sitting_in_a_relative_clause_told_then(make_doc, events):
    doc = make_doc("В четверг в министерстве прошел брифинг о ходе реформы.\n\nМинистр ответил на вопросы.\n\n"
                   "Брифинг прошел через два дня после третьего заседания комиссии, которое состоялось во вторник. "
                   "Тогда члены комиссии утвердили план работы.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "commission_meeting"), (THURSDAY, "briefing")]


def test_the_public_as_the_subject_after_discussed(make_doc, events):
    doc = make_doc("Сегодня в акимате Тараза Послание обсудили представители общественности и студенты.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "public_discussion")]


def test_officials_discussed_is_no_public_discussion(make_doc, events):
    doc = make_doc("Сегодня в акимате Тараза Послание обсудили руководители управлений.", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_the_national_kurultai_named_again_taking_place_in_kazakh(make_doc, events):
    doc = make_doc("Президент кеше Кеңес құру туралы Жарлыққа қол қойды.\n\nЖарлыққа Ұлттық құрылтайдан кейін қол "
                   "қойылды. Құрылтай сейсенбіде Түркістанда өтті. Онда Президент жаңа кеңес құруды ұсынды.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "public_discussion"), (WEDNESDAY, "decree")]


def test_the_kurultai_election_taking_place_is_no_forum(make_doc, events):
    doc = make_doc("Құрылтай сайлауы сейсенбіде өтті.", language="kk", published=MAY_14)
    assert ("public_discussion" not in {t for _, t in events(extract_events(doc))})


def test_polling_stations_checked_in_kazakh(make_doc, events):
    doc = make_doc("Сәрсенбі күні аудан әкімі Арман Сейітов сайлау учаскелерінің дайындығын тексерді.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "other")]


def test_polling_stations_toured_by_a_reporter_is_no_check(make_doc, events):
    doc = make_doc("Сәрсенбі күні тілші бірнеше сайлау учаскесін аралап шықты.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == []


def test_polling_stations_checked_in_russian_and_english(make_doc, events):
    ru = make_doc("В среду аким района Арман Сеитов проверил готовность избирательных участков.", published=MAY_14)
    en = make_doc("On Wednesday, district akim Arman Seitov checked the readiness of polling stations.", language="en",
                  published=MAY_14)
    assert events(extract_events(ru)) == events(extract_events(en)) == [(WEDNESDAY, "other")]


def test_entered_into_force_with_the_verb_after(make_doc, events):
    doc = make_doc("С сегодняшнего дня в силу вступил новый закон о выборах.", published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "other")]


def test_a_day_earlier_when_a_body_sat(make_doc, events):
    doc = make_doc("The new law entered into force on Thursday.\n\nThe change was marked a day earlier, when the Senate "
                   "held its last sitting.", language="en", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "parliament_session"), (THURSDAY, "other")]


def test_when_a_later_thing_happens_still_bounds_the_news(make_doc, events):
    doc = make_doc("The law will be published before the Senate holds its last sitting.", language="en",
                   published=MAY_14)
    assert events(extract_events(doc)) == []


def test_a_date_before_a_participle_dates_the_noun_after_it_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Арман Сейітов тұрғындармен кездесіп, 20 маусымда өтетін сайлаудың тәртібін "
                   "түсіндірді.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion")]


def test_a_sitting_of_the_body_the_sentence_before_names_as_she(make_doc, events):
    doc = make_doc("Министр Арман Сеитов провел в четверг брифинг.\n\nПо словам министра, при ведомстве создана рабочая "
                   "группа. Во вторник она провела первое заседание.", published=MAY_14)
    assert events(extract_events(doc)) == [(TUESDAY, "working_group"), (THURSDAY, "briefing")]
