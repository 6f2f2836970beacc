"""election.gov.kz, the Central Election Commission (the Central Referendum Commission in 2026): releases in
ru/kk/en at /{rus,kaz,eng}/news/releases/index.php?ID=<n>, numbered in sequence, static HTML."""
from __future__ import annotations

from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, Source

NAME = "election"
PARSER_VERSION = "1"


def parse(page: Page) -> ParsedPage:
    doc = common.parse_article(
        page, NAME, title=(".news-detail h1", "h1"), body=(".news-detail .news-text", ".news-detail", "article"),
        date=(".news-detail .news-date-time", ".news-date-time", "time"),
        drop_in_body=(".news-date-time", ".back-link"), kind="press_release")
    # the page's html lang is the site default; the /rus/, /kaz/, /eng/ path says which version this is
    doc.language = common.url_language(page.url) or doc.language
    return doc


SOURCE = Source(
    name=NAME,
    title="Central Election Commission of the Republic of Kazakhstan",
    hosts=("election.gov.kz",),
    languages=("ru", "kk", "en"),
    kind="press_release",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="sequential_ids",
    start_urls=tuple(f"https://www.election.gov.kz/{lang}/news/releases/index.php?ID=1" for lang in ("rus", "kaz", "eng")),
    article_url=r"^https?://(www\.)?election\.gov\.kz/(rus|kaz|eng)/news/releases/index\.php\?ID=\d+$",
    rate_limit_per_s=0.5,
    homepage="https://www.election.gov.kz",
)
