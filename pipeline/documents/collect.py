"""From the raw inventory to the core document tables, incrementally.

Every successful response is parsed once per parser version: a capture whose WARC location, payload digest and
parser version were seen in the previous run is reused from `core_document_captures` without reading the archive
again. Captures are then reduced to one row per page (the latest capture wins), split by reform relevance into
`core_documents` and `core_rejected_documents`, and re-published reports are linked as near-duplicates.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents.build import BuiltDocument, build_document, is_text_type
from pipeline.documents.near_duplicates import groups_from_signatures, signatures
from pipeline.documents.ordered import READ_ROWS, FileCursor, Plan, write_in_order
from pipeline.documents.relevance import relevance
from pipeline.metadata.tables import (CORE_DOCUMENT_CAPTURES, CORE_DOCUMENT_ERRORS, CORE_DOCUMENTS,
                                      CORE_REJECTED_DOCUMENTS)
from pipeline.sources.base import Page
from pipeline.sources.registry import GENERIC, all_sources, source_for_url
from pipeline.storage.parquet import AtomicParquetWriter, iter_rows
from pipeline.warc.reader import read_response


# Bump when the way the four tables are made changes without a parser's version changing.
FORMAT = "collect-2"
INPUTS_KEY = "atazan:collect_inputs"
# The columns of raw_warc_records that parse_records reads.
RECORD_COLUMNS = ("warc_file", "warc_offset", "warc_record_id", "url", "http_status", "content_type",
                  "payload_sha256", "fetched_at", "is_sample", "crawl_role")


@dataclass
class CollectStats:
    responses: int = 0
    parsed: int = 0
    reused: int = 0
    errors: int = 0
    skipped_status: int = 0
    by_source: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CorePaths:
    records: Path
    warc_dir: Path
    captures: Path
    documents: Path
    rejected: Path
    errors: Path


def collect_documents(paths: CorePaths) -> CollectStats:
    inputs = inputs_fingerprint(paths.records)
    unchanged = unchanged_stats(paths, inputs)
    if unchanged is not None:
        return unchanged  # nothing new in the archive: the four tables stay as they are, bytes and dates
    stats = CollectStats()
    seen = previous_captures(paths.captures)
    fresh = paths.captures.with_name(paths.captures.stem + ".fresh.parquet")
    merged = paths.captures.with_name(paths.captures.stem + ".merged.parquet")
    reused_keys: list[tuple[str, int]] = []
    with AtomicParquetWriter(fresh, CORE_DOCUMENT_CAPTURES) as captures, \
            AtomicParquetWriter(paths.errors, CORE_DOCUMENT_ERRORS) as errors:
        for kind, row in parse_records(iter_rows(paths.records), paths.warc_dir, seen, stats):
            if kind == "document":
                captures.write(row)
            elif kind == "reused":
                reused_keys.append((row["warc_file"], row["warc_offset"]))
            else:
                errors.write(row)
    try:
        merge_captures(paths.captures, fresh, reused_keys, target=merged, metadata={INPUTS_KEY: inputs})
        split_latest(merged, paths.documents, paths.rejected)
        # The captures file, which carries the inputs' fingerprint, goes in place last: a run that stops before
        # leaves the previous fingerprint, and the next run does the work again.
        os.replace(merged, paths.captures)
    finally:
        fresh.unlink(missing_ok=True)
        merged.unlink(missing_ok=True)
    return stats


def inputs_fingerprint(records: Path) -> str:
    """Changes when any record the parse loop reads changes, or any parser's version: what the four tables are
    made from. A hash of every row (DuckDB's, summed and xor-ed, with the count), not of the file's bytes, which
    the inventory may write again with the same rows."""
    con = duckdb.connect()
    try:
        count, xor, total = con.execute(f"""
            SELECT count(*), bit_xor(h), sum(h::HUGEINT) FROM (
                SELECT hash({', '.join(RECORD_COLUMNS)}) AS h FROM read_parquet('{_q(records)}'))
        """).fetchall()[0]
    finally:
        con.close()
    digest = hashlib.sha256(f"{FORMAT}\n{count}\t{xor}\t{total}\n".encode())
    for source in (*all_sources(), GENERIC):
        digest.update(f"{source.name}\t{source.parser_version}\t{','.join(source.hosts)}\n".encode())
    return digest.hexdigest()


def unchanged_stats(paths: CorePaths, inputs: str) -> CollectStats | None:
    """The stats of the previous run, if it was made from the same inputs and left all four tables; else None."""
    outputs = (paths.captures, paths.documents, paths.rejected, paths.errors)
    if not all(path.exists() for path in outputs):
        return None
    try:
        captures = pq.ParquetFile(paths.captures)
        if (captures.schema_arrow.metadata or {}).get(INPUTS_KEY.encode()) != inputs.encode():
            return None
        error_types = pq.read_table(paths.errors, columns=["error_type"]).column(0)
    except (OSError, pa.ArrowException):
        return None  # unreadable: build again
    if "read_error" in error_types.to_pylist():
        return None  # an archive file that could not be read may be readable now
    responses = pq.ParquetFile(paths.records).metadata.num_rows
    reused, errors = captures.metadata.num_rows, len(error_types)
    return CollectStats(responses=responses, reused=reused, errors=errors,
                        skipped_status=responses - reused - errors)


def previous_captures(path: Path) -> dict[tuple[str, int], tuple[str, str]]:
    """(warc_file, offset) -> (payload digest, parser version) of every capture parsed before."""
    if not path.exists():
        return {}
    table = pq.read_table(path, columns=["warc_file", "warc_offset", "payload_sha256", "parser_version"])
    files, offsets, digests, versions = (table.column(i).to_pylist() for i in range(4))
    return {(f, o): (d, v) for f, o, d, v in zip(files, offsets, digests, versions)}


def parse_records(records: Iterable[dict], warc_dir: Path, seen: dict, stats: CollectStats) -> Iterator[tuple[str, dict]]:
    for record in records:
        stats.responses += 1
        status = record.get("http_status")
        # Redirects, 304s and error pages are not documents; the inventory keeps them.
        if status is not None and not 200 <= status < 300:
            stats.skipped_status += 1
            continue
        if record.get("crawl_role") == "robots":
            stats.skipped_status += 1  # robots.txt answers are the crawl's business, never documents
            continue
        source = source_for_url(record["url"])
        key = (record["warc_file"], record["warc_offset"])
        if seen.get(key) == (record["payload_sha256"], source.parser_version):
            stats.reused += 1
            yield "reused", record
            continue
        if not is_text_type(record.get("content_type") or ""):
            stats.errors += 1
            yield "error", _error_row(record, source.name, "unsupported_content_type",
                                      f"content type {record['content_type']!r} is kept in the archive; no document "
                                      f"parser reads it")
            continue
        try:
            body, content_type, _ = read_response(warc_dir / record["warc_file"], record["warc_offset"])
        except Exception as exc:  # the inventory saw this record; a failure now is recorded, not fatal
            stats.errors += 1
            yield "error", _error_row(record, source.name, "read_error", f"{type(exc).__name__}: {exc}")
            continue
        page = Page(url=record["url"], body=body, content_type=content_type, fetched_at=record["fetched_at"])
        built = judged_document(page, _provenance(record))
        if built.row is None:
            stats.errors += 1
            # A feed or listing the crawl fetched to find articles is expected not to parse as a document.
            kind = "discovery_page" if record.get("crawl_role") == "discovery" else built.error_type
            yield "error", _error_row(record, source.name, kind, built.error)
            continue
        row = built.row
        stats.parsed += 1
        stats.by_source[row["source"]] = stats.by_source.get(row["source"], 0) + 1
        yield "document", row


def judged_document(page: Page, provenance: dict) -> BuiltDocument:
    """build_document plus the reform-relevance verdict: what core_documents stores and `atazan extract` prints."""
    built = build_document(page, provenance)
    if built.row is not None:
        verdict = relevance(built.row["title"], built.row["text"], built.row["language"])
        built.row.update(relevant=verdict.relevant, relevance_score=verdict.score, relevance_terms=verdict.matched)
    return built


def _provenance(record: dict) -> dict:
    return {k: record[k] for k in ("warc_file", "warc_offset", "warc_record_id", "payload_sha256", "fetched_at",
                                   "is_sample")}


def _error_row(record: dict, source: str, error_type: str, error: str) -> dict:
    return {
        "warc_file": record["warc_file"],
        "warc_offset": record["warc_offset"],
        "warc_record_id": record["warc_record_id"],
        "url": record["url"],
        "source": source,
        "error_type": error_type,
        "error": error,
        "is_sample": record["is_sample"],
        "fetched_at": record["fetched_at"],
    }


def merge_captures(captures: Path, fresh: Path, reused_keys: list[tuple[str, int]], target: Path | None = None,
                   metadata: dict[str, str] | None = None) -> None:
    """The new captures file (`target`, by default `captures` itself): what was parsed now, plus the reused rows
    of the previous file, in WARC order. Both inputs are already in that order, so this is a merge of the two
    read front to back, not a sort of every text."""
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        parts = [f"SELECT 0 AS source, file_row_number AS row, warc_file, warc_offset, text_chars "
                 f"FROM read_parquet('{_q(fresh)}', file_row_number = true)"]
        paths = [fresh]
        if reused_keys and captures.exists():
            keys = pa.table({"warc_file": [k[0] for k in reused_keys], "warc_offset": [k[1] for k in reused_keys]})
            con.register("reused_keys", keys)
            parts.append(f"SELECT 1, c.file_row_number, c.warc_file, c.warc_offset, c.text_chars "
                         f"FROM read_parquet('{_q(captures)}', file_row_number = true) c SEMI JOIN reused_keys k "
                         f"USING (warc_file, warc_offset)")
            paths.append(captures)
        plan = _plan(con, " UNION ALL ".join(parts) + " ORDER BY warc_file, warc_offset")
    finally:
        con.close()
    write_in_order(paths, plan, target or captures, _with_metadata(CORE_DOCUMENT_CAPTURES.arrow_schema, metadata))


def split_latest(captures: Path, documents: Path, rejected: Path) -> None:
    """One row per page (latest capture), relevant ones to `documents` with near-duplicates linked.

    The choice of the latest capture and both orders are decided on the key columns; the texts are read once in
    file order for the near-duplicate signatures, then moved to the two outputs in document_id order."""
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(f"""
            CREATE TEMP TABLE latest AS
            SELECT file_row_number AS row, document_id, relevant, published_at, text_chars
            FROM read_parquet('{_q(captures)}', file_row_number = true)
            QUALIFY row_number() OVER (PARTITION BY document_id
                                       ORDER BY fetched_at DESC NULLS LAST, warc_file DESC, warc_offset DESC) = 1
        """)
        # The earliest report of a group is its canonical; the others point at it.
        by_date = _plan(con, "SELECT 0 AS source, row, text_chars FROM latest WHERE relevant "
                             "ORDER BY published_at NULLS LAST, document_id")
        relevant = _plan(con, "SELECT 0 AS source, row, text_chars FROM latest WHERE relevant ORDER BY document_id")
        others = _plan(con, "SELECT 0 AS source, row, text_chars FROM latest WHERE NOT relevant "
                            "ORDER BY document_id")
    finally:
        con.close()
    canonical = _near_duplicates(captures, by_date.rows)
    groups = {doc: first for doc, first in canonical.items() if doc != first}

    def with_duplicates(chunk: pa.Table) -> pa.Table:
        ids = chunk.column("document_id").to_pylist()
        return chunk.append_column("duplicate_of", pa.array([groups.get(i) for i in ids], pa.string()))

    write_in_order([captures], relevant, documents, CORE_DOCUMENTS.arrow_schema, extend=with_duplicates)
    write_in_order([captures], others, rejected, CORE_REJECTED_DOCUMENTS.arrow_schema)


def _near_duplicates(captures: Path, rows_in_order: np.ndarray) -> dict[str, str]:
    """near_duplicate_groups over the given rows of the captures file, in that order, reading the file once."""
    in_file_order = np.sort(rows_in_order)
    ids: list[str] = []
    cursor = FileCursor(captures, pa.schema([pa.field("document_id", pa.string()), pa.field("text", pa.string())]))

    def texts() -> Iterator[str]:
        for start in range(0, len(in_file_order), READ_ROWS):
            chunk = cursor.take(in_file_order[start:start + READ_ROWS])
            ids.extend(chunk.column("document_id").to_pylist())
            yield from chunk.column("text").to_pylist()

    signature, positions = signatures(texts())
    # signature row k belongs to in_file_order[positions[k]]; put the rows in the requested order
    row_of_signature = in_file_order[positions]
    signature_of_row = dict(zip(row_of_signature.tolist(), range(len(positions))))
    wanted = [signature_of_row[r] for r in rows_in_order.tolist() if r in signature_of_row]
    ordered_ids = [ids[positions[k]] for k in wanted]
    del ids, signature_of_row
    return groups_from_signatures(ordered_ids, signature[np.asarray(wanted, dtype=np.int64)])


def _plan(con: duckdb.DuckDBPyConnection, query: str) -> Plan:
    """A query's (source, row, text_chars) as a Plan: which row of which file goes where, and its weight."""
    table = con.sql(f"SELECT source, row, text_chars FROM ({query})").to_arrow_table()
    sizes = table.column("text_chars").to_numpy(zero_copy_only=False)
    return Plan(sources=table.column("source").to_numpy(zero_copy_only=False).astype(np.int64),
                rows=table.column("row").to_numpy(zero_copy_only=False).astype(np.int64),
                sizes=np.nan_to_num(sizes.astype(np.float64)).astype(np.int64) * 2)  # 2 bytes a character


def _with_metadata(schema: pa.Schema, metadata: dict[str, str] | None) -> pa.Schema:
    return schema.with_metadata({**(schema.metadata or {}), **metadata}) if metadata else schema


def _q(path: Path) -> str:
    return str(path).replace("'", "''")
