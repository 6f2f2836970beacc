"""What the reports of each event group are, kept part by part of core_document_events (for event_groups.py).

A group (event_date, event_type) is described by a list with an entry for each part holding some of its reports,
in the parts' order: (part name, the sum of its reports' hashes there, their count), where a report's hash is of
the columns the merge reads and of its place among the group's reports of that part. The sums of a part whose
file has the size and (settled) time it had last run are kept, not taken again: a run that adds a WARC file hashes that
file's part only (hashing every report each run cost 0.25 s at the 100,000-page testbed's 90,000 reports).

Two lists tell event_groups.py what to do with a group:
- equal: the group is as it was;
- the old list's entries, but for its last, come first in the new one unchanged, and the last is the same part
  with its first reports as they were (`prefix`: the sum over as many reports as the old entry counted): the
  group only got reports after the old ones (a new WARC file's part, or rows appended to a part), and those can
  be merged into its events; `extended_from` gives how many reports it had;
- anything else: the group is merged again whole.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from pipeline.storage import duckdb_session
from pipeline.storage.fingerprint import file_stamp, stamp_trusted
from pipeline.storage.parts import duckdb_files, duckdb_source, part_files, row_starts

Key = tuple  # (event_date, event_type)
Entry = tuple  # (part name, sum of hashes as text, count)


@dataclass
class ReportDigests:
    groups: dict[Key, list[Entry]]  # in (event_date, event_type) order
    prefixes: dict[tuple[str, Key], str]  # (part, group) -> the sum over the reports the old entry counted
    parts: dict[str, list]  # for the next run: name -> [size, mtime_ns, taken_at_ns, [[date, type, sum, count], ...]]
    unique: bool  # the report ids are unique
    files: list[Path]

    def extended_from(self, key: Key, old: list[Entry]) -> int:
        """How many reports the group had when its list was `old`, if it only got reports after them; else 0."""
        new = self.groups.get(key) or []
        if not old or len(new) < len(old) or new[:len(old) - 1] != old[:-1]:
            return 0
        part, old_sum, old_count = old[-1]
        name, new_sum, count = new[len(old) - 1]
        if name != part or count < old_count:
            return 0
        if (new_sum if count == old_count else self.prefixes.get((part, key))) != old_sum:
            return 0  # the part's first reports of the group are not those merged before
        total_old = sum(n for _, _, n in old)
        return total_old if sum(n for _, _, n in new) > total_old else 0

    def rows(self, keys: set[Key], skip: dict[Key, int] | None = None) -> dict[Key, np.ndarray]:
        """The reports of these groups: their row numbers in the table read whole, in its order, but a group's first
        `skip[key]` (an extended group's reports merged before). Only the parts holding the others are read: a run
        that adds a WARC file reads its part only."""
        skip = skip or {}
        names = set()
        for key in keys:
            before = 0
            for name, _, count in self.groups.get(key, ()):
                if before + count > skip.get(key, 0):
                    names.add(name)
                before += count
        starts = row_starts(self.files)
        selects = [f"SELECT event_date, event_type, {starts[i]} + file_row_number AS rn "
                   f"FROM {duckdb_files([file], file_row_number=True)}"
                   for i, file in enumerate(self.files) if file.name in names]
        if not selects:
            return {}
        con = duckdb_session.cursor()
        try:
            con.register("wanted", pa.table({"event_date": pa.array([k[0] for k in keys], pa.date32()),
                                             "event_type": pa.array([k[1] for k in keys], pa.string())}))
            found = con.sql(f"SELECT event_date, event_type, list(rn ORDER BY rn) AS rns "
                            f"FROM ({' UNION ALL '.join(selects)}) JOIN wanted USING (event_date, event_type) "
                            f"GROUP BY event_date, event_type").to_arrow_table()
        finally:
            con.close()
        rows = {}
        for day, kind, rns in zip(found["event_date"].to_pylist(), found["event_type"].to_pylist(), found["rns"]):
            key = (day, kind)
            # the group's reports in the parts not read are all among the first skip[key]: the others were read
            unread = sum(count for name, _, count in self.groups.get(key, ()) if name not in names)
            rows[key] = rns.values.to_numpy()[skip.get(key, 0) - unread:]
        return rows


def groups_of(parts: dict[str, list]) -> dict[Key, list[Entry]]:
    """The groups' lists recorded in a state's `parts` (in the parts' order)."""
    groups: dict[Key, list[Entry]] = {}
    for name, (*_, sums) in parts.items():
        for day, kind, total, count in sums:
            groups.setdefault((_date(day), kind), []).append((name, total, count))
    return dict(sorted(groups.items(), key=lambda item: (item[0][0] is None, item[0])))


def report_digests(reports_path: Path, columns: list[str], known: dict[str, list]) -> ReportDigests:
    """The groups' lists of the reports table (a file or a folder of parts) now; `known`: the `parts` of the
    last run (name -> file_stamp and sums), whose sums are kept for files of the same size and settled time."""
    files = [f for f in (part_files(reports_path) if Path(reports_path).is_dir() else [Path(reports_path)])
             if f.exists()]
    parts, prefixes = {}, {}
    con = duckdb_session.cursor()
    try:
        for file in files:
            stamp = file_stamp(file)
            before = known.get(file.name)
            if stamp_trusted(before, stamp):
                parts[file.name] = before
                continue
            sums = _part_sums(con, file, columns, {(_date(d), t): n for d, t, _, n in (before or [0, 0, 0, []])[3]})
            parts[file.name] = [*stamp, [[_iso(d), t, s, n] for d, t, s, n, _ in sums]]
            prefixes.update({(file.name, (d, t)): p for d, t, _, _, p in sums})
        total, distinct = (con.sql(f"SELECT count(*), count(DISTINCT document_event_id) "
                                   f"FROM {duckdb_source(reports_path)}").fetchall()[0] if files else (0, 0))
    finally:
        con.close()
    return ReportDigests(groups_of(parts), prefixes, parts, total == distinct, files)


def _part_sums(con: duckdb.DuckDBPyConnection, file: Path, columns: list[str],
               old_counts: dict[Key, int]) -> list[tuple]:
    """(date, type, sum, count, prefix) of each group in one part; prefix: the sum over its first reports, as
    many as `old_counts` says the part had."""
    con.register("before", pa.table({"event_date": pa.array([k[0] for k in old_counts], pa.date32()),
                                     "event_type": pa.array([k[1] for k in old_counts], pa.string()),
                                     "old_n": pa.array(list(old_counts.values()), pa.int64())}))
    listed = ", ".join(f'"{c}"' for c in columns)
    rows = con.sql(f"""
        WITH hashed AS (
            SELECT event_date, event_type, hash({listed}) AS hc,
                   row_number() OVER (PARTITION BY event_date, event_type ORDER BY file_row_number) - 1 AS i
            FROM {duckdb_files([file], file_row_number=True)})
        SELECT event_date, event_type, CAST(sum(hash(hc, i)) AS VARCHAR), count(*),
               CAST(sum(hash(hc, i)) FILTER (WHERE i < coalesce(b.old_n, 0)) AS VARCHAR)
        FROM hashed LEFT JOIN before b USING (event_date, event_type)
        GROUP BY event_date, event_type ORDER BY event_date, event_type""").fetchall()
    con.unregister("before")
    return rows


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
