"""HTML listing pages: links matching Source.article_url, then the next page.

A start URL with `{page}` is paged by number (`/news/page/{page}/`); otherwise the page's own "next" link is
followed. A daily run stops at the first page that brings nothing new; a first crawl that could not reach the
end (budget, killed run) remembers where it stopped and goes on from there next time.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urldefrag

from pipeline.crawl.discovery.context import DiscoveryContext
from pipeline.crawl.state import Candidate
from pipeline.documents.html import decode_html, parse_html

_NEXT_WORDS = {"»", "›", "→", ">", ">>", "next", "далее", "следующая", "вперед", "вперёд", "келесі", "әрі қарай"}
_NEXT_SELECTORS = ('link[rel~="next"]', 'a[rel~="next"]', ".pagination .next a", "li.next a", "a.next",
                   'a[class*="next"]')


def listing_links(body: bytes, content_type: str, base_url: str) -> tuple[list[str], str | None]:
    """Every link on the page (absolute, without fragment), and the next page's URL if the page names one."""
    text, _ = decode_html(body, content_type)
    tree = parse_html(text)
    links = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if href and not href.startswith(("javascript:", "mailto:", "tel:", "#")):
            links.append(urldefrag(urljoin(base_url, href))[0])
    return links, _next_page(tree, base_url)


def _next_page(tree, base_url: str) -> str | None:
    for selector in _NEXT_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("href"):
            return urldefrag(urljoin(base_url, node.attributes["href"].strip()))[0]
    for node in tree.css("a[href]"):
        words = re.sub(r"\s+", " ", node.text(strip=True) or "").lower()
        if words in _NEXT_WORDS:
            return urldefrag(urljoin(base_url, node.attributes["href"].strip()))[0]
    return None


def discover_listing(ctx: DiscoveryContext) -> None:
    if ctx.article_pattern is None:
        ctx.warn("listing discovery needs Source.article_url to tell articles from other links")
        return
    for start in ctx.source.start_urls:
        _walk(ctx, start)


def _walk(ctx: DiscoveryContext, start: str) -> None:
    done_key, resume_key = f"listing-done:{start}", f"listing-resume:{start}"
    complete = ctx.state.mark(done_key) == "1"
    resume = ctx.state.mark(resume_key) or None
    numbered = "{page}" in start
    url: str | None = start.format(page=1) if numbered else start
    number = 1
    seen_pages: set[str] = set()
    # First the newest pages; then, for a walk never finished, on from where the last run stopped.
    for phase in ("fresh", "resume"):
        if phase == "resume":
            if complete or not resume:
                return
            url = resume
            number = _page_number(start, resume) if numbered else 0
        while url and url not in seen_pages:
            if not ctx.has_budget():
                ctx.warn(f"discovery page budget spent while paging {start}")
                return
            seen_pages.add(url)
            # Until a first walk is complete every page's links are needed, so no conditional GET.
            fetched = ctx.fetch(url, conditional=complete)
            if ctx.failed(fetched, "listing"):
                return
            links, next_url = listing_links(fetched.body, fetched.content_type, fetched.final_url)
            articles = [link for link in links if ctx.wanted(link)]
            if numbered:
                next_url = start.format(page=number + 1) if articles else None
                number += 1
            marks = {}
            if next_url is None:
                marks = {done_key: "1", resume_key: ""}
            elif not complete and (phase == "resume" or not resume):
                marks = {resume_key: next_url}
            new = ctx.save([Candidate(a) for a in articles], confirm=fetched, marks=marks)
            if next_url is None:
                complete = True
                return
            if new == 0 and (complete or resume):
                break  # caught up with pages seen before
            url = next_url


def _page_number(template: str, url: str) -> int:
    pattern = re.escape(template).replace(re.escape("{page}"), r"(\d+)")
    match = re.fullmatch(pattern, url)
    return int(match.group(1)) if match else 1
