"""Discovery strategies, one module per `Source.discovery` kind; each takes a DiscoveryContext and saves what it
finds through it (pages to fetch, or, for the API kinds whose answers are the content, the answers themselves)."""
from __future__ import annotations

from typing import Callable

from pipeline.crawl.discovery.context import DiscoveryContext, DiscoveryError
from pipeline.crawl.discovery.govkz_api import discover_govkz_api
from pipeline.crawl.discovery.listing import discover_listing
from pipeline.crawl.discovery.rss import discover_rss
from pipeline.crawl.discovery.sequential_ids import discover_sequential_ids
from pipeline.crawl.discovery.sitemap import discover_sitemap
from pipeline.crawl.discovery.zan_api import discover_zan_api

DISCOVERY: dict[str, Callable[[DiscoveryContext], None]] = {
    "rss": discover_rss,
    "sitemap": discover_sitemap,
    "listing": discover_listing,
    "govkz_api": discover_govkz_api,
    "zan_api": discover_zan_api,
    "sequential_ids": discover_sequential_ids,
}

__all__ = ["DISCOVERY", "DiscoveryContext", "DiscoveryError"]
