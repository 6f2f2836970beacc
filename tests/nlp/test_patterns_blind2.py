"""Patterns the second blind set showed missing, each in short sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements


# --- names ---------------------------------------------------------------------------------------------------

def test_ru_names_back_in_the_nominative_with_the_first_names_gender(make_doc, pairs):
    doc = make_doc("По словам депутата Ерлана Мусина, закон примут весной.\n\n"
                   "Учительница Сауле Тасова сказала, что пришла голосовать с семьей.")
    assert pairs(extract_statements(doc)) == [("Ерлан Мусин", "закон примут весной"),
                                               ("Сауле Тасова", "пришла голосовать с семьей")]


# --- Russian -------------------------------------------------------------------------------------------------

def test_ru_head_of_state_and_collective_with_an_adjective(make_doc, pairs):
    doc = make_doc("Президент Касым-Жомарт Токаев принял министра Арман Сеитова.\n\n"
                   "Министр Арман Сеитов доложил, что работа идет по плану.\n\n"
                   "Глава государства также отметил важность контроля на местах.\n\n"
                   "Иностранные наблюдатели, побывавшие в трех областях, отметили, что нарушений не было.")
    assert pairs(extract_statements(doc))[1:] == [
        ("Касым-Жомарт Токаев", "важность контроля на местах"),
        ("Иностранные наблюдатели", "нарушений не было"),
    ]


def test_ru_two_reported_clauses_and_a_long_inserted_clause(make_doc, pairs):
    doc = make_doc("Министр Арман Сеитов напомнил, что закон уже принят, и заверил, что сроки не сдвинутся.\n\n"
                   "Депутат Иван Петров, выступая на сессии в Астане, где обсуждали бюджет, сообщил, что дефицит "
                   "снизится.\n\n"
                   "Критики, в том числе юристы, с которыми мы говорили, возражают, что норма слишком размыта.")
    assert pairs(extract_statements(doc)) == [
        ("Арман Сеитов", "закон уже принят"), ("Арман Сеитов", "сроки не сдвинутся"),
        ("Иван Петров", "дефицит снизится"), ("Критики", "норма слишком размыта"),
    ]


# --- Kazakh --------------------------------------------------------------------------------------------------

def test_kk_dash_inside_dialogue_and_a_converb_clause_before_the_report(make_doc, pairs):
    doc = make_doc("– Бұл – маңызды қадам, – деді Нұрлан Сәрсенов.\n\n"
                   "Комиссия төрайымы Әйгерім Бекова жобаны министрге табыс етіп, құжат дайын екенін мәлім етті.",
                   language="kk")
    assert pairs(extract_statements(doc)) == [("Нұрлан Сәрсенов", "Бұл – маңызды қадам"),
                                               ("Әйгерім Бекова", "құжат дайын")]


# --- English -------------------------------------------------------------------------------------------------

def test_en_told_a_gathering_apposition_and_called_for(make_doc, pairs):
    doc = make_doc("Aigerim Sadykova, deputy chair of the council, told the forum that the budget was ready.\n\n"
                   "Minister Arman Seitov told a press conference in Almaty that prices would fall.\n\n"
                   "He also called for stricter rules on lending.\n\n"
                   "Dana Omarova, a lawyer at a firm that advised the ministry, said demand among small firms "
                   "appeared stable.", language="en")
    assert pairs(extract_statements(doc)) == [
        ("Aigerim Sadykova", "the budget was ready"), ("Arman Seitov", "prices would fall"),
        ("Arman Seitov", "stricter rules on lending"), ("Dana Omarova", "demand among small firms appeared stable"),
    ]


# --- events --------------------------------------------------------------------------------------------------

def test_events_reception_referendum_day_and_joint_sitting(make_doc, events):
    doc = make_doc("Президент накануне принял в Акорде руководство Высшего совета.", published="2026-04-10T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 9), "meeting")]
    doc = make_doc("Участки, на которых сегодня проходил референдум, закрылись.", published="2026-03-15T22:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 15), "referendum")]
    doc = make_doc("В понедельник ЦИК огласил предварительные итоги воскресного референдума.",
                   published="2026-03-16T15:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 16), "results")]  # the vote only named: part of the results
    doc = make_doc("В воскресенье в стране прошел референдум. В понедельник ЦИК огласил предварительные итоги "
                   "воскресного референдума.", published="2026-03-16T15:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 15), "referendum"), (date(2026, 3, 16), "results")]
    doc = make_doc("Вчера депутаты Сената и Мажилиса собрались на совместное заседание.",
                   published="2026-07-01T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 6, 30), "parliament_session")]


def test_kk_events_past_the_lead_and_dates(make_doc, events):
    doc = make_doc("Кеше Президент министрді қабылдады.\n\nМинистр есеп берді.\n\nЕсеп толық болды.\n\n"
                   "Кездесу қорытындысы бойынша Президент Жарлыққа қол қойды.\n\n"
                   "Жарлық бүгін газетте жарияланып отыр.", language="kk", published="2026-02-12T08:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 2, 11), "decree"), (date(2026, 2, 11), "meeting"),
                                            (date(2026, 2, 12), "publication")]
    doc = make_doc("Президент кеше «Қала туралы» Конституциялық заңына қол қойды.", language="kk",
                   published="2026-05-09T09:00:00+05:00", title="Заңға қол қойылды")
    assert events(extract_events(doc)) == [(date(2026, 5, 8), "law_signed")]
    doc = make_doc("ОСК жексенбі күні өткен Мәжіліс депутаттарын сайлаудың қорытындысын жариялады.", language="kk",
                   published="2026-08-24T17:00:00+05:00", title="Сайлау қорытындысы жарияланды")
    assert events(extract_events(doc)) == [(date(2026, 8, 24), "results")]
    doc = make_doc("Жексенбі күні Мәжіліс депутаттарының сайлауы өтті. ОСК жексенбі күні өткен сайлаудың қорытындысын "
                   "жариялады.", language="kk", published="2026-08-24T17:00:00+05:00", title="Сайлау қорытындысы жарияланды")
    assert events(extract_events(doc)) == [(date(2026, 8, 23), "election"), (date(2026, 8, 24), "results")]


def test_background_mentions_are_no_events(make_doc, events):
    doc = make_doc("Проект закона опубликован для обсуждения в конце января. Юрист объясняет, что изменится.")
    assert extract_events(doc) == []
    doc = make_doc("Seitov, who spoke shortly after the decree was published, said the plan was sound.\n\n"
                   "The campaign has moved from studios to town halls and messaging apps.", language="en")
    assert extract_events(doc) == []
    doc = make_doc("Preliminary figures released on Monday put turnout in Sunday’s election at 70%.", language="en",
                   published="2026-08-24T20:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 8, 24), "results")]  # a turnout figure: part of the results
