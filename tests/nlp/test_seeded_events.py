"""Events merged before, put back for the merge by what a new report is compared with
(pipeline/nlp/seeded_events.py)."""
import random
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.metadata.statements import CORE_DOCUMENT_EVENTS
from pipeline.nlp.aggregate import events_tables
from pipeline.nlp.seeded_events import NotInEvents, seeded_events
from pipeline.storage.parquet import write_rows
from tests.nlp.test_merge_incremental import _document


def _report(number, document, kind="meeting", language="en", place="ast", title="", day=date(2026, 3, 2)):
    return {"document_event_id": f"dev-{number}", "document_id": document, "event_date": day, "event_type": kind,
            "title": title, "location": "", "place_key": place, "organiser": "", "participants": [],
            "language": language, "source": "s", "trigger": "met", "char_start": 0, "char_end": 1,
            "confidence": 0.8, "is_sample": False}


def test_an_event_is_its_count_documents_places_and_pairs(tmp_path):
    reports = [_report(1, "d1", title="Abdirov met with Johanna Lindqvist"),
               _report(2, "d2", place="", title="Lindqvist met Nurlan Abdirov"),
               _report(3, "d3", kind="referendum", language="ru", place="", title="Референдум")]
    path = tmp_path / "reports.parquet"
    write_rows(path, CORE_DOCUMENT_EVENTS, reports)
    links = pa.table({"event_id": ["ev-a", "ev-a", "ev-b"], "document_event_id": ["dev-1", "dev-2", "dev-3"]})
    events = seeded_events(path, np.array([2, 0, 1]), links)
    assert [(e.event_id, e.count, sorted(e.documents), e.places) for e in events] == [
        ("ev-a", 2, ["d1", "d2"], ["ast"]), ("ev-b", 1, ["d3"], [])]
    assert events[0].pairs == [frozenset({"abdirov", "lindqvist"})] * 2
    assert events[0].texts() == [("en", "Abdirov met with Johanna Lindqvist met"),
                                 ("en", "Lindqvist met Nurlan Abdirov met")]  # title and trigger, as report_text


def test_an_event_lists_only_the_documents_asked_about_and_each_text_once(tmp_path):
    reports = [_report(1, "d1", title="Abdirov met with Johanna Lindqvist"),
               _report(2, "d2", title="Abdirov met with Johanna Lindqvist"),  # a reprint: the same words
               _report(3, "d3", title="Lindqvist met Nurlan Abdirov"),
               _report(4, "d4", kind="referendum", language="ru", place="", title="Референдум")]
    path = tmp_path / "reports.parquet"
    write_rows(path, CORE_DOCUMENT_EVENTS, reports)
    links = pa.table({"event_id": ["ev-a"] * 3 + ["ev-b"], "document_event_id": [f"dev-{n}" for n in range(1, 5)]})
    events = seeded_events(path, np.arange(4), links, documents={"d2", "d9"})
    assert [(e.event_id, e.count, e.documents) for e in events] == [("ev-a", 3, ["d2"]), ("ev-b", 1, [])]
    assert events[0].texts() == [("en", "Abdirov met with Johanna Lindqvist met"),
                                 ("en", "Lindqvist met Nurlan Abdirov met")]
    assert len(events[0].pairs) == 3  # who met whom is read from every report


def test_events_come_in_the_order_of_their_first_reports_across_parts(tmp_path):
    rng = random.Random(9)
    reports = [r for n in range(40) for r in _document(rng, f"doc-{n}", 0)[0]]
    folder = tmp_path / "reports.parquet"
    folder.mkdir()
    half = len(reports) // 2
    write_rows(folder / "a.parquet", CORE_DOCUMENT_EVENTS, reports[:half])
    write_rows(folder / "b.parquet", CORE_DOCUMENT_EVENTS, reports[half:])
    events, links = events_tables(folder)
    links = pa.Table.from_pylist(links)
    rows = np.arange(len(reports))
    seeded = seeded_events(folder, rows, links)
    event_of = dict(zip(links["document_event_id"].to_pylist(), links["event_id"].to_pylist()))
    first_seen = list(dict.fromkeys(event_of[r["document_event_id"]] for r in reports))
    assert [e.event_id for e in seeded] == first_seen
    assert sum(e.count for e in seeded) == len(reports)
    assert {e.event_id: e.count for e in seeded} == {e["event_id"]: e["document_count"] for e in events}


def test_a_report_in_no_event_is_an_error(tmp_path):
    path = tmp_path / "reports.parquet"
    write_rows(path, CORE_DOCUMENT_EVENTS, [_report(1, "d1"), _report(2, "d2")])
    links = pa.table({"event_id": ["ev-a"], "document_event_id": ["dev-1"]})
    with pytest.raises(NotInEvents, match="1 of 2"):
        seeded_events(path, np.array([0, 1]), links)


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
