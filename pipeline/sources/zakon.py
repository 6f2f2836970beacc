"""zakon.kz (ru) and kaz.zakon.kz (kk): a large legal and news portal.

URLs are /<rubric>/<7-digit id>-<slug>.html; the lead is in .description and the text in .content; fresh items
print relative dates ("сегодня, 13:51").
"""
from __future__ import annotations

from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "zakon"
PARSER_VERSION = "1"


def parse(page: Page) -> ParsedPage:
    return common.parse_article(
        page, NAME, title=("h1.article__title", "h1"), body=("div.content", "div.article__content", "article .text"),
        date=(".date", "time"), lead=".description", drop_in_body=(".description", ".date", ".zakon-ad"),
        cut_title_at="|")


SOURCE = Source(
    name=NAME,
    title="Zakon.kz",
    hosts=("zakon.kz",),
    languages=("ru", "kk"),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="rss",
    start_urls=("https://www.zakon.kz/rss", "https://www.zakon.kz/rss/politics.xml", "https://kaz.zakon.kz/rss"),
    article_url=r"^https?://((www|kaz)\.)?zakon\.kz/([\w\-]+/)*\d{7}-[\w\-]+\.html$",
    rate_limit_per_s=1.0,
    homepage="https://www.zakon.kz",
)
