"""Reading WARC files with warcio: an inventory of response records, and one payload by its offset.

Whoever wrote the file (our crawl, wget, Browsertrix, ArchiveWeb.page), a damaged record never stops
the reading: it becomes an error entry, and the reader looks for the next record after it.
"""
from __future__ import annotations

import hashlib
import mmap
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator

SAMPLE_MARKER = "x-atazan-sample-data"
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."


@dataclass(frozen=True)
class WarcResponse:
    """One HTTP response record, located in its file."""

    warc_file: str
    offset: int
    length: int
    record_id: str
    target_uri: str
    warc_date: datetime | None
    http_status: int | None
    content_type: str
    payload_sha256: str
    payload_length: int
    is_sample: bool
    # What our crawl fetched it as ("page", "discovery", "robots"); None in other tools' archives.
    crawl_role: str | None = None


@dataclass(frozen=True)
class WarcError:
    warc_file: str
    offset: int
    error: str


def warc_files(root: Path) -> list[Path]:
    """Every *.warc and *.warc.gz under `root`, in a stable order (half-written `.tmp` files are skipped)."""
    if not root.exists():
        return []
    found = [p for p in root.rglob("*") if p.is_file() and p.name.endswith((".warc", ".warc.gz"))]
    return sorted(found)


def parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)
    except ValueError:
        return None


def iter_responses(path: Path, name: str) -> Iterator[WarcResponse | WarcError]:
    """Yield every response record of one file, and an error for each damaged stretch of it."""
    for item, _ in iter_responses_with_bodies(path, name):
        yield item


def iter_responses_with_bodies(path: Path, name: str) -> Iterator[tuple[WarcResponse, bytes] | tuple[WarcError, None]]:
    """iter_responses with each response's decoded HTTP body, in one pass (for streaming the pages of a file)."""
    is_sample = False
    start = 0
    size = path.stat().st_size
    with path.open("rb") as fh:
        while start < size:
            fh.seek(start)
            failed_at = None
            it = ArchiveIterator(fh, check_digests=False)
            try:
                for record in it:
                    kind = record.rec_type
                    if kind == "warcinfo":
                        info = record.content_stream().read().decode("utf-8", "replace")
                        is_sample = is_sample or f"{SAMPLE_MARKER}: true" in info
                        continue
                    if kind != "response":
                        continue
                    yield _response_or_error(record, it, name, is_sample)
                break
            except Exception as exc:  # warcio raises several types for damaged input; each becomes an error row
                failed_at = max(it.offset if it.offset is not None else start, start)
                yield WarcError(name, failed_at, f"{type(exc).__name__}: {exc}".strip()[:500]), None
            next_start = _next_record_start(fh, failed_at + 1, path.name.endswith(".gz"))
            if next_start is None:
                break
            start = next_start


def _response_or_error(record, it: ArchiveIterator, name: str,
                       is_sample: bool) -> tuple[WarcResponse, bytes] | tuple[WarcError, None]:
    headers = record.rec_headers
    body = record.content_stream().read()
    missing = getattr(record.raw_stream, "limit", 0)
    offset = it.get_record_offset()  # only after the body is read: warcio consumes the record to find its length
    if not (headers.protocol or "").startswith("WARC/") or not headers.get_header("WARC-Target-URI"):
        return WarcError(name, offset, f"not a WARC response record (header line {headers.protocol!r})"), None
    if missing:
        return WarcError(name, offset, f"record truncated: {missing} bytes of its declared length are missing"), None
    http = record.http_headers
    status = None
    if http is not None:
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            status = None
    length = it.get_record_length()
    response = WarcResponse(
        warc_file=name,
        offset=offset,
        length=length,
        record_id=headers.get_header("WARC-Record-ID") or "",
        target_uri=headers.get_header("WARC-Target-URI") or "",
        warc_date=parse_warc_date(headers.get_header("WARC-Date")),
        http_status=status,
        content_type=(http.get_header("Content-Type") if http is not None else "") or "",
        payload_sha256=hashlib.sha256(body).hexdigest(),
        payload_length=len(body),
        is_sample=is_sample,
        crawl_role=headers.get_header("Atazan-Role"),
    )
    return response, body


def _next_record_start(fh: BinaryIO, after: int, gzipped: bool) -> int | None:
    """The next place after `after` where a record (or gzip member) seems to begin."""
    magic = _GZIP_MAGIC if gzipped else _WARC_MAGIC
    try:
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            found = mm.find(magic, after)
    except ValueError:  # empty file
        return None
    return found if found >= 0 else None


def read_response(path: Path, offset: int) -> tuple[bytes, str, int | None]:
    """The decoded HTTP body, its Content-Type and status of the response record at `offset`. ValueError when no
    whole WARC response record starts there: the file changed since it was inventoried (warcio would read any
    line of text as an old ARC record, with an empty body)."""
    with path.open("rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh, check_digests=False)), None)
        if record is None or record.format != "warc" or record.rec_type != "response":
            raise ValueError(f"no WARC response record at offset {offset} of {path.name}")
        http = record.http_headers
        body = record.content_stream().read()
        if getattr(record.raw_stream, "limit", 0):
            raise ValueError(f"the record at offset {offset} of {path.name} is truncated")
        content_type = (http.get_header("Content-Type") if http is not None else "") or ""
        status = int(http.get_statuscode()) if http is not None and http.get_statuscode() else None
        return body, content_type, status
