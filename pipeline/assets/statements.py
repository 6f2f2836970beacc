"""Statements and events: who said what about the reform, and what happened when."""
from pathlib import Path

import dagster as dg

from pipeline.assets.reporting import parquet_metadata
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.statements import (CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED,
                                          CORE_STATEMENT_MENTIONS, CORE_STATEMENTS)
from pipeline.metadata.tables import CORE_DOCUMENTS
from pipeline.nlp.analysis_store import AnalysisTables, analyse
from pipeline.nlp.incremental import AGGREGATE_MARKER, AGGREGATE_STATE, AGGREGATES, merge_events_and_people
from pipeline.nlp.parallel import stop_server
from pipeline.nlp.people_store import summaries_folder
from pipeline.nlp.seeded_events import seeds_path
from pipeline.resources import AtazanSettings

OWNERS = ["team:atazan-data"]
ANALYSIS = (CORE_STATEMENTS, CORE_STATEMENT_MENTIONS, CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED)


def _spec(table, deps):
    return dg.AssetSpec(table.name, group_name="core", kinds={"parquet"}, owners=OWNERS,
                        description=asset_description(table), deps=deps, metadata=definition_metadata(table))


@dg.multi_asset(specs=[_spec(t, [CORE_DOCUMENTS.name]) for t in ANALYSIS])
def core_document_analysis(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Statements, constitution mentions and event reports of every new or changed document."""
    outputs = [settings.relative(t.name) for t in ANALYSIS]
    with settings.staged(reads=[settings.relative(CORE_DOCUMENTS.name), *outputs], writes=outputs) as local:
        try:
            stats = analyse(local.core_path(CORE_DOCUMENTS.name), AnalysisTables(
                *((t, local.core_path(t.name)) for t in ANALYSIS)))
        finally:
            stop_server()  # no later step forks from it; the parse step started it for this one
        context.log.info(f"{stats.documents} documents: {stats.analysed} analysed, {stats.reused} unchanged, "
                         f"{stats.errors} errors; {stats.parts_written} parts written")
        results = []
        for table in ANALYSIS:
            extra = {"analysed_now": stats.analysed, "reused": stats.reused,
                     "parts_written": stats.parts_written} if table is CORE_NLP_PROCESSED else {}
            results.append(dg.MaterializeResult(asset_key=table.name,
                                                metadata=parquet_metadata(local.core_path(table.name), table, **extra)))
    yield from results


@dg.multi_asset(specs=[_spec(t, [CORE_STATEMENTS.name, CORE_DOCUMENT_EVENTS.name]) for t in AGGREGATES])
def core_events_and_people(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Reports of the same event merged into one event; speakers joined into people and organisations. Only the
    event groups whose reports changed since the last run are merged again; people and organisations are built
    again when the statements changed."""
    outputs = [settings.relative(t.name) for t in AGGREGATES]
    reads = [settings.relative(t.name) for t in (CORE_DOCUMENT_EVENTS, CORE_STATEMENTS)]
    # what the step keeps for its next run beside its state: the events it puts back, the people's summaries
    kept = [seeds_path(Path(AGGREGATE_STATE)).as_posix(), summaries_folder(Path(AGGREGATE_STATE)).as_posix()]
    own = [*outputs, *kept, AGGREGATE_STATE, AGGREGATE_MARKER]  # the marker last: pushed once the rest is
    with settings.staged(reads=[*reads, *own], writes=own) as local:
        stats = merge_events_and_people(local.root, local.core_path)
        extra = {} if stats is None else stats.metadata()
        if stats is not None:
            context.log.info(f"events and people: {extra}")
        results = [dg.MaterializeResult(asset_key=t.name, metadata=parquet_metadata(
            local.core_path(t.name), t, recomputed=bool(stats and stats.written), **extra)) for t in AGGREGATES]
    yield from results
