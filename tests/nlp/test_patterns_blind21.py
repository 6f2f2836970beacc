"""Patterns the twenty-first blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements
from pipeline.nlp.scoring import same_speaker

MARCH_19 = "2026-03-19T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 3, 19)


# --- events ---------------------------------------------------------------------------------------------------------

def test_a_release_telling_a_second_law_signed_with_also(make_doc, events):
    doc = make_doc("Мемлекет басшысы «Жергілікті өзін-өзі басқару туралы» Заңға қол қойды.\n\nЗаң әкімдердің "
                   "өкілеттіктерін белгілейді.\n\nСондай-ақ Мемлекет басшысы «Бюджет кодексіне өзгерістер енгізу "
                   "туралы» Заңға қол қойды.", language="kk", published=MARCH_19)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed"), (THURSDAY, "law_signed")]


def test_the_commission_at_work_on_a_day_set_off_at_the_opening(make_doc, events):
    doc = make_doc("Конституционная комиссия сегодня одобрила проект.\n\nПроект опубликуют в понедельник.\n\n"
                   "Члены комиссии внесли много правок.\n\nПозавчера, 17 марта, комиссия обсуждала главу о судах.",
                   published=MARCH_19)
    assert events(extract_events(doc)) == [(date(2026, 3, 17), "commission_meeting"), (THURSDAY, "commission_meeting")]


def test_the_same_day_as_the_event_of_the_one_named_not_the_last_one_told(make_doc, events):
    doc = make_doc("Касым-Жомарт Токаев принял министра юстиции.\n\nНакануне состоялось заседание Конституционной "
                   "комиссии, на котором был одобрен проект закона.\n\nМинистр рассказал о работе.\n\n"
                   "В тот же день Касым-Жомарт Токаев подписал указ о проведении выборов.", published=MARCH_19)
    assert events(extract_events(doc)) == [(date(2026, 3, 18), "commission_meeting"), (THURSDAY, "decree"),
                                           (THURSDAY, "meeting")]


def test_a_surname_holding_a_weekday_is_no_date(make_doc, events):
    doc = make_doc("Сәрсенбі күні Ерлан Жұмабаев аудан тұрғындарымен кездесті.", language="kk", published=MARCH_19)
    assert events(extract_events(doc)) == [(date(2026, 3, 18), "public_discussion")]


def test_a_signing_told_once_stays_one_event(make_doc, events):
    doc = make_doc("Глава государства подписал закон о местном самоуправлении.\n\nЗакон определяет полномочия "
                   "акимов.\n\nПодписанный закон вступит в силу через десять дней.", published=MARCH_19)
    assert events(extract_events(doc)) == [(THURSDAY, "law_signed")]


# --- scoring --------------------------------------------------------------------------------------------------------

def test_an_institution_is_the_same_speaker_with_or_without_its_article():
    assert same_speaker("Constitutional Court", "the Constitutional Court")
    assert same_speaker("The CEC", "CEC")
    assert not same_speaker("Theodor Ivanov", "Odor Ivanov")


# --- statements -----------------------------------------------------------------------------------------------------

def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_although_they_noted_that_is_a_second_statement(make_doc):
    doc = make_doc("Local observers said in a statement that the count was transparent, although they noted that some "
                   "polling stations opened late.", language="en", published=MARCH_19)
    assert _said(extract_statements(doc)) == [("Local observers", "the count was transparent"),
                                              ("Local observers", "some polling stations opened late")]


def test_told_colleagues_that(make_doc):
    doc = make_doc("Mazhilis deputy Arman Seitov told colleagues that the budget committee would meet again in April.",
                   language="en", published=MARCH_19)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the budget committee would meet again in April")]


def test_urging_someone_after_the_clause_is_no_part_of_it(make_doc):
    doc = make_doc("Justice Minister Arman Seitov spoke at the forum. He noted that the new code “protects every "
                   "owner” and urged local officials to apply it from the first day.", language="en", published=MARCH_19)
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the new code “protects every owner”")]


def test_a_vote_named_by_its_day_held_at_polling_stations(make_doc, events):
    doc = make_doc("The Central Election Commission announced preliminary results of the election on Monday.\n\n"
                   "Sunday’s vote was held at more than 9,000 polling stations.", language="en",
                   published="2026-03-17T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 15), "election"), (date(2026, 3, 16), "results")]


def test_in_the_view_of_the_legal_scholar_is_the_person_named_before(make_doc):
    doc = make_doc("Доцент Айдос Каримов рассказал о реформе. Отдельно Каримов остановился на судах. По мнению "
                   "правоведа, новые суды разгрузят старые.", published=MARCH_19)
    assert ("Айдос Каримов", "новые суды разгрузят старые") in _said(extract_statements(doc))


def test_however_as_he_noted_starts_a_second_clause(make_doc):
    doc = make_doc("Экономист Айдос Каримов признает, что бюджет вырос, однако, как он отметил, расходы растут "
                   "быстрее доходов.", published=MARCH_19)
    assert _said(extract_statements(doc)) == [("Айдос Каримов", "бюджет вырос"),
                                              ("Айдос Каримов", "расходы растут быстрее доходов")]


def test_a_kazakh_converb_of_praise_or_a_task_before_the_reported_clause(make_doc):
    doc = make_doc("Мемлекет басшысы комиссияның еңбегін жоғары бағалап, жоба халықтың қолдауына ие болды деп атап "
                   "өтті. Ол Үкіметке тапсырма жүктеп, оның орындалуын жыл соңында тексеретінін ескертті.",
                   language="kk", published=MARCH_19)
    assert [t for _, t in _said(extract_statements(doc))] == ["жоба халықтың қолдауына ие болды",
                                                             "оның орындалуын жыл соңында тексеретінін"]


def test_how_something_goes_is_a_topic_not_a_claim(make_doc):
    doc = make_doc("Әкім орынбасары ауданда жаңа жобаны түсіндіру жұмысы қалай жүргізіліп жатқанын баяндады.",
                   language="kk", published=MARCH_19)
    assert extract_statements(doc) == []


def test_a_sitting_expected_today_is_a_plan(make_doc, events):
    doc = make_doc("Кеше комиссияның бірінші отырысы өтті.\n\nБүгін комиссияның екінші отырысы өтеді деп күтілуде.",
                   language="kk", published=MARCH_19)
    assert events(extract_events(doc)) == [(date(2026, 3, 18), "commission_meeting")]
