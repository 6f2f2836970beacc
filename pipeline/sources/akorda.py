"""akorda.kz, the President's site: press releases in ru/kk/en and the texts of decrees.

Title and date come from og:/article: meta (stable across redesigns), the body from the article container.
Decree pages (/legal_acts/) are official texts: their lines are kept as they are, one per paragraph.
"""
from __future__ import annotations

import re

from pipeline.documents.html import node_text
from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "akorda"
PARSER_VERSION = "1"
BODY = ("div.article__content", "div.article__text", "div.news-text", "article .content", "article")
DATE = ("div.article__date", ".news-date", "time")
_DECREE_PATH = re.compile(r"/legal_acts/")
_SITE_SUFFIX = re.compile(r"\s+[—–-]\s+(Официальный сайт|Official website|Қазақстан Республикасы Президентінің).*$")


def parse(page: Page) -> ParsedPage:
    tree, warnings = common.load(page)
    head = common.Head(tree)
    heading = tree.css_first("article h1, h1")
    title = head.meta("og:title") or node_text(heading) or _SITE_SUFFIX.sub("", node_text(tree.css_first("title")))
    title = common.required_title(title, NAME, "og:title / h1")
    container = common.required_node(tree, BODY, NAME)
    date_node = next((n for n in (tree.css_first(s) for s in DATE) if n is not None), None)
    published = common.published_at(
        [head.meta("article:published_time"), date_node.attributes.get("datetime") if date_node else None,
         node_text(date_node)],
        page, warnings)
    is_decree = bool(_DECREE_PATH.search(page.url))
    # the heading repeats the title inside some containers (the whole <article> fallback)
    common.drop(container, ("h1", ".article__title", ".article__date", ".article__files"))
    text = common.body_text(container, NAME)
    return ParsedPage(
        title=title, text=text, published_at=published,
        kind="official_text" if is_decree else "press_release",
        language=head.language(page.url),
        canonical_url=head.canonical_url(), warnings=warnings,
    )


SOURCE = Source(
    name=NAME,
    title="Akorda: the President of the Republic of Kazakhstan",
    hosts=("akorda.kz",),
    languages=("ru", "kk", "en"),
    kind="press_release",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="rss",
    start_urls=("https://www.akorda.kz/ru/rss", "https://www.akorda.kz/kz/rss", "https://www.akorda.kz/en/rss"),
    # news /ru/<slug>-<number>, decrees /ru/legal_acts/decrees/<slug>
    article_url=r"^https?://(www\.)?akorda\.kz/(ru|kz|en)/(legal_acts/decrees/[\w\-]+|[\w\-]+-\d{5,})/?$",
    rate_limit_per_s=0.5,
    homepage="https://www.akorda.kz",
)
