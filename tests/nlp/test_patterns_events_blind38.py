"""Event patterns the thirty-eighth and thirty-third blind sets showed missing or wrong, and their neighbours, each in
short sentences of our own (not the labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, merge_events

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)
WEDNESDAY = date(2026, 5, 13)


# --- a working group dated by the order told after it -----------------------------------------------------------------

def test_a_working_group_dated_by_the_relevant_order_in_kazakh(make_doc, events):
    doc = make_doc("Су ресурстары бойынша жұмыс тобы құрылды. Тиісті бұйрыққа кеше, 13 мамырда, қол қойылды.",
                   language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "working_group")]


def test_a_working_group_dated_by_the_corresponding_order_in_russian(make_doc, events):
    doc = make_doc("Создана рабочая группа по реформе местного бюджета. Соответствующее распоряжение подписано в "
                   "среду.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "working_group")]


def test_a_working_group_with_no_order_after_it_is_the_reports_day(make_doc, events):
    doc = make_doc("Су ресурстары бойынша жұмыс тобы құрылды. Топқа он бес сарапшы енді.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(THURSDAY, "working_group")]


# --- a text printed in today's issue ----------------------------------------------------------------------------------

def test_a_law_printed_in_todays_issue_in_the_singular(make_doc, events):
    doc = make_doc("Президент вчера подписал закон о государственных закупках. Текст закона публикуется в "
                   "сегодняшнем номере газеты.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "law_signed"), (THURSDAY, "publication")]


# --- students met too, with the particle "де" -------------------------------------------------------------------------

def test_students_met_too_the_same_day_in_kazakh(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Нұрлан Ахметов ауыл тұрғындарымен кездесті.\n\nСол күні Нұрлан Ахметов колледж "
                   "студенттерімен де кездесті.", language="kk", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "public_discussion"), (WEDNESDAY, "public_discussion")]


def test_a_named_person_met_too_stays_a_meeting(make_doc, events):
    doc = make_doc("Кеше аудан әкімі Нұрлан Ахметов министр Дана Сейітовамен де кездесті.", language="kk",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


# --- sittings counted -------------------------------------------------------------------------------------------------

def test_sittings_counted_in_a_report_are_no_sitting(make_doc, events):
    doc = make_doc("Вчера Президент принял председателя совета Армана Сеитова. Ему доложили о работе девяти "
                   "заседаний комиссии.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "meeting")]


def test_an_ordinal_sitting_stays_a_sitting(make_doc, events):
    doc = make_doc("Вчера прошло девятое заседание Конституционной комиссии.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "commission_meeting")]


# --- a text handed in person to "him" ---------------------------------------------------------------------------------

def test_a_report_handed_to_him_the_same_day(make_doc, events):
    doc = make_doc("Вчера Глава государства подписал указ о национальном совете. В тот же день председатель совета "
                   "Арман Сеитов вручил ему итоговый доклад.", published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree"), (WEDNESDAY, "meeting")]


def test_a_text_a_body_passed_to_him_is_no_meeting(make_doc, events):
    doc = make_doc("Указ Глава государства подписал вчера, после того как совет передал ему доработанный доклад.",
                   published=MAY_14)
    assert events(extract_events(doc)) == [(WEDNESDAY, "decree")]


# --- reports whose words differ in their endings ----------------------------------------------------------------------

def test_two_reports_of_one_hand_over_merge_by_their_stems(make_doc):
    one = make_doc("Вчера Президент принял председателя национального совета Армана Сеитова.", published=MAY_14,
                   title="Главе государства вручен итоговый доклад", document_id="a")
    other = make_doc("Вчера Президент подписал указ о совете. В тот же день председатель национального совета Арман "
                     "Сеитов вручил ему итоговый доклад.", published=MAY_14, document_id="b")
    meetings = [e for e in extract_events(one) + extract_events(other) if e["event_type"] == "meeting"]
    merged, _ = merge_events(meetings)
    assert len(meetings) == 2 and len(merged) == 1


def test_two_meetings_with_other_words_stay_apart(make_doc):
    one = make_doc("Вчера Президент принял министра финансов Армана Сеитова.", published=MAY_14, document_id="a",
                   title="Министр финансов доложил о бюджете")
    other = make_doc("Вчера Президент принял посла Японии в Казахстане.", published=MAY_14, document_id="b",
                     title="Посол Японии вручил верительные грамоты")
    merged, _ = merge_events(extract_events(one) + extract_events(other))
    assert len(merged) == 2
