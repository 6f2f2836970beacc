"""The official texts of the Constitution in the WARC archive, found through the raw inventory."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterator

import pyarrow as pa

from pipeline.legal.dataset import ArchivedText
from pipeline.legal.identify import identify
from pipeline.metadata.tables import RAW_WARC_RECORDS
from pipeline.storage import duckdb_session
from pipeline.storage.fingerprint import code_digest, kept_by_file
from pipeline.storage.parts import duckdb_files, duckdb_source, part_files
from pipeline.warc.reader import read_response

# Every URL identify() takes has one of these hosts: the records of other sites (all but a few of an archive of
# news) are filtered out by DuckDB, not made into dicts and parsed one by one (4 s at 100,000 pages; the same
# filter in pyarrow, row group by row group, took 0.08-0.14 s of every run that adds pages).
_OFFICIAL_HOSTS = r"(?i)zan\.(gov\.)?kz"
# the record's identity (id, payload digest) too: what official_records_digest says the texts are made from
_COLUMNS = ["url", "fetched_at", "content_type", "http_status", "warc_file", "warc_offset", "is_sample",
            "warc_record_id", "payload_sha256"]
_SCHEMA = pa.schema([(c, RAW_WARC_RECORDS.arrow_schema.field(c).type) for c in _COLUMNS])
_KEPT_CODE = code_digest("official-records-1", _OFFICIAL_HOSTS, _SCHEMA)


def official_records(records_path: Path, kept_path: Path | None = None) -> list[dict]:
    """The inventory's records whose URL may be an official text's (a superset: identify() decides), in the
    inventory's order. `kept_path`: where each part's official records are kept between runs (JSON), by the
    part's stamp: a run that adds a WARC file reads that file's part, not every part (0.07-0.09 s a run at
    100,000 pages, growing with the archive)."""
    files = part_files(records_path)
    if not files:
        return _official_table(duckdb_source(records_path)).to_pylist()  # DuckDB says what is missing
    kept = kept_by_file(files, kept_path, _KEPT_CODE, _official_rows)
    rows = [row for file in files for row in kept[file.name]]
    # back through Arrow with the inventory's types: the same values (fetched_at a UTC datetime) as read now
    columns = {c: [row[c] for row in rows] for c in _COLUMNS}
    columns["fetched_at"] = pa.array(columns["fetched_at"], pa.int64()).cast(_SCHEMA.field("fetched_at").type)
    return pa.table(columns, schema=_SCHEMA).to_pylist()


def _official_table(source: str) -> pa.Table:
    con = duckdb_session.cursor(utc=True)  # fetched_at in UTC, as the inventory writes it
    try:
        return con.sql(f"SELECT {', '.join(_COLUMNS)} FROM {source} "
                       f"WHERE regexp_matches(url, '{_OFFICIAL_HOSTS}')").to_arrow_table().cast(_SCHEMA)
    finally:
        con.close()


def _official_rows(parts: list[Path]) -> dict[str, list[dict]]:
    """Each part's official records as JSON values (fetched_at in microseconds since the epoch)."""
    kept = {}
    for part in parts:
        table = _official_table(duckdb_files([part]))
        epoch_us = table["fetched_at"].cast(pa.int64())
        kept[part.name] = table.set_column(_COLUMNS.index("fetched_at"), "fetched_at", epoch_us).to_pylist()
    return kept


def official_records_digest(records: list[dict]) -> str:
    """What the official texts are made from: these records, each with its payload's digest (a text changed in
    its WARC file has another), in order."""
    return hashlib.sha256(json.dumps(records, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def archived_texts(records_path: Path, warc_dir: Path, records: list[dict] | None = None
                   ) -> Iterator[ArchivedText | dict]:
    """Each official text as an ArchivedText; a record that cannot be read back yields an error row (a dict).
    `records`: official_records(records_path), when the caller has them."""
    for record in official_records(records_path) if records is None else records:
        status = record.get("http_status")
        if status is not None and not 200 <= status < 300:
            continue
        found = identify(record["url"], record["fetched_at"], record.get("content_type") or "")
        if found is None:
            continue
        try:
            body, _, _ = read_response(warc_dir / record["warc_file"], record["warc_offset"])
        except Exception as exc:  # recorded, and the other texts go on
            yield {"source_url": record["url"], "version_id": found.version_id, "language": found.language,
                   "format": found.fmt, "error": f"cannot read the record back: {exc}",
                   "warc_file": record["warc_file"], "warc_offset": record["warc_offset"],
                   "is_sample": record["is_sample"]}
            continue
        yield ArchivedText(found.version_id, found.language, found.fmt, body, record["url"], record["warc_file"],
                           record["warc_offset"], record["fetched_at"], record["is_sample"])
