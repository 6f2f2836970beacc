"""timesca.com, The Times of Central Asia (WordPress; its feed carries the full text in content:encoded, the
page the same text in div.entry-content)."""
from __future__ import annotations

from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "timesca"
PARSER_VERSION = "1"


def parse(page: Page) -> ParsedPage:
    return common.parse_wordpress(page, NAME)


SOURCE = Source(
    name=NAME,
    title="The Times of Central Asia",
    hosts=("timesca.com",),
    languages=("en",),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="rss",
    start_urls=("https://timesca.com/feed/",),
    article_url=r"^https?://(www\.)?timesca\.com/[\w\-]+/?$",
    rate_limit_per_s=1.0,
    homepage="https://timesca.com",
)
