"""What a crawl run is allowed to do: identity, timeouts, size caps, limits, and where it keeps its files."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

USER_AGENT = "atazan/0.1 (+https://github.com/atazan/atazan)"
# The token robots.txt rules name; the product name of USER_AGENT.
ROBOTS_AGENT = "atazan"


@dataclass(frozen=True)
class CrawlConfig:
    data_dir: Path
    user_agent: str = USER_AGENT
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    # A server that drips bytes never trips the read timeout; the whole body must arrive within this.
    body_deadline_s: float = 120.0
    max_body_bytes: int = 50_000_000
    max_warc_bytes: int = 1_000_000_000
    retries: int = 4
    backoff_factor_s: float = 1.0
    # A Retry-After longer than this is not waited for: the page stays pending for the next run.
    max_retry_after_s: float = 300.0
    max_redirects: int = 10
    # (host, PEM file) pairs: hosts whose certificates chain to a root the common bundles lack
    # (Kazakhstan's national root CA). A host matches its subdomains too.
    ca_bundles: tuple[tuple[str, str], ...] = ()
    # Only for the test servers: permits loopback addresses, which a real crawl always refuses.
    allow_loopback: bool = False
    max_pages: int | None = None  # article pages fetched per source in one run
    max_discovery_pages: int = 50  # feeds, listings and API pages per source in one run
    since: datetime | None = None
    sequential_misses: int = 10
    page_attempts: int = 3  # runs a failing page is tried in before it is given up
    workers: int = 4

    @property
    def warc_dir(self) -> Path:
        return self.data_dir / "raw" / "warc"

    @property
    def crawl_dir(self) -> Path:
        return self.data_dir / "crawl"

    @property
    def state_path(self) -> Path:
        return self.crawl_dir / "state.sqlite"


def data_dir_from_env() -> Path:
    return Path(os.environ.get("ATAZAN_DATA_DIR") or "./data")


def parse_ca_bundles(text: str) -> tuple[tuple[str, str], ...]:
    """`host=path;host=path` (the ATAZAN_CA_BUNDLES form) into pairs; a malformed entry is an error."""
    pairs = []
    for entry in filter(None, (part.strip() for part in text.replace(",", ";").split(";"))):
        host, sep, path = entry.partition("=")
        if not sep or not host.strip() or not path.strip():
            raise ValueError(f"CA bundle entry {entry!r} is not HOST=PATH")
        pairs.append((host.strip().lower(), path.strip()))
    return tuple(pairs)
