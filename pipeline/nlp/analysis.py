"""A document through the nlp room: its statements, constitution mentions and event reports. A document whose text
and treatment (treatment_key) are unchanged since the last run keeps its rows, and only new or changed documents
are analysed again (analysis_store.py keeps the rows).

Statements are taken from original reports only (a republished copy says nothing new, so nothing is counted
twice) and never from official texts; events are taken from every report, so a copy still links to its event.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator


DOCUMENT_COLUMNS = ["document_id", "url", "source", "language", "title", "published_at", "text", "kind",
                    "content_sha256", "duplicate_of", "is_sample"]
KEY_COLUMNS = ["document_id", "content_sha256", "kind", "duplicate_of"]  # what treatment_key reads


# The modules that join the documents' rows into events, people and organisations (core_events_and_people, whose
# own code digest covers them): no document's analysis calls them, so a change to the merge does not analyse every
# document again (tests/nlp/test_analysis.py checks that no other module of the room imports them).
AGGREGATION_MODULES = ("aggregate.py", "event_groups.py", "incremental.py", "merge.py", "people.py",
                       "people_parts.py", "people_store.py", "report_digests.py", "seeded_events.py")
# The module that stores the rows: their parts' footers record its code, so a change rewrites them, not analyses.
STORAGE_MODULES = ("analysis_store.py",)
# The modules that run the analysis on several processes: they decide where a document is analysed, not its rows.
RUNNING_MODULES = ("parallel.py", "worker_start.py")
# What the workers' server imports before it forks them (parallel.py): the Russian models, once for all workers.
WORKER_PRELOAD = ("pipeline.nlp.worker_start",)


def analysis_sources() -> list[Path]:
    """The source files of the nlp room that decide a document's rows."""
    left_out = (*AGGREGATION_MODULES, *STORAGE_MODULES, *RUNNING_MODULES)
    return [p for p in sorted(Path(__file__).resolve().parent.glob("*.py")) if p.name not in left_out]


def nlp_version() -> str:
    """Changes whenever the code that analyses a document changes, so a new rule reaches every document."""
    digest = hashlib.sha256()
    for path in analysis_sources():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def treatment_key(doc: dict, version: str) -> str:
    statements = doc["kind"] != "official_text" and doc["duplicate_of"] is None
    return f"{doc['content_sha256']}|{version}|{'statements' if statements else 'events-only'}"


def analyse_batch(batch: list[tuple[dict, str]]) -> list[tuple[str, dict]]:
    """Every (table, row) of a batch of documents; runs in a worker process for big archives."""
    out = []
    for doc, key in batch:
        for name, row in analyse_document(doc, key):
            out.append((name, {**row, "is_sample": doc["is_sample"]} if name != "processed" else row))
    return out


def analyse_document(doc: dict, key: str) -> Iterator[tuple[str, dict]]:
    """(table name, row) pairs for one document; a failing stage becomes an error row, the other stage still runs."""
    # here: the build process imports this module for the bookkeeping above, the rules only where they run
    from pipeline.nlp.events import extract_events
    from pipeline.nlp.mentions import extract_mentions
    from pipeline.nlp.statements import extract_statements

    record = {k: doc[k] for k in ("document_id", "url", "source", "language", "title", "published_at", "text")}
    if key.endswith("|statements"):
        try:
            statements = extract_statements(record)
            for row in statements:
                yield "statements", row
            for row in extract_mentions(statements):
                yield "mentions", row
        except Exception as exc:  # recorded with its reason; the events of the document are still extracted
            yield "errors", {"document_id": doc["document_id"], "stage": "statements",
                             "error": f"{type(exc).__name__}: {exc}"[:1000]}
    try:
        for row in extract_events(record):
            yield "document_events", row
    except Exception as exc:
        yield "errors", {"document_id": doc["document_id"], "stage": "events", "error": f"{type(exc).__name__}: {exc}"[:1000]}
    yield "processed", {"document_id": doc["document_id"], "treatment_key": key}
