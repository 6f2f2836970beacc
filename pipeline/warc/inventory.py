"""The raw layer's inventory: every response record and every damaged stretch of every WARC file."""
from __future__ import annotations

import hashlib
from dataclasses import asdict
from pathlib import Path
from typing import Iterator

from pipeline.warc.reader import WarcError, WarcResponse, iter_responses, warc_files

_EDGE = 1 << 20


def file_fingerprint(path: Path) -> str:
    """Size and the digest of the file's first and last megabyte: WARC files only ever grow or get replaced,
    and this costs the same for a 1 GB file as for a 1 KB one (and survives copies that change mtimes)."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as fh:
        digest.update(fh.read(_EDGE))
        if size > _EDGE:
            fh.seek(max(_EDGE, size - _EDGE))
            digest.update(fh.read(_EDGE))
    return digest.hexdigest()


def scan_archive(warc_dir: Path, skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, dict]]:
    """("record", row) for each response, ("error", row) for each damaged stretch or unreadable file;
    files named in `skip` (relative names) are not read."""
    for path in warc_files(warc_dir):
        name = path.relative_to(warc_dir).as_posix()
        if name in skip:
            continue
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
