"""Statement and event patterns the ninth blind set showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements

JUNE_16 = "2026-06-16T12:00:00+05:00"


# --- events: the type written with words between its parts ---------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    # the dative and the verb apart: a day, a comma between
    ("Мемлекет басшысы Жарлыққа кеше, 15 маусымда қол қойды.", "decree"),
    ("Президент Заңға 15 маусымда қол қойды.", "law_signed"),
])
def test_kk_signing_with_the_day_between(make_doc, text, kind, events):
    doc = make_doc(text, language="kk", published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 15), kind)]


@pytest.mark.parametrize("text,language", [
    # what the meeting was about between the students and the noun
    ("15 маусымда Алматы колледжінде студенттермен жаңа салық кодексі туралы кездесу өтті.", "kk"),
    ("15 маусымда аудан тұрғындарымен жер кодексінің жобасы бойынша кездесу өткізілді.", "kk"),
])
def test_kk_a_meeting_with_students_about_a_topic(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "public_discussion")]


def test_kk_the_same_day_after_a_meeting_with_students(make_doc, events):
    doc = make_doc("15 маусымда колледжде студенттермен жаңа салық кодексі туралы кездесу өтті.\n\n"
                   "Студенттер сұрақтар қойды.\n\nДиректор жауап берді.\n\n"
                   "Сол күні колледждің кітапханасында дөңгелек үстел өтті.", language="kk", published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "public_discussion"), (date(2026, 6, 15), "round_table")]


# --- events: a text handed to the President in person is a meeting ------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Вчера министр энергетики передал Главе государства доклад о подготовке к зиме.", "ru"),
    ("Кеше Ақордада министр баяндаманы Президентке тапсырды.", "kk"),
    ("Yesterday the energy minister handed the President a report on winter preparations.", "en"),
    ("Yesterday the minister handed over the report to the Head of State.", "en"),
])
def test_a_text_handed_to_the_president_is_a_meeting(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "meeting")]


def test_kk_the_president_instructing_is_no_meeting(make_doc, events):
    doc = make_doc("Кеше Президент Үкіметке баяндаманы пысықтауды тапсырды.", language="kk", published=JUNE_16)
    assert events(extract_events(doc)) == []


# --- events: "earlier that day" is the day of the event told before ----------------------------------------------

def test_en_earlier_that_day_takes_the_day_before_it(make_doc, events):
    doc = make_doc("The President signed a decree on the energy code on Monday.\n\n"
                   "The decree followed a meeting earlier that day, where the minister handed the President a report.",
                   language="en", published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "decree"), (date(2026, 6, 15), "meeting")]


# --- events: the vote narrated in a report of results --------------------------------------------------------------

@pytest.mark.parametrize("vote_sentence", [
    "Voters across the country went to the polls on Sunday, with polling stations open until 8 p.m.",
    "Voters in all seventeen regions went to the polls on Sunday.",
])
def test_en_the_vote_told_after_the_results_sentence_names_it(make_doc, vote_sentence, events):
    doc = make_doc("Most voters backed the new water code in Sunday's referendum, according to preliminary results "
                   f"announced on Monday.\n\n{vote_sentence}", language="en", published="2026-06-15T15:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 14), "referendum"), (date(2026, 6, 15), "results")]


def test_en_the_results_sentence_alone_gives_no_vote(make_doc, events):
    doc = make_doc("Most voters backed the new water code in Sunday's referendum, according to preliminary results "
                   "announced on Monday.\n\nThe final figures are due next week.", language="en",
                   published="2026-06-15T15:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "results")]


@pytest.mark.parametrize("text", [
    "Kazakhstan held its first election to the new city councils, created by the law adopted in March, on Sunday.",
    "The country held an early parliamentary election on Sunday.",
])
def test_en_a_country_held_an_election(make_doc, text, events):
    doc = make_doc(text, language="en", published="2026-06-15T15:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 14), "election")]


# --- events: what a speaker informed of is not the day's news -----------------------------------------------------

@pytest.mark.parametrize("verb", ["проинформировала", "доложила"])
def test_ru_what_a_speaker_informed_of_is_no_event(make_doc, verb, events):
    doc = make_doc("Вчера Президент принял министра юстиции Дину Ахметову.\n\n"
                   f"Она {verb}, что работа над кодексом завершена, а последним стало пятое заседание комиссии.",
                   published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "meeting")]


# --- statements (ru) -----------------------------------------------------------------------------------------------

def test_ru_rassuzhdaet_after_a_quote(make_doc, pairs):
    doc = make_doc("Экономист Арман Сеитов оценил бюджет.\n\n«Денег хватит. Вопрос в сроках», – рассуждает эксперт.")
    assert pairs(extract_statements(doc)) == [("Арман Сеитов", "Денег хватит. Вопрос в сроках")]


@pytest.mark.parametrize("region", ["Улытау", "Жетысу"])
def test_ru_a_regions_name_after_its_noun_is_no_part_of_the_name(make_doc, region, pairs):
    doc = make_doc(f"Аким области {region} Серик Нурланов провел совещание.\n\n"
                   "Аким отметил, что дороги отремонтируют к осени.")
    assert pairs(extract_statements(doc)) == [("Серик Нурланов", "дороги отремонтируют к осени")]


def test_ru_a_patronymic_stays_in_the_name(make_doc, pairs):
    doc = make_doc("Аким области Серик Нурланович Ахметов заявил, что дороги отремонтируют к осени.")
    assert [speaker for speaker, _ in pairs(extract_statements(doc))] == ["Серик Нурланович Ахметов"]


# --- statements (kk) -----------------------------------------------------------------------------------------------

def test_kk_an_expert_is_not_the_chair_of_a_constitutional_body(make_doc, pairs):
    # "Конституциялық" in the chair's role is no "конституционалист": "сарапшы" is the expert who spoke last
    doc = make_doc("Кеше Конституциялық соттың төрағасы Дина Ахметова баяндама жасады.\n\n"
                   "Экономист Арман Сейітовпен сөйлестік.\n\n"
                   "– Бюджет жеткілікті, – дейді ол.\n\n"
                   "Сарапшының пікірінше, салықтар өзгермейді.", language="kk")
    assert pairs(extract_statements(doc)) == [("Арман Сейітов", "Бюджет жеткілікті"),
                                              ("Арман Сейітов", "салықтар өзгермейді")]


def test_kk_a_persons_figures_are_said_an_institutions_are_not(make_doc, pairs):
    doc = make_doc("Министр Арман Сейітов брифинг өткізді.\n\n"
                   "Министр Арман Сейітовтің мәліметінше, жол күзге дейін салынады.\n\n"
                   "Министрліктің мәліметінше, көпір де биыл салынады.", language="kk")
    assert pairs(extract_statements(doc)) == [("Арман Сейітов", "жол күзге дейін салынады")]


@pytest.mark.parametrize("opening", ["Ол", "Жиында ол", "Брифингте ол"])
def test_kk_a_pronoun_with_a_colon_before_a_quote(make_doc, opening, pairs):
    doc = make_doc("Министр Арман Сейітов брифинг өткізді.\n\n"
                   f"{opening}: «Жол күзге дейін салынады», – деп мәлімдеді.", language="kk")
    assert pairs(extract_statements(doc)) == [("Арман Сейітов", "Жол күзге дейін салынады")]


@pytest.mark.parametrize("ending,speaker", [("деп есептейді Сейітов", "Арман Сейітов"),
                                            ("деп санайды сарапшы", "Арман Сейітов")])
def test_kk_the_speaker_after_dep_and_the_verb(make_doc, ending, speaker, pairs):
    doc = make_doc("Экономист Арман Сейітов сұхбат берді.\n\n"
                   f"«Нұрлы жол» бағдарламасы аясында басталған құрылыс жалғасады, {ending}.", language="kk")
    assert pairs(extract_statements(doc)) == [
        (speaker, "«Нұрлы жол» бағдарламасы аясында басталған құрылыс жалғасады")]


# --- events: past the lead, a trigger with a day of its own -------------------------------------------------------

_LEAD = {"ru": "Вчера Мажилис одобрил закон о воде.\n\nЗакон вводит тарифы.\n\nДепутаты спорили долго.\n\n",
         "kk": "Кеше Мәжіліс су туралы заңды мақұлдады.\n\nЗаң тарифтер енгізеді.\n\nДепутаттар ұзақ талқылады.\n\n",
         "en": "The Mazhilis approved the water law yesterday.\n\nThe law sets tariffs.\n\nDeputies argued long.\n\n"}


@pytest.mark.parametrize("text,language", [
    ("Министр 13 июня встретился с жителями Актобе.", "ru"),
    ("Министр тем же днем встретился с жителями Актобе.", "ru"),
    ("Министр 13 маусымда Ақтөбе тұрғындарымен кездесті.", "kk"),
    ("The minister met with residents of Aktobe on June 13.", "en"),
])
def test_past_the_lead_a_trigger_with_its_own_day(make_doc, text, language, events):
    doc = make_doc(_LEAD[language] + text, language=language, published=JUNE_16)
    expected_day = date(2026, 6, 15) if "тем же днем" in text else date(2026, 6, 13)
    assert events(extract_events(doc)) == sorted([(date(2026, 6, 15), "parliament_session"),
                                                  (expected_day, "public_discussion")])


@pytest.mark.parametrize("text,language", [
    ("Министр встретился с жителями Актобе.", "ru"),  # no day: background or a habit
    ("Министр 13 мая встретился с жителями Актобе.", "ru"),  # weeks before: recalled
    ("Первое заседание Мажилиса по закону прошло 12 июня.", "ru"),  # an earlier stage of the lead's kind
    ("The minister met with residents of Aktobe.", "en"),
])
def test_past_the_lead_background_stays_out(make_doc, text, language, events):
    doc = make_doc(_LEAD[language] + text, language=language, published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 15), "parliament_session")]


def test_en_past_the_lead_a_vote_with_its_figures_is_the_results(make_doc, events):
    doc = make_doc("The President signed a decree on the water code on Tuesday.\n\nThe code sets tariffs.\n\n"
                   "Officials welcomed it.\n\nAt the referendum held on Sunday, 80 percent of voters backed the code.",
                   language="en", published=JUNE_16)
    assert events(extract_events(doc)) == [(date(2026, 6, 16), "decree")]
