"""The documents through the nlp room, incrementally: a document whose text and treatment are unchanged since the
last run keeps its rows, and only new or changed documents are analysed again.

Statements are taken from original reports only (a republished copy says nothing new, so nothing is counted
twice) and never from official texts; events are taken from every report, so a copy still links to its event.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents.ordered import take_rows
from pipeline.metadata.schema import Table
from pipeline.metadata.tables import CORE_DOCUMENTS
from pipeline.nlp.events import extract_events
from pipeline.nlp.mentions import extract_mentions
from pipeline.nlp.parallel import ordered_map
from pipeline.nlp.statements import extract_statements
from pipeline.storage.parquet import AtomicParquetWriter, iter_rows
from pipeline.storage.parts import num_rows, part_files

DOCUMENT_COLUMNS = ["document_id", "url", "source", "language", "title", "published_at", "text", "kind",
                    "content_sha256", "duplicate_of", "is_sample"]
KEY_COLUMNS = ["document_id", "content_sha256", "kind", "duplicate_of"]  # what treatment_key reads


# The modules that join the documents' rows into events, people and organisations (core_events_and_people, whose
# own code digest covers them): no document's analysis calls them, so a change to the merge does not analyse every
# document again (tests/nlp/test_analysis.py checks that no other module of the room imports them).
AGGREGATION_MODULES = ("aggregate.py", "event_groups.py", "incremental.py", "merge.py", "people.py")


def analysis_sources() -> list[Path]:
    """The source files of the nlp room that decide a document's rows."""
    return [p for p in sorted(Path(__file__).resolve().parent.glob("*.py")) if p.name not in AGGREGATION_MODULES]


def nlp_version() -> str:
    """Changes whenever the code that analyses a document changes, so a new rule reaches every document."""
    digest = hashlib.sha256()
    for path in analysis_sources():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def treatment_key(doc: dict, version: str) -> str:
    statements = doc["kind"] != "official_text" and doc["duplicate_of"] is None
    return f"{doc['content_sha256']}|{version}|{'statements' if statements else 'events-only'}"


@dataclass(frozen=True)
class AnalysisTables:
    statements: tuple[Table, Path]
    mentions: tuple[Table, Path]
    document_events: tuple[Table, Path]
    errors: tuple[Table, Path]
    processed: tuple[Table, Path]


@dataclass
class AnalysisStats:
    documents: int = 0
    analysed: int = 0
    reused: int = 0
    errors: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


def analyse(documents_path: Path, out: AnalysisTables) -> AnalysisStats:
    stats = AnalysisStats()
    version = nlp_version()
    previous = _previous_keys(out.processed[1])
    reused: list[str] = []
    order: list[str] = []  # every document, in the archive's order: the tables' rows are in that order
    fresh = {name: (table, path.with_name(path.stem + ".fresh.parquet"))
             for name, (table, path) in _outputs(out).items()}
    writers = {name: AtomicParquetWriter(path, table) for name, (table, path) in fresh.items()}
    def pending() -> Iterator[tuple[dict, str]]:
        # the keys of every document first, then the texts of those to analyse only: a run with 1% new pages
        # read every text (2.8 s of a re-run at 100,000 pages)
        read = pa.schema([CORE_DOCUMENTS.arrow_schema.field(name) for name in DOCUMENT_COLUMNS])
        for part in part_files(documents_path):
            rows, keys = [], []
            for i, doc in enumerate(pq.ParquetFile(part).read(columns=KEY_COLUMNS).to_pylist()):
                stats.documents += 1
                order.append(doc["document_id"])
                key = treatment_key(doc, version)
                if previous.get(doc["document_id"]) == key:
                    stats.reused += 1
                    reused.append(doc["document_id"])
                    continue
                rows.append(i)
                keys.append(key)
            wanted = iter(keys)
            for chunk in take_rows(part, np.array(rows, dtype=np.int64), read):
                for doc in chunk.to_pylist():
                    stats.analysed += 1
                    yield doc, next(wanted)

    try:
        for name, row in ordered_map(analyse_batch, pending()):
            if name == "errors":
                stats.errors += 1
            writers[name].write(row)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.close()
    # Nothing analysed and every document analysed before still there, in the same order: the tables would get
    # the rows they have. DuckDB's parallel writer does not give the same bytes twice, so writing them again would
    # make every model downstream of them run again on a re-run (1.7 s for out_statements at 100,000 pages).
    unchanged = (stats.analysed == 0 and list(previous) == order
                 and all(path.exists() for _, path in _outputs(out).values()))
    for name, (table, path) in _outputs(out).items():
        stats.by_table[name] = num_rows(path) if unchanged else _merge(path, fresh[name][1], reused, table, order)
        fresh[name][1].unlink(missing_ok=True)
    return stats


def analyse_batch(batch: list[tuple[dict, str]]) -> list[tuple[str, dict]]:
    """Every (table, row) of a batch of documents; runs in a worker process for big archives."""
    out = []
    for doc, key in batch:
        for name, row in analyse_document(doc, key):
            out.append((name, {**row, "is_sample": doc["is_sample"]} if name != "processed" else row))
    return out


def analyse_document(doc: dict, key: str) -> Iterator[tuple[str, dict]]:
    """(table name, row) pairs for one document; a failing stage becomes an error row, the other stage still runs."""
    record = {k: doc[k] for k in ("document_id", "url", "source", "language", "title", "published_at", "text")}
    if key.endswith("|statements"):
        try:
            statements = extract_statements(record)
            for row in statements:
                yield "statements", row
            for row in extract_mentions(statements):
                yield "mentions", row
        except Exception as exc:  # recorded with its reason; the events of the document are still extracted
            yield "errors", {"document_id": doc["document_id"], "stage": "statements",
                             "error": f"{type(exc).__name__}: {exc}"[:1000]}
    try:
        for row in extract_events(record):
            yield "document_events", row
    except Exception as exc:
        yield "errors", {"document_id": doc["document_id"], "stage": "events", "error": f"{type(exc).__name__}: {exc}"[:1000]}
    yield "processed", {"document_id": doc["document_id"], "treatment_key": key}


def _outputs(out: AnalysisTables) -> dict[str, tuple[Table, Path]]:
    return {"statements": out.statements, "mentions": out.mentions, "document_events": out.document_events,
            "errors": out.errors, "processed": out.processed}


def _previous_keys(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    return {row["document_id"]: row["treatment_key"] for row in iter_rows(path)}


def _merge(path: Path, fresh: Path, reused: list[str], table: Table, order: list[str]) -> int:
    """The table's new file: the rows analysed now plus the previous rows of the documents reused, in the
    documents' order (`order`: the archive's, a new WARC file's last), each document's by primary key. The event
    merge takes reports in this order, so that a new WARC file's reports extend the events of those before
    (nlp/incremental.py)."""
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        columns = ", ".join(table.column_names)
        parts = [f"SELECT {columns} FROM read_parquet('{_q(fresh)}')"]
        if reused and path.exists():
            con.register("reused", pa.table({"document_id": pa.array(reused, pa.string())}))
            parts.append(f"SELECT {columns} FROM read_parquet('{_q(path)}') SEMI JOIN reused USING (document_id)")
        con.register("document_order", pa.table({"document_id": pa.array(order, pa.string()),
                                                 "position": pa.array(range(len(order)), pa.int64())}))
        key = ", ".join(f"t.{c}" for c in table.primary_key)
        tmp = path.with_name(path.name + ".tmp")
        rows = f"SELECT t.* FROM ({' UNION ALL '.join(parts)}) t LEFT JOIN document_order o USING (document_id)"
        con.execute(f"COPY ({rows} ORDER BY o.position, {key}) TO '{_q(tmp)}' "
                    f"(FORMAT parquet, COMPRESSION zstd)")
        rows = con.execute(f"SELECT count(*) FROM read_parquet('{_q(tmp)}')").fetchall()[0][0]
    finally:
        con.close()
    os.replace(tmp, path)
    return rows


def _q(path: Path) -> str:
    return str(path).replace("'", "''")
