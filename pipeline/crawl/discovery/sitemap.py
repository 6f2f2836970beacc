"""sitemap.xml, sitemap indexes and Google News sitemaps: <loc> with <lastmod> or <news:publication_date>.

A child sitemap whose <lastmod> is not newer than when we last read it is not fetched again, and a page
whose <lastmod> is not newer than our copy is not queued again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from pipeline.crawl.discovery.context import DiscoveryContext, DiscoveryError
from pipeline.crawl.discovery.dates import feed_date
from pipeline.crawl.discovery.xml import child_text, children, descendants, local_name, parse_xml
from pipeline.crawl.state import Candidate


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: datetime | None


@dataclass(frozen=True)
class Sitemap:
    is_index: bool
    entries: list[SitemapEntry]


def read_sitemap(body: bytes, base_url: str = "") -> Sitemap:
    root = parse_xml(body)
    kind = local_name(root)
    if kind not in ("sitemapindex", "urlset"):
        raise DiscoveryError(f"not a sitemap: root element {kind!r}")
    tag = "sitemap" if kind == "sitemapindex" else "url"
    entries = []
    for node in children(root, tag):
        loc = child_text(node, "loc")
        if not loc:
            continue
        news_date = None
        for news in descendants(node, "news"):
            news_date = child_text(news, "publication_date")
        lastmod = feed_date(child_text(node, "lastmod")) or feed_date(news_date)
        entries.append(SitemapEntry(urljoin(base_url, loc), lastmod))
    return Sitemap(kind == "sitemapindex", entries)


def discover_sitemap(ctx: DiscoveryContext) -> None:
    queue: list[tuple[str, datetime | None]] = [(url, None) for url in ctx.source.start_urls]
    visited: set[str] = set()
    while queue:
        url, lastmod = queue.pop(0)
        if url in visited:
            continue
        visited.add(url)
        if not ctx.has_budget():
            ctx.warn(f"discovery page budget spent; {len(queue) + 1} sitemaps left for the next run")
            return
        known = ctx.state.row(url)
        if lastmod is not None and known is not None and known.fetched_lastmod is not None \
                and lastmod <= known.fetched_lastmod:
            continue  # the index says this child has not changed since we read it
        fetched = ctx.fetch(url)
        if ctx.failed(fetched, "sitemap"):
            continue
        try:
            sitemap = read_sitemap(fetched.body, fetched.final_url)
        except DiscoveryError as exc:
            ctx.warn(f"sitemap {url}: {exc}")
            continue
        if sitemap.is_index:
            children_ = [(e.loc, e.lastmod) for e in sitemap.entries if not ctx.too_old(e.lastmod)]
            # Newest first: news sitemaps split by month, and the latest matter most for a limited run.
            children_.sort(key=lambda pair: (pair[1] is None, -(pair[1].timestamp() if pair[1] else 0)))
            queue.extend(children_)
            ctx.save(confirm=fetched, confirm_lastmod=lastmod)
        else:
            candidates = [Candidate(e.loc, e.lastmod) for e in sitemap.entries if ctx.wanted(e.loc)]
            ctx.save(candidates, confirm=fetched, confirm_lastmod=lastmod)
