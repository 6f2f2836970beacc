"""Events merged before, kept between runs and put back for the merge by what a new report is compared with
(pipeline/nlp/seeded_events.py)."""
from datetime import date

import pyarrow as pa
import pytest

from pipeline.nlp.seeded_events import NotInEvents, Seeds, made_row, rows_table, save

DAY = date(2026, 3, 2)


def _report(number, document, kind="meeting", language="en", place="ast", title="", day=DAY):
    return {"document_event_id": f"dev-{number}", "document_id": document, "event_date": day, "event_type": kind,
            "title": title, "location": "", "place_key": place, "organiser": "", "participants": [],
            "language": language, "source": "s", "trigger": "met", "char_start": 0, "char_end": 1,
            "confidence": 0.8, "is_sample": False}


def test_an_event_is_kept_as_its_count_places_meeting_titles_and_distinct_texts():
    row = made_row("ev-a", (DAY, "meeting"), [
        _report(1, "d1", title="Abdirov met with Johanna Lindqvist"),
        _report(2, "d2", place="", title="Abdirov met with Johanna Lindqvist"),  # a reprint: the same words
        _report(3, "d3", title="Lindqvist met Nurlan Abdirov", language="en")])
    assert (row.reports, row.places) == (3, ["ast"])
    assert row.meeting_titles == ["Abdirov met with Johanna Lindqvist"] * 2 + ["Lindqvist met Nurlan Abdirov"]
    assert row.texts == [("en", "Abdirov met with Johanna Lindqvist met"),  # title and trigger, as report_text
                         ("en", "Lindqvist met Nurlan Abdirov met")]
    grown = row.extended([_report(4, "d4", place="ala", language="ru", title="Встреча")])
    assert (grown.reports, grown.places, grown.meeting_titles) == (4, ["ast", "ala"], row.meeting_titles)
    assert grown.texts == [*row.texts, ("ru", "Встреча met")]
    assert row.reports == 3  # the kept row is left as it was


def _kept(tmp_path, token="t1"):
    rows = [(0, made_row("ev-a", (DAY, "meeting"), [_report(1, "d1", title="Abdirov met with Johanna Lindqvist"),
                                                       _report(2, "d2", title="Lindqvist met Nurlan Abdirov")])),
            (1, made_row("ev-b", (DAY, "meeting"), [_report(3, "d3", place="", title="Talks")])),
            (0, made_row("ev-c", (DAY, "referendum"), [_report(4, "d4", kind="referendum", language="ru")]))]
    path = tmp_path / "events_and_people.seeds.arrow"
    save(path, rows_table(rows[::-1]), token)  # kept in each group's order, whatever order they are given in
    return path


def test_the_events_of_the_groups_asked_come_back_in_their_order_with_the_new_reports_documents(tmp_path):
    links = pa.table({"event_id": ["ev-a", "ev-a", "ev-b", "ev-c"], "document_id": ["d1", "d2", "d3", "d4"]})
    seeds = Seeds.load(_kept(tmp_path), "t1")
    events = seeds.events({(DAY, "meeting"): 3}, links, documents={"d2", "d3", "d4", "d9"})
    assert [(e.event_id, e.count, e.documents, e.places) for e in events] == [
        ("ev-a", 2, ["d2"], ["ast"]), ("ev-b", 1, ["d3"], [])]  # ev-c is of another group: not asked
    assert events[0].pairs == [frozenset({"abdirov", "lindqvist"})] * 2
    assert events[1].texts() == [("en", "Talks met")] and events[0].texts()[0][0] == "en"
    assert seeds.row("ev-b").extended([]) == seeds.row("ev-b")
    assert seeds.kept(lambda key: key[1] == "meeting")["event_id"].to_pylist() == ["ev-c"]


def test_kept_events_that_do_not_hold_the_reports_merged_before_are_an_error(tmp_path):
    seeds = Seeds.load(_kept(tmp_path), "t1")
    links = pa.table({"event_id": ["ev-a"], "document_id": ["d1"]})
    with pytest.raises(NotInEvents, match="1 groups"):
        seeds.events({(DAY, "meeting"): 4}, links, documents=set())
    with pytest.raises(NotInEvents):  # a group the file has no event of
        seeds.events({(DAY, "address"): 1}, links, documents=set())


@pytest.mark.parametrize("damage", ["missing", "another run's", "corrupt"])
def test_a_kept_file_that_is_not_the_states_is_not_used(tmp_path, damage):
    path = _kept(tmp_path, token="t1")
    token = "t1"
    if damage == "missing":
        path.unlink()
    elif damage == "another run's":
        token = "t2"
    else:
        path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(NotInEvents):
        Seeds.load(path, token)


def _table(number, document, language, title):
    return _report(number, document, kind="round_table", language=language, place="", title=title)


def test_a_seeded_event_reads_the_words_of_its_reports_in_the_new_reports_language_only():
    from pipeline.nlp.merge import EventMerger, report_text

    members = [_table(1, "d1", "ru", "Круглый стол о проекте Конституции в университете"),
               _table(2, "d2", "en", "Round table on the draft Constitution at the university")]
    asked = []

    def texts():
        asked.append(1)
        return [(m["language"], report_text(m)) for m in members]

    merger = EventMerger()
    seeded = merger.seed((date(2026, 3, 2), "round_table"), 2, ["d1", "d2"], [], [], texts)
    joined = merger.add(_table(3, "d3", "en", "A round table on the draft Constitution at the university"))
    assert joined is seeded and asked == [1]
    cluster = merger._by_key[(date(2026, 3, 2), "round_table")][0]
    assert set(cluster.words_by_language) == {"en"}  # the Russian report's words were not made
    # a report in the other language is compared with that language's members, read then
    assert merger.add(_table(4, "d4", "ru", "Круглый стол о проекте Конституции в университете")) is seeded
    assert set(cluster.words_by_language) == {"en", "ru"}
    # and one in English whose words are far from every English member's starts an event of its own
    assert merger.add(_table(5, "d5", "en", "Parliament budget hearing")) is not seeded
