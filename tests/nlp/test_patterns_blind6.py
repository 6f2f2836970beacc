"""Event and statement patterns the sixth blind set showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events


# --- the day of a vote reported while it goes on -----------------------------------------------------------------

@pytest.mark.parametrize("text,language,kind", [
    ("В стране завершилось голосование на досрочных выборах депутатов маслихатов.", "ru", "election"),
    ("Polling stations across the region opened at 8:00 a.m. as voters choose a new parliament in the election.", "en",
     "election"),
    ("Polling stations opened early on Sunday as the country votes in a national referendum on the draft.", "en",
     "referendum"),
])
def test_the_day_of_a_vote(make_doc, text, language, kind, events):
    doc = make_doc(text, language=language, published="2026-10-04T15:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 10, 4), kind)], text


def test_en_headline_votes_in_referendum(make_doc, events):
    doc = make_doc("Turnout was high in the morning.", language="en", title="Country Votes in Referendum on Land Code",
                   published="2026-10-04T15:00:00+05:00")
    assert (date(2026, 10, 4), "referendum") in events(extract_events(doc))


def test_a_future_vote_is_no_event(make_doc, events):
    doc = make_doc("Citizens will vote in the referendum next month.", language="en",
                   published="2026-10-04T15:00:00+05:00")
    assert events(extract_events(doc)) == []


@pytest.mark.parametrize("text,language", [
    ("В стране завершилось голосование на выборах в маслихаты. Данные о явке на дневном брифинге в ЦИК представил "
     "секретарь комиссии.", "ru"),
    ("Voting in the election is under way. Speaking at a midday briefing, the commission chairman gave the turnout.",
     "en"),
])
def test_a_briefing_on_the_day_of_voting_is_the_vote(make_doc, text, language, events):
    # settled rule (tests/nlp/eval/README.md): a CEC briefing on voting day about turnout is the vote
    doc = make_doc(text, language=language, published="2026-10-04T15:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 10, 4), "election")], text


# --- a working group finishing its work ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Проект закона о медиа внесен в парламент. Документ обсуждался полгода.\n\nЭксперты оценили его положительно."
     "\n\nЗамечания учтены.\n\nВо вторник текст поправок одобрила рабочая группа министерства.", "ru"),
    ("Рабочая группа при министерстве во вторник согласовала окончательный текст поправок.", "ru"),
    ("The working group on the media bill approved the final text on Tuesday.", "en"),
    ("Сейсенбі күні жұмыс тобы түзетулердің соңғы мәтінін мақұлдады.", "kk"),
])
def test_a_working_group_approving_a_text(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-10-08T10:00:00+05:00")  # a Thursday
    assert (date(2026, 10, 6), "working_group") in events(extract_events(doc)), text


# --- a Kazakh date in the dative is the day set, not the day of signing ----------------------------------------

def test_kk_dative_date_is_the_day_set(make_doc, events):
    doc = make_doc("Бүгін Президент маслихат сайлауын 4 қазанға тағайындау туралы Жарлыққа қол қойды.", language="kk",
                   published="2026-07-10T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 7, 10), "decree")]


# --- what a speaker recalls is background ---------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Вчера в городе прошли общественные слушания. Аким напомнил, что проект опубликован 2 октября.", "ru"),
    ("Yesterday the city held public hearings. The mayor recalled that the draft was published on October 2.",
     "en"),
])
def test_what_a_speaker_recalls_is_background(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-10-05T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 10, 4), "public_discussion")], text


# --- statements ---------------------------------------------------------------------------------------------------

def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


@pytest.mark.parametrize("text,language,expected", [
    ("Finance Minister Daniyar Serikov said that the budget had been balanced and instructed the agencies to cut spending.", "en",
     "the budget had been balanced"),
    ("Finance Minister Daniyar Serikov said that the budget had been balanced and thanked the deputies for their work.", "en",
     "the budget had been balanced"),
])
def test_en_clause_ends_at_the_speakers_next_act(make_doc, text, language, expected):
    from pipeline.nlp import extract_statements
    assert [t for _, t in _said(extract_statements(make_doc(text, language=language)))] == [expected], text


@pytest.mark.parametrize("text,language,speaker", [
    ("Члены общественного совета в открытом письме к министру отметили, что проект требует доработки.", "ru",
     "Члены общественного совета"),
    ("Members of the council in a joint statement said that the draft needs more work.", "en", "Members of the council"),
])
def test_a_collective_without_where_it_spoke(make_doc, text, language, speaker):
    from pipeline.nlp import extract_statements
    assert [s for s, _ in _said(extract_statements(make_doc(text, language=language)))] == [speaker], text


def test_kk_clause_without_where_it_was_said(make_doc):
    from pipeline.nlp import extract_statements
    doc = make_doc("Экономист Асқар Нұрланов агенттікке берген сұхбатында бюджет тапшылығы азаятынын айтты.", language="kk")
    assert _said(extract_statements(doc)) == [("Асқар Нұрланов", "бюджет тапшылығы азаятынын")]


def test_ru_surname_of_another_shape_and_the_akim_by_role(make_doc):
    from pipeline.nlp import extract_statements
    doc = make_doc("Встречу открыл аким района Марат Оспанов.\n\n"
                   "Инженер Олег Шевченко считает, что мост нужно ремонтировать весной.\n\n"
                   "Аким района пообещал, что смета будет готова к марту.")
    assert _said(extract_statements(doc)) == [("Олег Шевченко", "мост нужно ремонтировать весной"),
                                              ("Марат Оспанов", "смета будет готова к марту")]


def test_en_senator_by_role(make_doc):
    from pipeline.nlp import extract_statements
    doc = make_doc("Senator Aigerim Bekova spoke first. Analyst John Parker also took part.\n\n"
                   "\"The chamber has done its work,\" the senator said.", language="en")
    assert _said(extract_statements(doc)) == [("Aigerim Bekova", "The chamber has done its work")]


def test_kk_senator_is_a_role(make_doc):
    from pipeline.nlp import extract_statements
    doc = make_doc("Жиында сенатор Ержан Сәтбаев сөз алды.\n\n«Заң уақытылы қабылданды», – деді сенатор.", language="kk")
    assert _said(extract_statements(doc)) == [("Ержан Сәтбаев", "Заң уақытылы қабылданды")]


def test_kk_collective_named_by_what_it_took_part_in(make_doc):
    from pipeline.nlp import extract_statements
    doc = make_doc("Форумға қатысушылар жаңа заңның маңызды екенін атап өтті.", language="kk")
    assert [(r["speaker_name"], r["is_collective"]) for r in extract_statements(doc)] == [("Форумға қатысушылар", True)]


# --- past the lead, what followed an event reported before --------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Вчера Президент обратился к народу с Посланием.\n\nОн говорил о реформах.\n\nЭксперты оценили речь.\n\n"
     "После Послания в Мажилисе прошел брифинг депутатов.", "ru"),
    ("Кеше Президент халыққа Жолдау жариялады.\n\nОл реформалар туралы айтты.\n\nСарапшылар сөзді бағалады.\n\n"
     "Жолдаудан кейін Сенатта сенаторлардың брифингі өтті.", "kk"),
])
def test_a_briefing_after_the_address_is_only_where_it_was_commented(make_doc, text, language, events):
    # settled rule: a briefing is an event when the lead tells it; further on it is where the address was commented
    doc = make_doc(text, language=language, published="2026-09-02T09:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 9, 1), "address")], text


@pytest.mark.parametrize("text,language", [
    ("Вчера Президент обратился к народу с Посланием.\n\nОн говорил о реформах.\n\nЭксперты оценили речь.\n\n"
     "После Послания Президент встретился с руководителями фракций.", "ru"),
    ("Кеше Президент халыққа Жолдау жариялады.\n\nОл реформалар туралы айтты.\n\nСарапшылар сөзді бағалады.\n\n"
     "Жолдаудан кейін Президент фракция жетекшілерін қабылдады.", "kk"),
])
def test_a_meeting_after_the_address(make_doc, text, language, events):
    doc = make_doc(text, language=language, published="2026-09-02T09:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 9, 1), "address"), (date(2026, 9, 1), "meeting")], text


def test_after_an_undated_event_past_the_lead_is_no_event(make_doc, events):
    doc = make_doc("Проект обсуждается.\n\nЭксперты спорят.\n\nМнения разделились.\n\n"
                   "После заседания в министерстве прошел брифинг.", published="2026-09-02T09:00:00+05:00")
    assert events(extract_events(doc)) == []
