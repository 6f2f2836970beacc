"""The constitution tables: versions, articles, alignment and changes, from the official texts in the archive.

The texts are parsed again only when what the tables are made from changed: the archive's official records (their
payloads' digests among them), the code that parses and compares them, or the day (a version's status is as of
today). A run that adds news pages reads the inventory's official records and nothing else.
"""
import sys
from datetime import date

import dagster as dg

from pipeline.assets.reporting import parquet_metadata
from pipeline.legal.archive import archived_texts, official_records, official_records_digest
from pipeline.legal.dataset import ArchivedText, code_version, constitution_tables
from pipeline.metadata.constitution import (CORE_ARTICLE_ALIGNMENT, CORE_ARTICLE_CHANGES, CORE_ARTICLES,
                                            CORE_CONSTITUTION_VERSIONS, CORE_OFFICIAL_TEXT_ERRORS)
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import RAW_WARC_RECORDS
from pipeline.resources import WARC_DIR, AtazanSettings
from pipeline.storage.fingerprint import StepFingerprint, code_digest, module_code
from pipeline.storage.parquet import write_rows

OWNERS = ["team:atazan-data"]
OUTPUTS = {
    CORE_CONSTITUTION_VERSIONS: "versions",
    CORE_ARTICLES: "articles",
    CORE_ARTICLE_ALIGNMENT: "alignment",
    CORE_ARTICLE_CHANGES: "changes",
    CORE_OFFICIAL_TEXT_ERRORS: "errors",
}
# what the tables were last made from, relative to the data root
MARKER = "core/core_constitution.inputs.json"
# each part of the records' official records, kept by the part's stamp (pipeline/legal/archive.py)
KEPT_RECORDS = "core/core_constitution.official_records.json"


@dg.multi_asset(
    specs=[
        dg.AssetSpec(t.name, group_name="core", kinds={"parquet"}, owners=OWNERS, description=asset_description(t),
                     deps=[RAW_WARC_RECORDS.name], metadata=definition_metadata(t))
        for t in OUTPUTS
    ],
)
def core_constitution(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Parse every archived official text of the Constitution, align the versions and diff them."""
    reads = [settings.relative(RAW_WARC_RECORDS.name), WARC_DIR, MARKER, KEPT_RECORDS]
    writes = [settings.relative(t.name) for t in OUTPUTS] + [MARKER, KEPT_RECORDS]
    with settings.staged(reads=reads, writes=writes) as local:
        records_path, today = local.raw_path(RAW_WARC_RECORDS.name), date.today()
        records = official_records(records_path, local.root / KEPT_RECORDS)
        paths = {table: local.core_path(table.name) for table in OUTPUTS}
        code = code_digest(official_records_digest(records), today.isoformat(), code_version(), *OUTPUTS,
                           module_code(sys.modules[__name__]))
        fingerprint = StepFingerprint(local.root / MARKER, {}, code, {t.name: p for t, p in paths.items()})
        recomputed = not fingerprint.unchanged()
        if recomputed:
            texts, read_errors = [], []
            for item in archived_texts(records_path, local.warc_dir, records):
                (texts if isinstance(item, ArchivedText) else read_errors).append(item)
            tables = constitution_tables(texts, as_of=today)
            tables.errors.extend(read_errors)
            context.log.info(f"{len(texts)} official texts: {len(tables.articles)} articles, "
                             f"{len(tables.errors)} errors")
            for table, attribute in OUTPUTS.items():
                write_rows(paths[table], table, getattr(tables, attribute))
            if read_errors:  # a record not read back may be readable next run: not kept as done
                fingerprint.marker.unlink(missing_ok=True)
            else:
                fingerprint.record()
        else:
            context.log.info(f"{len(records)} official records, the code and the day as before: tables kept")
        results = [dg.MaterializeResult(asset_key=table.name,
                                        metadata=parquet_metadata(path, table, recomputed=recomputed))
                   for table, path in paths.items()]
    yield from results
