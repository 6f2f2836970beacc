"""zan.gov.kz, the JSON API of the legal-acts database: GET /api/documents/{id}/{rus,kaz}?withHtml=false&page=N.

A response is one page of one version of a document: `version{versionDate, metadata{title}}`, `versionsCount`,
`pagesCount` and `content[]` nodes (section, heading, article, point, text, note) with `level`, `index`, `text`.
The text keeps one line per node, in order and with repeats, like adilet's, for the legal-structure parser.
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

from pipeline.documents.html import squash_spaces
from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, ParseError, Source

NAME = "zan"
PARSER_VERSION = "1"
_LANG_IN_PATH = re.compile(r"/api/documents/\d+/(rus|kaz|eng)\b")


def parse(page: Page) -> ParsedPage:
    if not page.body.strip():
        raise ParseError("empty response body")
    try:
        data = json.loads(page.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"{NAME}: response is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise ParseError(f"{NAME}: no content[] list in the response (API changed?)")
    version = data.get("version") if isinstance(data.get("version"), dict) else {}
    metadata = version.get("metadata") if isinstance(version.get("metadata"), dict) else {}
    title = common.required_title(str(metadata.get("title") or data.get("title") or ""), NAME, "version.metadata.title")
    lines = [line for line in (_node_line(node) for node in data["content"]) if line]
    if not lines:
        raise ParseError(f"{NAME}: content[] has no text")
    warnings: list[str] = []
    published = common.published_at([str(version.get("versionDate") or "")], page, warnings)
    pages = data.get("pagesCount")
    page_number = parse_qs(urlsplit(page.url).query).get("page", ["1"])[0]
    if isinstance(pages, int) and pages > 1:
        warnings.append(f"page {page_number} of {pages}: the document continues on other pages")
    m = _LANG_IN_PATH.search(page.url)
    return ParsedPage(title=title, text="\n\n".join(lines), published_at=published, kind="official_text",
                      language=common.language_code(m.group(1)) if m else None, canonical_url=None,
                      warnings=warnings)


def _node_line(node: object) -> str:
    if not isinstance(node, dict):
        return ""
    text = squash_spaces(str(node.get("text") or ""))
    if not text and node.get("type") == "article" and node.get("index"):
        text = f"Статья {node['index']}"
    return text


SOURCE = Source(
    name=NAME,
    title="Zan.gov.kz: legal-acts database API",
    hosts=("zan.gov.kz",),
    languages=("ru", "kk"),
    kind="official_text",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="zan_api",
    # document 1 is the Constitution of 1995
    start_urls=("https://zan.gov.kz/api/documents/1/rus?withHtml=false&page=1",
                "https://zan.gov.kz/api/documents/1/kaz?withHtml=false&page=1"),
    article_url=r"^https?://zan\.gov\.kz/api/documents/\d+/(rus|kaz)(\?.*)?$",
    rate_limit_per_s=0.5,
    homepage="https://zan.gov.kz",
)
