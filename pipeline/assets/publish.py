"""The publish step: everything a journalist or a data portal downloads, built in one step."""
from datetime import timedelta

import dagster as dg

from pipeline.metadata.tables import RAW_WARC_RECORDS, TABLES, published_tables
from pipeline.publish.build import DUCKDB_NAME, parquet_rows, publish
from pipeline.publish.provenance import provenance
from pipeline.resources import PUBLISH_DIR, AtazanSettings

OWNERS = ["team:atazan-data"]
# What each published file was last written from (outside publish/, which a release copies whole).
PUBLISH_STATE = "out/published/"
# The published files are rebuilt daily by the schedule: a day late warns, two days late fails (shown in the UI).
PUBLISHED_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=48), warn_window=timedelta(hours=26))
PUBLISHED = published_tables()
ERROR_TABLES = [t for t in TABLES.values() if t.name.endswith("_errors")]


@dg.asset(
    group_name="publish",
    kinds={"duckdb", "parquet", "csv"},
    freshness_policy=PUBLISHED_FRESHNESS,
    owners=OWNERS,
    deps=[t.name for t in PUBLISHED] + [t.name for t in ERROR_TABLES],
    description="publish/atazan.duckdb (every published table, readable by DuckDB >= 1.0), publish/parquet/<table>"
                ".parquet (zstd, provenance in the footer), publish/csv/<table>.csv and publish/summary.json.",
)
def publish_dataset(context: dg.AssetExecutionContext, settings: AtazanSettings) -> dg.MaterializeResult:
    reads = [settings.relative(t.name) for t in [*PUBLISHED, *ERROR_TABLES, RAW_WARC_RECORDS]]
    with settings.staged(reads=[*reads, PUBLISH_STATE], writes=[PUBLISH_DIR, PUBLISH_STATE]) as local:
        errors = {t.name: parquet_rows(local.layer_path(t.name)) for t in ERROR_TABLES}
        summary = publish(
            [(t, local.out_path(t.name)) for t in PUBLISHED],
            local.publish_dir,
            provenance(local.raw_path(RAW_WARC_RECORDS.name), local.root / PUBLISH_STATE),
            errors,
            local.root / PUBLISH_STATE,
        )
    context.log.info(f"published {summary['rows']}; written again: {', '.join(summary['rewritten']) or 'nothing'}")
    return dg.MaterializeResult(metadata={
        "duckdb": dg.MetadataValue.path(settings.location(PUBLISH_DIR + DUCKDB_NAME)),
        "rows": dg.MetadataValue.json(summary["rows"]),
        "errors": dg.MetadataValue.json(errors),
        "rewritten": dg.MetadataValue.json(summary["rewritten"]),
        "code_version": summary["code_version"],
        "source_archive_sha256": summary["source_archive_sha256"],
    })
