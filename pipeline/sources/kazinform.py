"""Kazinform, the national news agency: inform.kz (ru), kaz.inform.kz (kk), qazinform.com (en).

The og:title carries the agency name after the last "|"; the lead sits in .article__description, the text in
.article__body-text; the date line reads "21:52, 30 Январь 2026 | GMT +5" (nominative month names).
"""
from __future__ import annotations

from pipeline.documents.html import node_text
from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "kazinform"
PARSER_VERSION = "1"
BODY = ("div.article__body-text", "div.article__body")
LEAD = ".article__description"
DATE = (".article__date", ".article__info time", "time")


def parse(page: Page) -> ParsedPage:
    tree, warnings = common.load(page)
    head = common.Head(tree)
    title = common.cut_site_suffix(head.meta("og:title")) or node_text(tree.css_first("h1.article__title, h1"))
    title = common.required_title(title, NAME, "og:title / h1.article__title")
    container = common.required_node(tree, BODY, NAME)
    lead = tree.css_first(LEAD)
    date_node = next((n for n in (tree.css_first(s) for s in DATE) if n is not None), None)
    published = common.published_at(
        [head.meta("article:published_time"), node_text(date_node),
         date_node.attributes.get("datetime") if date_node else None],
        page, warnings)
    lines = ([node_text(lead)] if lead is not None else []) + common.body_lines(container)
    text = common.join_paragraphs_or_fail(lines, NAME)
    return ParsedPage(title=title, text=text, published_at=published, kind="news",
                      language=head.language(page.url),
                      canonical_url=head.canonical_url(), warnings=warnings)


SOURCE = Source(
    name=NAME,
    title="Kazinform international news agency",
    hosts=("inform.kz", "qazinform.com"),
    languages=("ru", "kk", "en"),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="rss",
    start_urls=("https://qazinform.com/rss/en.xml", "https://www.inform.kz/rss/ru.xml", "https://kaz.inform.kz/rss/kz.xml"),
    # article slugs end in six hex digits: /ru/<slug>-a41c9e, qazinform.com/news/<slug>-3e9a10
    article_url=r"^https?://((www\.|kaz\.)?inform\.kz(/(ru|kz))?|(www\.)?qazinform\.com/news)/[\w\-]+-[0-9a-f]{6}/?$",
    rate_limit_per_s=1.0,
    homepage="https://www.inform.kz",
)
