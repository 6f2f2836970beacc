"""The fallback for hosts without a site module: trafilatura's main-text extraction.

Slower than a site parser (see docs/toolchain-notes in the shared docs), so it only serves hosts we
have no module for.
"""
from __future__ import annotations

import trafilatura

from pipeline.documents.dates import parse_date
from pipeline.documents.html import decode_html
from pipeline.documents.text import join_paragraphs
from pipeline.sources.base import Page, ParsedPage, ParseError

PARSER_VERSION = "trafilatura-1"


def parse(page: Page) -> ParsedPage:
    html, warnings = decode_html(page.body, page.content_type)
    doc = trafilatura.bare_extraction(html, url=page.url, with_metadata=True, include_comments=False,
                                      include_tables=False, deduplicate=True)
    if doc is None or not (doc.text or "").strip():
        raise ParseError("generic extractor found no main text")
    published = parse_date(doc.date, page.fetched_at) if doc.date else None
    text = join_paragraphs((doc.text or "").split("\n"))
    return ParsedPage(title=(doc.title or "").strip(), text=text, published_at=published, kind="news",
                      language=None, canonical_url=doc.url if doc.url and doc.url != page.url else None,
                      warnings=warnings)
