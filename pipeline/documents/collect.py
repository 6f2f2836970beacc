"""From the raw inventory to the core document tables, incrementally.

Every successful response is parsed once per parser version: a capture whose WARC location, payload digest and
parser version were seen in the previous run is reused from `core_document_captures` without reading the archive
again. Captures are then reduced to one row per page (the latest capture wins), split by reform relevance into
`core_documents` and `core_rejected_documents`, and re-published reports are linked as near-duplicates.

A run that adds a few pages does the per-page work for those pages only: which records are reused is decided by
one join of the inventory with the previous captures (a record's source is looked up only for the others, when
the source registry is the one the previous captures were made with), and the near-duplicate signatures of the
reused texts come from the previous run (pipeline/documents/signature_store.py).
"""
from __future__ import annotations

import hashlib
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.documents import signature_store
from pipeline.documents.build import BuiltDocument, build_document, is_text_type
from pipeline.documents.near_duplicates import PERMUTATIONS, groups_from_signatures, signatures
from pipeline.documents.ordered import Plan, take_rows, write_in_order
from pipeline.documents.relevance import relevance
from pipeline.documents.signature_store import Signatures
from pipeline.metadata.tables import (CORE_DOCUMENT_CAPTURES, CORE_DOCUMENT_ERRORS, CORE_DOCUMENTS,
                                      CORE_REJECTED_DOCUMENTS)
from pipeline.sources import base as sources_base
from pipeline.sources import registry as sources_registry
from pipeline.sources.base import Page, Source
from pipeline.sources.registry import GENERIC, all_sources, source_for_url
from pipeline.storage.fingerprint import code_digest, module_code
from pipeline.storage.parquet import AtomicParquetWriter
from pipeline.warc.reader import read_response


# Bump when the way the four tables are made changes without a parser's version changing.
FORMAT = "collect-2"
INPUTS_KEY = "atazan:collect_inputs"
# The source registry the captures file's rows were matched with (see registry_digest).
REGISTRY_KEY = "atazan:source_registry"
# The columns of raw_warc_records that the parse loop reads.
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
    signatures: Path | None = None  # the near-duplicate signatures kept for the next run; None: beside documents

    @property
    def signature_cache(self) -> Path:
        return self.signatures or signatures_path(self.documents)


def signatures_path(documents: Path) -> Path:
    """core/core_documents.signatures.parquet: not a table, a cache the parse step keeps for itself."""
    return documents.with_name(documents.stem + ".signatures.parquet")


def collect_documents(paths: CorePaths) -> CollectStats:
    inputs = inputs_fingerprint(paths.records)
    unchanged = unchanged_stats(paths, inputs)
    if unchanged is not None:
        return unchanged  # nothing new in the archive: the four tables stay as they are, bytes and dates
    stats = CollectStats()
    previous = _readable(paths.captures)
    registry = registry_digest()
    same_registry = previous is not None and previous.get(REGISTRY_KEY.encode()) == registry.encode()
    fresh = paths.captures.with_name(paths.captures.stem + ".fresh.parquet")
    merged = paths.captures.with_name(paths.captures.stem + ".merged.parquet")
    reused: list[np.ndarray] = []
    run = ParseRun(same_registry)
    with AtomicParquetWriter(fresh, CORE_DOCUMENT_CAPTURES) as captures, \
            AtomicParquetWriter(paths.errors, CORE_DOCUMENT_ERRORS) as errors:
        for kind, row in run.records(paths.records, paths.captures if previous is not None else None,
                                     paths.warc_dir, stats):
            if kind == "document":
                captures.write(row)
            elif kind == "reused":
                reused.append(row)
            else:
                errors.write(row)
    reused_rows = np.unique(np.concatenate(reused)) if reused else np.empty(0, dtype=np.int64)
    try:
        kept = signature_store.load(paths.signature_cache, paths.captures) if len(reused_rows) else None
        metadata = {INPUTS_KEY: inputs}
        if run.registry_holds:
            metadata[REGISTRY_KEY] = registry
        plan = merge_capture_rows(paths.captures, fresh, reused_rows, target=merged, metadata=metadata)
        known = kept.through(plan.sources, plan.rows) if kept is not None else None
        del kept
        split_latest(merged, paths.documents, paths.rejected, known=known, keep_signatures=paths.signature_cache)
        # The captures file, which carries the inputs' fingerprint, goes in place last: a run that stops before
        # leaves the previous fingerprint, and the next run does the work again. (The signatures kept for the
        # new file name its digest, so the previous file does not take them for its own.)
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
    """The stats of the previous run, if it was made from the same inputs and left all four tables and the
    signatures for the next run; else None."""
    outputs = (paths.captures, paths.documents, paths.rejected, paths.errors)
    if not all(path.exists() for path in outputs):
        return None
    if not signature_store.current(paths.signature_cache):
        return None  # made by code that kept no signatures (or other ones): run once to keep them
    try:
        captures = pq.ParquetFile(paths.captures)
        if (captures.schema_arrow.metadata or {}).get(INPUTS_KEY.encode()) != inputs.encode():
            return None
        # ParquetFile.read, not pq.read_table, which builds a pyarrow.dataset (importing the module) for a column
        error_types = pq.ParquetFile(paths.errors).read(columns=["error_type"]).column(0)
    except (OSError, pa.ArrowException):
        return None  # unreadable: build again
    if "read_error" in error_types.to_pylist():
        return None  # an archive file that could not be read may be readable now
    responses = pq.ParquetFile(paths.records).metadata.num_rows
    reused, errors = captures.metadata.num_rows, len(error_types)
    return CollectStats(responses=responses, reused=reused, errors=errors,
                        skipped_status=responses - reused - errors)


def registry_digest() -> str:
    """What source_for_url's answer for a URL depends on: the sources in order with their names, hosts and parser
    versions, the matching code and the Python whose urllib parses the URL."""
    return code_digest([(s.name, s.parser_version, s.hosts) for s in (*all_sources(), GENERIC)],
                       module_code(sources_base, sources_registry), platform.python_version())


def _readable(path: Path) -> dict | None:
    """The footer metadata of a previous captures file ({} if none), or None when there is no readable file."""
    if not path.exists():
        return None
    try:
        return pq.ParquetFile(path).schema_arrow.metadata or {}
    except (OSError, pa.ArrowException):
        return None  # nothing can be reused from it: every capture is parsed again


class ParseRun:
    """The parse loop of one run: which records are reused, which parsed, which are errors.

    A record is reused when the previous captures hold its WARC location with the same payload digest and the
    parser version its URL's source has now. Deciding that for every record used to cost a URL match each
    (source_for_url: 1.6 of 9.3 profiled s at 10,000 pages for the 1% that were new). When the previous captures
    were made with the registry of now (REGISTRY_KEY), each of their rows has its own URL's parser version (see
    registry_holds), so a record whose URL and payload are the row's is reused without a match: exactly the same
    decision. The others are matched, with one match per host.
    """

    def __init__(self, same_registry: bool):
        self.same_registry = same_registry
        # False once a row is reused for a record whose URL is not the row's: then the row's parser version is
        # that of the record's source, not necessarily its own URL's, and the next run must match again.
        self.registry_holds = True
        self._by_host: dict[str, Source] = {}

    def source(self, url: str) -> Source:
        """source_for_url, once per host: a source matches on the URL's host alone (Source.matches)."""
        host = (urlsplit(url).hostname or "").lower()
        found = self._by_host.get(host)
        if found is None:
            found = self._by_host[host] = source_for_url(url)
        return found

    def records(self, records: Path, captures: Path | None, warc_dir: Path,
                stats: CollectStats) -> Iterator[tuple[str, object]]:
        """("document", row), ("error", row) in the inventory's order, and ("reused", rows of `captures`)."""
        decided = _previous_capture_of_each_record(records, captures)
        skipped = decided.column("skipped").to_numpy(zero_copy_only=False)
        capture_row = decided.column("capture_row").to_numpy(zero_copy_only=False)
        same_payload = decided.column("same_payload").to_numpy(zero_copy_only=False)
        same_url = decided.column("same_url").to_numpy(zero_copy_only=False)
        stats.responses += len(skipped)
        # Redirects, 304s and error pages are not documents, nor robots.txt answers; the inventory keeps them.
        stats.skipped_status += int(skipped.sum())
        quick = ~skipped & same_payload & same_url & self.same_registry
        stats.reused += int(quick.sum())
        yield "reused", capture_row[quick].astype(np.int64)
        rest = np.nonzero(~skipped & ~quick)[0]
        versions = decided.column("parser_version").take(pa.array(rest)).to_pylist()
        position = 0
        for chunk in take_rows(records, rest, _record_schema(records)):
            for record in chunk.to_pylist():
                i = int(rest[position])
                version = versions[position]
                position += 1
                source = self.source(record["url"])
                if same_payload[i] and version == source.parser_version:
                    stats.reused += 1
                    if not same_url[i]:
                        self.registry_holds = False
                    yield "reused", capture_row[i:i + 1].astype(np.int64)
                    continue
                yield from parse_record(record, source, warc_dir, stats)


def _record_schema(records: Path) -> pa.Schema:
    schema = pq.ParquetFile(records).schema_arrow
    return pa.schema([schema.field(name) for name in RECORD_COLUMNS])


def _previous_capture_of_each_record(records: Path, captures: Path | None) -> pa.Table:
    """For each record of the inventory, in its order: whether it is skipped (not a 2xx response, or a robots.txt
    answer), and the previous capture at its WARC location, if any: its row, whether its payload digest and URL
    are the record's, its parser version."""
    skipped = ("coalesce(NOT (r.http_status BETWEEN 200 AND 299), false) "
               "OR coalesce(r.crawl_role = 'robots', false) AS skipped")
    con = duckdb.connect()
    try:
        if captures is None:
            return con.sql(f"""
                SELECT {skipped}, -1::BIGINT AS capture_row, false AS same_payload, false AS same_url,
                       NULL::VARCHAR AS parser_version
                FROM read_parquet('{_q(records)}', file_row_number = true) r ORDER BY r.file_row_number
            """).to_arrow_table()
        # a location held twice in the captures (never written so) would count once, its last row, as a dict of
        # the file's rows did
        return con.sql(f"""
            SELECT {skipped}, coalesce(c.file_row_number, -1) AS capture_row,
                   c.file_row_number IS NOT NULL AND c.payload_sha256 IS NOT DISTINCT FROM r.payload_sha256
                       AS same_payload,
                   c.file_row_number IS NOT NULL AND c.url IS NOT DISTINCT FROM r.url AS same_url,
                   c.parser_version
            FROM read_parquet('{_q(records)}', file_row_number = true) r
            LEFT JOIN (SELECT warc_file, warc_offset, payload_sha256, url, parser_version, file_row_number
                       FROM read_parquet('{_q(captures)}', file_row_number = true)
                       QUALIFY row_number() OVER (PARTITION BY warc_file, warc_offset
                                                  ORDER BY file_row_number DESC) = 1) c
                USING (warc_file, warc_offset)
            ORDER BY r.file_row_number
        """).to_arrow_table()
    finally:
        con.close()


def parse_record(record: dict, source: Source, warc_dir: Path, stats: CollectStats) -> Iterator[tuple[str, dict]]:
    """Parse one record that was not reused: ("document", row) or ("error", row)."""
    if not is_text_type(record.get("content_type") or ""):
        stats.errors += 1
        yield "error", _error_row(record, source.name, "unsupported_content_type",
                                  f"content type {record['content_type']!r} is kept in the archive; no document "
                                  f"parser reads it")
        return
    try:
        body, content_type, _ = read_response(warc_dir / record["warc_file"], record["warc_offset"])
    except Exception as exc:  # the inventory saw this record; a failure now is recorded, not fatal
        stats.errors += 1
        yield "error", _error_row(record, source.name, "read_error", f"{type(exc).__name__}: {exc}")
        return
    page = Page(url=record["url"], body=body, content_type=content_type, fetched_at=record["fetched_at"])
    built = judged_document(page, _provenance(record))
    if built.row is None:
        stats.errors += 1
        # A feed or listing the crawl fetched to find articles is expected not to parse as a document.
        kind = "discovery_page" if record.get("crawl_role") == "discovery" else built.error_type
        yield "error", _error_row(record, source.name, kind, built.error)
        return
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
                   metadata: dict[str, str] | None = None) -> Plan:
    """merge_capture_rows with the reused captures named by their WARC location."""
    rows = np.empty(0, dtype=np.int64)
    if reused_keys and captures.exists():
        keys = pq.ParquetFile(captures).read(columns=["warc_file", "warc_offset"])
        wanted = set(reused_keys)
        rows = np.array([i for i, key in enumerate(zip(keys.column(0).to_pylist(), keys.column(1).to_pylist()))
                         if key in wanted], dtype=np.int64)
    return merge_capture_rows(captures, fresh, rows, target, metadata)


def merge_capture_rows(captures: Path, fresh: Path, reused_rows: np.ndarray, target: Path | None = None,
                       metadata: dict[str, str] | None = None) -> Plan:
    """The new captures file (`target`, by default `captures` itself): what was parsed now, plus the rows
    `reused_rows` (increasing row numbers) of the previous file, in WARC order. Both inputs are already in that
    order, so this is a merge of the two read front to back, not a sort of every text. Returns the plan: row i of
    the new file is row `rows[i]` of `fresh` (source 0) or of `captures` (source 1)."""
    columns = ["warc_file", "warc_offset", "text_chars"]
    keys = pq.ParquetFile(fresh).read(columns=columns)
    keys = keys.append_column("source", pa.array(np.zeros(keys.num_rows, dtype=np.int64))) \
               .append_column("row", pa.array(np.arange(keys.num_rows, dtype=np.int64)))
    paths = [fresh]
    if len(reused_rows) and captures.exists():
        old = pq.ParquetFile(captures).read(columns=columns).take(pa.array(reused_rows))
        old = old.append_column("source", pa.array(np.ones(len(reused_rows), dtype=np.int64))) \
                 .append_column("row", pa.array(reused_rows))
        keys = pa.concat_tables([keys, old.cast(keys.schema)])
        paths.append(captures)
    # (warc_file, warc_offset) is the key: no two rows tie. Strings compare by their UTF-8 bytes, as in DuckDB.
    keys = keys.take(pc.sort_indices(keys, sort_keys=[("warc_file", "ascending"), ("warc_offset", "ascending")]))
    sizes = keys.column("text_chars").to_numpy(zero_copy_only=False)
    plan = Plan(sources=keys.column("source").to_numpy(), rows=keys.column("row").to_numpy(),
                sizes=np.nan_to_num(sizes.astype(np.float64)).astype(np.int64) * 2)  # 2 bytes a character
    write_in_order(paths, plan, target or captures, _with_metadata(CORE_DOCUMENT_CAPTURES.arrow_schema, metadata))
    return plan


def split_latest(captures: Path, documents: Path, rejected: Path, known: Signatures | None = None,
                 keep_signatures: Path | None = None) -> None:
    """One row per page (latest capture), relevant ones to `documents` with near-duplicates linked.

    The choice of the latest capture and both orders are decided on the key columns; the texts whose
    near-duplicate signature is not `known` (signatures of rows of `captures`) are read once in file order, then
    all are moved to the two outputs in document_id order. `keep_signatures`: where to keep the signatures of the
    relevant rows for the next run."""
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
        by_date = con.sql("SELECT row, document_id FROM latest WHERE relevant "
                          "ORDER BY published_at NULLS LAST, document_id").to_arrow_table()
        relevant = _plan(con, "SELECT 0 AS source, row, text_chars FROM latest WHERE relevant ORDER BY document_id")
        others = _plan(con, "SELECT 0 AS source, row, text_chars FROM latest WHERE NOT relevant "
                            "ORDER BY document_id")
    finally:
        con.close()
    canonical, kept = _near_duplicates(captures, by_date.column("row").to_numpy(),
                                       by_date.column("document_id").to_pylist(), known)
    del by_date
    groups = {doc: first for doc, first in canonical.items() if doc != first}

    def with_duplicates(chunk: pa.Table) -> pa.Table:
        ids = chunk.column("document_id").to_pylist()
        return chunk.append_column("duplicate_of", pa.array([groups.get(i) for i in ids], pa.string()))

    write_in_order([captures], relevant, documents, CORE_DOCUMENTS.arrow_schema, extend=with_duplicates)
    write_in_order([captures], others, rejected, CORE_REJECTED_DOCUMENTS.arrow_schema)
    if keep_signatures is not None:
        signature_store.save(keep_signatures, captures, kept)


def _near_duplicates(captures: Path, rows_in_order: np.ndarray, ids: list[str],
                     known: Signatures | None) -> tuple[dict[str, str], Signatures]:
    """near_duplicate_groups over the given rows of the captures file (document `ids[i]` is row
    `rows_in_order[i]`), in that order, and the rows' signatures. Only the texts of rows whose signature is not
    `known` are read, in file order."""
    by_row = np.argsort(rows_in_order, kind="stable")
    rows = rows_in_order[by_row]  # in file order, as kept
    values = np.zeros((len(rows), PERMUTATIONS), dtype=np.uint32)
    words = np.zeros(len(rows), dtype=bool)
    have = np.zeros(len(rows), dtype=bool)
    if known is not None and len(known) and len(rows):
        at = np.searchsorted(known.rows, rows)
        have = at < len(known.rows)
        have[have] = known.rows[at[have]] == rows[have]
        values[have] = known.values[at[have]]
        words[have] = known.words[at[have]]
    missing = np.nonzero(~have)[0]
    text_column = pa.schema([pa.field("text", pa.string())])

    def texts() -> Iterator[str]:
        for chunk in take_rows(captures, rows[missing], text_column):
            yield from chunk.column("text").to_pylist()

    signature, positions = signatures(texts())
    values[missing[positions]] = signature
    words[missing[positions]] = True
    del signature
    # the rows with words in the requested order (row k in file order is requested at position by_row[k])
    with_words = np.nonzero(words)[0]
    with_words = with_words[np.argsort(by_row[with_words], kind="stable")]
    groups = groups_from_signatures([ids[by_row[k]] for k in with_words.tolist()], values[with_words])
    return groups, Signatures(rows, values, words)


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
