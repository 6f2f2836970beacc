"""The events a run extends, put back for the merge by what a new report is compared with (for event_groups.py).

A new report joins the first event of its (date, type) that takes it: no member of the same document, no other
place, the same two people met (English meetings), and words similar enough to every member's. So an event
merged before is put back as the number of its reports, their documents, places and pairs, read in DuckDB from
its reports' rows, not as one Python dict a report: at the 100,000-page testbed a new WARC file's reports reach
groups holding 80,000 reports, of which a run compares a new one with few. The members' words (title and trigger,
with their language) are read into Arrow with the rest and made Python strings only for the groups whose events a
new report is compared with by words. An event's copies of one text (a report reprinted, captured twice) are one
text: its words decide as one. And its documents are only asked about the new reports': a report does not join an
event holding a report of its own document, and the new reports' documents are all that is looked up.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection

import numpy as np
import pyarrow as pa

from pipeline.nlp.merge import met_pair
from pipeline.storage import duckdb_session
from pipeline.storage.parts import duckdb_files, part_files, row_starts


class NotInEvents(Exception):
    """A report merged before is in no event of core_event_documents."""


@dataclass
class SeededEvent:
    event_id: str
    key: tuple  # (event_date, event_type)
    count: int
    documents: list[str]  # those of the documents asked about (seeded_events) it holds
    places: list[str]
    pairs: list[frozenset[str]]
    texts: Callable[[], list[tuple[str, str]]]  # its reports' distinct (language, merge.report_text), in order


def seeded_events(reports_path: Path, rows: np.ndarray, links: pa.Table,
                  documents: Collection[str] | None = None) -> list[SeededEvent]:
    """The events of the reports at these rows (row numbers in the table read whole), in the order their first
    reports come; `links`: core_event_documents (event_id, document_event_id). `documents`: the documents of the
    reports about to be merged (None: every document), the only ones an event's `documents` lists."""
    rows = np.sort(rows)
    files = part_files(reports_path) or [Path(reports_path)]
    starts = row_starts(files)
    owners = np.unique(np.searchsorted(starts, rows, side="right") - 1).tolist()
    selects = " UNION ALL ".join(
        f"SELECT document_event_id, document_id, event_date, event_type, place_key, language, title, trigger, "
        f"{starts[i]} + file_row_number AS rn FROM {duckdb_files([files[i]], file_row_number=True)}" for i in owners)
    con = duckdb_session.cursor()
    try:
        con.register("wanted", pa.table({"rn": pa.array(rows, pa.int64())}))
        con.register("links", links.select(["event_id", "document_event_id"]))
        asked = "TRUE"
        if documents is not None:
            con.register("asked", pa.table({"document_id": pa.array(sorted(set(documents)), pa.string())}))
            asked = "document_id IN (SELECT document_id FROM asked)"
        con.execute(f"CREATE TEMP TABLE seeded AS SELECT r.*, l.event_id FROM ({selects}) r JOIN wanted USING (rn) "
                    f"LEFT JOIN links l USING (document_event_id)")
        missing, found = con.execute("SELECT count(*) FILTER (WHERE event_id IS NULL), count(*) FROM seeded").fetchone()
        if missing or found != len(rows):
            raise NotInEvents(f"{missing or len(rows) - found} of {len(rows)} reports merged before are in no event")
        summaries = con.execute(f"""
            SELECT event_id, any_value(event_date), any_value(event_type), count(*),
                   list(DISTINCT document_id) FILTER (WHERE {asked}),
                   list(DISTINCT place_key) FILTER (WHERE place_key <> ''),
                   list(title ORDER BY rn) FILTER (WHERE event_type = 'meeting' AND language = 'en'), min(rn) AS first
            FROM seeded GROUP BY event_id ORDER BY first""").fetchall()
        con.execute("CREATE TEMP TABLE seeded_texts AS SELECT event_date, event_type, event_id, language, "
                    "coalesce(title, '') || ' ' || coalesce(trigger, '') AS text, min(rn) AS first FROM seeded "
                    "GROUP BY ALL")
        texts = con.sql("SELECT event_id, language, text FROM seeded_texts "
                        "ORDER BY event_date, event_type, first").to_arrow_table()
        sizes = con.execute("SELECT event_date, event_type, count(*) FROM seeded_texts "
                            "GROUP BY event_date, event_type ORDER BY event_date, event_type").fetchall()
    finally:
        con.close()
    by_group = _GroupTexts(texts, sizes)
    return [SeededEvent(event_id, (day, kind), count, held or [], places or [],
                        [p for p in (met_pair({"event_type": kind, "language": "en", "title": t})
                                     for t in titles or ()) if p is not None],
                        by_group.of((day, kind), event_id))
            for event_id, day, kind, count, held, places, titles, _ in summaries]


class _GroupTexts:
    """The seeded reports' texts, made Python strings a group at a time, when one of its events is first asked."""

    def __init__(self, texts: pa.Table, sizes: list[tuple]):
        """`texts` (event_id, language, text): in (date, type) order; `sizes`: (date, type, rows) of each group,
        in that order."""
        self.texts = texts
        self.bounds: dict[tuple, tuple[int, int]] = {}
        start = 0
        for day, kind, size in sizes:
            self.bounds[(day, kind)] = (start, start + size)
            start += size
        self.loaded: dict[tuple, dict[str, list[tuple[str, str]]]] = {}

    def of(self, key: tuple, event_id: str) -> Callable[[], list[tuple[str, str]]]:
        return lambda: self._group(key).get(event_id, [])

    def _group(self, key: tuple) -> dict[str, list[tuple[str, str]]]:
        if key not in self.loaded:
            start, end = self.bounds[key]
            members: dict[str, list[tuple[str, str]]] = {}
            part = self.texts.slice(start, end - start)
            # column by column, as tuples: a dict a report was most of the seeding's time at 100,000 pages
            for event_id, language, text in zip(*(part.column(i).to_pylist() for i in range(3))):
                members.setdefault(event_id, []).append((language, text))
            self.loaded[key] = members
        return self.loaded[key]
