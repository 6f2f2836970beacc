"""The constitution tables: versions, articles, alignment and changes, from the official texts in the archive."""
from datetime import date

import dagster as dg

from pipeline.assets.reporting import parquet_metadata
from pipeline.legal.archive import archived_texts
from pipeline.legal.dataset import ArchivedText, constitution_tables
from pipeline.metadata.constitution import (CORE_ARTICLE_ALIGNMENT, CORE_ARTICLE_CHANGES, CORE_ARTICLES,
                                            CORE_CONSTITUTION_VERSIONS, CORE_OFFICIAL_TEXT_ERRORS)
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import RAW_WARC_RECORDS
from pipeline.resources import WARC_DIR, AtazanSettings
from pipeline.storage.parquet import write_rows

OWNERS = ["team:atazan-data"]
OUTPUTS = {
    CORE_CONSTITUTION_VERSIONS: "versions",
    CORE_ARTICLES: "articles",
    CORE_ARTICLE_ALIGNMENT: "alignment",
    CORE_ARTICLE_CHANGES: "changes",
    CORE_OFFICIAL_TEXT_ERRORS: "errors",
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(t.name, group_name="core", kinds={"parquet"}, owners=OWNERS, description=asset_description(t),
                     deps=[RAW_WARC_RECORDS.name], metadata=definition_metadata(t))
        for t in OUTPUTS
    ],
)
def core_constitution(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Parse every archived official text of the Constitution, align the versions and diff them."""
    reads = [settings.relative(RAW_WARC_RECORDS.name), WARC_DIR]
    with settings.staged(reads=reads, writes=[settings.relative(t.name) for t in OUTPUTS]) as local:
        texts, read_errors = [], []
        for item in archived_texts(local.raw_path(RAW_WARC_RECORDS.name), local.warc_dir):
            (texts if isinstance(item, ArchivedText) else read_errors).append(item)
        tables = constitution_tables(texts, as_of=date.today())
        tables.errors.extend(read_errors)
        context.log.info(f"{len(texts)} official texts: {len(tables.articles)} articles, {len(tables.errors)} errors")
        results = []
        for table, attribute in OUTPUTS.items():
            path = local.core_path(table.name)
            write_rows(path, table, getattr(tables, attribute))
            results.append(dg.MaterializeResult(asset_key=table.name, metadata=parquet_metadata(path, table)))
    yield from results
