"""Statements and events: who said what about the reform, and what happened when."""
import dagster as dg

from pipeline.assets.reporting import parquet_metadata
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.statements import (CORE_DOCUMENT_EVENTS, CORE_EVENT_DOCUMENTS, CORE_EVENTS, CORE_NLP_ERRORS,
                                          CORE_NLP_PROCESSED, CORE_ORGANISATIONS, CORE_PEOPLE, CORE_PERSON_ROLES,
                                          CORE_PERSON_STATEMENTS, CORE_STATEMENT_MENTIONS, CORE_STATEMENTS)
from pipeline.metadata.tables import CORE_DOCUMENTS
from pipeline.nlp.aggregate import events_tables, people_tables
from pipeline.nlp.analysis import AnalysisTables, analyse, inputs_digest
from pipeline.resources import AtazanSettings
from pipeline.storage.parquet import write_rows

OWNERS = ["team:atazan-data"]
# Which documents (and texts, and extractor version) the events and people were last merged from.
AGGREGATE_INPUTS = "core/events_and_people.inputs"
ANALYSIS = (CORE_STATEMENTS, CORE_STATEMENT_MENTIONS, CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED)
AGGREGATES = {CORE_EVENTS: "events", CORE_EVENT_DOCUMENTS: "event_documents", CORE_PEOPLE: "people",
              CORE_PERSON_ROLES: "person_roles", CORE_PERSON_STATEMENTS: "person_statements",
              CORE_ORGANISATIONS: "organisations"}


def _spec(table, deps):
    return dg.AssetSpec(table.name, group_name="core", kinds={"parquet"}, owners=OWNERS,
                        description=asset_description(table), deps=deps, metadata=definition_metadata(table))


@dg.multi_asset(specs=[_spec(t, [CORE_DOCUMENTS.name]) for t in ANALYSIS])
def core_document_analysis(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Statements, constitution mentions and event reports of every new or changed document."""
    outputs = [settings.relative(t.name) for t in ANALYSIS]
    with settings.staged(reads=[settings.relative(CORE_DOCUMENTS.name), *outputs], writes=outputs) as local:
        stats = analyse(local.core_path(CORE_DOCUMENTS.name), AnalysisTables(
            *((t, local.core_path(t.name)) for t in ANALYSIS)))
        context.log.info(f"{stats.documents} documents: {stats.analysed} analysed, {stats.reused} unchanged, "
                         f"{stats.errors} errors")
        results = []
        for table in ANALYSIS:
            extra = {"analysed_now": stats.analysed, "reused": stats.reused} if table is CORE_NLP_PROCESSED else {}
            results.append(dg.MaterializeResult(asset_key=table.name,
                                                metadata=parquet_metadata(local.core_path(table.name), table, **extra)))
    yield from results


@dg.multi_asset(specs=[_spec(t, [CORE_STATEMENTS.name, CORE_DOCUMENT_EVENTS.name]) for t in AGGREGATES])
def core_events_and_people(settings: AtazanSettings):
    """Reports of the same event merged into one event; speakers joined into people and organisations."""
    outputs = [settings.relative(t.name) for t in AGGREGATES]
    reads = [settings.relative(t.name) for t in (CORE_DOCUMENT_EVENTS, CORE_STATEMENTS, CORE_NLP_PROCESSED)]
    with settings.staged(reads=[*reads, *outputs, AGGREGATE_INPUTS], writes=[*outputs, AGGREGATE_INPUTS]) as local:
        inputs = inputs_digest(local.core_path(CORE_NLP_PROCESSED.name))
        marker = local.root / AGGREGATE_INPUTS
        unchanged = marker.exists() and marker.read_text() == inputs and all(
            local.core_path(t.name).exists() for t in AGGREGATES)
        if not unchanged:
            events, event_documents = events_tables(local.core_path(CORE_DOCUMENT_EVENTS.name))
            rows = {"events": events, "event_documents": event_documents,
                    **people_tables(local.core_path(CORE_STATEMENTS.name), events, event_documents)}
            for table, name in AGGREGATES.items():
                write_rows(local.core_path(table.name), table, rows[name])
            marker.write_text(inputs)
        results = [dg.MaterializeResult(asset_key=t.name, metadata=parquet_metadata(
            local.core_path(t.name), t, recomputed=not unchanged)) for t in AGGREGATES]
    yield from results
