"""Which stage of the flow each Dagster step belongs to, read from the definitions (asset groups), so that new
assets (the NLP stage's core_statements, core_events, ...) are counted without editing the benchmark.

raw group -> WARC read; core_documents_and_errors -> parse; an op whose assets are statements, events,
mentions, people or organisations (or in an `nlp` group) -> NLP; other core assets (official texts) -> core
(other); out group -> SQL models; publish group -> publish; a step that is no asset's op is a check -> checks.
"""
from __future__ import annotations

from functools import lru_cache

STAGES = ("WARC read", "parse", "NLP", "core (other)", "SQL models", "publish", "checks")
PARSE_OPS = ("core_documents_and_errors",)
NLP_WORDS = ("statement", "event", "mention", "people", "person", "organisation", "organization", "speaker",
             "quote", "entit", "nlp")
GROUP_STAGES = {"raw": "WARC read", "nlp": "NLP", "out": "SQL models", "publish": "publish"}


@lru_cache(maxsize=1)
def asset_ops() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Op name -> (asset group, the asset keys it materialises), for every asset the build can run."""
    import dagster as dg

    from pipeline.definitions import defs

    ops = {}
    for assets in defs.assets or []:
        if isinstance(assets, dg.AssetsDefinition) and assets.is_executable:
            group = next(iter(assets.group_names_by_key.values()), "default")
            ops[assets.node_def.name] = (group, tuple(k.to_user_string() for k in assets.keys))
    return ops


def stage_of(step: str, ops: dict[str, tuple[str, tuple[str, ...]]] | None = None) -> str:
    ops = asset_ops() if ops is None else ops
    if step not in ops:
        return "checks"
    group, keys = ops[step]
    if step in PARSE_OPS:
        return "parse"
    if group in GROUP_STAGES:
        return GROUP_STAGES[group]
    if any(word in name for name in (step, *keys) for word in NLP_WORDS):
        return "NLP"
    return "core (other)"
