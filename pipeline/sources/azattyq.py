"""azattyq.org (kk) and rus.azattyq.org (ru), Radio Azattyq (RFE/RL's Kazakh service).

RFE/RL pages: h1.pg-title, the text in div.wsw inside #article-content, the date in time[datetime] (UTC).
Articles are /a/<slug>/<id>.html or /a/<id>.html.
"""
from __future__ import annotations

from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "azattyq"
PARSER_VERSION = "1"


def parse(page: Page) -> ParsedPage:
    return common.parse_article(
        page, NAME, title=("h1.pg-title", "h1.title", "h1"), body=("#article-content div.wsw", "div.wsw", "#article-content"),
        date=(".published time", "time[datetime]", "time"), drop_in_body=(".media-block", ".wsw__embed", ".infographics"))


SOURCE = Source(
    name=NAME,
    title="Radio Azattyq (RFE/RL)",
    hosts=("azattyq.org",),
    languages=("kk", "ru"),
    kind="news",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="rss",
    start_urls=("https://www.azattyq.org/api/", "https://rus.azattyq.org/api/"),
    article_url=r"^https?://(www\.|rus\.)?azattyq\.org/a/([\w\-]+/)?\d+\.html$",
    rate_limit_per_s=0.5,
    homepage="https://www.azattyq.org",
)
