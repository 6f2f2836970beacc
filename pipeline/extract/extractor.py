"""extract(): one page's bytes to title, date, language, canonical URL and main text, never raising on bad input."""
from __future__ import annotations

from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from pipeline.documents.language import detect_language
from pipeline.extract import metadata
from pipeline.extract.content import extract_main_text
from pipeline.extract.fallback import MAX_FALLBACK_CHARS, trafilatura_paragraphs
from pipeline.extract.model import Extracted
from pipeline.extract.payload import read_payload
from pipeline.extract.verdict import doubts

MIN_FALLBACK_CHARS = 100


def extract(body: bytes, url: str, content_type: str = "", fetched_at: datetime | None = None) -> Extracted:
    """Main text and metadata of a page from a host without a site parser.

    `fetched_at` resolves relative dates ("Сегодня, 14:05"). Problems go to `errors`; a page with no main
    text comes back with `text == ""` and the reason in `errors`.
    """
    payload = read_payload(body or b"", content_type)
    errors = list(payload.errors)
    if not payload.html:
        return Extracted("", None, None, "", None, "fast", errors)
    try:
        return _extract_html(payload.html, url, fetched_at, errors, allow_fallback=len(payload.html) <= MAX_FALLBACK_CHARS)
    except Exception as error:  # a parser bug must become an error record, not a failed batch
        errors.append(f"extraction failed: {type(error).__name__}: {error}")
        return Extracted("", None, None, "", None, "fast", errors)


def _extract_html(html: str, url: str, fetched_at: datetime | None, errors: list[str], allow_fallback: bool) -> Extracted:
    tree = LexborHTMLParser(html)
    title = metadata.page_title(tree)
    published = metadata.published_at(tree, html, url, fetched_at)
    canonical = metadata.canonical_url(tree, url)
    declared = metadata.declared_language(tree)

    fast = extract_main_text(tree, title)
    paragraphs, method = fast.paragraphs, "fast"
    reasons = doubts(fast)
    if reasons:
        if allow_fallback:
            fallback = trafilatura_paragraphs(html, url)
            fallback_chars = sum(map(len, fallback))
            # trafilatura answers a menu-only page with the menu: under a couple of sentences is no article.
            if fallback_chars >= MIN_FALLBACK_CHARS and fallback_chars > 0.5 * sum(map(len, paragraphs)):
                paragraphs, method = fallback, "fallback"
        else:
            errors.append("fast pass unsure (" + "; ".join(reasons) + ") and the page is too large for the fallback")
    text = "\n\n".join(paragraphs)
    if not text:
        errors.append("no main text found" + (" (" + "; ".join(reasons) + ")" if reasons else ""))
    language = detect_language(text or title, hint=declared)
    return Extracted(title, published, language, text, canonical, method, errors)
