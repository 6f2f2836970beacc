"""The source registry as table rows (core_sources)."""
from __future__ import annotations

from pipeline.sources.base import Source
from pipeline.sources.registry import GENERIC, all_sources


def source_row(source: Source) -> dict:
    return {
        "source": source.name,
        "title": source.title,
        "hosts": list(source.hosts),
        "languages": list(source.languages),
        "kind": source.kind,
        "discovery": source.discovery or None,
        "homepage": source.homepage or None,
        "rate_limit_per_s": source.rate_limit_per_s,
        "enabled": source.enabled,
    }


def source_rows() -> list[dict]:
    return [source_row(s) for s in (*all_sources(), GENERIC)]
