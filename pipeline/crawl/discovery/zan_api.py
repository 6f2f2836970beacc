"""zan.gov.kz's document API: every page of a legal text (`/api/documents/{id}/{rus,kaz}?withHtml=false&page=N`,
`pagesCount` pages) and its PDF (`/api/documents/{id}/{lang}/download/pdf`).

The first page names the version (`version.versionDate`, `versionsCount`); when it is the version we already
hold, nothing else is fetched.
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline.crawl.discovery.context import DiscoveryContext, DiscoveryError
from pipeline.crawl.state import Candidate

_DOCUMENT_PATH = re.compile(r"^/api/documents/(?P<id>[^/]+)/(?P<lang>[a-z]{3})/?$")


def document_page_url(start: str, page: int) -> str:
    parts = urlsplit(start)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("page", "withHtml")]
    query += [("withHtml", "false"), ("page", str(page))]
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), urlencode(query), ""))


def pdf_url(start: str) -> str:
    parts = urlsplit(start)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + "/download/pdf", "", ""))


def version_of(body: bytes) -> tuple[str, int]:
    """(a signature of the version the answer shows, pagesCount)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DiscoveryError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise DiscoveryError("the answer is not a JSON object")
    try:
        pages = int(data.get("pagesCount") or 1)
    except (TypeError, ValueError) as exc:
        raise DiscoveryError(f"pagesCount is not a number: {data.get('pagesCount')!r}") from exc
    version = data.get("version") if isinstance(data.get("version"), dict) else {}
    signature = f"{version.get('versionDate') or ''}|{data.get('versionsCount') or ''}"
    return signature, max(pages, 1)


def discover_zan_api(ctx: DiscoveryContext) -> None:
    for start in ctx.source.start_urls:
        if not _DOCUMENT_PATH.match(urlsplit(start).path):
            ctx.warn(f"{start} is not a /api/documents/{{id}}/{{rus,kaz}} URL")
            continue
        if not ctx.has_budget():
            ctx.warn("discovery page budget spent before all documents were checked")
            return
        _document(ctx, start)


def _document(ctx: DiscoveryContext, start: str) -> None:
    first = int(dict(parse_qsl(urlsplit(start).query)).get("page", 1) or 1)
    key = f"zan:{document_page_url(start, first)}"
    held = ctx.state.mark(key)
    fetched = ctx.fetch(document_page_url(start, first), role="page", conditional=held is not None)
    if ctx.failed(fetched, "zan.gov.kz document"):
        return
    try:
        signature, pages = version_of(fetched.body)
    except DiscoveryError as exc:
        ctx.warn(f"zan.gov.kz document {fetched.url}: {exc}")
        return
    if held == signature:
        ctx.save(confirm=fetched)
        return
    # A new version: every page and the PDF again, even those fetched for the old one.
    candidates = [Candidate(document_page_url(start, page), force=True) for page in range(first + 1, first + pages)]
    candidates.append(Candidate(pdf_url(start), force=True))
    ctx.save(candidates, confirm=fetched, marks={key: signature})
