"""The source registry: the one place that lists the sites atazan knows.

To add a source, write a module in pipeline/sources/ that defines `SOURCE = Source(...)` and add it to
`SOURCE_MODULES` below. Set `ATAZAN_DISABLED_SOURCES=name,name` to switch sources off without code.
"""
from __future__ import annotations

import importlib
import os
from functools import lru_cache

from pipeline.sources import generic
from pipeline.sources.base import Source, first_match

SOURCE_MODULES: tuple[str, ...] = (
    "akorda", "govkz", "kazinform", "tengrinews", "adilet", "zan", "election",
    "zakon", "kazpravda", "egemen", "astanatimes", "timesca", "azattyq",
)

GENERIC = Source(
    name="generic",
    title="Any other host (generic main-text extraction)",
    hosts=(),
    languages=("ru", "kk", "en"),
    kind="news",
    parse=generic.parse,
    parser_version=generic.PARSER_VERSION,
    discovery="",
)


@lru_cache(maxsize=1)
def all_sources() -> tuple[Source, ...]:
    disabled = {n.strip() for n in os.environ.get("ATAZAN_DISABLED_SOURCES", "").split(",") if n.strip()}
    found = []
    for module_name in SOURCE_MODULES:
        source = importlib.import_module(f"pipeline.sources.{module_name}").SOURCE
        if source.name in disabled:
            source = _replace(source, enabled=False)
        found.append(source)
    return tuple(found)


def _replace(source: Source, **changes) -> Source:
    from dataclasses import replace

    return replace(source, **changes)


def source_for_url(url: str) -> Source:
    """The site module for `url`'s host, else the generic extractor."""
    return first_match(all_sources(), url) or GENERIC


def source_by_name(name: str) -> Source:
    for source in all_sources() + (GENERIC,):
        if source.name == name:
            return source
    raise KeyError(f"no source named {name!r}")
