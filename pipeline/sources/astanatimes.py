"""astanatimes.com, an English-language weekly (WordPress: h1.entry-title, div.entry-content, time.entry-date)."""
from __future__ import annotations

from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "astanatimes"
PARSER_VERSION = "1"


def parse(page: Page) -> ParsedPage:
    return common.parse_wordpress(page, NAME)


SOURCE = Source(
    name=NAME,
    title="The Astana Times",
    hosts=("astanatimes.com",),
    languages=("en",),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="rss",
    start_urls=("https://astanatimes.com/feed/",),
    article_url=r"^https?://(www\.)?astanatimes\.com/\d{4}/\d{2}/[\w\-]+/?$",
    rate_limit_per_s=1.0,
    homepage="https://astanatimes.com",
)
