"""`atazan extract`: what the pipeline makes of pages, one JSON line per page, without Dagster.

Each page goes through judged_document (pipeline/documents/collect.py), the code core_documents runs, so a line
shows what the pipeline would store. WARC files are read one record at a time and every line is flushed as soon
as it is written: a 100,000-page archive streams in flat memory, and the first line appears at once.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, TextIO
from urllib.parse import urlsplit

from pipeline.documents.collect import judged_document
from pipeline.documents.html import parse_html
from pipeline.extract.payload import read_payload
from pipeline.sources.base import Page
from pipeline.sources.common import Head
from pipeline.sources.registry import source_for_url
from pipeline.warc.reader import WarcError, WarcResponse, iter_responses_with_bodies

FIELDS = ("url", "source", "parser", "title", "published_at", "language", "kind", "text", "relevant", "errors")
WARC_SUFFIXES = (".warc", ".warc.gz")
# A WARC from a browser crawl (Browsertrix) also holds scripts, styles and images; only pages are documents.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "application/json")


def run_extract(paths: list[str], url: str | None, out: TextIO, notes: TextIO | None = None) -> int:
    """Print one line per page of every PATH; non-zero only when not one PATH could be read."""
    notes = notes or sys.stderr
    readable = 0
    for name in paths:
        path = Path(name)
        problem = unreadable(path)
        if problem:
            write_line(out, failed_entry(f"{name}: {problem}"))
            continue
        readable += 1
        if is_warc(path):
            tally = {"records": 0, "skipped": 0}
            for entry in extract_warc(path, tally):
                write_line(out, entry)
            if url:
                notes.write(f"{name}: --url is ignored for a WARC file; each record carries its own URL\n")
            if tally["skipped"]:
                notes.write(f"{name}: {tally['records']} response records, {tally['skipped']} skipped "
                            f"(not HTML or JSON, or HTTP status not 2xx)\n")
        else:
            write_line(out, extract_html_file(path, url))
    return 0 if readable else 1


def unreadable(path: Path) -> str | None:
    """Why `path` cannot be read (missing, a directory, no permission), or None."""
    try:
        with path.open("rb"):
            return None
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def extract_warc(path: Path, tally: dict[str, int] | None = None) -> Iterator[dict]:
    """One entry per HTML or JSON response of the file, and one per damaged stretch (the reading goes on after it)."""
    tally = tally if tally is not None else {"records": 0, "skipped": 0}
    try:
        for item, body in iter_responses_with_bodies(path, path.name):
            if isinstance(item, WarcError):
                yield failed_entry(f"{path}: damaged WARC data at offset {item.offset}: {item.error}")
                continue
            tally["records"] += 1
            if not is_page(item):
                tally["skipped"] += 1
                continue
            page = Page(url=item.target_uri, body=body, content_type=item.content_type, fetched_at=item.warc_date)
            yield page_entry(page, warc_provenance(item))
    except OSError as exc:  # the file vanished or a disk error while reading: what was printed stays valid
        yield failed_entry(f"{path}: cannot read: {exc}")


def is_page(item: WarcResponse) -> bool:
    # Redirects and error pages are not documents: core_documents skips them the same way.
    if item.http_status is not None and not 200 <= item.http_status < 300:
        return False
    media_type = item.content_type.split(";")[0].strip().lower()
    return media_type in PAGE_TYPES or media_type == ""


def warc_provenance(item: WarcResponse) -> dict:
    return {"warc_file": item.warc_file, "warc_offset": item.offset, "warc_record_id": item.record_id,
            "payload_sha256": item.payload_sha256, "fetched_at": item.warc_date, "is_sample": item.is_sample}


def extract_html_file(path: Path, url: str | None) -> dict:
    """The entry of one saved page; its URL is `url`, else the one the page declares (canonical or og:url)."""
    try:
        body = path.read_bytes()
    except OSError as exc:
        return failed_entry(f"{path}: cannot read: {(exc.strerror or str(exc)).lower()}")
    content_type = "application/json" if path.suffix.lower() == ".json" else "text/html"
    if url is None:
        url, problem = declared_url(body, content_type)
        if url is None:
            return failed_entry(f"{path}: {problem}; give the page's address with --url")
    page = Page(url=url, body=body, content_type=content_type, fetched_at=None)
    provenance = {"warc_file": None, "warc_offset": None, "warc_record_id": None, "payload_sha256": None,
                  "fetched_at": None, "is_sample": False}
    return page_entry(page, provenance)


def declared_url(body: bytes, content_type: str) -> tuple[str | None, str | None]:
    """The absolute URL in the page's <link rel=canonical> or og:url, else None and the reason."""
    payload = read_payload(body, content_type)
    if not payload.html:
        return None, "no URL: " + "; ".join(payload.errors)
    href = Head(parse_html(payload.html)).canonical_url()
    if not href:
        return None, "no URL: the page has no <link rel=\"canonical\"> and no og:url"
    if not is_web_address(href):
        return None, f"no URL: the page's canonical address {href!r} is not an absolute http(s) URL"
    return href, None


def is_web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def page_entry(page: Page, provenance: dict) -> dict:
    source = source_for_url(page.url)
    try:
        built = judged_document(page, provenance)
    except Exception as exc:  # a bug on one page must not end the stream; the line names it
        return failed_entry(f"{type(exc).__name__} while building the document: {exc}"[:500], page.url, source.name)
    if built.row is None:
        return failed_entry(f"{built.error_type}: {built.error}", page.url, source.name)
    row = built.row
    return {
        "url": row["url"],
        "source": row["source"],
        "parser": row["parser"],
        "title": row["title"],
        "published_at": iso_utc(row["published_at"]),
        "language": row["language"],
        "kind": row["kind"],
        "text": row["text"],
        "relevant": row["relevant"],
        "errors": list(row["warnings"]),
    }


def failed_entry(error: str, url: str | None = None, source: str | None = None) -> dict:
    entry = dict.fromkeys(FIELDS)
    entry.update(url=url, source=source, parser=source, errors=[error])
    return entry


def iso_utc(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


# Characters that some line readers (str.splitlines, JavaScript) take for a line break: escaped, one page stays
# one line. Replaced one by one because str.translate is slow on a 3-million-character text.
_LINE_BREAKS = (("\u0085", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def write_line(out: TextIO, entry: dict) -> None:
    line = json.dumps(entry, ensure_ascii=False)
    for char, escaped in _LINE_BREAKS:
        if char in line:
            line = line.replace(char, escaped)
    out.write(line + "\n")
    out.flush()  # a reader of the pipe sees each page as soon as it is parsed
