"""The core layer: documents parsed from the archive, and the source registry."""

from functools import partial
from pathlib import Path

import dagster as dg

from pipeline.assets.analysis_workers import start_analysis_workers
from pipeline.assets.reporting import parquet_metadata
from pipeline.documents.collect import CorePaths, collect_documents, record_sums_path, signatures_path
from pipeline.documents.signature_store import blocks_path
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import (CORE_DOCUMENT_CAPTURES, CORE_DOCUMENT_ERRORS, CORE_DOCUMENTS,
                                      CORE_REJECTED_DOCUMENTS, CORE_SOURCES, RAW_WARC_RECORDS)
from pipeline.resources import WARC_DIR, AtazanSettings
from pipeline.sources.catalogue import source_rows
from pipeline.storage.parquet import write_rows

OWNERS = ["team:atazan-data"]


@dg.asset(group_name="core", kinds={"parquet"}, owners=OWNERS, description=asset_description(CORE_SOURCES),
          metadata=definition_metadata(CORE_SOURCES))
def core_sources(settings: AtazanSettings) -> dg.MaterializeResult:
    with settings.staged(writes=[settings.relative(CORE_SOURCES.name)]) as local:
        path = local.core_path(CORE_SOURCES.name)
        write_rows(path, CORE_SOURCES, source_rows())
        return dg.MaterializeResult(metadata=parquet_metadata(path, CORE_SOURCES))


CORE_OUTPUTS = (CORE_DOCUMENT_CAPTURES, CORE_DOCUMENTS, CORE_REJECTED_DOCUMENTS, CORE_DOCUMENT_ERRORS)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(t.name, group_name="core", kinds={"parquet"}, owners=OWNERS, description=asset_description(t),
                     deps=["raw_warc_records"], metadata=definition_metadata(t))
        for t in CORE_OUTPUTS
    ],
)
def core_documents_and_errors(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Parse every new archived response with its source's parser (or the generic extractor)."""
    # the near-duplicate signatures the previous run kept (not a table: a cache beside core_documents)
    signatures = signatures_path(Path(settings.relative(CORE_DOCUMENTS.name)))
    # the sidecar and its blocks' folder; the sums of the records' parts
    kept = [signatures.as_posix(), blocks_path(signatures).as_posix(),
            record_sums_path(Path(settings.relative(CORE_DOCUMENTS.name))).as_posix()]
    # the tables are folders of parts, one per WARC file: the parts of WARC files already parsed are kept
    reads = [settings.relative(RAW_WARC_RECORDS.name), WARC_DIR, *(settings.relative(t.name) for t in CORE_OUTPUTS),
             *kept]
    writes = [settings.relative(t.name) for t in CORE_OUTPUTS] + kept
    with settings.staged(reads=reads, writes=writes) as local:
        # the analysis step analyses the new pages' documents next, on workers: their server loads the models now,
        # on another core, while this step parses (nothing to do when the inventory started it)
        stats = collect_documents(CorePaths(
            records=local.raw_path(RAW_WARC_RECORDS.name),
            warc_dir=local.warc_dir,
            captures=local.core_path(CORE_DOCUMENT_CAPTURES.name),
            documents=local.core_path(CORE_DOCUMENTS.name),
            rejected=local.core_path(CORE_REJECTED_DOCUMENTS.name),
            errors=local.core_path(CORE_DOCUMENT_ERRORS.name),
            signatures=local.root / signatures,
        ), about_to_parse=partial(start_analysis_workers, context))
        context.log.info(f"{stats.responses} responses: {stats.parsed} parsed, {stats.reused} unchanged and reused, "
                         f"{stats.errors} errors, {stats.skipped_status} not 2xx")
        run_stats = {"responses": stats.responses, "parsed_now": stats.parsed, "reused": stats.reused,
                     "parsed_by_source": dg.MetadataValue.json(stats.by_source)}
        results = [dg.MaterializeResult(asset_key=t.name, metadata=parquet_metadata(
            local.core_path(t.name), t, **(run_stats if t is CORE_DOCUMENT_CAPTURES else {}))) for t in CORE_OUTPUTS]
    yield from results
