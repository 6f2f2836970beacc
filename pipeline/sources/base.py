"""The one interface every source module implements.

A source knows its hosts, its languages and how to turn one fetched page into a `ParsedPage`.
Parsing is a plain function of bytes: no Dagster, no network, so each parser is tested on pages
written in the real site's structure.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterable
from urllib.parse import urlsplit

KINDS = ("official_text", "press_release", "news")
LANGUAGES = ("ru", "kk", "en")


class ParseError(Exception):
    """A page that cannot become a document; the message is the reason stored in the errors table."""


@dataclass(frozen=True)
class Page:
    """One fetched HTTP response, as read from the WARC archive."""

    url: str
    body: bytes
    content_type: str = ""
    fetched_at: datetime | None = None


@dataclass
class ParsedPage:
    """What a parser extracts from one page; the document builder adds ids, language and provenance."""

    title: str
    text: str
    published_at: datetime | None = None
    kind: str = "news"
    language: str | None = None  # set when the page declares it; the builder still checks it
    canonical_url: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Source:
    """A site we know: where it lives, what it publishes, and the parser for its pages."""

    name: str
    title: str
    hosts: tuple[str, ...]
    languages: tuple[str, ...]
    kind: str
    parse: Callable[[Page], ParsedPage]
    parser_version: str = "1"
    # How the crawl finds new pages: "rss", "sitemap", "listing", "govkz_api", "zan_api", "sequential_ids"
    # (pipeline/crawl implements each); start_urls are its entry points; article_url matches the pages to keep.
    discovery: str = ""
    start_urls: tuple[str, ...] = ()
    article_url: str = ""
    rate_limit_per_s: float = 1.0
    enabled: bool = True
    homepage: str = ""

    def matches(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in self.hosts)


def first_match(sources: Iterable[Source], url: str) -> Source | None:
    for source in sources:
        if source.matches(url):
            return source
    return None
