"""Event and statement patterns the seventh blind set showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements


# --- statements (ru): a quote over two paragraphs, a role alone after the name, "уверена, что A: «B»" ------------

def test_ru_quote_left_open_goes_on_in_the_next_paragraph(make_doc, pairs):
    doc = make_doc("Министр Арман Сеитов представил отчет.\n\n"
                   "«Мы закрыли все долги по зарплатам. Новых задержек не будет.\n\n"
                   "При этом часть строек придется перенести на следующий год», – подчеркнул он.")
    assert pairs(extract_statements(doc)) == [
        ("Арман Сеитов", "Мы закрыли все долги по зарплатам. Новых задержек не будет.\n\n"
                         "При этом часть строек придется перенести на следующий год"),
    ]


def test_en_quote_left_open_goes_on_in_the_next_paragraph(make_doc, pairs):
    doc = make_doc("Minister Arman Seitov presented the report.\n\n"
                   "\"We have paid all the wage arrears. There will be no new delays.\n\n"
                   "\"Some building work will move to next year, however,\" he said.", language="en")
    assert pairs(extract_statements(doc)) == [
        ("Arman Seitov", "We have paid all the wage arrears. There will be no new delays.\n\n"
                         "\"Some building work will move to next year, however"),
    ]


@pytest.mark.parametrize("verb", ["пояснил адвокат", "добавил адвокат", "уточнил правозащитник"])
def test_ru_a_lawyer_named_before_speaks_by_his_role(make_doc, verb, pairs):
    role = verb.split()[1]
    doc = make_doc(f"С докладом выступил {role} Арман Жунусов.\n\n"
                   f"«Суды перегружены. Нужны новые судьи», – {verb}.")
    assert pairs(extract_statements(doc)) == [("Арман Жунусов", "Суды перегружены. Нужны новые судьи")]


def test_ru_reported_clause_then_a_quote_after_a_colon(make_doc, pairs):
    doc = make_doc("Экономист Айгуль Бекова считает, что налоги снижать рано: «Сначала нужно сбалансировать бюджет».")
    rows = extract_statements(doc)
    assert pairs(rows) == [("Айгуль Бекова", "налоги снижать рано"),
                            ("Айгуль Бекова", "Сначала нужно сбалансировать бюджет")]
    assert [r["kind"] for r in rows] == ["indirect", "direct"]


def test_ru_an_interviewee_reported_then_quoted(make_doc, pairs):
    doc = make_doc("Что изменится для фермеров, издание спросило у агронома Серика Нурланова.\n\n"
                   "Собеседник уверен, что решать должны сами хозяйства: «Чиновник не знает, что сеять»."
                   "\n\nЭксперт также считает, что субсидии стоит сохранить.")
    assert pairs(extract_statements(doc)) == [
        ("Серик Нурланов", "решать должны сами хозяйства"),
        ("Серик Нурланов", "Чиновник не знает, что сеять"),
        ("Серик Нурланов", "субсидии стоит сохранить"),
    ]


# --- events: "the same day" past the lead, a Kazakh converb, voters going to the polls ---------------------------

@pytest.mark.parametrize("text,language", [
    ("В четверг аким района провел общественные слушания по новому кодексу.\n\nВ них приняли участие фермеры.\n\n"
     "Аким ответил на вопросы.\n\nВ тот же день аким встретился с депутатами районного маслихата.", "ru"),
    ("Кеше аудан әкімі қоғамдық тыңдау өткізді.\n\nОған фермерлер қатысты.\n\nӘкім сұрақтарға жауап берді.\n\n"
     "Сол күні ол аудандық мәслихат депутаттарымен кездесті.", "kk"),
    ("The district akim held public hearings on the new code on Thursday.\n\nFarmers took part.\n\n"
     "The akim answered questions.\n\nThe same day, he met with members of the district council.", "en"),
])
def test_a_meeting_the_same_day_past_the_lead(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-04-10T18:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 9), "meeting"), (date(2026, 4, 9), "public_discussion")]


def test_the_same_day_after_no_dated_event_tells_no_day(make_doc, events):
    doc = make_doc("Кодекс обсуждается.\n\nФермеры спорят.\n\nМнения разделились.\n\n"
                   "В тот же день аким встретился с депутатами маслихата.", published="2026-04-10T18:00:00+05:00")
    assert events(extract_events(doc)) == []


@pytest.mark.parametrize("text,kind", [
    ("12 наурызда аудан әкімі ауыл тұрғындарымен кездесіп, жаңа кодексті түсіндірді.", "public_discussion"),
    ("12 наурызда министр мәслихат депутаттарымен кездесіп, заң жобасын таныстырды.", "meeting"),
])
def test_kk_meeting_in_the_converb(make_doc, text, kind, events):
    doc = make_doc(text, language="kk", published="2026-03-13T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 12), kind)]


@pytest.mark.parametrize("text,day", [
    ("Citizens went to the polls on Saturday to elect a new city council.", date(2026, 6, 13)),
    ("Voters headed to the polls on Sunday in the regional elections, the first under the new code.", date(2026, 6, 14)),
])
def test_en_voters_went_to_the_polls_to_elect(make_doc, text, day, events):
    doc = make_doc(text, language="en", published="2026-06-15T09:00:00+05:00")
    assert events(extract_events(doc)) == [(day, "election")]


def test_en_voters_who_will_go_to_the_polls_report_no_vote(make_doc, events):
    doc = make_doc("Voters will go to the polls next month to elect a new council.", language="en",
                   published="2026-06-15T09:00:00+05:00")
    assert events(extract_events(doc)) == []


# --- events: a clause bounded by another happening, and a speaker's sentence, report no event -------------------

@pytest.mark.parametrize("sentence", [
    "The minister said the order lays down a schedule of work until the code enters into force.",
    "Until the new code takes effect in January, the old rules apply, the minister noted.",
    "She stressed the plan would hold until the law comes into force.",
])
def test_en_until_a_law_enters_into_force_is_no_event(make_doc, sentence, events):
    doc = make_doc("The President signed a decree on the new tax code.\n\n" + sentence, language="en",
                   published="2026-06-15T09:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "decree")]


def test_en_a_briefing_on_what_follows_a_publication(make_doc, events):
    doc = make_doc("On Tuesday, the deputy minister held a briefing on the steps to follow after the publication "
                   "of the code.", title="What changes after the new ethics code is published", language="en",
                   published="2026-06-18T09:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 16), "briefing")]


def test_en_the_code_published_is_still_news(make_doc, events):
    doc = make_doc("The new ethics code was published on Tuesday.", language="en", published="2026-06-18T09:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 16), "publication")]


@pytest.mark.parametrize("sentence,expected", [
    # English drops the "that": what a speaker says is so is not the day's news, with "that" or without
    ("The minister said the working group was set up to draft the by-laws.", [(date(2026, 6, 15), "decree")]),
    ("The minister said that the working group was set up to draft the by-laws.", [(date(2026, 6, 15), "decree")]),
    ("A working group was set up to draft the by-laws.", [(date(2026, 6, 15), "decree"),
                                                          (date(2026, 6, 15), "working_group")]),
])
def test_en_what_a_speaker_says_without_that(make_doc, sentence, expected, events):
    doc = make_doc("The President signed a decree on the new tax code.\n\n" + sentence, language="en",
                   published="2026-06-15T09:00:00+05:00")
    assert events(extract_events(doc)) == expected
