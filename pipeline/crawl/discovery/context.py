"""What a discovery strategy may do: fetch (within the run's budget), save candidates, read and set marks."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Iterable
from urllib.parse import urldefrag, urlsplit

from pipeline.crawl.config import CrawlConfig
from pipeline.crawl.fetcher import Fetched, Fetcher, FetchRequest
from pipeline.crawl.guard import host_allowed
from pipeline.crawl.state import Candidate, CrawlState
from pipeline.sources.base import Source


class DiscoveryError(Exception):
    """A discovery answer we cannot read (not XML, not the JSON we expect); the message goes to the report."""


class DiscoveryContext:
    def __init__(self, source: Source, fetcher: Fetcher, config: CrawlConfig, allowed_hosts: Iterable[str]):
        self.source = source
        self.fetcher = fetcher
        self.config = config
        self.state: CrawlState = fetcher.store.state
        self.allowed_hosts = tuple(allowed_hosts)
        self.interval_s = 1.0 / source.rate_limit_per_s if source.rate_limit_per_s > 0 else 1.0
        self.budget = config.max_discovery_pages
        self.article_pattern = re.compile(source.article_url) if source.article_url else None
        self.warnings: list[str] = []
        self.discovered = 0  # candidates that became pending

    @property
    def since(self) -> datetime | None:
        return self.config.since

    def has_budget(self) -> bool:
        return self.budget > 0

    def fetch(self, url: str, *, role: str = "discovery", headers: tuple[tuple[str, str], ...] = (),
              conditional: bool = True, remember: bool = False) -> Fetched:
        """Fetch a feed, listing or API page; its validators are kept only when `confirm`ed (see `save`)."""
        self.budget -= 1
        return self.fetcher.fetch(FetchRequest(url, source=self.source.name, role=role, request_headers=headers,
                                               conditional=conditional, remember=remember,
                                               interval_s=self.interval_s,
                                               attempts_allowed=self.config.page_attempts))

    def fetch_page(self, url: str, headers: tuple[tuple[str, str], ...] = ()) -> Fetched:
        """Fetch a page that is itself content (sequential ids): recorded as fetched in the same step, and
        counted against --max-pages by the caller rather than the discovery budget."""
        return self.fetcher.fetch(FetchRequest(url, source=self.source.name, role="page", request_headers=headers,
                                               conditional=False, remember=True, interval_s=self.interval_s,
                                               attempts_allowed=1))

    def wanted(self, url: str) -> bool:
        """A link discovery should keep: on an allowed host and, when the source says, an article URL."""
        host = (urlsplit(url).hostname or "").lower()
        if not host_allowed(host, self.allowed_hosts):
            return False
        return self.article_pattern is None or bool(self.article_pattern.search(url))

    def too_old(self, moment: datetime | None) -> bool:
        return bool(self.since and moment and moment < self.since)

    def save(self, candidates: Iterable[Candidate] = (), *, confirm: Fetched | None = None,
             confirm_lastmod: datetime | None = None, marks: dict[str, str] | None = None) -> int:
        """Record candidates (as pending pages), the validators of the answer they came from, and marks, in one
        transaction: a run killed before this step re-reads that answer in full next time."""
        kept = []
        seen = set()
        for candidate in candidates:
            url = urldefrag(candidate.url)[0]
            if (url, candidate.variant) in seen or (self.too_old(candidate.lastmod) and not candidate.force):
                continue
            seen.add((url, candidate.variant))
            kept.append((self.source.name, Candidate(url, candidate.lastmod, candidate.request_headers,
                                                      candidate.force)))
        confirmed = []
        if confirm is not None and confirm.status == 200 and confirm.truncated is None:
            confirmed.append((confirm.url, confirm.variant, self.source.name, confirm_lastmod,
                              confirm.headers.get("etag"), confirm.headers.get("last-modified")))
        _, newly_pending = self.fetcher.store.save([], enqueue=kept, confirm=confirmed, marks=marks)
        self.discovered += newly_pending
        return newly_pending

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def failed(self, fetched: Fetched, what: str) -> bool:
        """True (and a warning) when `fetched` gave nothing to read; a 304 is not a failure."""
        if fetched.not_modified:
            return True
        if not fetched.ok:
            self.warn(f"{what} {fetched.url}: {fetched.error or f'HTTP {fetched.status}'}")
            return True
        if fetched.truncated:
            self.warn(f"{what} {fetched.url}: body cut ({fetched.truncated}); read as far as it goes")
        return False
