"""One archived response -> one document row (or one error row): the same code for the pipeline and the CLI."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from pipeline.documents.language import detect_language
from pipeline.documents.text import content_sha256
from pipeline.sources.base import KINDS, Page, ParseError, ParsedPage
from pipeline.sources.registry import source_for_url

# Bodies a parser can read; anything else (PDF, DOCX, images) stays in the archive for the official-text parsers.
TEXT_TYPES = ("text/html", "application/xhtml+xml", "application/json", "text/plain")
_TRACKING = ("utm_", "fbclid", "gclid", "yclid", "_openstat")


@dataclass(frozen=True)
class BuiltDocument:
    row: dict | None
    error_type: str | None = None
    error: str | None = None


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no default port."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def document_id_for(canonical_url: str) -> str:
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def is_text_type(content_type: str) -> bool:
    ctype = (content_type or "").split(";")[0].strip().lower()
    return ctype in TEXT_TYPES or ctype == ""


def build_document(page: Page, provenance: dict) -> BuiltDocument:
    """Parse `page` with its source's parser and complete the row: ids, language, hashes, provenance.

    `provenance` carries warc_file, warc_offset, warc_record_id, payload_sha256, fetched_at and is_sample.
    """
    if not is_text_type(page.content_type):
        return BuiltDocument(None, "unsupported_content_type",
                             f"content type {page.content_type!r} is kept in the archive; no document parser reads it")
    if not page.body.strip():
        return BuiltDocument(None, "parse_error", "empty body")
    source = source_for_url(page.url)
    try:
        parsed = source.parse(page)
    except ParseError as exc:
        return BuiltDocument(None, "parse_error", str(exc) or "parser gave no reason")
    except Exception as exc:  # a parser bug must not stop the other pages; it is recorded with its type
        return BuiltDocument(None, "parse_error", f"{type(exc).__name__} in parser {source.name}: {exc}"[:500])
    return complete_row(page, source.name, source.parser_version, parsed, provenance)


def complete_row(page: Page, source_name: str, parser_version: str, parsed: ParsedPage, provenance: dict) -> BuiltDocument:
    text = (parsed.text or "").strip()
    title = (parsed.title or "").strip()
    if not text:
        return BuiltDocument(None, "parse_error", f"{source_name}: no body text found")
    if not title:
        return BuiltDocument(None, "parse_error", f"{source_name}: no title found")
    language = detect_language(f"{title}\n{text}", hint=parsed.language)
    if language is None:
        return BuiltDocument(None, "parse_error", "language could not be determined")
    warnings = list(parsed.warnings)
    if parsed.language and parsed.language != language:
        warnings.append(f"page declares language {parsed.language!r}, text is {language!r}")
    canonical = normalise_url(urljoin(page.url, parsed.canonical_url) if parsed.canonical_url else page.url)
    kind = parsed.kind if parsed.kind in KINDS else "news"
    row = {
        "document_id": document_id_for(canonical),
        "url": page.url,
        "canonical_url": canonical,
        "source": source_name,
        "parser": source_name,
        "parser_version": parser_version,
        "kind": kind,
        "language": language,
        "title": title,
        "published_at": parsed.published_at,
        "text": text,
        "text_chars": len(text),
        "content_sha256": content_sha256(text),
        "warnings": warnings,
        **provenance,
    }
    return BuiltDocument(row)
