"""adilet.zan.kz, the Ministry of Justice's database of legal acts: the official texts of the Constitution,
constitutional laws and decrees in Russian (/rus/), Kazakh (/kaz/) and English (/eng/).

Inside <article> every h3 is an article heading with an id anchor and every p a paragraph. The text keeps one
line per heading or paragraph, in page order and without removing repeats ("Исключена." may rightly occur
twice), so the legal-structure parser can read sections, articles and points from it.
"""
from __future__ import annotations

import re

from pipeline.documents.html import node_text, squash_spaces
from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, ParseError, Source

NAME = "adilet"
PARSER_VERSION = "1"
CONTAINER = ("article", "div.container_gamma", "div.text")
LINES = "h1, h2, h3, h4, h5, p, li, pre"
_SITE_SUFFIX = re.compile(r"\s*-\s*ИПС\s*[\"«]?Әділет[\"»]?\s*$", re.I)
_DATE_LINES = 4  # the act's date sits in its first lines: "принята ... 15 марта 2026 года", "от 11 февраля 2026 года № ..."


def parse(page: Page) -> ParsedPage:
    tree, warnings = common.load(page)
    head = common.Head(tree)
    container = common.required_node(tree, CONTAINER, NAME, "document text (<article>)")
    heading = container.css_first("h1")
    title = node_text(heading) or head.meta("og:title") or _SITE_SUFFIX.sub("", node_text(tree.css_first("title")))
    title = common.required_title(title, NAME, "article h1 / og:title")
    common.drop(container, ("h1", "script", "style", "noscript", "nav", "form", "button", ".doc-actions", ".toc"))
    lines = [squash_spaces(n.text(separator=" ")) for n in container.css(LINES)]
    lines = [line for line in lines if line and line != title]
    if not lines:
        raise ParseError(f"{NAME}: document text is empty")
    published = common.published_at([head.meta("article:published_time"), *lines[:_DATE_LINES]], page, warnings)
    return ParsedPage(title=title, text="\n\n".join(lines), published_at=published, kind="official_text",
                      language=common.url_language(page.url) or head.language(page.url),
                      canonical_url=head.canonical_url(), warnings=warnings)


SOURCE = Source(
    name=NAME,
    title="Adilet: legal acts database of the Ministry of Justice",
    hosts=("adilet.zan.kz",),
    languages=("ru", "kk", "en"),
    kind="official_text",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="listing",
    # the Constitution of 1995 and of 2026, the Alatau City constitutional law, in each language
    start_urls=tuple(f"https://adilet.zan.kz/{lang}/docs/{code}" for code in ("K950001000_", "K2600000000", "Z2600000286")
                     for lang in ("rus", "kaz", "eng")),
    article_url=r"^https?://adilet\.zan\.kz/(rus|kaz|eng)/docs/[A-Z]\d{5,9}[_\w]*/?$",
    rate_limit_per_s=0.5,
    homepage="https://adilet.zan.kz",
)
