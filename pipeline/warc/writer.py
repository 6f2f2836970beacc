"""Writing WARC files with warcio, atomically: a reader never sees a half-written file.

The file is written under a temporary name that the raw layer does not ingest (`*.warc.gz.tmp`), flushed
to disk, then renamed into place. `write_warc` writes a whole archive at once (the bundled sample);
`RotatingWarcWriter` appends the live crawl's exchanges and rotates by size, and `finish_partial_warc`
turns a file left open by a killed crawl into a clean one.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
            307: "Temporary Redirect", 308: "Permanent Redirect", 403: "Forbidden", 404: "Not Found",
            410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}


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
            record = writer.create_warcinfo_record(path.name, warcinfo)
            for name, value in headers.items():
                record.rec_headers.replace_header(name, value)
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


# --- The live crawl's archive: many exchanges appended to one open file, rotated by size. ---------------------

REVISIT_NOT_MODIFIED = "http://netpreserve.org/warc/1.0/revisit/server-not-modified"
TMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class HttpExchange:
    """One HTTP request and the response to it, as the crawl saw them on the wire (body already decoded)."""

    url: str
    fetched_at: datetime
    status: int
    reason: str = ""
    request_headers: tuple[tuple[str, str], ...] = ()
    response_headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    method: str = "GET"
    http_version: str = "HTTP/1.1"
    truncated: str | None = None  # WARC-Truncated reason: "length", "time", "disconnect"
    ip_address: str | None = None
    # For a 304 answer: the target URI, WARC-Date and payload digest of the response it confirms.
    refers_to: tuple[str, str, str] | None = None
    extra_warc_headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class WrittenRecord:
    warc_file: str
    offset: int
    record_id: str
    payload_digest: str


# Hop-by-hop and encoding headers describe the wire, not the payload we store (decoded, de-chunked): keep
# them under another name so a reader does not try to decode the payload a second time.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def archived_headers(headers: Iterable[tuple[str, str]], body_length: int) -> list[tuple[str, str]]:
    kept = []
    for name, value in headers:
        if name.lower() in _WIRE_HEADERS:
            kept.append((f"X-Crawler-{name}", value))
        else:
            kept.append((name, value))
    kept.append(("Content-Length", str(body_length)))
    return kept


class RotatingWarcWriter:
    """Appends exchanges to `<dir>/<prefix>-<stamp>-<n>.warc.gz.tmp`, renamed into place when it grows past
    `max_bytes` or on `close()`.

    `sync()` makes everything written so far durable and returns the file's length: the caller stores that
    length with its own state, and `finish_partial_warc` cuts a file left by a killed run back to it.
    """

    def __init__(self, directory: Path, prefix: str = "crawl", max_bytes: int = 1_000_000_000,
                 warcinfo: dict[str, str] | None = None, gzip: bool = True):
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.warcinfo = warcinfo or {}
        self.gzip = gzip
        self._fh = None
        self._writer: WARCWriter | None = None
        self._name: str | None = None
        self._serial = 0

    @property
    def current_name(self) -> str | None:
        """The final name (without .tmp) of the file being written, if one is open."""
        return self._name

    def write_exchange(self, exchange: HttpExchange) -> WrittenRecord:
        """Write the response (or revisit) record and its request record; return where the response went."""
        if self._fh is None:
            self._open()
        assert self._writer is not None and self._fh is not None and self._name is not None
        response = exchange_record(self._writer, exchange)
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        offset = self._fh.tell()
        self._writer.write_record(response)
        self._writer.write_record(request_record(self._writer, exchange, response_id))
        digest = response.rec_headers.get_header("WARC-Payload-Digest") or ""
        return WrittenRecord(self._name, offset, response_id, digest)

    def sync(self) -> tuple[str, int] | None:
        """Flush and fsync the open file; its name and durable length (None when no file is open)."""
        if self._fh is None or self._name is None:
            return None
        self._fh.flush()
        os.fsync(self._fh.fileno())
        return self._name, self._fh.tell()

    def needs_rotation(self) -> bool:
        return self._fh is not None and self._fh.tell() >= self.max_bytes

    def close(self) -> Path | None:
        """Make the open file durable and rename it into place; the final path (None when none was open)."""
        if self._fh is None or self._name is None:
            return None
        self.sync()
        self._fh.close()
        final = self.directory / self._name
        os.replace(self.directory / (self._name + TMP_SUFFIX), final)
        _fsync_directory(self.directory)
        self._fh = self._writer = self._name = None
        return final

    def abandon(self) -> Path | None:
        """Stop writing the open file without publishing it; its temporary path (for `finish_partial_warc`)."""
        if self._fh is None or self._name is None:
            return None
        self._fh.close()
        tmp = self.directory / (self._name + TMP_SUFFIX)
        self._fh = self._writer = self._name = None
        return tmp

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        while True:
            self._serial += 1
            name = f"{self.prefix}-{stamp}-{os.getpid()}-{self._serial:05d}.warc" + (".gz" if self.gzip else "")
            if not (self.directory / name).exists() and not (self.directory / (name + TMP_SUFFIX)).exists():
                break
        self._name = name
        self._fh = (self.directory / (name + TMP_SUFFIX)).open("wb")
        self._writer = WARCWriter(self._fh, gzip=self.gzip)
        if self.warcinfo:
            self._writer.write_record(self._writer.create_warcinfo_record(name, dict(self.warcinfo)))


def exchange_record(writer: WARCWriter, exchange: HttpExchange):
    reason = exchange.reason or _REASONS.get(exchange.status, "Unknown")
    warc_headers = {"WARC-Date": warc_date(exchange.fetched_at), **exchange.extra_warc_headers}
    if exchange.ip_address:
        warc_headers["WARC-IP-Address"] = exchange.ip_address
    if exchange.truncated:
        warc_headers["WARC-Truncated"] = exchange.truncated
    headers = archived_headers(exchange.response_headers, len(exchange.body))
    http_headers = StatusAndHeaders(f"{exchange.status} {reason}", headers, protocol=exchange.http_version)
    if exchange.refers_to is not None:
        refers_uri, refers_date, digest = exchange.refers_to
        record = writer.create_revisit_record(exchange.url, digest, refers_uri, refers_date,
                                              http_headers=http_headers, warc_headers_dict=warc_headers)
        record.rec_headers.replace_header("WARC-Profile", REVISIT_NOT_MODIFIED)
        return record
    return writer.create_warc_record(exchange.url, "response", payload=BytesIO(exchange.body),
                                     length=len(exchange.body), http_headers=http_headers,
                                     warc_headers_dict=warc_headers)


def request_record(writer: WARCWriter, exchange: HttpExchange, response_id: str):
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = list(exchange.request_headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    http_headers = StatusAndHeaders(f"{exchange.method} {target} {exchange.http_version}", headers,
                                    protocol="", is_http_request=True)
    warc_headers = {"WARC-Date": warc_date(exchange.fetched_at), "WARC-Concurrent-To": response_id}
    return writer.create_warc_record(exchange.url, "request", payload=BytesIO(b""), length=0,
                                     http_headers=http_headers, warc_headers_dict=warc_headers)


def pending_warc_files(directory: Path) -> list[Path]:
    """Files a killed run left open (`*.warc.gz.tmp`), which the raw layer never reads."""
    if not Path(directory).exists():
        return []
    return sorted(p for p in Path(directory).iterdir()
                  if p.name.endswith((".warc" + TMP_SUFFIX, ".warc.gz" + TMP_SUFFIX)))


def finish_partial_warc(tmp_path: Path, committed_length: int) -> Path | None:
    """Cut a file left open by a killed run back to the length its state committed, and rename it into place.

    Everything after `committed_length` belongs to exchanges the state never recorded (they are fetched again),
    so cutting there loses nothing and duplicates nothing. With nothing committed the file is removed.
    """
    tmp_path = Path(tmp_path)
    if not tmp_path.name.endswith(TMP_SUFFIX):
        raise ValueError(f"{tmp_path} is not a temporary WARC name")
    if committed_length <= 0:
        tmp_path.unlink(missing_ok=True)
        return None
    size = tmp_path.stat().st_size
    if size < committed_length:
        raise ValueError(f"{tmp_path.name} has {size} bytes but {committed_length} were committed: the file "
                         "is damaged, it is left as it is")
    with tmp_path.open("r+b") as fh:
        fh.truncate(committed_length)
        fh.flush()
        os.fsync(fh.fileno())
    final = tmp_path.with_name(tmp_path.name[: -len(TMP_SUFFIX)])
    os.replace(tmp_path, final)
    _fsync_directory(final.parent)
    return final


def _fsync_directory(directory: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
