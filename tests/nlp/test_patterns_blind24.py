"""Patterns the twenty-fourth blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements, merge_events

APRIL_8 = "2026-04-08T12:00:00+05:00"  # a Wednesday
WEDNESDAY = date(2026, 4, 8)


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


# --- events ---------------------------------------------------------------------------------------------------------

def test_observers_of_the_referendum_holding_a_press_conference(make_doc, events):
    doc = make_doc("Observers who monitored the referendum held a press conference in Astana on Monday.",
                   language="en", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "briefing")]


def test_earlier_on_a_day_is_no_recall(make_doc, events):
    doc = make_doc("The mission held a press conference on Monday.\n\nIts head spoke about the count.\n\nThe "
                   "report follows.\n\nEarlier on Monday, the head of the mission met with Justice Minister Arman "
                   "Seitov.", language="en", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "briefing"), (date(2026, 4, 6), "meeting")]


def test_later_in_the_day_is_the_day_told_before(make_doc, events):
    doc = make_doc("The commission announced preliminary results on Monday.\n\nIts chair spoke of turnout.\n\nNo "
                   "complaints were filed.\n\nLater in the day, the chair met with Arman Seitov, head of a mission.",
                   language="en", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "meeting"), (date(2026, 4, 6), "results")]


def test_voters_counted_are_the_turnout_of_the_results(make_doc, events):
    doc = make_doc("The commission announced preliminary results of the election on Monday. According to the data, "
                   "5,120,300 of the 8,000,000 eligible voters cast their ballots.", language="en", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 6), "results")]


def test_results_approved_at_yesterdays_sitting_are_dated_by_it(make_doc, events):
    doc = make_doc("Орталық сайлау комиссиясы кеше өткен отырысында 5 сәуірдегі сайлаудың түпкілікті қорытындысын "
                   "бекітті.", language="kk", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "results")]


def test_party_lists_registered_the_day_before(make_doc, events):
    doc = make_doc("В среду ЦИК провел брифинг о ходе кампании.\n\nНакануне ЦИК завершил регистрацию партийных "
                   "списков.", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "other"), (WEDNESDAY, "briefing")]


def test_a_draft_handed_to_the_president_named_in_kazakh(make_doc, events):
    doc = make_doc("Кеше комиссияның қорытынды отырысы өтті.\n\nБүгін комиссия басшылығы жобаны Мемлекет басшысы "
                   "Қасым-Жомарт Тоқаевқа тапсырды. Сол күні Президент сайлау өткізу туралы Жарлыққа қол қойды.",
                   language="kk", published=APRIL_8)
    assert events(extract_events(doc)) == [(date(2026, 4, 7), "commission_meeting"), (WEDNESDAY, "decree"),
                                           (WEDNESDAY, "meeting")]


def test_two_english_meetings_of_one_official_with_different_people_stay_apart(make_doc):
    first = make_doc("The mission held a press conference on Monday.\n\nIts head spoke of the count.\n\nNo complaints "
                     "were filed.\n\nLater in the day, Seitov met with Dana Abenova, head of another mission.",
                     language="en", published=APRIL_8, document_id="doc-1")
    second = make_doc("The mission held a press conference on Monday.\n\nIts head spoke of the count.\n\nNo complaints "
                      "were filed.\n\nLater in the day, Lindqvist met with Justice Minister Arman Seitov.",
                      language="en", published=APRIL_8, document_id="doc-2")
    third = make_doc("The mission held a press conference on Monday.\n\nIts head spoke of the count.\n\nNo complaints "
                     "were filed.\n\nLater in the day, Seitov met Karin Lindqvist, head of the mission.",
                     language="en", published=APRIL_8, document_id="doc-3")
    reports = [e for doc in (first, second, third) for e in extract_events(doc) if e["event_type"] == "meeting"]
    assert len(reports) == 3
    merged, links = merge_events(reports)
    together = {}
    for link in links:
        together.setdefault(link["event_id"], set()).add(link["document_id"])
    assert sorted(map(sorted, together.values())) == [["doc-1"], ["doc-2", "doc-3"]]


# --- statements: Russian --------------------------------------------------------------------------------------------

def test_a_clause_stops_before_the_speaker_names_something_else(make_doc):
    doc = make_doc("Министр Арман Сеитов заявил, что закон нужно принять до лета, и назвал главные поправки.",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "закон нужно принять до лета")]


def test_called_it_something_is_a_claim_with_its_object(make_doc):
    doc = make_doc("Депутат Мажилиса Арман Сеитов назвал новый бюджет серьезным испытанием для регионов.",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "новый бюджет серьезным испытанием для регионов")]


def test_naming_a_date_is_no_claim(make_doc):
    doc = make_doc("Министр Арман Сеитов назвал дату заседания – 20 апреля.", published=APRIL_8)
    assert extract_statements(doc) == []


def test_the_first_thing_someone_speaks_of_after_a_dash(make_doc):
    doc = make_doc("Первое, о чем говорит экономист Дана Ермекова, – цены растут быстрее зарплат.", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Ермекова", "цены растут быстрее зарплат")]


def test_a_quote_followed_by_a_smile(make_doc):
    doc = make_doc("Юрист Дана Ермекова ответила на вопросы читателей.\n\n«Читайте закон сами. Это несложно», – "
                   "улыбается юрист.", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Ермекова", "Читайте закон сами. Это несложно")]


def test_parties_as_a_group(make_doc):
    doc = make_doc("Партии, в свою очередь, уверяют, что программы будут опубликованы вовремя.", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Партии", "программы будут опубликованы вовремя")]


# --- statements: Kazakh ---------------------------------------------------------------------------------------------

def test_an_elder_named_before_speaks_after_the_dash(make_doc):
    doc = make_doc("Зейнеткер Серік Оспанов жиынға ерте келді.\n\n– Жол жөнделсе, ауылға жастар оралады, – дейді "
                   "ақсақал.", language="kk", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Серік Оспанов", "Жол жөнделсе, ауылға жастар оралады")]


def test_young_people_as_a_group(make_doc):
    doc = make_doc("Жиынға келген жастар жұмыс орындары көбірек ашылуы керек екенін айтты.", language="kk",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Жиынға келген жастар", "жұмыс орындары көбірек ашылуы керек")]


def test_a_deputy_of_a_role_is_the_subject_as_a_whole(make_doc):
    doc = make_doc("Аудан әкімі Серік Оспанов тұрғындармен кездесті.\n\nӘкім орынбасары жаңа мектеп күзде "
                   "ашылатынын айтты.", language="kk", published=APRIL_8)
    assert [t for _, t in _said(extract_statements(doc))] == ["жаңа мектеп күзде ашылатынын"]


def test_a_role_set_off_before_the_named_speaker_of_sozinshe(make_doc):
    doc = make_doc("Кеңес мүшесі, экономист Дана Ермекованың сөзінше, бағалар жаз айында тұрақталады.", language="kk",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Дана Ермекова", "бағалар жаз айында тұрақталады")]


# --- statements: English --------------------------------------------------------------------------------------------

def test_said_then_a_clause_opened_by_an_adjective_and_its_noun(make_doc):
    doc = make_doc("Akim Serik Abenov said new schools for the district would open in September.", language="en",
                   published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Serik Abenov", "new schools for the district would open in September")]


def test_said_then_a_clause_opened_by_a_figure(make_doc):
    doc = make_doc("Speaking at a briefing in the evening, commission chairman Serik Abenov said 61.5% of voters had "
                   "cast their ballots.", language="en", published=APRIL_8)
    assert _said(extract_statements(doc)) == [("Serik Abenov", "61.5% of voters had cast their ballots")]
