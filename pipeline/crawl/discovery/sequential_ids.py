"""Pages numbered in sequence (election.gov.kz `index.php?ID=<n>`): probe upward from the highest id held,
stop after K misses in a row. Each probe is the page itself, so it is archived as one."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline.crawl.discovery.context import DiscoveryContext

ID_PARAM = "ID"
_MISS_STATUSES = frozenset({404, 410})


def with_id(template: str, number: int) -> str:
    parts = urlsplit(template)
    query = [(k, str(number) if k == ID_PARAM else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def id_of(url: str) -> int | None:
    value = dict(parse_qsl(urlsplit(url).query)).get(ID_PARAM)
    return int(value) if value and value.isdigit() else None


def discover_sequential_ids(ctx: DiscoveryContext) -> None:
    for template in ctx.source.start_urls:
        start = id_of(template)
        if start is None:
            ctx.warn(f"{template} has no numeric {ID_PARAM}= parameter to count from")
            continue
        _probe(ctx, template, start)


def _probe(ctx: DiscoveryContext, template: str, start: int) -> None:
    same_series = re.compile(re.escape(with_id(template, 0)).replace(r"ID=0", r"ID=(\d+)") + "$")
    held = [int(m.group(1)) for url in ctx.state.fetched_urls(ctx.source.name, status=200)
            if (m := same_series.match(url))]
    number = max([start - 1, *held]) + 1
    misses = 0
    budget = ctx.config.max_pages
    while misses < ctx.config.sequential_misses:
        if budget is not None and budget <= 0:
            ctx.warn(f"budget spent while probing {template} at {ID_PARAM}={number}")
            return
        fetched = ctx.fetch_page(with_id(template, number))
        if fetched.ok:
            misses = 0
            ctx.discovered += 1
            if budget is not None:
                budget -= 1
        elif fetched.status in _MISS_STATUSES:
            misses += 1
        else:
            # Not an answer about the id (a 5xx, a refusal): stop, and probe from here next run.
            ctx.warn(f"{fetched.url}: {fetched.error or f'HTTP {fetched.status}'}; probing stopped")
            return
        number += 1
