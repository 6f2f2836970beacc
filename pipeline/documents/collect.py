"""From the raw inventory to core_documents: read each response, parse it, keep one row per distinct page."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import duckdb

from pipeline.documents.build import build_document
from pipeline.metadata.tables import CORE_DOCUMENT_ERRORS, CORE_DOCUMENTS
from pipeline.sources.base import Page
from pipeline.sources.registry import source_for_url
from pipeline.storage.parquet import AtomicParquetWriter, iter_rows
from pipeline.warc.reader import read_response


@dataclass
class CollectStats:
    responses: int = 0
    parsed: int = 0
    errors: int = 0
    skipped_status: int = 0
    by_source: dict[str, int] = field(default_factory=dict)


def collect_documents(records_path: Path, warc_dir: Path, documents_path: Path, errors_path: Path) -> CollectStats:
    stats = CollectStats()
    captures_path = documents_path.with_name(documents_path.stem + ".captures.parquet")
    with AtomicParquetWriter(captures_path, CORE_DOCUMENTS) as captures, \
            AtomicParquetWriter(errors_path, CORE_DOCUMENT_ERRORS) as errors:
        for kind, row in parse_records(iter_rows(records_path), warc_dir, stats):
            (captures if kind == "document" else errors).write(row)
    keep_latest_capture(captures_path, documents_path)
    captures_path.unlink(missing_ok=True)
    return stats


def parse_records(records: Iterable[dict], warc_dir: Path, stats: CollectStats) -> Iterator[tuple[str, dict]]:
    for record in records:
        stats.responses += 1
        status = record.get("http_status")
        # Redirects, 304s and error pages are not documents; the inventory keeps them.
        if status is not None and not 200 <= status < 300:
            stats.skipped_status += 1
            continue
        provenance = {
            "warc_file": record["warc_file"],
            "warc_offset": record["warc_offset"],
            "warc_record_id": record["warc_record_id"],
            "payload_sha256": record["payload_sha256"],
            "fetched_at": record["fetched_at"],
            "is_sample": record["is_sample"],
        }
        try:
            body, content_type, _ = read_response(warc_dir / record["warc_file"], record["warc_offset"])
        except Exception as exc:  # the inventory saw this record; a failure now is recorded, not fatal
            stats.errors += 1
            yield "error", _error_row(record, "read_error", f"{type(exc).__name__}: {exc}")
            continue
        page = Page(url=record["url"], body=body, content_type=content_type, fetched_at=record["fetched_at"])
        built = build_document(page, provenance)
        if built.row is None:
            stats.errors += 1
            yield "error", _error_row(record, built.error_type, built.error, source=_source_name(page.url))
            continue
        stats.parsed += 1
        stats.by_source[built.row["source"]] = stats.by_source.get(built.row["source"], 0) + 1
        yield "document", built.row


def _source_name(url: str) -> str:
    return source_for_url(url).name


def _error_row(record: dict, error_type: str, error: str, source: str | None = None) -> dict:
    return {
        "warc_file": record["warc_file"],
        "warc_offset": record["warc_offset"],
        "warc_record_id": record["warc_record_id"],
        "url": record["url"],
        "source": source or _source_name(record["url"]),
        "error_type": error_type,
        "error": error,
        "is_sample": record["is_sample"],
        "fetched_at": record["fetched_at"],
    }


def keep_latest_capture(captures_path: Path, documents_path: Path) -> None:
    """One row per document_id: the latest capture (ties: the later file and offset), ordered by id."""
    tmp = documents_path.with_name(documents_path.name + ".tmp")
    con = duckdb.connect()
    try:
        con.execute(
            f"""
            COPY (
                SELECT * FROM read_parquet('{_sql_path(captures_path)}')
                QUALIFY row_number() OVER (
                    PARTITION BY document_id
                    ORDER BY fetched_at DESC NULLS LAST, warc_file DESC, warc_offset DESC) = 1
                ORDER BY document_id
            ) TO '{_sql_path(tmp)}' (FORMAT parquet, COMPRESSION zstd)
            """
        )
    finally:
        con.close()
    os.replace(tmp, documents_path)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
