"""From the raw inventory to the core document tables, incrementally, one WARC file at a time.

The captures, documents and rejected documents are folders of parts, one per WARC file
(pipeline/storage/parts.py), so a run that adds a WARC file writes that file's parts and leaves the others:

- A captures part records what it was made from (its WARC file's records, the parsers and the source registry:
  PART_KEY). A part made from what is there now is left as it is, without reading the archive; the others are
  parsed again, reusing from their previous part each capture whose payload digest, URL and parser version are
  the record's.
- Captures are reduced to one row per page (the latest capture wins) and split by reform relevance into
  core_documents and core_rejected_documents, with re-published reports linked as near-duplicates. A page goes to
  the part of its latest capture's WARC file; a documents or rejected part whose rows (which captures, which
  duplicate_of) are the ones it records (ROWS_KEY) is left as it is.
- The near-duplicate signatures of the texts of parts left as they were are kept between runs
  (pipeline/documents/signature_store.py): only new texts are read. So are their similar pairs
  (pipeline/documents/similar_pairs.py): only the new texts' buckets are paired again.

core_document_errors (small) is written again on every run that does anything, last: its footer carries the
fingerprint of all the inputs (INPUTS_KEY), so a run stopped midway is taken up again by the next one, which
finds the parts it had finished already made.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.documents import signature_store, similar_pairs
from pipeline.documents.build import BuiltDocument, build_document, is_text_type
from pipeline.documents.near_duplicates import PERMUTATIONS, signatures
from pipeline.documents.ordered import Plan, take_rows, write_in_order
from pipeline.documents.relevance import relevance
from pipeline.documents.signature_store import CaptureRows, Grouping, Signatures
from pipeline.metadata.tables import (CORE_DOCUMENT_CAPTURES, CORE_DOCUMENT_ERRORS, CORE_DOCUMENTS,
                                      CORE_REJECTED_DOCUMENTS)
from pipeline.sources import base as sources_base
from pipeline.sources import registry as sources_registry
from pipeline.sources.base import Page, Source
from pipeline.sources.registry import GENERIC, all_sources, source_for_url
from pipeline.storage import duckdb_session
from pipeline.storage.arrow_text import joined_strings
from pipeline.storage.fingerprint import code_digest, kept_by_file, module_code, settle
from pipeline.storage.parquet import AtomicParquetWriter
from pipeline.storage.parts import (EMPTY_PART, duckdb_files, duckdb_source, ensure_folder, footer_value, num_rows,
                                    part_files, part_name, remove_stale_parts)
from pipeline.threads import beside
from pipeline.warc.reader import read_response


# Bump when the way the four tables are made changes without a parser's version changing.
FORMAT = "collect-3"
INPUTS_KEY = "atazan:collect_inputs"  # core_document_errors' footer: every part's inputs
ERRORS_OF_KEY = "atazan:errors_of_parts"  # core_document_errors' footer: {WARC file: its part's inputs}, as JSON
PART_KEY = "atazan:part_inputs"  # a captures part's footer: its WARC file's records, the parsers, the registry
ROWS_KEY = "atazan:part_rows"  # a documents or rejected part's footer: the captures and links it holds
# The columns of raw_warc_records that the parse loop reads.
RECORD_COLUMNS = ("warc_file", "warc_offset", "warc_record_id", "url", "http_status", "content_type",
                  "payload_sha256", "fetched_at", "is_sample", "crawl_role")
# Redirects, 304s and error pages are not documents, nor robots.txt answers; the inventory keeps them.
SKIPPED = ("coalesce(NOT (http_status BETWEEN 200 AND 299), false) OR coalesce(crawl_role = 'robots', false)")


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
    captures: Path  # folders of parts (pipeline/storage/parts.py)
    documents: Path
    rejected: Path
    errors: Path  # one file
    signatures: Path | None = None  # the near-duplicate signatures kept for the next run; None: beside documents

    @property
    def signature_cache(self) -> Path:
        return self.signatures or signatures_path(self.documents)

    @property
    def record_sums(self) -> Path:
        return record_sums_path(self.documents)


@dataclass(frozen=True)
class PartInputs:
    """One WARC file's records, as the parse step sees them."""
    digest: str
    responses: int
    skipped: int


def signatures_path(documents: Path) -> Path:
    """core/core_documents.signatures.parquet: not a table, a cache the parse step keeps for itself."""
    return documents.with_name(documents.name.removesuffix(".parquet") + ".signatures.parquet")


def collect_documents(paths: CorePaths, about_to_parse: Callable[[int], object] | None = None) -> CollectStats:
    """The four tables brought up to date with the archive. `about_to_parse(pages)` is told how many pages are
    about to be parsed (at most), before they are."""
    parts = part_inputs(paths.records, paths.record_sums)
    inputs = inputs_fingerprint(parts)
    unchanged = unchanged_stats(paths, inputs, parts)
    if unchanged is not None:
        return unchanged  # nothing new in the archive: the four tables stay as they are, bytes and dates
    for folder in (paths.captures, paths.documents, paths.rejected):
        ensure_folder(folder)
    stats = CollectStats()
    previous_errors, errors_known_for = _readable_errors(paths.errors)
    errors: list[pa.Table] = []
    to_parse: list[str] = []
    for warc_file, part in parts.items():
        # a part finished by a run that stopped before writing the errors has its error rows nowhere
        kept = _errors_of(previous_errors, warc_file) if errors_known_for.get(warc_file) == part.digest else None
        made_from = footer_value(paths.captures / part_name(warc_file), PART_KEY)
        if made_from == part.digest and kept is not None and "read_error" not in kept.column("error_type").to_pylist():
            captured = num_rows(paths.captures / part_name(warc_file))
            stats.responses += part.responses
            stats.skipped_status += part.skipped
            stats.reused += captured
            stats.errors += kept.num_rows
            errors.append(kept)
        else:
            to_parse.append(warc_file)  # new, changed, parsed by other parsers, or with an unreadable record
    if about_to_parse is not None:
        about_to_parse(sum(parts[w].responses - parts[w].skipped for w in to_parse))
    errors.append(parse_parts(paths, to_parse, parts, stats))
    names = {part_name(w) for w in parts} or {EMPTY_PART}
    remove_stale_parts(paths.captures, names)
    if not parts:
        _write_empty(paths.captures / EMPTY_PART, CORE_DOCUMENT_CAPTURES.arrow_schema)
    # the parts just written are kept by their size and mtime after (the signatures' part hashes, the checks'
    # fingerprints, the analysis's): an mtime of the last moments is not trusted, and was hashed again next run
    settle(paths.captures)
    split_latest(paths.captures, paths.documents, paths.rejected, keep_signatures=paths.signature_cache)
    for folder in (paths.documents, paths.rejected):
        settle(folder)
    # last: the fingerprint of the inputs says the four tables are complete
    _write_errors(paths.errors, errors, inputs, {w: part.digest for w, part in parts.items()})
    return stats


def part_inputs(records: Path, kept_path: Path | None = None) -> dict[str, PartInputs]:
    """Each WARC file's digest: changes when any record the parse loop reads changes, or any parser's version, or
    the source registry (what source_for_url answers depends on). A hash of every row (DuckDB's, summed and
    xor-ed, with the count), not of the file's bytes, which the inventory may write again with the same rows.
    `kept_path`: where each records part's sums are kept with its stamp, and taken again while the part is the
    same (a run that adds a WARC file hashes its part only: every row was 0.04-0.07 s at 100,000 pages)."""
    code = f"{FORMAT}\n{duckdb.__version__}\n{RECORD_COLUMNS}\n{SKIPPED}"
    sums = kept_by_file(part_files(records), kept_path, code, _record_sums)
    parsers = parsers_digest()
    files = sorted((row for rows in sums.values() for row in rows), key=lambda row: row[0])
    return {warc_file: PartInputs(hashlib.sha256(f"{parsers}\n{warc_file}\t{count}\t{xor}\t{total}".encode())
                                  .hexdigest(), count, skipped)
            for warc_file, count, xor, total, skipped in files}


def record_sums_path(documents: Path) -> Path:
    """core/core_documents.record_sums.json: part_inputs' sums of each records part, kept for the next run."""
    return documents.with_name(documents.name.removesuffix(".parquet") + ".record_sums.json")


def _record_sums(parts: list[Path]) -> dict[str, list]:
    """{part name: [[warc_file, count, xor, sum, skipped], ...]} of these records parts, from DuckDB's hash of each
    row's RECORD_COLUMNS."""
    con = duckdb_session.cursor()
    try:
        rows = con.execute(f"""
            SELECT part, warc_file, count(*), bit_xor(h), sum(h::HUGEINT), count(*) FILTER (WHERE skipped) FROM (
                SELECT parse_filename(part) AS part, warc_file, hash({', '.join(RECORD_COLUMNS)}) AS h,
                       {SKIPPED} AS skipped
                FROM {duckdb_files(parts, filename='part')})
            GROUP BY ALL
        """).fetchall()
    finally:
        con.close()
    return {part.name: [[w, *rest] for p, w, *rest in rows if p == part.name] for part in parts}


def parsers_digest() -> str:
    """What a capture is made with besides its record: the step's format, every source's parser version and
    hosts, and the registry that matches a URL to its source."""
    digest = hashlib.sha256(f"{FORMAT}\n{registry_digest()}\n".encode())
    for source in (*all_sources(), GENERIC):
        digest.update(f"{source.name}\t{source.parser_version}\t{','.join(source.hosts)}\n".encode())
    return digest.hexdigest()


def inputs_fingerprint(parts: dict[str, PartInputs]) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for warc_file, part in parts.items():
        digest.update(f"\n{warc_file}\t{part.digest}".encode())
    return digest.hexdigest()


def unchanged_stats(paths: CorePaths, inputs: str, parts: dict[str, PartInputs]) -> CollectStats | None:
    """The stats of the previous run, if it was made from the same inputs and left all four tables (every part
    in place, with the footer it was written with) and the signatures for the next run; else None."""
    if not all(p.is_dir() for p in (paths.captures, paths.documents, paths.rejected)) or not paths.errors.exists():
        return None
    for warc_file, part in parts.items():
        name = part_name(warc_file)
        if footer_value(paths.captures / name, PART_KEY) != part.digest or \
                any(footer_value(folder / name, ROWS_KEY) is None for folder in (paths.documents, paths.rejected)):
            return None
    if not signature_store.current(paths.signature_cache):
        return None  # made by code that kept no signatures (or other ones): run once to keep them
    try:
        errors = pq.ParquetFile(paths.errors)
        if (errors.schema_arrow.metadata or {}).get(INPUTS_KEY.encode()) != inputs.encode():
            return None
        # ParquetFile.read, not pq.read_table, which builds a pyarrow.dataset (importing the module) for a column
        error_types = errors.read(columns=["error_type"]).column(0)
        reused = num_rows(paths.captures)
    except (OSError, pa.ArrowException):
        return None  # unreadable: build again
    if "read_error" in error_types.to_pylist():
        return None  # an archive file that could not be read may be readable now
    responses = num_rows(paths.records)
    return CollectStats(responses=responses, reused=reused, errors=len(error_types),
                        skipped_status=responses - reused - len(error_types))


class ParseRun:
    """The parse loop over the records of the WARC files whose captures part is made again."""

    def __init__(self):
        self._by_host: dict[str, Source] = {}

    def source(self, url: str) -> Source:
        """source_for_url, once per host: a source matches on the URL's host alone (Source.matches)."""
        host = (urlsplit(url).hostname or "").lower()
        found = self._by_host.get(host)
        if found is None:
            found = self._by_host[host] = source_for_url(url)
        return found


def parse_parts(paths: CorePaths, warc_files: list[str], parts: dict[str, PartInputs],
                stats: CollectStats) -> pa.Table:
    """Make the captures part of each of `warc_files` again; returns their error rows. The records to parse are
    one stream, in WARC order: from PARALLEL_FROM on, they are parsed on every core, by workers forked once for
    all the files (from a server that has the parsers loaded when `atazan build` started it: parse_start.py), and
    each part is written as its records come back."""
    # here, not at the top: importing the nlp package loads its rules, which `atazan extract` has no use for
    from pipeline.nlp.parallel import ordered_map

    errors: list[dict] = []
    run = ParseRun()
    warc_dir = str(paths.warc_dir)
    reused: dict[str, list[int]] = {warc_file: [] for warc_file in warc_files}

    def to_parse() -> Iterator[tuple[dict, str, str]]:
        for warc_file in warc_files:
            previous = _previous_captures(paths.captures / part_name(warc_file))
            for record in _records_of(paths.records, warc_file):
                stats.responses += 1
                if record["skipped"]:
                    stats.skipped_status += 1
                    continue
                source = run.source(record["url"])
                old = previous.get(record["warc_offset"])
                if old is not None and old[1:] == (record["payload_sha256"], record["url"], source.parser_version):
                    stats.reused += 1
                    reused[warc_file].append(old[0])
                    continue
                yield record, source.name, warc_dir

    files = iter(warc_files)
    part: _CapturesPart | None = None
    try:
        # a few records are parsed here, and many while the workers' server is still loading the analysis's
        # models (a worker would wait for them)
        for kind, row in ordered_map(parse_batch, to_parse(), few_to_workers=False, here_while_loading=True):
            # a row of a later file: the files before have all their records read (and their reused rows known)
            while part is None or part.warc_file != row["warc_file"]:
                if part is not None:
                    done, part = part, None
                    done.finish(reused, parts)
                part = _CapturesPart(paths.captures, next(files))
            if kind == "document":
                stats.parsed += 1
                stats.by_source[row["source"]] = stats.by_source.get(row["source"], 0) + 1
                part.captures.write(row)
            else:
                stats.errors += 1
                errors.append(row)
        if part is not None:
            done, part = part, None
            done.finish(reused, parts)
        for warc_file in files:  # the files left have nothing parsed now: their captures are all reused, or none
            _CapturesPart(paths.captures, warc_file).finish(reused, parts)
    finally:
        if part is not None:
            part.abort()
    return pa.Table.from_pylist(errors, schema=CORE_DOCUMENT_ERRORS.arrow_schema)


class _CapturesPart:
    """A WARC file's captures part being made again: the rows parsed now, then merged with those reused."""

    def __init__(self, captures: Path, warc_file: str):
        self.warc_file = warc_file
        self.target = captures / part_name(warc_file)
        self.fresh = self.target.with_name("." + self.target.name + ".fresh")
        self.captures = AtomicParquetWriter(self.fresh, CORE_DOCUMENT_CAPTURES)

    def finish(self, reused: dict[str, list[int]], parts: dict[str, PartInputs]) -> None:
        try:
            self.captures.close()
            merge_capture_rows(self.target, self.fresh, np.array(sorted(reused[self.warc_file]), dtype=np.int64),
                               metadata={PART_KEY: parts[self.warc_file].digest})
        finally:
            self.fresh.unlink(missing_ok=True)

    def abort(self) -> None:
        self.captures.abort()
        self.fresh.unlink(missing_ok=True)


def parse_batch(batch: list[tuple[dict, str, str]]) -> list[tuple[str, dict]]:
    """parse_record for each (record, its source's name, the WARC folder): in a worker process for many records."""
    return [parse_record(record, source, Path(warc_dir)) for record, source, warc_dir in batch]


def _records_of(records: Path, warc_file: str) -> Iterator[dict]:
    """The inventory's records of one WARC file, in WARC order, with `skipped`: its part only, when the records
    are kept a part per WARC file."""
    part = Path(records) / part_name(warc_file)
    if Path(records).is_dir() and not part.exists():
        return
    source = duckdb_source(part if Path(records).is_dir() else records)
    con = duckdb_session.cursor()
    try:
        reader = con.sql(f"""
            SELECT {', '.join(RECORD_COLUMNS)}, {SKIPPED} AS skipped FROM {source}
            WHERE warc_file = '{_q(warc_file)}' ORDER BY warc_offset
        """).to_arrow_reader(1000)
        for batch in reader:
            yield from batch.to_pylist()
    finally:
        con.close()


def _previous_captures(part: Path) -> dict[int, tuple]:
    """{WARC offset: (row, payload digest, URL, parser version)} of a previous captures part ({} if none)."""
    try:
        table = pq.ParquetFile(part).read(columns=["warc_offset", "payload_sha256", "url", "parser_version"])
    except (OSError, pa.ArrowException):
        return {}  # nothing can be reused from it: every capture is parsed again
    columns = [table.column(i).to_pylist() for i in range(4)]
    return {offset: (row, payload, url, version)
            for row, (offset, payload, url, version) in enumerate(zip(*columns))}


def _readable_errors(path: Path) -> tuple[pa.Table | None, dict[str, str]]:
    """The previous error rows, and for which WARC files (and their parts' inputs) they are all the rows."""
    try:
        table = pq.ParquetFile(path).read()
        known_for = json.loads((table.schema.metadata or {}).get(ERRORS_OF_KEY.encode(), b"{}"))
        return table.select(CORE_DOCUMENT_ERRORS.arrow_schema.names).cast(CORE_DOCUMENT_ERRORS.arrow_schema), \
            known_for
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return None, {}  # the error rows of no WARC file are known: every part is made again


def _errors_of(errors: pa.Table | None, warc_file: str) -> pa.Table | None:
    if errors is None:
        return None
    return errors.filter(pc.equal(errors.column("warc_file"), warc_file))


def _write_errors(path: Path, tables: list[pa.Table], inputs: str, known_for: dict[str, str]) -> None:
    schema = CORE_DOCUMENT_ERRORS.arrow_schema
    errors = pa.concat_tables([t.select(schema.names).cast(schema) for t in tables]) if tables else schema.empty_table()
    errors = errors.take(pc.sort_indices(errors, sort_keys=[("warc_file", "ascending"), ("warc_offset", "ascending")]))
    tmp = path.with_name(path.name + ".tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = {**(schema.metadata or {}), INPUTS_KEY: inputs, ERRORS_OF_KEY: json.dumps(known_for, sort_keys=True)}
    pq.write_table(errors.replace_schema_metadata(metadata), tmp, compression="zstd")
    os.replace(tmp, path)


def _write_empty(path: Path, schema: pa.Schema, metadata: dict[str, str] | None = None) -> None:
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(_with_metadata(schema, metadata).empty_table(), tmp, compression="zstd")
    os.replace(tmp, path)


def registry_digest() -> str:
    """What source_for_url's answer for a URL depends on: the sources in order with their names, hosts and parser
    versions, the matching code and the Python whose urllib parses the URL."""
    return code_digest([(s.name, s.parser_version, s.hosts) for s in (*all_sources(), GENERIC)],
                       module_code(sources_base, sources_registry), platform.python_version())


def parse_record(record: dict, source: str, warc_dir: Path) -> tuple[str, dict]:
    """Parse one record that was not reused (`source`: the name of the source its URL matches): ("document", row)
    or ("error", row)."""
    if not is_text_type(record.get("content_type") or ""):
        return "error", _error_row(record, source, "unsupported_content_type",
                                   f"content type {record['content_type']!r} is kept in the archive; no document "
                                   f"parser reads it")
    try:
        body, content_type, _ = read_response(warc_dir / record["warc_file"], record["warc_offset"])
    except Exception as exc:  # the inventory saw this record; a failure now is recorded, not fatal
        return "error", _error_row(record, source, "read_error", f"{type(exc).__name__}: {exc}")
    page = Page(url=record["url"], body=body, content_type=content_type, fetched_at=record["fetched_at"])
    built = judged_document(page, _provenance(record))
    if built.row is None:
        # A feed or listing the crawl fetched to find articles is expected not to parse as a document.
        kind = "discovery_page" if record.get("crawl_role") == "discovery" else built.error_type
        return "error", _error_row(record, source, kind, built.error)
    return "document", built.row


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


def split_latest(captures: Path, documents: Path, rejected: Path, keep_signatures: Path | None = None) -> None:
    """One row per page (latest capture), relevant ones to the `documents` parts with near-duplicates linked, the
    others to the `rejected` parts: each in the part of its capture's WARC file, in document_id order.

    Which capture is latest, the near-duplicate groups and each part's rows are decided on the key columns; the
    texts whose near-duplicate signature is not kept in `keep_signatures` are read once, in file order, and only
    the parts whose rows changed are written. `keep_signatures`: where the signatures are kept between runs."""
    rows = CaptureRows.of(captures)
    for folder in (documents, rejected):
        ensure_folder(folder)
    # DuckDB chooses the latest captures in a thread (without the GIL) while the kept signatures are read and the
    # relevant texts of the parts they know nothing of (a new WARC file's) are hashed
    with beside(1, "atazan-latest") as chooser:
        chosen = chooser.submit(_latest_captures, rows)
        known = signature_store.load(keep_signatures, rows) if keep_signatures is not None else None
        unknown = _signatures_of_unknown_parts(rows, known)
        latest, by_date = chosen.result()
    canonical, kept = _near_duplicates(rows, by_date.column("row").to_numpy(),
                                       by_date.column("document_id").combine_chunks(), known, unknown)
    del by_date, known, unknown
    groups = {doc: first for doc, first in canonical.items() if doc != first}
    linked, linked_to = pa.array(list(groups), pa.string()), pa.array(list(groups.values()), pa.string())

    def with_duplicates(chunk: pa.Table) -> pa.Table:
        ids = chunk.column("document_id").to_pylist()
        return chunk.append_column("duplicate_of", pa.array([groups.get(i) for i in ids], pa.string()))

    part_of, local = rows.locate(latest.column("row").to_numpy())
    # every page by (part, document_id): document_id order is that of UTF-8 bytes, as DuckDB and Arrow sort strings
    order = pc.sort_indices(pa.table({"part": part_of, "id": latest.column("document_id")}),
                            sort_keys=[("part", "ascending"), ("id", "ascending")]).to_numpy()
    part_of, local = part_of[order], local[order]
    is_relevant = latest.column("relevant").to_numpy(zero_copy_only=False)[order]
    ids = latest.column("document_id").take(pa.array(order))
    sizes = np.nan_to_num(latest.column("text_chars").to_numpy(zero_copy_only=False).astype(np.float64))[order]
    bounds = np.searchsorted(part_of, np.arange(len(rows.files) + 1))
    names = set()
    for index, file in enumerate(rows.files):
        names.add(file.name)
        made_from = footer_value(file, PART_KEY) or file.name
        in_part = np.arange(bounds[index], bounds[index + 1])
        for want, folder, table, extend in ((True, documents, CORE_DOCUMENTS, with_duplicates),
                                            (False, rejected, CORE_REJECTED_DOCUMENTS, None)):
            mine = in_part[is_relevant[in_part] == want]
            part_ids = ids.take(pa.array(mine, pa.int64()))
            links = pc.take(linked_to, pc.index_in(part_ids, value_set=linked)) if want else None
            identity = _rows_digest(made_from, part_ids, local[mine], links)
            target = folder / file.name
            if footer_value(target, ROWS_KEY) == identity:
                continue  # the part holds these captures with these links already
            plan = Plan(sources=np.zeros(len(mine), dtype=np.int64), rows=local[mine].astype(np.int64),
                        sizes=sizes[mine].astype(np.int64) * 2)  # 2 bytes a character
            write_in_order([file], plan, target, _with_metadata(table.arrow_schema, {ROWS_KEY: identity}),
                           extend=extend)
    for folder in (documents, rejected):
        remove_stale_parts(folder, names)
        if not names:
            _write_empty(folder / EMPTY_PART, (CORE_DOCUMENTS if folder == documents else CORE_REJECTED_DOCUMENTS)
                         .arrow_schema)
    if keep_signatures is not None:
        signature_store.save(keep_signatures, rows, kept)


def _latest_captures(rows: CaptureRows) -> tuple[pa.Table, pa.Table]:
    """The latest capture of every page (row numbered across the parts, document_id, relevant, text_chars), and
    the relevant ones' rows and ids by date: the earliest report of a group is its canonical, the others point
    at it."""
    columns = "document_id, relevant, published_at, text_chars, fetched_at, warc_file, warc_offset"
    # read by DuckDB, part after part with each row's number across the parts (read into Arrow part by part, put
    # together and handed to DuckDB, the same took 0.10-0.16 s at 100,000 pages against 0.07-0.10)
    keys = " UNION ALL ".join(f"SELECT {columns}, {int(rows.starts[index])} + file_row_number AS row "
                              f"FROM {duckdb_files([file], file_row_number=True)}"
                              for index, file in enumerate(rows.files))
    con = duckdb_session.cursor(utc=True)
    try:
        if keys:
            con.execute(f"CREATE TEMP VIEW keys AS {keys}")
        else:
            empty = {c: pa.array([], CORE_DOCUMENT_CAPTURES.arrow_schema.field(c).type) for c in columns.split(", ")}
            con.register("keys", pa.table({**empty, "row": pa.array([], pa.int64())}))
        con.execute("""
            CREATE TEMP TABLE latest AS SELECT row, document_id, relevant, published_at, text_chars FROM keys
            QUALIFY row_number() OVER (PARTITION BY document_id
                                       ORDER BY fetched_at DESC NULLS LAST, warc_file DESC, warc_offset DESC) = 1
        """)
        return (con.sql("SELECT row, document_id, relevant, text_chars FROM latest ORDER BY row").to_arrow_table(),
                con.sql("SELECT row, document_id FROM latest WHERE relevant "
                        "ORDER BY published_at NULLS LAST, document_id").to_arrow_table())
    finally:
        con.close()


def _rows_digest(made_from: str, ids: pa.Array, rows: np.ndarray, links: pa.Array | None) -> str:
    """What a documents or rejected part holds: which rows of which captures part, under which links (None: no
    links). The SHA-256 of a line "document_id<TAB>row<TAB>link" a row, made in Arrow (a line at a time in Python
    was 0.04 s a run at 100,000 pages)."""
    digest = hashlib.sha256(f"{FORMAT}\n{made_from}\n".encode())
    if len(ids):
        link_text = pa.array([""] * len(ids), pa.string()) if links is None else pc.fill_null(links, "")
        lines = pc.binary_join_element_wise(
            pc.binary_join_element_wise(ids, pc.cast(pa.array(rows, pa.int64()), pa.string()), link_text, "\t"),
            "\n", "")
        digest.update(joined_strings(lines))
    return digest.hexdigest()


def _signatures_of_unknown_parts(captures: CaptureRows, known: Signatures | None) -> Signatures | None:
    """The signatures of the captures parts `known` holds no row of (a new WARC file's), when it holds some (a run
    that adds pages; a first run reads the latest captures' texts alone, in _near_duplicates): of each page's latest
    capture in the part, when relevant. The rows _near_duplicates lacks there, unless another part holds a later
    capture of the page."""
    if known is None or not len(known):
        return None
    held = np.diff(np.searchsorted(known.rows, captures.starts))  # known rows in each part
    found: list[np.ndarray] = []
    con = duckdb_session.cursor(one_thread=True, utc=True)  # the other thread's query has the other core
    try:
        for index in np.nonzero(held == 0)[0].tolist():
            # each page's latest capture in the part (its WARC file: _latest_captures's order there), if relevant
            local = con.sql(f"""
                SELECT row FROM (
                    SELECT file_row_number AS row, relevant, row_number() OVER (
                        PARTITION BY document_id ORDER BY fetched_at DESC NULLS LAST, warc_offset DESC) AS n
                    FROM {duckdb_files([captures.files[index]], file_row_number=True)})
                WHERE n = 1 AND relevant ORDER BY row""").fetchnumpy()["row"]
            found.append(captures.starts[index] + local.astype(np.int64))
    finally:
        con.close()
    rows = np.concatenate(found) if found else np.empty(0, np.int64)
    values = np.zeros((len(rows), PERMUTATIONS), dtype=np.uint32)
    words = np.zeros(len(rows), dtype=bool)
    signature, positions = signatures(_texts(captures, rows))
    values[positions] = signature
    words[positions] = True
    return Signatures(rows, values, words)


def _texts(captures: CaptureRows, rows: np.ndarray) -> Iterator[str]:
    """The texts of these rows of the captures parts (numbered across them, increasing), in that order."""
    text_column = pa.schema([pa.field("text", pa.string())])
    part, local = captures.locate(rows)
    for index in np.unique(part).tolist():
        for chunk in take_rows(captures.files[index], local[part == index], text_column):
            yield from chunk.column("text").to_pylist()


def _near_duplicates(captures: CaptureRows, rows_in_order: np.ndarray, ids: pa.Array,
                     known: Signatures | None, unknown: Signatures | None = None) -> tuple[dict[str, str], Signatures]:
    """near_duplicate_groups over the given rows of the captures parts (document `ids[i]` is row
    `rows_in_order[i]`), in that order, and the rows' signatures with their grouping. Only the texts of rows whose
    signature is neither `known` nor `unknown` (made this run, not grouped before) are read, in file order, and
    only their buckets paired when `known` has its grouping."""
    by_row = np.argsort(rows_in_order, kind="stable")
    rows = rows_in_order[by_row]  # in file order, as kept
    values = np.zeros((len(rows), PERMUTATIONS), dtype=np.uint32)
    words = np.zeros(len(rows), dtype=bool)
    have = np.zeros(len(rows), dtype=bool)
    at = np.zeros(len(rows), dtype=np.int64)
    if known is not None and len(known) and len(rows):
        at = np.searchsorted(known.rows, rows)
        have = at < len(known.rows)
        have[have] = known.rows[at[have]] == rows[have]
        kept = np.nonzero(have)[0]
        if len(kept) == len(known) and kept[-1] == len(kept) - 1:
            # every kept signature, in order, before the new rows (a run that adds a WARC file): copied once,
            # without the gathered copy in between (51 MB at 100,000 pages)
            values[:len(kept)] = known.values
            words[:len(kept)] = known.words
        else:
            values[have] = known.values[at[have]]
            words[have] = known.words[at[have]]
    missing = np.nonzero(~have)[0]
    if unknown is not None and len(unknown) and len(missing):
        at_unknown = np.minimum(np.searchsorted(unknown.rows, rows[missing]), len(unknown) - 1)
        made = unknown.rows[at_unknown] == rows[missing]
        values[missing[made]] = unknown.values[at_unknown[made]]
        words[missing[made]] = unknown.words[at_unknown[made]]
        missing = missing[~made]
    signature, positions = signatures(_texts(captures, rows[missing]))
    values[missing[positions]] = signature
    words[missing[positions]] = True
    del signature
    # the rows with words in the requested order (row k in file order is requested at position by_row[k])
    with_words = np.nonzero(words)[0]
    with_words = with_words[np.argsort(by_row[with_words], kind="stable")]
    grouping = known.grouping if known is not None else None
    if grouping is None:
        pairs = similar_pairs.found(values[with_words])
    else:
        before = np.full(len(rows), -1, dtype=np.int64)  # each row's position in the previous run's order
        before[have] = grouping.ranks[at[have]]
        pairs = similar_pairs.updated(values[with_words], before[with_words], grouping.pairs, _gone(known, have, at))
    groups = similar_pairs.groups(ids.take(pa.array(by_row[with_words], pa.int64())), pairs)
    ranks = np.full(len(rows), -1, dtype=np.int64)
    ranks[with_words] = np.arange(len(with_words))
    return groups, Signatures(rows, values, words, Grouping(ranks, pairs, values[:0]))


def _gone(known: Signatures, have: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The signatures of the texts the previous run grouped that are not grouped now: of rows that are no longer
    the latest capture of their page, and of rows of captures parts that changed."""
    grouped_now = np.zeros(len(known), dtype=bool)
    grouped_now[at[have]] = True
    left = ~grouped_now & (known.grouping.ranks >= 0)
    return np.concatenate((known.values[left], known.grouping.gone))


def _with_metadata(schema: pa.Schema, metadata: dict[str, str] | None) -> pa.Schema:
    return schema.with_metadata({**(schema.metadata or {}), **metadata}) if metadata else schema


def _q(path: Path) -> str:
    return str(path).replace("'", "''")
