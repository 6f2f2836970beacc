"""The nlp step's five tables (statements, mentions, event reports, errors, documents processed), kept as folders of
parts: one part per part of core_documents (a WARC file's documents), holding the rows of its documents, in their
order there (issue 8: a run that adds a WARC file writes that file's parts and leaves the others as they were;
merging the whole tables again took 2 s of such a run at 100,000 pages).

A part's footer records what it holds (PART_KEY): its documents, in order, with their treatment keys, and the
table's definition. A run leaves a part as it is when its five tables' parts record what the documents part asks
for now; otherwise it writes the five parts again, from the rows of the documents analysed now and the rows of the
others as the previous parts hold them (a document whose latest capture moved to a later WARC file takes its rows
along). New parts are written beside the old ones and put in place only when all are written, the processed table's
last: a document counts as analysed before only where the five parts of its name record the same contents, so a
run killed halfway leaves nothing that the next run would take for what it is not.

The parts also record the documents part they were made from (SOURCE_KEY: the nlp version and the part's SHA-256).
A documents part whose five nlp parts record it as it is now is not read at all: its documents' treatment keys
would be the ones recorded (reading every part's keys and every processed part's rows took 1 s of each run at
100,000 pages, re-run or not). Only the other parts' documents are looked up among the parts analysed before.

Kept out of the nlp version (analysis.nlp_version): how the rows are stored does not change them.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.documents.ordered import take_rows
from pipeline.metadata.schema import Table
from pipeline.metadata.tables import CORE_DOCUMENTS
from pipeline.nlp.analysis import (DOCUMENT_COLUMNS, KEY_COLUMNS, WORKER_PRELOAD, analyse_batch, nlp_version,
                                   treatment_key)
from pipeline.nlp.parallel import ordered_map
from pipeline.storage import duckdb_session
from pipeline.storage.fingerprint import file_state, settle
from pipeline.storage.parquet import BATCH_ROWS, AtomicParquetWriter
from pipeline.storage.parts import EMPTY_PART, num_rows, part_files, remove_stale_parts

PART_KEY = "atazan:analysed"
SOURCE_KEY = "atazan:analysed_source"  # the nlp version and the SHA-256 of the documents part the rows are of
TABLES = ("statements", "mentions", "document_events", "errors", "processed")  # processed last: see above


@dataclass(frozen=True)
class AnalysisTables:
    statements: tuple[Table, Path]
    mentions: tuple[Table, Path]
    document_events: tuple[Table, Path]
    errors: tuple[Table, Path]
    processed: tuple[Table, Path]

    def items(self) -> list[tuple[str, Table, Path]]:
        return [(name, *getattr(self, name)) for name in TABLES]


@dataclass
class AnalysisStats:
    documents: int = 0
    analysed: int = 0
    reused: int = 0
    errors: int = 0
    parts_written: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


@dataclass
class _Part:
    """One part of core_documents and what its nlp parts must hold."""
    file: Path
    ids: list[str]
    keys: list[str]
    analyse: list[int]  # rows of the documents part to analyse now
    contents: str = ""  # what its parts record (PART_KEY), per table: see _contents
    source: str = ""  # what its parts record (SOURCE_KEY)


def analyse(documents_path: Path, out: AnalysisTables) -> AnalysisStats:
    stats = AnalysisStats()
    version = nlp_version()
    tables = out.items()
    for _, _, path in tables:
        if path.is_file():  # written whole by older code: analysed again (the code changed, so would the version)
            path.unlink()
        path.mkdir(parents=True, exist_ok=True)
    footers = _Footers()
    files = part_files(documents_path)
    parts = []
    for file in files:
        source = f"{version}\n{file_state(file).sha256}"
        kept = _kept_rows(file.name, source, tables, footers)
        if kept is not None:  # its parts record it as it is: nothing to analyse or write
            stats.documents += kept
            stats.reused += kept
            continue
        keys = pq.ParquetFile(file).read(columns=KEY_COLUMNS).to_pylist()
        ids = [doc["document_id"] for doc in keys]
        treatments = [treatment_key(doc, version) for doc in keys]
        parts.append(_Part(file, ids, treatments, [], _contents(ids, treatments), source))
    previous = _previous(tables, {d for p in parts for d in p.ids}, footers) if parts else {}
    for part in parts:
        part.analyse = [i for i, (d, k) in enumerate(zip(part.ids, part.keys))
                        if previous.get(d, (None, None))[1] != k]
        stats.documents += len(part.ids)
        stats.analysed += len(part.analyse)
        stats.reused += len(part.ids) - len(part.analyse)
    todo = [p for p in parts if p.analyse or any(
        footers.get(path / p.file.name).get(PART_KEY) != _table_contents(p.contents, table)
        or footers.get(path / p.file.name).get(SOURCE_KEY) != p.source for _, table, path in tables)]
    written: list[tuple[Path, Path]] = []  # (new file, its place), put in place at the end
    fresh = _fresh_rows(todo, tables, stats)
    try:
        for part in todo:
            written.extend(_write_part(part, next(fresh), tables, previous))
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    finally:
        fresh.close()  # its files go
    for tmp, target in written:
        os.replace(tmp, target)
        # the next steps keep sums of these parts by their size and mtime (report_digests, the statements'
        # digest), and an mtime of the last moments is not trusted: each +1% run hashed its predecessor's part again
        settle(target)
    stats.parts_written = len(todo)
    names = {f.name for f in files}
    for name, table, path in tables:
        remove_stale_parts(path, names | ({EMPTY_PART} if not names else set()))
        if not names and not (path / EMPTY_PART).exists():
            pq.write_table(table.arrow_schema.empty_table(), path / EMPTY_PART, compression="zstd")
        stats.by_table[name] = num_rows(path)
    return stats


def _fresh_rows(parts: list[_Part], tables, stats: AnalysisStats) -> Iterator[dict[str, Path]]:
    """The rows of the documents each part analyses now, part after part, as a file per table (the analysis
    runs over all parts' documents as one stream, in worker processes for big archives)."""
    read = pa.schema([CORE_DOCUMENTS.arrow_schema.field(name) for name in DOCUMENT_COLUMNS])

    def pending() -> Iterator[tuple[dict, str]]:
        for part in parts:
            wanted = iter([part.keys[i] for i in part.analyse])
            for chunk in take_rows(part.file, np.array(part.analyse, dtype=np.int64), read):
                for doc in chunk.to_pylist():
                    yield doc, next(wanted)

    owner = {}  # document id -> its part's index
    for index, part in enumerate(parts):
        owner.update((part.ids[i], index) for i in part.analyse)
    results = ordered_map(analyse_batch, pending(), WORKER_PRELOAD, total=sum(len(p.analyse) for p in parts))
    held: tuple[str, dict] | None = None
    for index, part in enumerate(parts):
        # beside the tables' folders, not in them: a reader takes every *.parquet file of a folder for a part
        writers = {name: AtomicParquetWriter(path.parent / f".{path.name}.{part.file.name}.fresh", table)
                   for name, table, path in tables}
        try:
            while True:
                if held is None:
                    held = next(results, None)
                    if held is None:
                        break
                name, row = held
                if owner[row["document_id"]] != index:
                    break
                if name == "errors":
                    stats.errors += 1
                writers[name].write(row)
                held = None
        except BaseException:
            for writer in writers.values():
                writer.abort()
            raise
        for writer in writers.values():
            writer.close()
        try:
            yield {name: writers[name].path for name in TABLES}
        finally:
            for name in TABLES:
                writers[name].path.unlink(missing_ok=True)


def _write_part(part: _Part, fresh: dict[str, Path], tables, previous: dict[str, tuple[str, str]]):
    """Write the part's five tables beside their places: its analysed rows and the reused documents' rows from the
    parts that hold them, in the documents' order. Returns (written file, its place) pairs."""
    analysed = set(part.analyse)
    reused = [d for i, d in enumerate(part.ids) if i not in analysed]
    sources: dict[str, list[str]] = {}  # previous part -> the reused documents it holds
    for document_id in reused:
        sources.setdefault(previous[document_id][0], []).append(document_id)
    written = []
    # one WARC file's rows: a thread is enough, and the other holds the analysis
    con = duckdb_session.cursor(one_thread=True, utc=True)
    try:
        con.register("document_order", pa.table({"document_id": pa.array(part.ids, pa.string()),
                                                 "position": pa.array(range(len(part.ids)), pa.int64())}))
        con.register("reused", pa.table({"document_id": pa.array(reused, pa.string())}))
        for name, table, path in tables:
            columns = ", ".join(table.column_names)
            selects = [f"SELECT {columns} FROM read_parquet('{_q(fresh[name])}')"]
            old = [path / source for source in sources if (path / source).exists()]
            if old:
                listed = ", ".join(f"'{_q(p)}'" for p in old)
                selects.append(f"SELECT {columns} FROM read_parquet([{listed}]) SEMI JOIN reused USING (document_id)")
            key = ", ".join(f"t.{c}" for c in table.primary_key)
            target = path / part.file.name
            tmp = path / f".{part.file.name}.tmp"
            schema = table.arrow_schema.with_metadata({PART_KEY: _table_contents(part.contents, table),
                                                       SOURCE_KEY: part.source})
            rows = con.sql(f"SELECT t.* FROM ({' UNION ALL '.join(selects)}) t "
                           f"JOIN document_order o USING (document_id) ORDER BY o.position, {key}")
            # written by pyarrow with the table's schema: DuckDB's columns are nullable or not as its inputs were
            with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
                for batch in rows.to_arrow_reader(BATCH_ROWS):
                    writer.write_table(pa.Table.from_batches([batch]).select(schema.names).cast(schema))
            written.append((tmp, target))
    finally:
        con.close()
    return written


class _Footers:
    """The footer metadata of the nlp parts, each file's read once in a run."""

    def __init__(self):
        self._read: dict[Path, dict[str, str]] = {}

    def get(self, path: Path) -> dict[str, str]:
        if path not in self._read:
            try:
                metadata = pq.ParquetFile(path).schema_arrow.metadata or {}
            except (OSError, pa.ArrowException):
                metadata = {}
            self._read[path] = {k.decode(): v.decode() for k, v in metadata.items()
                                if k in (PART_KEY.encode(), SOURCE_KEY.encode())}
        return self._read[path]


def _kept_rows(name: str, source: str, tables, footers: _Footers) -> int | None:
    """The documents of a documents part whose five nlp parts were made from it as it is now (they record this
    source, the same contents, and the tables' current definitions); None otherwise."""
    contents = None
    for _, table, path in tables:
        recorded = footers.get(path / name)
        common = _common(recorded.get(PART_KEY))
        if recorded.get(SOURCE_KEY) != source or common is None or recorded[PART_KEY] != _table_contents(
                common, table) or contents not in (None, common):
            return None
        contents = common
    return num_rows(tables[-1][2] / name)


def _previous(tables, wanted: set[str], footers: _Footers) -> dict[str, tuple[str, str]]:
    """document id -> (the part holding its rows, its treatment key when analysed), for the `wanted` documents of
    the parts whose five tables record the same contents (parts written together: see the module's docstring)."""
    processed = tables[-1][2]
    wanted_ids = pa.array(sorted(wanted), pa.string())
    out = {}
    for file in part_files(processed):
        common = _common(footers.get(file).get(PART_KEY))
        if common is None or file.name == EMPTY_PART or any(
                _common(footers.get(path / file.name).get(PART_KEY)) != common for _, _, path in tables[:-1]):
            continue
        rows = pq.ParquetFile(file).read(columns=["document_id", "treatment_key"])
        rows = rows.filter(pc.is_in(rows["document_id"], value_set=wanted_ids))
        for row in rows.to_pylist():
            out[row["document_id"]] = (file.name, row["treatment_key"])
    return out


def _contents(ids: list[str], keys: list[str]) -> str:
    digest = hashlib.sha256()
    for document_id, key in zip(ids, keys):
        digest.update(f"{document_id}\t{key}\n".encode())
    return digest.hexdigest()


def _table_contents(contents: str, table: Table) -> str:
    """A part's footer value: the table's definition and this module (how its rows are laid out), then the
    documents' digest common to the five tables."""
    made = hashlib.sha256(repr(table).encode() + Path(__file__).read_bytes()).hexdigest()[:16]
    return made + "\n" + contents


def _common(value: str | None) -> str | None:
    return value.split("\n", 1)[1] if value and "\n" in value else None


def _q(path: Path) -> str:
    return str(path).replace("'", "''")
