"""The parser for hosts without a site module: pipeline.extract's generic main-text extractor.

A fast density pass over the Lexbor tree that hands only the pages it doubts to trafilatura (see
docs/generic-extractor.md for how it is measured against trafilatura alone).
"""
from __future__ import annotations

from pipeline.extract import extract
from pipeline.sources.base import Page, ParsedPage, ParseError

PARSER_VERSION = "extract-1"


def parse(page: Page) -> ParsedPage:
    result = extract(page.body, page.url, page.content_type, fetched_at=page.fetched_at)
    if not result.text:
        raise ParseError("generic extractor found no main text: " + ("; ".join(result.errors) or "no reason given"))
    canonical = result.canonical_url if result.canonical_url and result.canonical_url != page.url else None
    warnings = list(result.errors)
    if result.method == "fallback":
        warnings.append("main text from the trafilatura fallback")
    return ParsedPage(title=result.title, text=result.text, published_at=result.published_at, kind="news",
                      language=result.language, canonical_url=canonical, warnings=warnings)
