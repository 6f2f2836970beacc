"""The raw layer's inventory: every response record and every damaged stretch of every WARC file."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Iterator

from pipeline.warc.reader import WarcError, WarcResponse, iter_responses, warc_files


def scan_archive(warc_dir: Path) -> Iterator[tuple[str, dict]]:
    """("record", row) for each response, ("error", row) for each damaged stretch or unreadable file."""
    for path in warc_files(warc_dir):
        name = path.relative_to(warc_dir).as_posix()
        try:
            for item in iter_responses(path, name):
                if isinstance(item, WarcResponse):
                    yield "record", record_row(item)
                elif isinstance(item, WarcError):
                    yield "error", {"warc_file": item.warc_file, "warc_offset": item.offset, "error": item.error}
        except OSError as exc:
            yield "error", {"warc_file": name, "warc_offset": 0, "error": f"cannot read file: {exc}"}


def record_row(item: WarcResponse) -> dict:
    row = asdict(item)
    return {
        "warc_file": row["warc_file"],
        "warc_offset": row["offset"],
        "warc_length": row["length"],
        "warc_record_id": row["record_id"],
        "url": row["target_uri"],
        "fetched_at": row["warc_date"],
        "http_status": row["http_status"],
        "content_type": row["content_type"],
        "payload_sha256": row["payload_sha256"],
        "payload_length": row["payload_length"],
        "is_sample": row["is_sample"],
        "crawl_role": row["crawl_role"],
    }
