"""The merge benchmark's rows (scripts/bench/merge_rows.py) are valid core rows that merge the way real ones do."""
from collections import Counter, defaultdict

from pipeline.metadata.statements import CORE_DOCUMENT_EVENTS, CORE_NLP_PROCESSED, CORE_STATEMENTS
from pipeline.metadata.validation import row_violations
from pipeline.nlp.merge import merge_events
from pipeline.nlp.people import build_people
from pipeline.storage.parquet import write_rows
from scripts.bench.merge_rows import MergeRows

DOCUMENTS = 2000


def test_rows_keep_their_tables_constraints(tmp_path):
    rows = defaultdict(list)
    for name, row in MergeRows(DOCUMENTS, seed=3).tables():
        rows[name].append(row)
    assert len(rows["processed"]) == DOCUMENTS
    assert 0.4 * DOCUMENTS < len(rows["events"]) < 0.6 * DOCUMENTS
    assert 1.5 * DOCUMENTS < len(rows["statements"]) < 2.5 * DOCUMENTS
    for name, table in (("events", CORE_DOCUMENT_EVENTS), ("statements", CORE_STATEMENTS),
                        ("processed", CORE_NLP_PROCESSED)):
        write_rows(tmp_path / f"{table.name}.parquet", table, rows[name])
        assert row_violations(table, tmp_path / f"{table.name}.parquet") == []


def test_reports_merge_across_languages_and_speakers_across_spellings():
    rows = defaultdict(list)
    for name, row in MergeRows(DOCUMENTS, seed=3).tables():
        rows[name].append(row)
    events, links = merge_events(rows["events"])
    assert len(rows["events"]) / 8 < len(events) < len(rows["events"]) / 2
    assert any(len(e["languages"]) == 3 for e in events)
    assert len({e["event_type"] for e in events}) == 15
    assert max(Counter(l["event_id"] for l in links).values()) > 5
    people, _ = build_people(rows["statements"])
    assert any(len(p["languages"]) == 3 for p in people)
    assert any(" " not in alias for p in people for alias in p["aliases"] if len(p["aliases"]) > 1)
