"""kazpravda.kz, the Russian-language paper of record: it printed the referendum decree, both drafts and the
full text of the Constitution. Its article layout is the least certain of our sources (and the site may answer
403 to bots), so the selectors fall back from the article container to <article>; a miss is a parse error.
"""
from __future__ import annotations

from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "kazpravda"
PARSER_VERSION = "1"


def parse(page: Page) -> ParsedPage:
    return common.parse_article(
        page, NAME, title=("h1.article__title", "h1"),
        body=("div.article__text", "div.article__body", "div.article-text", "article"),
        date=("time", ".article__date", ".date"), drop_in_body=(".article__date", ".article__author"),
        cut_title_at="|")


SOURCE = Source(
    name=NAME,
    title="Kazakhstanskaya Pravda",
    hosts=("kazpravda.kz",),
    languages=("ru",),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="sitemap",
    start_urls=("https://kazpravda.kz/sitemap.xml",),
    article_url=r"^https?://(www\.)?kazpravda\.kz/n/[\w\-]+/?$",
    rate_limit_per_s=0.5,
    homepage="https://kazpravda.kz",
)
