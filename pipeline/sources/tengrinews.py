"""tengrinews.kz (ru), kaz.tengrinews.kz (kk), en.tengrinews.kz (en): one of the largest news portals.

The h1 may carry a hidden duplicate of its text (span.tn-hidden); the body's last paragraph is usually a photo or
author credit; fresh items print relative dates ("Сегодня, 14:05", "Вчера, 09:10") resolved against the fetch time.
"""
from __future__ import annotations

import re

from pipeline.documents.html import node_text
from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "tengrinews"
PARSER_VERSION = "1"
BODY = ("div.tn-news-content div.tn-news-text", "div.tn-news-text", "div.tn-news-content")
TITLE = "h1.tn-content-title"
DATE = ("ul.tn-data-list time", "time")
_SITE_SUFFIX = re.compile(r"\s*[:—–-]\s*(Новости Казахстана|Новости мира|Новости)?\s*[—–-]?\s*Tengrinews\.kz\s*$", re.I)
# Credits tengrinews prints as the body's last line: "Фото: Tengrinews.kz / Имя Фамилия", "Автор: ...".
_CREDIT = re.compile(r"^(фото|видео|автор|сурет|авторы|photo|author)\b.{0,120}$", re.I)


def parse(page: Page) -> ParsedPage:
    tree, warnings = common.load(page)
    head = common.Head(tree)
    heading = tree.css_first(TITLE)
    if heading is not None:
        common.drop(heading, (".tn-hidden",))
    title = node_text(heading) or head.meta("og:title") or _SITE_SUFFIX.sub("", node_text(tree.css_first("title")))
    title = common.required_title(title, NAME, TITLE)
    container = common.required_node(tree, BODY, NAME)
    date_node = next((n for n in (tree.css_first(s) for s in DATE) if n is not None), None)
    published = common.published_at(
        [date_node.attributes.get("datetime") if date_node else None, node_text(date_node),
         head.meta("article:published_time")],
        page, warnings)
    lines = common.body_lines(container, extra_drop=(".tn-image-author", ".tn-error-note"))
    while lines and _CREDIT.match(lines[-1]):
        lines.pop()
    text = common.join_paragraphs_or_fail(lines, NAME)
    return ParsedPage(title=title, text=text, published_at=published, kind="news",
                      language=head.language(page.url),
                      canonical_url=head.canonical_url(), warnings=warnings)


SOURCE = Source(
    name=NAME,
    title="Tengrinews.kz",
    hosts=("tengrinews.kz",),
    languages=("ru", "kk", "en"),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="rss",
    start_urls=("https://tengrinews.kz/news.rss", "https://kaz.tengrinews.kz/news.rss", "https://en.tengrinews.kz/news.rss"),
    # /<rubric>/<slug>-<number>/
    article_url=r"^https?://((kaz|en)\.)?tengrinews\.kz/[\w\-]+/[\w\-]+-\d{5,}/?$",
    rate_limit_per_s=1.0,
    homepage="https://tengrinews.kz",
)
