"""The events a run extends, put back for the merge by what a new report is compared with (for event_groups.py).

A new report joins the first event of its (date, type) that takes it: no member of the same document, no other
place, the same two people met (English meetings), and words similar enough to every member's. So an event
merged before is put back as the number of its reports, their places, the titles of its English meetings (who met
whom) and its reports' distinct texts (title and trigger, with their language), and the documents it holds among
the new reports'. All but the documents are kept for each event between runs, in a file beside the step's state
(`core/events_and_people.seeds.arrow`), written with the events: at the 100,000-page testbed a new WARC file's
reports reach groups holding 80,000 reports, and reading those reports again to put their events back was 0.2 s
of a +1% run. The documents come from core_event_documents.

The file holds a row an event, in each group's events in the order they were made (`position`), with a token
the state records: a file that is not the one the state names (a run stopped between them) is not used.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection, Iterable

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.nlp.merge import met_pair, report_text

TOKEN_KEY = b"atazan:seeds_token"
SCHEMA = pa.schema([
    ("event_id", pa.string()), ("event_date", pa.date32()), ("event_type", pa.string()),
    ("position", pa.int32()),  # the event's place among its group's, in the order they were made
    ("reports", pa.int64()),
    ("places", pa.list_(pa.string())),  # distinct, not empty
    ("meeting_titles", pa.list_(pa.string())),  # of its English meeting reports, in their order
    ("text_languages", pa.list_(pa.string())), ("texts", pa.list_(pa.string())),  # distinct (language, text)
])


class NotInEvents(Exception):
    """The kept events do not fit the reports merged before."""


@dataclass
class SeededEvent:
    event_id: str
    key: tuple  # (event_date, event_type)
    count: int
    documents: list[str]  # those of the documents asked about (Seeds.events) it holds
    places: list[str]
    pairs: list[frozenset[str]]
    texts: Callable[[], list[tuple[str, str]]]  # its reports' distinct (language, merge.report_text), in order


def seeds_path(state_path: Path) -> Path:
    """core/events_and_people.seeds.arrow, beside the state file."""
    return Path(state_path).with_name(Path(state_path).name.removesuffix(".state.json") + ".seeds.arrow")


@dataclass
class SeedRow:
    """An event's kept row, as the merge left it (made from its reports, or extended by new ones)."""
    event_id: str
    key: tuple
    reports: int
    places: list[str]
    meeting_titles: list[str | None]
    texts: list[tuple[str, str]]

    def extended(self, members: Iterable[dict]) -> "SeedRow":
        places, titles, texts = list(self.places), list(self.meeting_titles), list(self.texts)
        seen_places, seen_texts, count = set(places), set(texts), self.reports
        for member in members:
            count += 1
            place = member["place_key"]
            if place and place not in seen_places:
                seen_places.add(place)
                places.append(place)
            if member["event_type"] == "meeting" and member["language"] == "en":
                titles.append(member["title"])
            text = (member["language"], report_text(member))
            if text not in seen_texts:
                seen_texts.add(text)
                texts.append(text)
        return SeedRow(self.event_id, self.key, count, places, titles, texts)


def made_row(event_id: str, key: tuple, members: list[dict]) -> SeedRow:
    """The row of an event made this run from all its reports."""
    return SeedRow(event_id, key, 0, [], [], []).extended(members)


class Seeds:
    """The kept rows, read whole (a few MB: every group a run reaches is asked)."""

    def __init__(self, table: pa.Table):
        self.table = table

    @classmethod
    def empty(cls) -> "Seeds":
        return cls(SCHEMA.empty_table())

    @classmethod
    def load(cls, path: Path, token: str | None) -> "Seeds":
        """The file's rows if it carries `token`; NotInEvents otherwise (missing, unreadable, another run's)."""
        try:
            # read whole into memory: the table must not depend on the file this run replaces
            reader = pa.ipc.open_file(pa.BufferReader(Path(path).read_bytes()))
            if token is None or (reader.schema.metadata or {}).get(TOKEN_KEY) != token.encode():
                raise NotInEvents("the kept events are not those of the state")
            return cls(reader.read_all().replace_schema_metadata(None).cast(SCHEMA))
        except (OSError, pa.ArrowException) as exc:
            raise NotInEvents(f"the kept events cannot be read ({type(exc).__name__})") from exc

    def events(self, counts: dict[tuple, int], links: pa.Table, documents: Collection[str]) -> list[SeededEvent]:
        """The events of these groups (`counts`: how many reports each had), in each group's order; `links`:
        core_event_documents (event_id, document_id); `documents`: the documents of the reports about to be
        merged, the only ones an event's `documents` lists."""
        keys = zip(self.table["event_date"].to_pylist(), self.table["event_type"].to_pylist())
        # the file is in group order, each group's events in theirs (save): so are the rows kept by a filter
        self._asked = asked = _Asked(self.table.filter(pa.array([key in counts for key in keys], pa.bool_())))
        reports = dict.fromkeys(counts, 0)
        for key, number in zip(asked.keys, asked.reports):
            reports[key] += number
        short = [key for key, count in counts.items() if reports[key] != count]
        if short:
            raise NotInEvents(f"{len(short)} groups' kept events hold other reports than were merged before")
        held = links.filter(pc.and_(pc.is_in(links["document_id"], value_set=pa.array(sorted(documents), pa.string())),
                                    pc.is_in(links["event_id"], value_set=asked.table["event_id"])))
        documents_of: dict[str, set[str]] = {}
        for event_id, document_id in zip(held["event_id"].to_pylist(), held["document_id"].to_pylist()):
            documents_of.setdefault(event_id, set()).add(document_id)
        out = []
        for i, (event_id, key, number, places, titles) in enumerate(zip(asked.ids, asked.keys, asked.reports,
                                                                        asked.places, asked.titles)):
            pairs = [p for p in (met_pair({"event_type": key[1], "language": "en", "title": t}) for t in titles)
                     if p is not None]
            out.append(SeededEvent(event_id, key, number, sorted(documents_of.get(event_id, ())), places, pairs,
                                   lambda i=i: asked.texts(i)))
        return out

    def row(self, event_id: str) -> SeedRow:
        """The kept row of an event `events` gave."""
        return self._asked.row(event_id)

    def kept(self, gone: Callable[[tuple], bool], also: Collection[str] = ()) -> pa.Table:
        """The rows of the groups for which `gone` is false, and of the events `also` names."""
        keys = zip(self.table["event_date"].to_pylist(), self.table["event_type"].to_pylist())
        keep = pa.array([not gone(key) for key in keys], pa.bool_())
        if also:
            keep = pc.or_(keep, pc.is_in(self.table["event_id"], value_set=pa.array(sorted(also), pa.string())))
        return self.table.filter(keep)


class _Asked:
    """The rows of the groups asked for, as Python values; their texts made Python strings all at once, when a
    new report is first compared with an event's words."""

    def __init__(self, table: pa.Table):
        self.table = table
        self.ids = table["event_id"].to_pylist()
        self.keys = list(zip(table["event_date"].to_pylist(), table["event_type"].to_pylist()))
        self.reports = table["reports"].to_pylist()
        self.places = table["places"].to_pylist()
        self.titles = table["meeting_titles"].to_pylist()
        self.index = {event_id: i for i, event_id in enumerate(self.ids)}
        self._texts: list[tuple[str, str]] | None = None
        self._offsets = None

    def texts(self, i: int) -> list[tuple[str, str]]:
        if self._texts is None:
            texts = self.table["texts"].combine_chunks()
            self._offsets = (texts.offsets.to_numpy() - texts.offsets[0].as_py()).tolist()
            self._texts = list(zip(pc.list_flatten(self.table["text_languages"].combine_chunks()).to_pylist(),
                                   pc.list_flatten(texts).to_pylist()))
        return self._texts[self._offsets[i]:self._offsets[i + 1]]

    def row(self, event_id: str) -> SeedRow:
        i = self.index[event_id]
        return SeedRow(event_id, self.keys[i], self.reports[i], self.places[i], self.titles[i], self.texts(i))


def rows_table(rows: list[tuple[int, SeedRow]]) -> pa.Table:
    """(position, row) pairs as a table of SCHEMA."""
    return pa.table({
        "event_id": [r.event_id for _, r in rows], "event_date": pa.array([r.key[0] for _, r in rows], pa.date32()),
        "event_type": [r.key[1] for _, r in rows], "position": pa.array([p for p, _ in rows], pa.int32()),
        "reports": pa.array([r.reports for _, r in rows], pa.int64()),
        "places": pa.array([r.places for _, r in rows], SCHEMA.field("places").type),
        "meeting_titles": pa.array([r.meeting_titles for _, r in rows], SCHEMA.field("meeting_titles").type),
        "text_languages": pa.array([[lang for lang, _ in r.texts] for _, r in rows], SCHEMA.field("texts").type),
        "texts": pa.array([[text for _, text in r.texts] for _, r in rows], SCHEMA.field("texts").type),
    }, schema=SCHEMA)


def save(path: Path, table: pa.Table, token: str) -> None:
    """Write the rows (groups in (date, type) order, each group's events in their order) atomically."""
    table = table.sort_by([("event_date", "ascending"), ("event_type", "ascending"), ("position", "ascending")])
    table = table.replace_schema_metadata({TOKEN_KEY: token.encode()})
    tmp = Path(path).with_name(Path(path).name + ".tmp")
    with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    os.replace(tmp, path)


def new_token() -> str:
    return os.urandom(16).hex()

