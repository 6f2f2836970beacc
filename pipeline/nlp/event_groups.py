"""The events of core_events and core_event_documents kept up to date group by group, for incremental.py.

merge_events compares a report only with the reports of its (event_date, event_type) group, takes a group's
reports in the archive's order (core_document_events' rows are in it: a new WARC file's last), and an event's id,
is_sample and event_documents rows come from the reports of its own group. So each run describes every group by
its reports, part by part of core_document_events (report_digests.py: a part left as it was is not read), and
that description tells what to do with the group:
- the same as the last run's: its events and event_documents rows are taken from the previous outputs;
- its first reports (as many as last time) are as they were: reports came after them, as a new WARC file's do.
  Its events are put back as the last run kept them (seeded_events.py: what a new report is compared with), and
  only the new reports go through the merge: they join those events or make new ones. Only the events that got a
  report are made again, from their previous row and their new reports (merge.extended_fields): the reports
  merged before are not read;
- anything else (a report changed, went, or came before others): the group is merged again, whole.
The outputs are then put in the order the whole merge gives, and the bytes are those it writes.

A report's is_sample is looked up by its id: with ids repeated (now or when the outputs were made) a group's
events may depend on other groups' reports, so every group is merged again.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.metadata.schema import Table
from pipeline.nlp.aggregate import with_sample_of
from pipeline.nlp.merge import (REPORT_COLUMNS, EventMerger, added_participants, event_id_of, event_rows,
                                extended_fields, person_key)
from pipeline.nlp.report_digests import groups_of, report_digests
from pipeline.nlp.seeded_events import (NotInEvents, SeededEvent, Seeds, SeedRow, made_row, new_token, rows_table,
                                        save)
from pipeline.storage.parquet import write_arrow
from pipeline.storage.parts import part_files, row_starts

REPORT_READ = [*REPORT_COLUMNS, "is_sample"]
_EVENT_ORDER = [("event_date", "ascending"), ("event_type", "ascending"), ("event_id", "ascending")]
_LINK_ORDER = [("event_id", "ascending"), ("document_id", "ascending"), ("document_event_id", "ascending")]


class StaleOutputs(Exception):
    """The state does not fit the previous outputs: merge everything."""


class EventGroups:
    """One run's view of the reports: `old` is the state the previous outputs were written with (an empty dict:
    none, merge whole); `reports_changed`: the reports file may differ from what the outputs were made from."""

    def __init__(self, reports_path: Path, outputs, old: dict, stats, reports_changed: bool, seeds_path: Path):
        self.reports_path, self.stats, self.have_old = reports_path, stats, bool(old)
        self.seeds_path, self.seeds_token = seeds_path, old.get("seeds_token")
        self.events_table, self.events_path = outputs["events"]
        self.links_table, self.links_path = outputs["event_documents"]
        self.rewritten = False
        self.final_events: pa.Table | None = None
        if not reports_changed:  # the reports are as the outputs were made from: so are the events
            self.digests, self.whole = None, False
            self.unique, self.old_parts = old.get("reports_unique"), old.get("report_parts") or {}
            return
        before = groups_of(old.get("report_parts") or {})
        self.digests = report_digests(reports_path, REPORT_READ, old.get("report_parts") or {})
        self.unique = self.digests.unique
        self.whole = not (self.have_old and old.get("reports_unique") and self.unique)
        if self.whole and self.have_old:
            stats.reason = "report ids repeated: the events merged whole"
        if self.whole:
            before = {}
        # group -> how many of its first reports were merged before (0: merge the group whole)
        self.extend: dict[tuple, int] = {}
        groups = self.digests.groups
        self.changed: set[tuple] = set(before) - set(groups)  # groups gone
        for key, entries in groups.items():
            if before.get(key) == entries:
                continue
            self.changed.add(key)
            count = self.digests.extended_from(key, before.get(key) or [])
            if count:
                self.extend[key] = count
        stats.reports = sum(n for entries in groups.values() for _, _, n in entries)
        stats.event_groups = len(groups)
        stats.event_groups_merged = len(set(groups) & self.changed)
        stats.event_groups_extended = len(self.extend)

    def write(self, name_keys: dict) -> None:
        if self.digests is None or (not self.whole and not self.changed):
            self.final_events = _read(self.events_path, self.events_table)
            return
        # a group merged whole: every report read; a group extended: its new reports, and its events put back as
        # the last run kept them (seeded_events.py), their rows taken from the previous outputs
        merged = self.digests.rows(self.changed & set(self.digests.groups), skip=self.extend)
        reports = _Reports(self.reports_path, REPORT_READ, merged)
        old_events = old_links = None
        kept_seeds = Seeds.empty()
        if self.have_old and not self.whole:
            old_events = _read(self.events_path, self.events_table)
            old_links = _read(self.links_path, self.links_table)
            kept_seeds = self._kept_seeds()
        seeds = self._seeds(kept_seeds, old_links, reports.documents()) if self.extend else {}
        # an event's is_sample by its reports' ids over every group, as a whole merge looks it up (an id repeated:
        # the last report's)
        sample_by_report = reports.sample_by_report()
        # group by group (a report is only ever compared with its group's): one group's reports are Python dicts
        # at a time (a fresh build's whole merge held every report's: the build's peak, 913 MB at 200,000 pages)
        events, links, extended, untouched, seed_rows = [], [], [], set(), []
        for key in merged:
            merger, touched = EventMerger(), {}
            seeded = {id(merger.seed(e.key, e.count, e.documents, e.places, e.pairs, e.texts)): (e.event_id, e.count)
                      for e in seeds.get(key, ())}
            for report in reports.of(key):
                members = merger.add(report)
                touched[id(members)] = members
            clusters = [c for c in touched.values() if id(c) not in seeded]
            seed_rows.extend(_seed_rows(key, merger.clusters, touched, seeded, kept_seeds))
            group_events, group_links = with_sample_of(sample_by_report, *event_rows(clusters, name_keys))
            events.extend(group_events)
            links.extend(group_links)
            extended.extend((seeded[id(c)], c) for c in touched.values() if id(c) in seeded)
            untouched.update(event_id for members, (event_id, _) in seeded.items() if members not in touched)
        self.stats.reports_merged = len(reports)
        new_events = pa.Table.from_pylist(events, schema=self.events_table.arrow_schema)
        if extended:
            grown, grown_links = _extended_events(old_events, extended, name_keys)
            new_events = pa.concat_tables([new_events, grown.cast(new_events.schema)])
            links.extend(grown_links)
        new_links = pa.Table.from_pylist(links, schema=self.links_table.arrow_schema)
        if old_events is not None:
            # kept: the events of the groups not merged again, and the seeded events no new report joined
            keys = zip(old_events["event_date"].to_pylist(), old_events["event_type"].to_pylist())
            ids = old_events["event_id"].to_pylist()
            kept = old_events.filter(pa.array([key not in self.changed or event_id in untouched
                                               for key, event_id in zip(keys, ids)], pa.bool_()))
            # and the rows of the extended events' reports merged before (_extended_events gives their new ones')
            grown = pa.array([event_id for (event_id, _), _ in extended], pa.string())
            kept_links = old_links.filter(pc.is_in(old_links["event_id"],
                                                   value_set=pa.concat_arrays([kept["event_id"].combine_chunks(),
                                                                               grown])))
            if pc.count_distinct(kept_links["event_id"]).as_py() != kept.num_rows + len(grown):
                raise StaleOutputs("core_event_documents does not fit core_events")
            new_events = pa.concat_tables([kept, new_events])
            new_links = pa.concat_tables([kept_links, new_links])
        self.final_events = new_events.sort_by(_EVENT_ORDER)
        write_arrow(self.events_path, self.events_table, self.final_events)
        write_arrow(self.links_path, self.links_table, new_links.sort_by(_LINK_ORDER))
        # the groups not merged again keep their rows, and so do the events put back that no new report joined
        self.seeds_token = new_token()
        save(self.seeds_path, pa.concat_tables([kept_seeds.kept(lambda key: key in self.changed, untouched),
                                                rows_table(seed_rows)]), self.seeds_token)
        self.rewritten = True
        self.stats.wrote("events", "event_documents")

    def _kept_seeds(self) -> Seeds:
        try:
            return Seeds.load(self.seeds_path, self.seeds_token)
        except NotInEvents as exc:
            raise StaleOutputs(str(exc)) from exc

    def _seeds(self, kept: Seeds, old_links: pa.Table, documents: set[str]) -> dict[tuple, list[SeededEvent]]:
        """The events to put back of the groups that only got new reports (`documents`: the new reports'), by
        group, each group's in the order they were made."""
        try:
            events = kept.events(self.extend, old_links, documents)
        except NotInEvents as exc:
            raise StaleOutputs(str(exc)) from exc
        by_group: dict[tuple, list[SeededEvent]] = {}
        for event in events:
            by_group.setdefault(event.key, []).append(event)
        return by_group

    def state(self) -> dict:
        parts = self.old_parts if self.digests is None else self.digests.parts
        return {"reports_unique": self.unique, "report_parts": parts, "seeds_token": self.seeds_token}


def _seed_rows(key: tuple, clusters: list[list], touched: dict[int, list], seeded: dict[int, tuple[str, int]],
               kept: Seeds) -> list[tuple[int, SeedRow]]:
    """The kept rows of a group's events that reports joined or made this run, with their place among the group's
    events (a seeded event's is the one it had: the group's events are put back in their order, first): a seeded
    event's from its kept row and the reports that joined it, a new one's from its reports."""
    rows = []
    for position, members in enumerate(clusters):
        if id(members) not in touched:
            continue
        if id(members) in seeded:
            event, count = seeded[id(members)]
            rows.append((position, kept.row(event).extended(members[count:])))
        else:
            rows.append((position, made_row(event_id_of(members[0]), key, members)))
    return rows


def _extended_events(old_events: pa.Table, extended: list, name_keys: dict) -> tuple[pa.Table, list[dict]]:
    """The rows of the events new reports joined (`extended`: ((event_id, reports before), members), the members
    before being None), from their previous rows, and the event_documents rows of the new reports. An event's
    participants stay in Arrow: they are most of its row (99 names on average at 100,000 pages), and only the new
    reports' names are looked up among them, by key, as (event, key) pairs."""
    ids = pa.array([event_id for (event_id, _), _ in extended], pa.string())
    positions = pc.index_in(ids, value_set=old_events["event_id"])
    if positions.null_count:
        raise StaleOutputs("an event that new reports joined is not in core_events")
    before = old_events.take(positions)
    participants = before.column("participants").combine_chunks()
    names = pc.list_flatten(participants)
    owners = pc.list_parent_indices(participants)
    spellings = pc.unique(names)
    spelling_keys = pa.array([person_key(n, name_keys) for n in spellings.to_pylist()], pa.string())
    held = pc.binary_join_element_wise(pc.cast(owners, pa.string()),
                                       pc.take(spelling_keys, pc.index_in(names, value_set=spellings)), "\x1f")
    added = [members[count:] for (_, count), members in extended]
    asked = pa.array(sorted({f"{i}\x1f{person_key(n, name_keys)}"
                             for i, members in enumerate(added) for m in members for n in m["participants"] or ()}),
                     pa.string())
    found = set(pc.filter(asked, pc.is_in(asked, value_set=held)).to_pylist())
    rows, links, pieces, lengths = [], [], [], []
    offsets = participants.offsets.to_numpy()
    for i, (event, members) in enumerate(zip(before.drop_columns(["participants"]).to_pylist(), added)):
        row, event_links = extended_fields(event, members)
        row["is_sample"] = row["is_sample"] and all(m["is_sample"] for m in members)
        rows.append(row)
        links.extend(event_links)
        more = added_participants(members, name_keys, lambda key, i=i: f"{i}\x1f{key}" in found)
        start, end = int(offsets[i]), int(offsets[i + 1])
        pieces += [names.slice(start, end - start), pa.array(more, pa.string())]
        lengths.append(end - start + len(more))
    schema = old_events.schema
    table = pa.Table.from_pylist(rows, schema=pa.schema([f for f in schema if f.name != "participants"]))
    merged = pa.ListArray.from_arrays(pa.array(np.concatenate(([0], np.cumsum(lengths))), pa.int32()),
                                      pa.concat_arrays(pieces) if pieces else pa.array([], pa.string()),
                                      type=schema.field("participants").type)
    # an event without participants keeps an empty list, as event_rows writes it (never a null)
    return table.add_column(schema.get_field_index("participants"), schema.field("participants"), merged), links


class _Reports:
    """The reports of each group (arrays of row numbers in the table read whole), read once into Arrow, in one take
    put group after group (each in the file's order), and made Python dicts some groups at a time: WINDOW reports
    or one group, whichever is more (a group at a time cost 0.1 s a +1% run at 100,000 pages, 262 groups of 3 new
    reports; the whole table at once held every report's dict in a fresh build's whole merge, its peak)."""

    WINDOW = 4096

    def __init__(self, path: Path, columns: list[str], groups: dict[tuple, np.ndarray]):
        self.columns = columns
        self.window: tuple[int, int, list[dict]] = (0, 0, [])
        self.bounds: dict[tuple, tuple[int, int]] = {}
        ordered, start = [], 0
        for key, rows in groups.items():
            ordered.append(np.sort(np.asarray(rows, dtype=np.int64)))
            self.bounds[key] = (start, start + len(rows))
            start += len(rows)
        # each group's rows in the file's order, the groups one after another
        self.rows = np.concatenate(ordered) if ordered else np.zeros(0, dtype=np.int64)
        self.table: pa.Table | None = None
        if len(self.rows):
            in_file = np.sort(self.rows)
            self.table = _take(path, columns, in_file).take(pa.array(np.searchsorted(in_file, self.rows)))

    def __len__(self) -> int:
        return len(self.rows)

    def documents(self) -> set[str]:
        return set() if self.table is None else set(self.table["document_id"].to_pylist())

    def sample_by_report(self) -> dict[str, bool]:
        """is_sample by document_event_id; an id repeated: its report last in the file's order."""
        if self.table is None:
            return {}
        order = np.argsort(self.rows, kind="stable")
        ids, flags = self.table["document_event_id"].to_pylist(), self.table["is_sample"].to_pylist()
        return {ids[i]: flags[i] for i in order.tolist()}

    def of(self, key: tuple) -> list[dict]:
        """The group's reports, as dicts, in the file's order."""
        if key not in self.bounds:
            return []
        start, end = self.bounds[key]
        first, last, dicts = self.window
        if not first <= start or not end <= last:
            last = max(end, min(start + self.WINDOW, len(self.rows)))
            # the window ends where a group does: each group's reports in one window
            ends = sorted(e for _, e in self.bounds.values() if e >= last)
            last = ends[0] if ends else len(self.rows)
            first, dicts = start, _dicts(self.table.slice(start, last - start), self.columns)
            self.window = (first, last, dicts)
        return dicts[start - first:end - first]


def _dicts(table: pa.Table, columns: list[str]) -> list[dict]:
    """The rows as dicts, built column by column: Table.to_pylist took 1 s for 85,000 reports, and a date column is
    made of a few hundred days."""
    values = []
    for name in columns:
        column = table[name]
        values.append(_dates(column) if pa.types.is_date32(column.type) else column.to_pylist())
    return [dict(zip(columns, row)) for row in zip(*values)]


def _take(path: Path, columns: list[str], rows: np.ndarray) -> pa.Table:
    """Rows of a table (sorted row numbers) read from the parts that hold them only: a run that adds a WARC file
    merges reports of its own part."""
    files = part_files(path) or [Path(path)]
    starts = row_starts(files)
    owner = np.searchsorted(starts, rows, side="right") - 1
    taken = [pq.ParquetFile(files[i]).read(columns=columns).take(pa.array(rows[owner == i] - starts[i]))
             for i in np.unique(owner).tolist()]
    return pa.concat_tables(taken)


def _dates(column: pa.ChunkedArray) -> list[date | None]:
    """A date column as Python dates, each day converted once."""
    encoded = column.combine_chunks().dictionary_encode()
    days = encoded.dictionary.to_pylist()
    return [None if i is None else days[i] for i in encoded.indices.to_pylist()]


def _read(path: Path, table: Table) -> pa.Table:
    return pq.ParquetFile(path).read(columns=table.arrow_schema.names).cast(table.arrow_schema)
