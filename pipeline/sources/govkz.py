"""gov.kz, the common platform of government bodies: press releases of the Prosecutor General's Office
(`prokuror`), the Constitutional Court (`ksrk`), the Ministry of Justice (`adilet`) and others.

Two shapes of the same press release are read:
- the JSON API item `{id, title, created_date, body (HTML)}` that discovery fetches from
  /api/v1/public/content-manager/news (Accept-Language picks ru, kk or en);
- the human details page /memleket/entities/<slug>/press/news/details/<id>?lang=ru when its HTML carries the text.
Both get the details page as canonical URL, so the two copies of one release are one document.
"""
from __future__ import annotations

import html as html_escape
import json
import re
from urllib.parse import parse_qs, urlsplit

from pipeline.documents.html import node_text, parse_html
from pipeline.sources import common
from pipeline.sources.base import Page, ParsedPage, ParseError, Source

NAME = "govkz"
PARSER_VERSION = "1"
API_NEWS = "https://www.gov.kz/api/v1/public/content-manager/news"
DETAILS = "https://www.gov.kz/memleket/entities/{project}/press/news/details/{id}?lang={lang}"
# Bodies of the bodies that published the reform's releases; the crawl reads each project's news listing.
PROJECTS = ("ksrk", "prokuror", "adilet", "akorda", "mazhilis", "senate", "election")
BODY = ("div.news-details__body", "div.news-details__content", "article .content", "article")
_PROJECT_IN_URL = re.compile(r"/entities/([\w\-]+)/")


def render_news_item(title: str, created_date: str, paragraphs: list[str], *, item_id: int = 1,
                     project: str = "prokuror") -> bytes:
    """A gov.kz API news item as the parser reads it (UTF-8 JSON bytes), for tests.

    Each paragraph becomes one <p> of the HTML `body`, escaped, so a test can wrap any press release text
    (credit lines included) into the real structure: `parse(Page(url=api_item_url(...), body=render_news_item(...)))`.
    `created_date` is written as given (the API uses ISO 8601 with +05:00).
    """
    body = "\n".join(f"<p>{html_escape.escape(p, quote=False)}</p>" for p in paragraphs)
    item = {"id": item_id, "title": title, "created_date": created_date, "project": project, "body": body}
    return json.dumps(item, ensure_ascii=False).encode("utf-8")


def api_item_url(item_id: int, project: str, lang: str = "ru") -> str:
    return f"{API_NEWS}/{item_id}?projects=eq:{project}&lang={lang}"


def parse(page: Page) -> ParsedPage:
    if _looks_like_json(page):
        return _parse_api_item(page)
    return _parse_details_page(page)


def _looks_like_json(page: Page) -> bool:
    if "json" in (page.content_type or "").lower():
        return True
    return page.body.lstrip()[:1] in (b"{", b"[")


def _parse_api_item(page: Page) -> ParsedPage:
    if not page.body.strip():
        raise ParseError("empty response body")
    try:
        data = json.loads(page.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"{NAME}: API response is not valid JSON ({exc})") from None
    item = _one_item(data)
    warnings: list[str] = []
    title = common.required_title(str(item.get("title") or ""), NAME, "API item 'title'")
    body_html = item.get("body") or ""
    if not isinstance(body_html, str) or not body_html.strip():
        raise ParseError(f"{NAME}: API item {item.get('id')} has no 'body'")
    tree = parse_html(f"<html><body>{body_html}</body></html>")
    text = common.body_text(tree.body, NAME)
    published = common.published_at([str(item.get("created_date") or "")], page, warnings)
    query = parse_qs(urlsplit(page.url).query)
    lang = common.language_code(str(item.get("lang") or "")) or common.url_language(page.url)
    project = item.get("project") or _project_from_query(query)
    canonical = None
    if project and item.get("id") is not None:
        canonical = DETAILS.format(project=project, id=item["id"], lang={"kk": "kk", "en": "en"}.get(lang, "ru"))
    return ParsedPage(title=title, text=text, published_at=published, kind="press_release", language=lang,
                      canonical_url=canonical, warnings=warnings)


def _one_item(data: object) -> dict:
    """The news item of a response: the item itself, or the only element of a one-item listing."""
    if isinstance(data, dict):
        for key in ("data", "content", "items", "result"):
            if isinstance(data.get(key), (list, dict)) and "title" not in data:
                return _one_item(data[key])
        if "title" in data or "body" in data:
            return data
        raise ParseError(f"{NAME}: JSON has no news item (keys: {', '.join(sorted(data)[:8])})")
    if isinstance(data, list):
        if len(data) == 1:
            return _one_item(data[0])
        raise ParseError(f"{NAME}: a listing of {len(data)} items, not one news item (discovery reads listings)")
    raise ParseError(f"{NAME}: JSON is a {type(data).__name__}, not a news item")


def _project_from_query(query: dict[str, list[str]]) -> str | None:
    for value in query.get("projects", []):
        if value.startswith("eq:"):
            return value[3:] or None
    return None


def _parse_details_page(page: Page) -> ParsedPage:
    tree, warnings = common.load(page)
    head = common.Head(tree)
    title = head.meta("og:title") or node_text(tree.css_first("h1"))
    title = common.required_title(title, NAME, "og:title / h1")
    container = common.required_node(tree, BODY, NAME)
    time_node = tree.css_first("time")
    published = common.published_at(
        [head.meta("article:published_time"), time_node.attributes.get("datetime") if time_node else None,
         node_text(time_node)],
        page, warnings)
    common.drop(container, ("h1", ".news-details__meta", "time"))
    text = common.body_text(container, NAME)
    return ParsedPage(title=title, text=text, published_at=published, kind="press_release",
                      language=head.language(page.url),
                      canonical_url=head.canonical_url() or page.url, warnings=warnings)


SOURCE = Source(
    name=NAME,
    title="Gov.kz: press releases of government bodies",
    # www.gov.kz only: a bare "gov.kz" would also claim election.gov.kz, zan.gov.kz and other bodies' own sites
    hosts=("www.gov.kz",),
    languages=("ru", "kk", "en"),
    kind="press_release",
    parse=parse,
    parser_version=PARSER_VERSION,
    discovery="govkz_api",
    start_urls=tuple(f"{API_NEWS}?projects=eq:{p}&sort-by=created_date:DESC&page=1&size=50" for p in PROJECTS),
    article_url=(r"^https?://(www\.)?gov\.kz/(memleket/entities/[\w\-]+/press/news/details/\d+"
                 r"|api/v1/public/content-manager/news/\d+)(\?.*)?$"),
    rate_limit_per_s=1.0,
    homepage="https://www.gov.kz",
)
