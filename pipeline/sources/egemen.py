"""egemen.kz, the Kazakh-language paper of record (Egemen Qazaqstan).

The article block (article.white-block) also holds the side column (.col-md-4) and a "latest news" list
(.last-news) whose heading "Соңғы жаңалықтар" ends the text when it is printed inside the block.
"""
from __future__ import annotations

from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "egemen"
PARSER_VERSION = "1"


def parse(page: Page) -> ParsedPage:
    return common.parse_article(
        page, NAME, title=("article.white-block h1", "h1"), body=("article.white-block .article-text", "article.white-block"),
        date=("article.white-block time", "time", ".date"),
        drop_in_body=(".col-md-4", ".last-news", ".date", ".author", ".views"),
        stop_at=("Соңғы жаңалықтар",), cut_title_at="|")


SOURCE = Source(
    name=NAME,
    title="Egemen Qazaqstan",
    hosts=("egemen.kz",),
    languages=("kk",),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="listing",
    start_urls=("https://egemen.kz/articles",),
    article_url=r"^https?://(www\.)?egemen\.kz/article/\d+-[\w\-]+/?$",
    rate_limit_per_s=0.5,
    homepage="https://egemen.kz",
)
