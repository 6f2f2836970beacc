"""Patterns the thirteenth blind set showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from datetime import date

import pytest

from pipeline.nlp import extract_events, extract_statements

FEB_3 = "2026-02-03T12:00:00+05:00"  # a Tuesday
TUESDAY, MONDAY, SUNDAY = date(2026, 2, 3), date(2026, 2, 2), date(2026, 2, 1)


# --- statements ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a clause of its own joined by "и", "а", "но" before "по мнению X": the statement is what follows
    ("Бюджету отведена отдельная глава, и, по мнению экономиста Армана Ли, именно она станет главной темой осени.",
     [("Арман Ли", "именно она станет главной темой осени")]),
    ("Сроки сжатые, но, по словам юриста Марата Кима, комиссия успеет всё обсудить.",
     [("Марат Ким", "комиссия успеет всё обсудить")]),
    # the words before the inserted attribution that are only a subject still belong to the statement
    ("Бюджет области на следующий год и на плановый период, по словам министра Марата Кима, будет исполнен.",
     [("Марат Ким", "Бюджет области на следующий год и на плановый период, по словам министра Марата Кима, будет исполнен")]),
])
def test_ru_po_mneniyu_after_a_joined_clause(make_doc, text, expected, pairs):
    doc = make_doc(text, language="ru", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


def test_kk_a_reported_clause_before_a_converb_of_speech(make_doc, pairs):
    # "… екенін айтып, … ұсынды": what was said is the clause; the proposal after the comma is no statement
    doc = make_doc("Әкім Ерлан Досанов ауылдарға жаңа мектептер керек екенін айтып, бюджетті қайта қарауды ұсынды.",
                   language="kk", published=FEB_3)
    assert pairs(extract_statements(doc)) == [("Ерлан Досанов", "ауылдарға жаңа мектептер керек")]


def test_kk_a_quoted_question_announced_by_a_colon_ends_its_sentence(make_doc, pairs):
    doc = make_doc("Сауалнамадағы сұрақ мынадай: «Сіз реформаны қолдайсыз ба?» Досановтың сөзінше, бұл сұрақ түсінікті.\n\n"
                   "Бұл туралы заңгер Ерлан Досанов айтты.", language="kk", published=FEB_3)
    assert ("Ерлан Досанов", "бұл сұрақ түсінікті") in pairs(extract_statements(doc))


def test_a_quote_then_its_dash_attribution_stays_one_sentence(make_doc, pairs):
    doc = make_doc("Он сказал так: «Мы готовы!» – добавил министр Марат Ким.", language="ru", published=FEB_3)
    assert [t for _, t in pairs(extract_statements(doc))] == ["Мы готовы!"]


@pytest.mark.parametrize("text,expected", [
    # a group answering what others said
    ("Critics say the timetable is too tight. Supporters reply that the draft has been discussed for months.",
     [("Critics", "the timetable is too tight"), ("Supporters", "the draft has been discussed for months")]),
    ("Aidos Sarsenov responded that the budget can bear it.", [("Aidos Sarsenov", "the budget can bear it")]),
    # "told" an outlet spelt with a dot, then when, then the clause
    ("Deputy Aliya Serikova told Zakon.kz after the meeting that she would vote for the bill.",
     [("Aliya Serikova", "she would vote for the bill")]),
    # the election commission by its abbreviation speaks as an organisation
    ("Turnout reached 61 percent by noon, the CEC said.", [("CEC", "Turnout reached 61 percent by noon")]),
])
def test_en_reply_told_an_outlet_and_the_cec(make_doc, text, expected, pairs):
    doc = make_doc(text, language="en", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


# --- events: a date binds to the clause it is written in ------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    # a future date in another clause makes the other happening a plan, not the signing
    ("Президент подписал указ о проведении референдума, а голосование пройдет 15 марта.", "ru", [(TUESDAY, "decree")]),
    ("The President signed a decree on the referendum, and the vote will take place on March 15.", "en",
     [(TUESDAY, "decree")]),
    # a past date written in the other clause dates that clause only
    ("Комиссия провела заседание в понедельник, а Президент подписал указ о референдуме.", "ru",
     [(MONDAY, "commission_meeting"), (TUESDAY, "decree")]),
    ("President Tokayev, who received the commission's leaders on Monday, signed a decree on the referendum.", "en",
     [(TUESDAY, "decree")]),
    # a day opening the sentence rules both clauses
    ("Вчера комиссия провела заседание, а Президент подписал указ о референдуме.", "ru",
     [(MONDAY, "commission_meeting"), (MONDAY, "decree")]),
])
def test_a_date_dates_the_trigger_of_its_own_clause(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == expected


@pytest.mark.parametrize("text,language", [
    ("Сегодня Президент принял председателя комиссии.\n\nВчера комиссия провела заседание.\n\nЧлены комиссии одобрили "
     "текст.\n\nПосле встречи Президент подписал указ о проведении референдума.", "ru"),
    ("President Tokayev received Aliya Serikova, the chair of the commission.\n\nThe Constitutional Commission met on Monday.\n\n"
     "Its members approved the text.\n\nAfter the meeting, the President signed a decree on the referendum.", "en"),
])
def test_after_the_meeting_is_the_day_of_the_meeting_not_of_the_last_date(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert (TUESDAY, "decree") in events(extract_events(doc))
    assert (MONDAY, "decree") not in events(extract_events(doc))


# --- events: a vote narrated beside its results ---------------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    # an adverb of manner or place between the vote and its verb
    ("Кеше елімізде референдум тыныш өтті.", "kk", [(MONDAY, "referendum")]),
    ("Жексенбі күні сайлау бүкіл елде ұйымдасқан түрде өтті.", "kk", [(SUNDAY, "election")]),
    # citizens going to the polling stations
    ("Жексенбі күні қала тұрғындары таңертеңнен сайлау учаскелеріне барды.", "kk", [(SUNDAY, "election")]),
])
def test_kk_the_vote_narrated(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3, title="Мәслихат сайлауы")
    assert events(extract_events(doc)) == expected


def test_kk_a_noun_between_is_another_subject(make_doc, events):
    doc = make_doc("Кеше референдум кезінде жиналыс өтті.", language="kk", published=FEB_3)
    assert "referendum" not in [t for _, t in events(extract_events(doc))]


def test_kk_the_vote_named_by_a_participle_in_a_results_report_is_part_of_the_results(make_doc, events):
    doc = make_doc("Орталық сайлау комиссиясы бүгін сайлаудың алдын ала қорытындысын жариялады. Бұл – жаңа мәслихатқа "
                   "өткен алғашқы сайлау.", language="kk", published=FEB_3)
    assert events(extract_events(doc)) == [(TUESDAY, "results")]


# --- events: a working group set up, members meeting students, a briefing after a session ---------------------------

def test_en_a_working_group_for_a_purpose_set_up(make_doc, events):
    doc = make_doc("A working group to draft the new election code was set up on Monday by an order of the President.",
                   language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "working_group")]


def test_en_members_of_the_commission_meeting_students_is_a_public_discussion(make_doc, events):
    doc = make_doc("On Monday, members of the Commission met students of the law faculty to discuss the draft.",
                   language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "public_discussion")]


def test_en_a_briefing_held_after_a_session_is_two_events(make_doc, events):
    doc = make_doc("The commission's deputy chair held a briefing on Monday evening, following another session of the "
                   "Commission.", language="en", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "briefing"), (MONDAY, "commission_meeting")]


# --- events: "Also on Tuesday" opens a further item of a digest ------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Вчера аким встретился с жителями Караганды.\n\nРечь шла о новой Конституции.\n\nВопросов было много.\n\n"
     "Также в воскресенье встреча с жителями прошла в Темиртау.", "ru"),
    ("The akim met with residents of Karaganda yesterday.\n\nThey discussed the new Constitution.\n\nThere were many "
     "questions.\n\nAlso on Sunday, a meeting with residents of Temirtau took place.", "en"),
])
def test_also_on_a_day_past_the_lead_is_a_further_item(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(SUNDAY, "public_discussion"), (MONDAY, "public_discussion")]


@pytest.mark.parametrize("text,language,expected", [
    ("В воскресенье жители области пришли на избирательные участки.", "ru", [(SUNDAY, "referendum")]),
    ("Residents of the region went to the polls on Sunday.", "en", [(SUNDAY, "referendum")]),
])
def test_residents_going_to_the_polls_is_the_vote(make_doc, text, language, expected, events):
    doc = make_doc(text, language=language, published=FEB_3, title="Referendum / Референдум")
    assert events(extract_events(doc)) == expected


def test_the_same_day_is_the_day_of_the_event_told_just_before(make_doc, events):
    # the reception told just before is undated (the report's day); the sitting dated the day before is further back
    doc = make_doc("Накануне комиссия провела заседание. Президент принял председателя комиссии Эльвиру Азимову. "
                   "В тот же день он подписал указ о проведении референдума.", language="ru", published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "commission_meeting"), (TUESDAY, "decree"), (TUESDAY, "meeting")]


@pytest.mark.parametrize("text,title,expected", [
    ("The referendum passed without major incidents on Sunday.", "Kazakhstan votes in referendum",
     [(SUNDAY, "referendum")]),
    ("Voting went off smoothly on Sunday, observers said.", "Maslikhat elections held", [(SUNDAY, "election")]),
])
def test_en_how_the_voting_day_went_narrates_the_vote(make_doc, text, title, expected, events):
    doc = make_doc(text, language="en", published=FEB_3, title=title)
    assert events(extract_events(doc)) == expected


# --- statements: the attribution inside a sentence, after a clause of its own ----------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Бұл бөлім қысқа, ал заңгер Ерлан Досановтың пікірінше, дәл осы бөлім көп дау туғызады.", "kk",
     [("Ерлан Досанов", "дәл осы бөлім көп дау туғызады")]),
    ("The section is short, but in the view of lawyer Timur Abenov, it will cause the most disputes.", "en",
     [("Timur Abenov", "it will cause the most disputes")]),
    ("The section is short, and according to lawyer Timur Abenov, it will cause the most disputes.", "en",
     [("Timur Abenov", "it will cause the most disputes")]),
    ("Раздел короткий, однако, как считает юрист Тимур Абенов, именно он вызовет больше всего споров.", "ru",
     [("Тимур Абенов", "именно он вызовет больше всего споров")]),
])
def test_the_attribution_after_a_joined_clause(make_doc, text, language, expected, pairs):
    doc = make_doc(text, language=language, published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


@pytest.mark.parametrize("text,expected", [
    # two clauses said, joined by the converb of the first verb of speech
    ("Депутат Ерлан Досанов реформа уақтылы екенін атап өтіп, заң жобасын қолдайтынын мәлімдеді.",
     [("Ерлан Досанов", "реформа уақтылы"), ("Ерлан Досанов", "заң жобасын қолдайтынын")]),
    # a nominalised clause before the converb, then another act
    ("Әкім Ерлан Досанов жаңа мектеп күзде ашылатынын айтып, құрылысшыларға алғыс айтты.",
     [("Ерлан Досанов", "жаңа мектеп күзде ашылатынын")]),
    # supporters of something as a collective speaker
    ("Реформаны қолдаушылар мерзім жеткілікті болғанын айтады.", [("Реформаны қолдаушылар", "мерзім жеткілікті болғанын")]),
])
def test_kk_converbs_of_speech_and_supporters(make_doc, text, expected, pairs):
    doc = make_doc(text, language="kk", published=FEB_3)
    assert pairs(extract_statements(doc)) == expected


# --- events: a working group for a purpose set up, a briefing beside a sitting named ---------------------------------

@pytest.mark.parametrize("text,language", [
    ("Рабочая группа по подготовке нового избирательного кодекса создана в понедельник распоряжением Президента.", "ru"),
    ("Жаңа сайлау кодексін әзірлеу жөніндегі жұмыс тобы дүйсенбі күні Президенттің өкімімен құрылды.", "kk"),
])
def test_a_working_group_for_a_purpose_set_up(make_doc, text, language, events):
    doc = make_doc(text, language=language, published=FEB_3)
    assert events(extract_events(doc)) == [(MONDAY, "working_group")]


def test_ru_a_sitting_trigger_does_not_swallow_the_briefing_between(make_doc, events):
    # "комиссии провел брифинг … заседания": the words between name another event, so no sitting spans them
    doc = make_doc("Заместитель председателя комиссии провел брифинг в понедельник вечером после заседания комиссии.",
                   language="ru", published=FEB_3)
    assert (MONDAY, "briefing") in events(extract_events(doc))
