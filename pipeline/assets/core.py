"""The core layer: documents parsed from the archive, and the source registry."""

import dagster as dg

from pipeline.assets.reporting import parquet_metadata
from pipeline.documents.collect import collect_documents
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import CORE_DOCUMENT_ERRORS, CORE_DOCUMENTS, CORE_SOURCES, RAW_WARC_RECORDS
from pipeline.resources import AtazanSettings
from pipeline.sources.catalogue import source_rows
from pipeline.storage.parquet import write_rows

OWNERS = ["team:atazan-data"]


@dg.asset(group_name="core", kinds={"parquet"}, owners=OWNERS, description=asset_description(CORE_SOURCES),
          metadata=definition_metadata(CORE_SOURCES))
def core_sources(settings: AtazanSettings) -> dg.MaterializeResult:
    path = settings.core_path(CORE_SOURCES.name)
    write_rows(path, CORE_SOURCES, source_rows())
    return dg.MaterializeResult(metadata=parquet_metadata(path, CORE_SOURCES))


@dg.multi_asset(
    specs=[
        dg.AssetSpec("core_documents", group_name="core", kinds={"parquet"}, owners=OWNERS,
                     description=asset_description(CORE_DOCUMENTS), deps=["raw_warc_records"],
                     metadata=definition_metadata(CORE_DOCUMENTS)),
        dg.AssetSpec("core_document_errors", group_name="core", kinds={"parquet"}, owners=OWNERS,
                     description=asset_description(CORE_DOCUMENT_ERRORS), deps=["raw_warc_records"],
                     metadata=definition_metadata(CORE_DOCUMENT_ERRORS)),
    ],
)
def core_documents_and_errors(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Parse every archived response with its source's parser (or the generic extractor)."""
    documents_path = settings.core_path(CORE_DOCUMENTS.name)
    errors_path = settings.core_path(CORE_DOCUMENT_ERRORS.name)
    stats = collect_documents(settings.raw_path(RAW_WARC_RECORDS.name), settings.warc_dir, documents_path,
                              errors_path)
    context.log.info(f"{stats.responses} responses: {stats.parsed} parsed, {stats.errors} errors, "
                     f"{stats.skipped_status} not 2xx")
    yield dg.MaterializeResult(asset_key="core_documents", metadata=parquet_metadata(
        documents_path, CORE_DOCUMENTS, responses=stats.responses, parsed_captures=stats.parsed,
        by_source=dg.MetadataValue.json(stats.by_source)))
    yield dg.MaterializeResult(asset_key="core_document_errors",
                               metadata=parquet_metadata(errors_path, CORE_DOCUMENT_ERRORS))
