"""Writing WARC files with warcio, atomically: a reader never sees a half-written file.

The file is written under a temporary name that the raw layer does not ingest (`*.warc.gz.tmp`), flushed
to disk, then renamed into place.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Iterable

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found"}


@dataclass(frozen=True)
class ResponseToArchive:
    url: str
    body: bytes
    fetched_at: datetime
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)
    record_id: str | None = None  # given for reproducible archives (the bundled sample)
    extra_warc_headers: dict[str, str] = field(default_factory=dict)


def warc_date(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def stable_record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, '|'.join(parts))}>"


def write_warc(path: Path, responses: Iterable[ResponseToArchive], warcinfo: dict[str, str] | None = None,
               info_date: datetime | None = None) -> Path:
    """Write `responses` (and a warcinfo record first) to `path`, gzipped per record, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        if warcinfo is not None:
            headers = {"WARC-Date": warc_date(info_date or datetime.now(timezone.utc))}
            headers["WARC-Record-ID"] = stable_record_id(path.name, "warcinfo", *sorted(warcinfo.items())[0])
            record = writer.create_warcinfo_record(path.name, warcinfo, warc_headers_dict=headers)
            writer.write_record(record)
        for response in responses:
            writer.write_record(response_record(writer, response))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def response_record(writer: WARCWriter, response: ResponseToArchive):
    reason = _REASONS.get(response.status, "Unknown")
    http_headers = StatusAndHeaders(f"{response.status} {reason}", list(response.headers), protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": warc_date(response.fetched_at), **response.extra_warc_headers}
    if response.record_id:
        warc_headers["WARC-Record-ID"] = response.record_id
    return writer.create_warc_record(response.url, "response", payload=BytesIO(response.body),
                                     http_headers=http_headers, warc_headers_dict=warc_headers)
