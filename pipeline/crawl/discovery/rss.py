"""RSS 2.0, RSS 1.0 and Atom feeds: each item's link and date become a candidate page."""
from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

from pipeline.crawl.discovery.context import DiscoveryContext, DiscoveryError
from pipeline.crawl.discovery.dates import feed_date
from pipeline.crawl.discovery.xml import child_text, children, descendants, parse_xml
from pipeline.crawl.state import Candidate


def feed_entries(body: bytes, base_url: str = "") -> list[tuple[str, datetime | None]]:
    """(link, date) of every item or entry in a feed, in feed order."""
    root = parse_xml(body)
    items = descendants(root, "item") + descendants(root, "entry")
    if not items and root.tag and not descendants(root, "channel") and not descendants(root, "feed") \
            and not str(root.tag).endswith(("feed", "rss", "RDF")):
        raise DiscoveryError(f"not a feed: root element {root.tag!r}")
    entries = []
    for item in items:
        link = _item_link(item)
        if not link:
            continue
        date = feed_date(child_text(item, "pubDate", "date", "published", "updated", "issued", "modified"))
        entries.append((urljoin(base_url, link), date))
    return entries


def _item_link(item) -> str | None:
    for link in children(item, "link"):
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and (link.text or "").strip():
            return link.text.strip()
    for guid in children(item, "guid"):
        text = (guid.text or "").strip()
        if guid.get("isPermaLink", "true").lower() != "false" and text.startswith(("http://", "https://")):
            return text
    return None


def discover_rss(ctx: DiscoveryContext) -> None:
    for feed_url in ctx.source.start_urls:
        if not ctx.has_budget():
            ctx.warn("discovery page budget spent before all feeds were read")
            return
        fetched = ctx.fetch(feed_url)
        if ctx.failed(fetched, "feed"):
            continue
        try:
            entries = feed_entries(fetched.body, fetched.final_url)
        except DiscoveryError as exc:
            ctx.warn(f"feed {feed_url}: {exc}")
            continue
        candidates = [Candidate(link, date) for link, date in entries if ctx.wanted(link)]
        ctx.save(candidates, confirm=fetched)
