"""Event patterns the seventy-third to seventy-eighth blind sets showed missing, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_events

TUESDAY = "2026-05-19T10:00:00+05:00"  # the Sunday before is 17 May


def _events(rows):
    return sorted((str(e["event_date"]), e["event_type"]) for e in rows)


def test_the_voters_counted_in_the_genitive_went_to_the_polls(make_doc):
    doc = make_doc("Выборы в маслихат прошли спокойно.\n\nВ воскресенье около шести миллионов избирателей пришли на "
                   "участки.", published=TUESDAY)
    assert _events(extract_events(doc)) == [("2026-05-17", "election")]


def test_a_count_of_voters_without_going_to_the_polls_is_no_vote(make_doc):
    doc = make_doc("В области живут около шести миллионов избирателей.", published=TUESDAY)
    assert _events(extract_events(doc)) == []


def test_residents_took_part_actively_in_the_referendum_in_kazakh(make_doc):
    doc = make_doc("Жексенбіде Павлодар облысының тұрғындары референдумға белсене қатысты.", language="kk",
                   published=TUESDAY)
    assert _events(extract_events(doc)) == [("2026-05-17", "referendum")]


def test_kazakhs_went_to_the_polls(make_doc):
    doc = make_doc("The referendum drew long queues.\n\nKazakhs went to the polls on Sunday, with stations open until "
                   "8 p.m.", language="en", published=TUESDAY)
    assert ("2026-05-17", "referendum") in _events(extract_events(doc))


def test_results_yesterday_of_a_vote_held_on_a_weekday_in_kazakh(make_doc):
    doc = make_doc("Орталық сайлау комиссиясы кеше жексенбі күні өткен мәслихат сайлауының алдын ала қорытындысын "
                   "жариялады.\n\nКомиссия мәліметінше, сайлаушылардың 70 пайызы дауыс берді.", language="kk",
                   published=TUESDAY)
    assert ("2026-05-18", "results") in _events(extract_events(doc))
    assert ("2026-05-19", "results") not in _events(extract_events(doc))
