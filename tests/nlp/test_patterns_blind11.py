"""Event patterns the eleventh and twelfth blind sets showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements

FEB_3 = "2026-02-03T12:00:00+05:00"  # a Tuesday
TUESDAY, MONDAY, SUNDAY, THURSDAY = date(2026, 2, 3), date(2026, 2, 2), date(2026, 2, 1), date(2026, 1, 29)


# --- events: an official receiving or meeting someone -------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    # "принял" with a body's leaders, members, a mission: a reception
    ("Вчера аким области принял руководство региональной палаты предпринимателей.", "ru", [(MONDAY, "meeting")]),
    ("Вчера министр принял членов делегации Всемирного банка.", "ru", [(MONDAY, "meeting")]),
    ("Вчера председатель ЦИК принял наблюдателей миссии ОБСЕ.", "ru", [(MONDAY, "meeting")]),
    # "жүздесті" as "кездесті"; with residents it is a public discussion
    ("Кеше әкім облыстық мәслихат депутаттарымен жүздесті.", "kk", [(MONDAY, "meeting")]),
    ("Кеше әкім аудан тұрғындарымен жүздесіп, жобаны түсіндірді.", "kk", [(MONDAY, "public_discussion")]),
    # "met" with a day between, without "with", a headline's "meets"
    ("The minister met on Monday with the leadership of the observer mission.", "en", [(MONDAY, "meeting")]),
    ("On Monday, the minister also met Aliya Serikova, head of the election monitoring group.", "en",
     [(MONDAY, "meeting")]),
    ("The speaker met yesterday with a delegation of the European Parliament.", "en", [(MONDAY, "meeting")]),
    ("The governor met on Monday with residents of the district.", "en", [(MONDAY, "public_discussion")]),
])
def test_a_reception_or_a_meeting_with_someone(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


def test_en_a_headline_meets(make_doc, events):
    doc = make_doc("The talks in Astana focused on trade.", language="en", published=FEB_3,
                   title="Minister meets EU delegation")
    assert events(extract_events(doc)) == [(TUESDAY, "meeting")]


@pytest.mark.parametrize("text,language", [
    ("Вчера Мажилис принял закон о выборах.", "ru"),
    ("Вчера министр принял участие в заседании.", "ru"),
    ("Вчера аким принял решение о строительстве школы.", "ru"),
])
def test_what_is_no_reception(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert "meeting" not in [t for _, t in events(extract_events(doc))]


# --- events: a further item on the day of the one before, or this morning -----------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Вчера в Астане прошел круглый стол о проекте.\n\nЭксперты обсудили поправки.\n\nМнения разделились.\n\n"
     "Вечером того же дня министр встретился с послом Германии.", "ru",
     [(MONDAY, "meeting"), (MONDAY, "round_table")]),
    ("Вчера в Астане прошел круглый стол о проекте.\n\nЭксперты обсудили поправки.\n\nМнения разделились.\n\n"
     "Также в этот день министр встретился со студентами университета.", "ru",
     [(MONDAY, "public_discussion"), (MONDAY, "round_table")]),
    ("A round table on the draft was held in Astana on Monday.\n\nExperts discussed the amendments.\n\nViews differed.\n\n"
     "That evening the minister met with the German ambassador.", "en",
     [(MONDAY, "meeting"), (MONDAY, "round_table")]),
    ("Кеше Астанада жоба бойынша дөңгелек үстел өтті.\n\nСарапшылар түзетулерді талқылады.\n\nПікірлер екіге бөлінді.\n\n"
     "Сол күні кешке министр елші Германиямен кездесті.", "kk",
     [(MONDAY, "meeting"), (MONDAY, "round_table")]),
])
def test_a_further_item_the_same_day(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


@pytest.mark.parametrize("text,language", [
    ("Голосование на выборах идет спокойно.\n\nЯвка высокая.\n\nНарушений нет.\n\n"
     "Утром председатель ЦИК встретился с наблюдателями миссии ОБСЕ.", "ru"),
    ("Polling is calm.\n\nTurnout is high.\n\nNo violations were reported.\n\n"
     "This morning the CEC chair met with observers of the OSCE mission.", "en"),
])
def test_this_morning_past_the_lead_is_the_day_of_the_report(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert (TUESDAY, "meeting") in events(extract_events(doc))


# --- events: the vote told by its voters or its opening -----------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("ЦИК вчера объявил предварительные итоги выборов.\n\nВ воскресенье избиратели голосовали за депутатов маслихатов.",
     "ru", [(SUNDAY, "election"), (MONDAY, "results")]),
    ("ОСК бүгін сайлаудың алдын ала қорытындысын жариялады.\n\nЖексенбі күні азаматтар мәслихат депутаттарын сайлады.",
     "kk", [(SUNDAY, "election"), (TUESDAY, "results")]),
    ("Явка на референдуме к полудню превысила 30%.\n\nГолосование началось в 7:00 по местному времени.", "ru",
     [(TUESDAY, "referendum")]),
])
def test_the_vote_told_without_its_noun(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


def test_deputies_voting_for_a_bill_is_no_election(make_doc, events):
    doc = make_doc("Вчера депутаты голосовали за законопроект о выборах.", language="ru", published=FEB_3)
    assert "election" not in [t for _, t in events(extract_events(doc))]


# --- events: a meeting of residents with officials; a Decree with its capital ---------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Вчера в Караганде прошла встреча жителей района с депутатами маслихата.", "ru", [(MONDAY, "public_discussion")]),
    ("Вчера состоялась встреча студентов университета с членами комиссии.", "ru", [(MONDAY, "public_discussion")]),
    ("On Monday, the President signed the Decree “On the procedure for the referendum”.", "en", [(MONDAY, "decree")]),
    ("The Decree was signed on Monday.", "en", [(MONDAY, "decree")]),
])
def test_residents_first_and_a_capital_decree(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


# --- events: an ordinal sitting of the body its sentence names before it --------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("On Sunday the President set up a new Constitutional Commission, and on Monday the body held its first session.",
     "en", [(MONDAY, "commission_meeting")]),
    ("В воскресенье при Мажилисе создана рабочая группа, а вчера прошло ее первое заседание.", "ru",
     [(MONDAY, "working_group")]),
])
def test_an_ordinal_sitting_of_the_body_named_before(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert expected[0] in events(extract_events(doc))


def test_an_ordinal_sitting_with_its_body_after_is_that_body_s(make_doc, events):
    doc = make_doc("Вчера в Мажилисе прошло первое заседание рабочей группы по реформе.", language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "working_group")]


# --- events: a briefing named as the place of a speech ------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("“The turnout was high,” the minister said at a briefing.", "en"),
    ("Министр на брифинге сообщил, что явка была высокой.", "ru"),
    ("Министр брифингте сайлауға қатысу жоғары болғанын айтты.", "kk"),
])
def test_a_briefing_as_the_place_of_a_speech_is_no_event(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert "briefing" not in [t for _, t in events(extract_events(doc))]


@pytest.mark.parametrize("text,language", [
    ("The ministry held a briefing on Monday, where the minister said the turnout was high.", "en"),
    ("Вчера министерство провело брифинг, на котором министр сообщил о явке.", "ru"),
    ("Вчера в Доме прессы прошел брифинг министра.", "ru"),
])
def test_a_briefing_held_is_an_event(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "briefing")]


# --- events: the signed act made public is part of its signing ----------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Вчера Президент подписал указ о назначении выборов. Документ вчера опубликован на сайте Акорды.", "ru",
     [(MONDAY, "decree")]),
    ("On Monday the President signed a decree on the new holiday. The decree was published on the official website on Monday.",
     "en", [(MONDAY, "decree")]),
    # a draft published the same day is news of its own
    ("Вчера Президент подписал указ о референдуме. Проект Конституции вчера опубликован в газетах.", "ru",
     [(MONDAY, "decree"), (MONDAY, "publication")]),
])
def test_the_signed_act_published_is_its_signing(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


# --- events: the setting of the words told just before, on their day ----------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("The minister said on Sunday that the courts must change.\n\nHe was speaking at a round table in Almaty.", "en",
     [(SUNDAY, "round_table")]),
    ("Министр в воскресенье заявил, что суды должны измениться.\n\nОн выступал на круглом столе в Алматы.", "ru",
     [(SUNDAY, "round_table")]),
])
def test_the_event_where_the_words_before_were_said(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


# --- statements: a commentator introduced by an occupation ----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Доцент кафедры истории Анна Ли: «Реформа нужна давно».", [("Анна Ли", "Реформа нужна давно")]),
    ("Пенсионер Марат Ким: «Хочу, чтобы пенсии сохранили».", [("Марат Ким", "Хочу, чтобы пенсии сохранили")]),
])
def test_ru_a_short_surname_after_an_occupation(make_doc, text, expected, pairs):
    doc = make_doc(text, language="ru", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


def test_en_the_second_verb_of_the_subject_after_a_list(make_doc, pairs):
    doc = make_doc("Aidos Sarsenov thanked the teachers, doctors and nurses and stressed that the reform was needed.",
                   language="en", published=FEB_3)
    assert pairs(extract_statements(doc)) == [("Aidos Sarsenov", "the reform was needed")]


def test_ru_a_clipped_deputy_role_refers_to_the_deputy_named_before(make_doc, pairs):
    doc = make_doc("Встречу открыл заместитель министра юстиции Арман Сеитов.\n\n"
                   "«Мы приехали объяснять», — сказал замминистра.", language="ru", published=FEB_3)
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "Мы приехали объяснять")]


@pytest.mark.parametrize("text,expected", [
    ("According to Aidos Sarsenov, an economist who studies regional budgets, the reform will cost little.",
     [("Aidos Sarsenov", "the reform will cost little")]),
    ("According to Aidos Sarsenov, the reform will cost little, and the budget can bear it.",
     [("Aidos Sarsenov", "the reform will cost little, and the budget can bear it")]),
])
def test_en_according_to_with_an_apposition_and_its_relative_clause(make_doc, text, expected, pairs):
    doc = make_doc(text, language="en", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Ветеран Арман Касенов вспомнил, что первые выборы прошли в 1995 году.", "ru",
     [("Арман Касенов", "первые выборы прошли в 1995 году")]),
    ("Aidos Sarsenov, who teaches law in Almaty, cautioned that the new rules need many new laws.", "en",
     [("Aidos Sarsenov", "the new rules need many new laws")]),
])
def test_recalling_and_cautioning_report_a_clause(make_doc, text, language, expected, pairs):
    doc = make_doc(text, language=language, published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"The budget can bear it,\" lawyer Aidos Sarsenov said.", [("Aidos Sarsenov", "The budget can bear it")]),
    ("\"The budget can bear it,\" independent analyst Aidos Sarsenov told reporters.",
     [("Aidos Sarsenov", "The budget can bear it")]),
])
def test_en_a_quote_then_a_lowercase_role_and_the_name(make_doc, text, expected, pairs):
    doc = make_doc(text, language="en", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


def test_en_a_long_head_of_apposition(make_doc, pairs):
    doc = make_doc("Aidos Sarsenov, head of a small independent election monitoring group from Almaty, told reporters "
                   "that the count was fair.", language="en", published=FEB_3)
    assert pairs(extract_statements(doc)) == [("Aidos Sarsenov", "the count was fair")]


@pytest.mark.parametrize("text,expected", [
    ("Мұғалім Айгүл Серікова жоба туралы өз ойын ортаға салды: «Бұл – маңызды құжат».",
     [("Айгүл Серікова", "Бұл – маңызды құжат")]),
    ("Заңгер Ерлан Досанов бұл туралы былай дейді: «Құқықтар кеңейді».", [("Ерлан Досанов", "Құқықтар кеңейді")]),
])
def test_kk_a_verb_of_speech_before_the_colon(make_doc, text, expected, pairs):
    doc = make_doc(text, language="kk", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected
