"""What every site parser does the same way: load the page, find its declared language, canonical URL and
date, and turn an article container into clean paragraphs.

Site modules keep only their selectors; this keeps the fail-loudly rules (no title, no body -> ParseError)
identical across sources.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.documents.dates import parse_date
from pipeline.documents.html import decode_html, node_text, paragraphs, parse_html, squash_spaces
from pipeline.documents.text import join_paragraphs
from pipeline.sources.base import Page, ParsedPage, ParseError

# Blocks that sit inside article bodies on every site but are never the report: embeds, galleries,
# share bars, "read also" and related-news boxes, banners. Matched by class substrings because each site
# names them differently (read-also, tn-read-more, related-news, share-buttons, ...).
NEVER_TEXT = (
    "script", "style", "noscript", "iframe", "svg", "form", "button", "figure", "figcaption", "aside", "nav",
    "[class*='share']", "[class*='social']", "[class*='related']", "[class*='read-also']", "[class*='readalso']",
    "[class*='read-more']", "[class*='readmore']", "[class*='banner']", "[class*='advert']", "[class*='tags']",
    "[class*='subscribe']", "[class*='comments']",
)
BLOCKS = "p, h2, h3, h4, h5, li, blockquote"

_LANG_CODES = {"ru": "ru", "rus": "ru", "kk": "kk", "kz": "kk", "kaz": "kk", "qaz": "kk", "en": "en", "eng": "en"}
_PATH_LANG = re.compile(r"^/(ru|rus|kz|kk|kaz|en|eng)(/|$)", re.I)

# WordPress plugins put sharing rows, "related posts" and author boxes inside the entry content.
WORDPRESS_DROP = (".sharedaddy", ".jp-relatedposts", ".addtoany_share_save_container", ".author-box", ".wp-caption-text")


def parse_wordpress(page, name: str):
    """An article page of a WordPress theme (h1.entry-title, div.entry-content, time.entry-date)."""
    return parse_article(
        page, name, title=("h1.entry-title", "h1.post-title", "h1"), body=("div.entry-content", "div.post-content", "article"),
        date=("time.entry-date", "time"), drop_in_body=WORDPRESS_DROP, cut_title_at="|")


class Head:
    """The page's <head> read once: meta tags by property/name/itemprop, canonical link and html lang.

    Every css_first on the whole tree walks a 50 KB page again; reading the small <head> once keeps a parser
    well above 1,000 pages/s.
    """

    __slots__ = ("metas", "canonical", "lang")

    def __init__(self, tree: LexborHTMLParser):
        self.metas: dict[str, str] = {}
        head = tree.head
        nodes = head.css("meta, link") if head is not None else []
        self.canonical: str | None = None
        for node in nodes:
            attrs = node.attributes
            if node.tag == "link":
                if self.canonical is None and (attrs.get("rel") or "").lower() == "canonical":
                    self.canonical = (attrs.get("href") or "").strip() or None
                continue
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            content = (attrs.get("content") or "").strip()
            if key and content and key not in self.metas:
                self.metas[key] = content
        root = tree.css_first("html")
        self.lang = root.attributes.get("lang") if root is not None else None

    def meta(self, *names: str) -> str | None:
        for name in names:
            value = self.metas.get(name.lower())
            if value:
                return value
        return None

    def language(self, url: str) -> str | None:
        """The language the page says it is in (html lang, og:locale, then the URL): a hint the builder checks."""
        return language_code(self.lang) or language_code(self.meta("og:locale")) or url_language(url)

    def canonical_url(self) -> str | None:
        return self.canonical or self.meta("og:url")


def load(page: Page) -> tuple[LexborHTMLParser, list[str]]:
    """Decoded and parsed page plus decoding warnings; an empty response is a parse error, not a document."""
    if not page.body or not page.body.strip():
        raise ParseError("empty response body")
    text, warnings = decode_html(page.body, page.content_type)
    return parse_html(text), list(warnings)


def language_code(value: str | None) -> str | None:
    """'ru-RU', 'kk_KZ', 'kz', 'rus' ... -> 'ru' | 'kk' | 'en'; None for anything else."""
    if not value:
        return None
    return _LANG_CODES.get(re.split(r"[-_]", value.strip().lower())[0])


def url_language(url: str) -> str | None:
    """The language a URL declares: /ru/ path, kaz./en. host prefix or ?lang=."""
    parts = urlsplit(url)
    m = _PATH_LANG.match(parts.path or "")
    if m:
        return language_code(m.group(1))
    lang = parse_qs(parts.query).get("lang")
    if lang:
        return language_code(lang[0])
    host = (parts.hostname or "").lower()
    first = host.split(".")[0]
    if first in ("kaz", "kz", "kk"):
        return "kk"
    if first in ("en", "eng"):
        return "en"
    return None


def published_at(candidates: list[str | None], page: Page, warnings: list[str]) -> datetime | None:
    """The first candidate that parses as a date (UTC); a page without one is kept with a warning."""
    for candidate in candidates:
        when = parse_date(candidate, page.fetched_at)
        if when is not None:
            return when
    warnings.append("no publication date found")
    return None


def required_title(title: str | None, source: str, where: str) -> str:
    title = squash_spaces(title or "")
    if not title:
        raise ParseError(f"{source}: no title ({where} not found; layout changed?)")
    return title


def required_node(tree: LexborHTMLParser | LexborNode, selectors: tuple[str, ...], source: str,
                  what: str = "article body") -> LexborNode:
    """The first node matching one of `selectors`, else a ParseError naming them (the site changed)."""
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            return node
    raise ParseError(f"{source}: no {what} ({', '.join(selectors)} not found; layout changed?)")


def drop(container: LexborNode, selectors: tuple[str, ...]) -> None:
    if not selectors:
        return
    # one selector list is one walk of the tree; a node inside an already removed one is removed with it
    for node in container.css(", ".join(selectors)):
        node.decompose()


def is_link_only(node: LexborNode) -> bool:
    """A paragraph that is nothing but a link is an inline "read also" teaser, not a sentence of the report."""
    links = node.css("a")
    if not links:
        return False
    linked = squash_spaces(" ".join(a.text(separator=" ") for a in links))
    return bool(linked) and linked == node_text(node)


def body_lines(container: LexborNode, extra_drop: tuple[str, ...] = ()) -> list[str]:
    """Paragraph texts of an article container, boilerplate blocks removed (not yet pattern-cleaned).

    Text written straight into the container (lines split by <br>) counts when it has no block children.
    """
    drop(container, NEVER_TEXT + extra_drop)
    nodes = container.css(BLOCKS)
    if not nodes:
        return paragraphs([container])
    return paragraphs([n for n in nodes if not (n.tag == "p" and is_link_only(n))])


def join_paragraphs_or_fail(lines: list[str], source: str) -> str:
    """Clean body text from paragraph lines; nothing left is a parse error (never an empty document)."""
    text = join_paragraphs(lines)
    if not text:
        raise ParseError(f"{source}: article body is empty")
    return text


def body_text(container: LexborNode, source: str, extra_drop: tuple[str, ...] = ()) -> str:
    return join_paragraphs_or_fail(body_lines(container, extra_drop), source)


def cut_site_suffix(title: str | None, separator: str = "|") -> str | None:
    """'Headline | Kazinform' -> 'Headline' (cut at the last separator; a title without one stays)."""
    if not title:
        return title
    head, sep, _ = title.rpartition(separator)
    return head.strip() if sep and head.strip() else title.strip()


def parse_article(page: Page, source: str, *, title: tuple[str, ...], body: tuple[str, ...],
                  date: tuple[str, ...] = ("time",), kind: str = "news", drop_in_body: tuple[str, ...] = (),
                  lead: str | None = None, cut_title_at: str | None = None,
                  stop_at: tuple[str, ...] = ()) -> ParsedPage:
    """The usual article page: title from og:title or the first `title` selector, date from article: meta,
    the date node's datetime or its text, body from the first `body` selector; `stop_at` are lines that end
    the article (a "latest news" heading printed inside the body container)."""
    tree, warnings = load(page)
    head = Head(tree)
    heading = next((n for n in (tree.css_first(s) for s in title) if n is not None), None)
    title_text = node_text(heading) or cut_site_suffix(head.meta("og:title"), cut_title_at or "\0")
    title_text = required_title(title_text, source, ", ".join(title) + " / og:title")
    container = required_node(tree, body, source)
    date_node = next((n for n in (tree.css_first(s) for s in date) if n is not None), None)
    when = published_at(
        [head.meta("article:published_time", "datepublished", "pubdate"),
         date_node.attributes.get("datetime") if date_node is not None else None, node_text(date_node)],
        page, warnings)
    lead_node = tree.css_first(lead) if lead else None
    lines = body_lines(container, drop_in_body + ("h1",))
    for i, line in enumerate(lines):
        if line in stop_at:
            lines = lines[:i]
            break
    if lead_node is not None:
        lines.insert(0, node_text(lead_node))
    return ParsedPage(title=title_text, text=join_paragraphs_or_fail(lines, source), published_at=when, kind=kind,
                      language=head.language(page.url), canonical_url=head.canonical_url(), warnings=warnings)
