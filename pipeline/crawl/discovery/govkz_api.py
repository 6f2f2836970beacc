"""gov.kz's content-manager API: the news of one body (`projects=eq:<slug>`), newest first, in each language.

Each listing answer names its items `{id, title, created_date, body}`; every item becomes a page to fetch at
`/api/v1/public/content-manager/news/<id>?projects=eq:<slug>&lang=<lang>` (what pipeline/sources/govkz.py
parses, one item per page), asked with the same Accept-Language. The listing answers are archived too.
Paging stops at an empty page, at a page that brings no new item, or at one older than --since; a first walk
that could not reach the end remembers the next page number and goes on from there.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline.crawl.discovery.context import DiscoveryContext, DiscoveryError
from pipeline.crawl.discovery.dates import feed_date
from pipeline.crawl.state import Candidate

DEFAULT_PAGE_SIZE = 20
# Source.languages uses ISO codes; the API takes the same codes in Accept-Language and `lang`.
_LANGUAGES = {"ru": "ru", "kk": "kk", "en": "en"}


def news_items(body: bytes) -> list[dict]:
    """The item objects of one API answer: a bare list, or a list under a usual wrapper key."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DiscoveryError(f"not JSON: {exc}") from exc
    if isinstance(data, dict):
        for key in ("content", "items", "data", "results", "list"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            raise DiscoveryError(f"no item list in the answer (keys: {', '.join(sorted(data))[:200]})")
    if not isinstance(data, list):
        raise DiscoveryError("the answer is neither a list nor an object")
    return [item for item in data if isinstance(item, dict) and item.get("id") is not None]


def page_url(start: str, page: int, size: int) -> str:
    parts = urlsplit(start)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("page", "size")]
    if not any(k == "sort-by" for k, _ in query):
        query.append(("sort-by", "created_date:DESC"))
    query += [("page", str(page)), ("size", str(size))]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, safe=":,"), ""))


def item_url(start: str, item_id: object, language: str) -> str:
    parts = urlsplit(start)
    projects = [(k, v) for k, v in parse_qsl(parts.query) if k == "projects"]
    query = urlencode(projects + [("lang", language)], safe=":,")
    return urlunsplit((parts.scheme, parts.netloc, f"{parts.path.rstrip('/')}/{item_id}", query, ""))


def _start_paging(start: str) -> tuple[int, int]:
    params = dict(parse_qsl(urlsplit(start).query))
    try:
        return int(params.get("page", 1)), int(params.get("size", DEFAULT_PAGE_SIZE))
    except ValueError:
        return 1, DEFAULT_PAGE_SIZE


def discover_govkz_api(ctx: DiscoveryContext) -> None:
    for start in ctx.source.start_urls:
        for language in ctx.source.languages:
            _walk(ctx, start, _LANGUAGES.get(language, language))


def _walk(ctx: DiscoveryContext, start: str, language: str) -> None:
    first_page, size = _start_paging(start)
    scope = f"govkz:{start}:{language}"
    done_key, resume_key = f"{scope}:done", f"{scope}:resume"
    complete = ctx.state.mark(done_key) == "1"
    resume = ctx.state.mark(resume_key)
    headers = (("Accept-Language", language),)
    page, phase = first_page, "fresh"
    while True:
        if not ctx.has_budget():
            ctx.warn(f"discovery page budget spent while paging {start} ({language})")
            return
        url = page_url(start, page, size)
        fetched = ctx.fetch(url, headers=headers, conditional=complete)
        if ctx.failed(fetched, "gov.kz API page"):
            return
        try:
            items = news_items(fetched.body)
        except DiscoveryError as exc:
            ctx.warn(f"gov.kz API page {url}: {exc}")
            return
        dated = [(item, feed_date(str(item.get("created_date") or ""))) for item in items]
        candidates = [Candidate(item_url(start, item["id"], language), created, headers) for item, created in dated]
        # An empty page is the end; a short one is not (the API may cap `size` below what we asked).
        at_end = not items or all(ctx.too_old(created) for _, created in dated)
        marks = {}
        if at_end:
            marks = {done_key: "1", resume_key: ""}
        elif not complete and (phase == "resume" or not resume):
            marks = {resume_key: str(page + 1)}
        new = ctx.save(candidates, confirm=fetched, marks=marks)
        if at_end:
            return
        if new == 0 and (complete or resume):
            if complete or phase == "resume":
                return
            phase, page = "resume", int(resume)
            continue
        page += 1
