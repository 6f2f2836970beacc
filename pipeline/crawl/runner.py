"""A crawl run: recover what a killed run left, discover per source, fetch the pending pages, report."""
from __future__ import annotations

import fcntl
import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from pipeline.crawl.config import CrawlConfig
from pipeline.crawl.discovery import DISCOVERY, DiscoveryContext
from pipeline.crawl.fetcher import Fetcher, FetchRequest
from pipeline.crawl.guard import HostGuard
from pipeline.crawl.ratelimit import HostRateLimiter
from pipeline.crawl.state import CrawlState
from pipeline.crawl.store import CrawlStore
from pipeline.sources.base import Source

log = logging.getLogger(__name__)


class CrawlLocked(Exception):
    """Another crawl holds the data dir."""


@dataclass
class SourceReport:
    source: str
    discovery: str
    requests: int = 0
    bytes_downloaded: int = 0
    pages_fetched: int = 0
    not_modified: int = 0
    refused: int = 0
    failed: int = 0
    newly_discovered: int = 0
    pending_left: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class CrawlReport:
    started_at: str
    finished_at: str
    warc_files: list[str]
    recovered_files: list[str]
    sources: list[SourceReport]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


def allowed_hosts(sources: Iterable[Source]) -> tuple[str, ...]:
    return tuple(sorted({host.lower() for source in sources for host in source.hosts}))


def run_crawl(config: CrawlConfig, sources: Iterable[Source], allowlist: Iterable[str] | None = None,
              limiter: HostRateLimiter | None = None) -> CrawlReport:
    """Crawl `sources` (their discovery kinds must be known) into config.warc_dir.

    `allowlist` defaults to the hosts of `sources`; the CLI passes every registry host so a redirect from one
    known site to another is followed.
    """
    sources = list(sources)
    unknown = [s.name for s in sources if s.discovery not in DISCOVERY]
    if unknown:
        raise ValueError(f"no discovery kind for {', '.join(unknown)} (known: {', '.join(sorted(DISCOVERY))})")
    started = datetime.now(timezone.utc)
    config.crawl_dir.mkdir(parents=True, exist_ok=True)
    with _exclusive(config.crawl_dir / "crawl.lock"):
        state = CrawlState(config.state_path)
        store = CrawlStore(config.warc_dir, state, config.max_warc_bytes, warcinfo={
            "software": "atazan crawl (pipeline/crawl)", "format": "WARC File Format 1.0",
            "http-header-user-agent": config.user_agent, "robots": "obey",
        })
        recovered = store.recover()
        hosts = tuple(allowlist) if allowlist is not None else allowed_hosts(sources)
        fetcher = Fetcher(config, store, HostGuard(hosts, allow_loopback=config.allow_loopback), limiter)
        try:
            workers = max(1, min(config.workers, len(sources)))
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crawl") as pool:
                reports = list(pool.map(lambda s: _crawl_source(s, config, fetcher, hosts), sources))
        finally:
            store.close()
            fetcher.close()
            state.close()
    report = CrawlReport(started.isoformat(), datetime.now(timezone.utc).isoformat(), list(store.published),
                         [p.name for p in recovered], reports)
    _write_report(config.crawl_dir / "last_run.json", report)
    return report


def _crawl_source(source: Source, config: CrawlConfig, fetcher: Fetcher, hosts: tuple[str, ...]) -> SourceReport:
    report = SourceReport(source.name, source.discovery)
    interval = 1.0 / source.rate_limit_per_s if source.rate_limit_per_s > 0 else 1.0
    fetcher.for_source(source.name, interval)
    ctx = DiscoveryContext(source, fetcher, config, hosts)
    try:
        DISCOVERY[source.discovery](ctx)
        _fetch_pending(source, config, fetcher, interval, report)
    except Exception as exc:  # one source's bug must not stop the others; it is reported, loudly
        log.exception("crawl of %s failed", source.name)
        report.error = f"{type(exc).__name__}: {exc}"
    stats = fetcher.stats(source.name)
    report.requests, report.bytes_downloaded = stats.requests, stats.bytes
    report.pages_fetched, report.not_modified = stats.pages_fetched, stats.not_modified
    report.refused, report.failed = stats.refused, stats.failed
    report.statuses = {str(k): v for k, v in sorted(stats.statuses.items())}
    report.newly_discovered = ctx.discovered
    report.warnings = ctx.warnings[:50]
    report.pending_left = fetcher.store.state.count_pending(source.name)
    return report


def _fetch_pending(source: Source, config: CrawlConfig, fetcher: Fetcher, interval: float,
                   report: SourceReport) -> None:
    state = fetcher.store.state
    limit = config.max_pages
    fetched = 0
    # Re-read after each batch: a page given up or done leaves the queue, a transient failure stays for later.
    attempted: set[tuple[str, str]] = set()
    while limit is None or fetched < limit:
        batch = [row for row in state.pending(source.name, limit=200) if (row.url, row.variant) not in attempted]
        if not batch:
            return
        for row in batch:
            if limit is not None and fetched >= limit:
                return
            attempted.add((row.url, row.variant))
            fetcher.fetch(FetchRequest(row.url, source=source.name, role="page",
                                       request_headers=row.request_headers, conditional=True, remember=True,
                                       interval_s=interval, attempts_allowed=config.page_attempts))
            fetched += 1


class _exclusive:
    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def __enter__(self):
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(self._fd)
            raise CrawlLocked(f"another crawl is running on {self.path.parent}") from exc
        return self

    def __exit__(self, *exc):
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
        return False


def _write_report(path: Path, report: CrawlReport) -> None:
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(report.to_json(), encoding="utf-8")
    tmp.replace(path)
