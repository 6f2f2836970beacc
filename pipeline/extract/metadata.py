"""Title, publication date, canonical URL and declared language of a page, from its markup.

Read before the page is pruned for the main text: most of it lives in <head>, JSON-LD and elements beside
the headline that pruning removes.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.documents.dates import parse_date
from pipeline.documents.html import link_href, meta, node_text, squash_spaces

_DATE_META = ("article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate",
              "publish-date", "date", "DC.date.issued", "DC.date", "dcterms.created", "sailthru.date",
              "parsely-pub-date", "article.published", "published_time")
# Elements that print the date beside the headline, on the sites we have seen.
_DATE_NODES = ("time[datetime], [itemprop=datePublished], [class*=date], [class*=Date], [class*=time], "
               "[class*=posted], [class*=published], [id*=date]")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_URL_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|[^\d])")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|—|–|-|»|«|/)\s+")
_LANGUAGES = {"ru": "ru", "kk": "kk", "kz": "kk", "kaz": "kk", "qq": "kk", "en": "en", "eng": "en", "rus": "ru"}


def page_title(tree: LexborHTMLParser) -> str:
    """The headline: an <h1> that the page's own title metadata confirms, else that metadata cleaned of the site name."""
    declared = meta(tree, "og:title", "twitter:title") or ""
    title_tag = node_text(tree.css_first("title"))
    headings = [node_text(h) for h in tree.css("h1")[:5]]
    headings = [h for h in headings if len(h) > 3]
    for heading in headings:
        folded = heading.casefold()
        for known in (declared, title_tag):
            if known and (folded in known.casefold() or known.casefold() in folded):
                return heading
    if declared:
        return _without_site_name(declared)
    if headings:
        return headings[0]
    return _without_site_name(title_tag)


def _without_site_name(title: str) -> str:
    # "Headline | Site", "Site :: Headline": the headline is the longest part.
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    return max(parts, key=len)


def published_at(tree: LexborHTMLParser, raw_html: str, url: str, fetched_at: datetime | None = None) -> datetime | None:
    """The publication time in UTC: metadata first, then JSON-LD, then the date printed beside the headline, then the URL."""
    value = meta(tree, *_DATE_META)
    found = parse_date(value, fetched_at) if value else None
    if found:
        return found
    m = _LD_DATE.search(raw_html)
    if m and (found := parse_date(m.group(1), fetched_at)):
        return found
    for node in _date_nodes_near_headline(tree):
        text = node.attributes.get("datetime") or node.attributes.get("content") or node_text(node)
        if text and len(text) < 120 and (found := parse_date(text, fetched_at)):
            return found
    m = _URL_DATE.search(url)
    if m:
        return parse_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    return None


def _date_nodes_near_headline(tree: LexborHTMLParser) -> list[LexborNode]:
    """Date-like elements in the headline's parent and grandparent first, then anywhere on the page."""
    nodes: list[LexborNode] = []
    heading = tree.css_first("h1")
    if heading is not None:
        scope = heading.parent
        for _ in range(3):
            if scope is None:
                break
            nodes.extend(scope.css(_DATE_NODES))
            if nodes:
                return nodes
            scope = scope.parent
    if tree.body is not None:
        nodes.extend(tree.body.css(_DATE_NODES))
    return nodes


def canonical_url(tree: LexborHTMLParser, url: str) -> str | None:
    href = link_href(tree, "canonical") or meta(tree, "og:url")
    if not href:
        return None
    return urljoin(url, href.strip())


def declared_language(tree: LexborHTMLParser) -> str | None:
    candidates = []
    root = tree.css_first("html")
    if root is not None:
        candidates.append(root.attributes.get("lang") or root.attributes.get("xml:lang") or "")
    candidates.append(meta(tree, "og:locale") or "")
    node = tree.css_first('meta[http-equiv="Content-Language" i]')
    if node is not None:
        candidates.append(node.attributes.get("content") or "")
    for value in candidates:
        code = re.split(r"[-_,;\s]", value.strip().lower())[0] if value else ""
        if code in _LANGUAGES:
            return _LANGUAGES[code]
    return None

