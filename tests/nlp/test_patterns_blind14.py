"""Patterns the fourteenth blind set showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements

FEB_3 = "2026-02-03T12:00:00+05:00"  # a Tuesday
TUESDAY, MONDAY, SUNDAY = date(2026, 2, 3), date(2026, 2, 2), date(2026, 2, 1)


# --- statements: who a role word refers to ---------------------------------------------------------------------------

def test_ru_a_role_no_one_holds_is_the_person_named_since_the_last_speaker(make_doc, pairs):
    # nobody is called an adviser: the adviser is the one who has just been named, not the minister who spoke before
    doc = make_doc("Министр Арман Сеитов сообщил, что бюджет на реформу утвержден. Председатель комитета Ерлан Досанов "
                   "доложил о ходе работ. Государственный советник отметил, что все обращения будут рассмотрены.",
                   language="ru", published=FEB_3)
    assert pairs(extract_statements(doc))[-1] == ("Ерлан Досанов", "все обращения будут рассмотрены")


def test_ru_a_role_someone_holds_still_goes_to_that_person(make_doc, pairs):
    doc = make_doc("Министр Арман Сеитов сообщил, что бюджет на реформу утвержден. Председатель комитета Ерлан Досанов "
                   "доложил о ходе работ. Министр отметил, что все обращения будут рассмотрены.",
                   language="ru", published=FEB_3)
    assert pairs(extract_statements(doc))[-1] == ("Арман Сеитов", "все обращения будут рассмотрены")


@pytest.mark.parametrize("text,language,expected", [
    # a colleague of a political scientist is the expert a later role word means, though the first one spoke too
    ("Политолог Дана Касымова считает, что явка будет высокой. Ее коллега Тимур Абенов настроен осторожнее.\n\n"
     "«Высокая явка еще не означает интереса к тексту», – считает эксперт.", "ru",
     ("Тимур Абенов", "Высокая явка еще не означает интереса к тексту")),
    ("Political analyst Dana Kassymova believes that turnout will be high. Her colleague Timur Abenov is more "
     "cautious.\n\n“High turnout does not mean interest in the text,” the analyst said.", "en",
     ("Timur Abenov", "High turnout does not mean interest in the text")),
])
def test_a_colleague_shares_the_occupation(make_doc, text, language, expected, pairs):
    doc = make_doc(text, language=language, published=FEB_3)
    assert pairs(extract_statements(doc))[-1] == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Бүгін учаскеде зейнеткер Мәрия Сейітовамен сөйлестік.\n\n«Немерелерім үшін дауыс бердім», – деді зейнеткер.", "kk",
     ("Мәрия Сейітова", "Немерелерім үшін дауыс бердім")),
    ("На участке мы поговорили с пенсионеркой Марией Сейтовой.\n\n«Я голосовала ради внуков», – сказала пенсионерка.",
     "ru", ("Мария Сейтова", "Я голосовала ради внуков")),
])
def test_a_voter_named_by_what_she_is(make_doc, text, language, expected, pairs):
    doc = make_doc(text, language=language, published=FEB_3)
    assert pairs(extract_statements(doc))[-1] == expected


def test_kk_the_occasion_before_the_president_is_no_part_of_the_speaker(make_doc, pairs):
    doc = make_doc("Заңгер Ерлан Досанов жоба сәтті екенін айтты. Кездесуде Президент реформа ашық жүруі керек екенін "
                   "атап өтті.", language="kk", published=FEB_3)
    assert pairs(extract_statements(doc))[-1] == ("Қасым-Жомарт Тоқаев", "реформа ашық жүруі керек")


# --- statements: collectives ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    # a participle or adjective first, the group word last: one group however it is described between
    ("Приехавшие на выборы иностранные эксперты заявили, что голосование прошло спокойно.", "ru",
     [("Приехавшие на выборы иностранные эксперты", "голосование прошло спокойно")]),
    ("Собравшиеся в зале жители заявили, что поддерживают проект.", "ru",
     [("Собравшиеся в зале жители", "поддерживают проект")]),
    # a group agreeing, insisting, vouching after the clause
    ("Participants of the forum agreed that the reform needs more time.", "en",
     [("Participants of the forum", "the reform needs more time")]),
    ("Officials insist that the timetable is realistic.", "en", [("Officials", "the timetable is realistic")]),
    ("Counting went smoothly, according to independent observers.", "en",
     [("independent observers", "Counting went smoothly")]),
    ("Counting went smoothly, according to lawyer Timur Abenov.", "en", [("Timur Abenov", "Counting went smoothly")]),
])
def test_collectives_and_their_verbs(make_doc, text, language, expected, pairs):
    doc = make_doc(text, language=language, published=FEB_3)
    got = pairs(extract_statements(doc))
    assert [(s.lower(), t) for s, t in got] == [(s.lower(), t) for s, t in expected]


def test_en_according_to_data_after_the_clause_is_no_statement(make_doc, pairs):
    doc = make_doc("Turnout reached 60 percent by noon, according to preliminary data.", language="en", published=FEB_3)
    assert pairs(extract_statements(doc)) == []


def test_ru_po_prognozu(make_doc, pairs):
    doc = make_doc("По прогнозу экономиста Тимура Абенова, цены стабилизируются к осени.", language="ru", published=FEB_3)
    assert pairs(extract_statements(doc)) == [("Тимур Абенов", "цены стабилизируются к осени")]


# --- statements: a quote paragraph after a sentence that only names a topic -------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Юрист Дана Касымова сообщила, что текст готов.\n\nОна остановилась и на сроках реформы.\n\n"
     "«Полгода – это мало для такого объема законов».", "ru",
     ("Дана Касымова", "Полгода – это мало для такого объема законов")),
    ("Заңгер Ерлан Досанов жоба дайын екенін айтты.\n\nОл реформаның мерзімі туралы да айтып берді.\n\n"
     "«Алты ай – мұндай көлемдегі заңдар үшін аз».", "kk",
     ("Ерлан Досанов", "Алты ай – мұндай көлемдегі заңдар үшін аз")),
])
def test_a_quote_paragraph_after_a_topic_sentence_is_the_speakers(make_doc, text, language, expected, pairs):
    doc = make_doc(text, language=language, published=FEB_3)
    assert pairs(extract_statements(doc))[-1] == expected


def test_a_quote_paragraph_after_a_sentence_with_no_speaker_stays_unattributed(make_doc, pairs):
    doc = make_doc("Юрист Дана Касымова сообщила, что текст готов.\n\nРедакция получила письма читателей.\n\n"
                   "«Полгода – это мало».", language="ru", published=FEB_3)
    assert [t for _, t in pairs(extract_statements(doc))] == ["текст готов"]


# --- events ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("President Tokayev signed a decree on the referendum.\n\nThe ballot has one question.\n\nThe vote is set for March.\n\n"
     "Earlier that day, the Head of State received Aliya Serikova, the chair of the commission.", "en"),
    ("Президент подписал указ о референдуме.\n\nВ бюллетене один вопрос.\n\nГолосование назначено на март.\n\n"
     "Ранее в тот же день Глава государства принял председателя комиссии Алию Серикову.", "ru"),
])
def test_earlier_that_day_is_the_same_day_not_a_recollection(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(TUESDAY, "decree"), (TUESDAY, "meeting")]


def test_earlier_alone_still_looks_back(make_doc, events):
    doc = make_doc("President Tokayev signed a decree on the referendum.\n\nThe ballot has one question.\n\n"
                   "The vote is set for March.\n\nEarlier, the Head of State received Aliya Serikova.", language="en",
                   published=FEB_3)
    assert events(extract_events(doc)) == [(TUESDAY, "decree")]


@pytest.mark.parametrize("text,language", [
    ("Дүйсенбі күні әкім аудандық мәслихат депутаттарымен жеке кездесу өткізді.", "kk"),
    ("В понедельник аким провел отдельную встречу с депутатами районного маслихата.", "ru"),
    ("On Monday, the akim held a separate meeting with deputies of the district maslikhat.", "en"),
])
def test_a_meeting_with_deputies_written_as_a_noun(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "meeting")]


def test_kk_a_meeting_with_residents_as_a_noun_stays_a_public_discussion(make_doc, events):
    doc = make_doc("Дүйсенбі күні әкім ауыл тұрғындарымен кездесу өткізді.", language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "public_discussion")]


@pytest.mark.parametrize("text,language,expected", [
    # the day after a date weeks back: background, not the document's own day
    ("Указ Президент подписал 2 января, а на следующий день текст был опубликован в газетах.", "ru", []),
    ("The President signed the decree on January 2, and the next day the text was published.", "en", []),
    # the day after a recent one is an event of that day
    ("Конституционная комиссия одобрила текст в воскресенье, а на следующий день проект был опубликован.", "ru",
     [(SUNDAY, "commission_meeting"), (MONDAY, "publication")]),
])
def test_the_next_day_counts_from_the_date_of_the_other_clause(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


def test_the_signed_acts_own_publication_days_later_belongs_to_the_signing(make_doc, events):
    doc = make_doc("President Tokayev on Sunday signed a law on the status of the capital.\n\nThe document has been "
                   "published in the official legal database.", language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "law_signed")]


def test_a_draft_published_with_the_act_is_a_publication_of_its_own(make_doc, events):
    doc = make_doc("Указ о референдуме Президент подписал в понедельник.\n\nУказ и проект Конституции опубликованы "
                   "сегодня в газетах.", language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "decree"), (TUESDAY, "publication")]
