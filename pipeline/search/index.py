"""The search index as Arrow tables: postings (stem, item, term frequency) and items (language, length in terms).

Items are read one batch at a time and each batch is returned before the next is read, so memory holds one batch
whatever the size of the archive.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import NamedTuple

import pyarrow as pa

from pipeline.documents.language import detect_language
from pipeline.search.stemming import LANGUAGES, stem_counts

KINDS = ("document", "statement")
TERMS_SCHEMA = pa.schema([("term", pa.string()), ("kind", pa.string()), ("id", pa.string()), ("tf", pa.int32())])
ITEMS_SCHEMA = pa.schema([("kind", pa.string()), ("id", pa.string()), ("language", pa.string()),
                          ("length", pa.int32())])
BATCH_ITEMS = 2000


class IndexBatch(NamedTuple):
    terms: pa.Table  # TERMS_SCHEMA: one row per distinct stem of an item
    items: pa.Table  # ITEMS_SCHEMA: one row per item


def index_rows(items: Iterable[tuple[str, str, str | None, str]], batch_size: int = BATCH_ITEMS) -> Iterator[IndexBatch]:
    """Index (kind, id, language, text) items, batch_size at a time. A language other than ru/kk/en (or none) is
    told from the text, and Russian is assumed when the text is too short to tell."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        yield _index_batch(batch)


def _index_batch(batch: list[tuple[str, str, str | None, str]]) -> IndexBatch:
    terms: dict[str, list] = {name: [] for name in TERMS_SCHEMA.names}
    items: dict[str, list] = {name: [] for name in ITEMS_SCHEMA.names}
    for kind, item_id, language, text in batch:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        text = text or ""
        language = language if language in LANGUAGES else (detect_language(text) or "ru")
        counts = stem_counts(text, language)
        terms["term"].extend(counts.keys())
        terms["kind"].extend([kind] * len(counts))
        terms["id"].extend([item_id] * len(counts))
        terms["tf"].extend(counts.values())
        items["kind"].append(kind)
        items["id"].append(item_id)
        items["language"].append(language)
        items["length"].append(sum(counts.values()))
    return IndexBatch(pa.table(terms, schema=TERMS_SCHEMA), pa.table(items, schema=ITEMS_SCHEMA))
