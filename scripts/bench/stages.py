"""Which stage of the flow each Dagster step belongs to, read from the definitions (asset groups), so that new
assets (the NLP stage's core_statements, core_events, ...) are counted without editing the benchmark.

raw group -> WARC read; core_documents_and_errors -> parse; core assets about statements, events, mentions,
people or organisations (or an `nlp` group) -> NLP; other core assets -> core (other); out group -> SQL models;
publish group -> publish; a step that is no asset's op is an asset check -> checks.
"""
from __future__ import annotations

from functools import lru_cache

STAGES = ("WARC read", "parse", "NLP", "core (other)", "SQL models", "publish", "checks")
PARSE_OPS = ("core_documents_and_errors",)
NLP_WORDS = ("statement", "event", "mention", "people", "person", "organisation", "organization", "speaker",
             "quote", "entit", "nlp")
GROUP_STAGES = {"raw": "WARC read", "nlp": "NLP", "out": "SQL models", "publish": "publish"}


@lru_cache(maxsize=1)
def op_groups() -> dict[str, str]:
    """Op name -> asset group, for every asset the build materialises."""
    import dagster as dg

    from pipeline.definitions import defs

    groups = {}
    for assets in defs.assets or []:
        if isinstance(assets, dg.AssetsDefinition) and assets.is_executable:
            groups[assets.node_def.name] = next(iter(assets.group_names_by_key.values()), "default")
    return groups


def stage_of(step: str, groups: dict[str, str] | None = None) -> str:
    groups = op_groups() if groups is None else groups
    group = groups.get(step)
    if group is None:
        return "checks"
    if step in PARSE_OPS:
        return "parse"
    if group in GROUP_STAGES:
        return GROUP_STAGES[group]
    if any(word in step for word in NLP_WORDS):
        return "NLP"
    return "core (other)"
