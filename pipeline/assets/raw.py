"""The raw layer: the WARC archive (bundled sample included) and its inventory."""

from functools import partial

import dagster as dg

from pipeline.assets.analysis_workers import start_analysis_workers
from pipeline.assets.reporting import parquet_metadata
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import RAW_WARC_ERRORS, RAW_WARC_RECORDS
from pipeline.resources import WARC_DIR, AtazanSettings
from pipeline.samples.archive import SAMPLE_WARC_NAME, build_sample_archive
from pipeline.warc.incremental import FINGERPRINTS, update_inventory

OWNERS = ["team:atazan-data"]


@dg.asset(
    group_name="raw",
    kinds={"warc"},
    owners=OWNERS,
    description="The bundled sample archive (pages written by the atazan team in the real sites' structure), packed "
                "into raw/warc/atazan-sample.warc.gz. Set ATAZAN_INCLUDE_SAMPLE=0 to leave it out.",
)
def raw_sample_archive(context: dg.AssetExecutionContext, settings: AtazanSettings) -> dg.MaterializeResult:
    with settings.staged(writes=[f"{WARC_DIR}{SAMPLE_WARC_NAME}"]) as local:
        target = local.warc_dir / SAMPLE_WARC_NAME
        if not settings.sample_enabled:
            target.unlink(missing_ok=True)
            return dg.MaterializeResult(metadata={"included": False, "dagster/row_count": 0})
        path, pages = build_sample_archive(local.warc_dir)
    context.log.info(f"sample archive: {pages} pages")
    return dg.MaterializeResult(metadata={"included": True, "dagster/row_count": pages,
                                          "path": f"{WARC_DIR}{SAMPLE_WARC_NAME}"})


@dg.multi_asset(
    specs=[
        dg.AssetSpec("raw_warc_records", group_name="raw", kinds={"warc", "parquet"}, owners=OWNERS,
                     description=asset_description(RAW_WARC_RECORDS), deps=["raw_sample_archive"],
                     metadata=definition_metadata(RAW_WARC_RECORDS)),
        dg.AssetSpec("raw_warc_errors", group_name="raw", kinds={"parquet"}, owners=OWNERS,
                     description=asset_description(RAW_WARC_ERRORS), deps=["raw_sample_archive"],
                     metadata=definition_metadata(RAW_WARC_ERRORS)),
    ],
)
def raw_warc_inventory(context: dg.AssetExecutionContext, settings: AtazanSettings):
    """Read every *.warc / *.warc.gz under raw/warc/, whoever wrote it."""
    outputs = (RAW_WARC_RECORDS, RAW_WARC_ERRORS)
    state = [settings.relative(t.name) for t in outputs] + [FINGERPRINTS]
    with settings.staged(reads=[WARC_DIR, *state], writes=state) as local:
        stats = update_inventory(
            local.warc_dir, local.root / FINGERPRINTS,
            (RAW_WARC_RECORDS, local.layer_path(RAW_WARC_RECORDS.name)),
            (RAW_WARC_ERRORS, local.layer_path(RAW_WARC_ERRORS.name)),
            on_error=lambda row: context.log.warning(
                f"WARC damage in {row['warc_file']} at {row['warc_offset']}: {row['error']}"),
            # new WARC files bring pages to parse and analyse: the workers' server starts loading now
            about_to_read=partial(start_analysis_workers, context))
        context.log.info(f"{stats.files} WARC files: {stats.files_read} read, {stats.files_reused} unchanged")
        extra = {"warc_files": stats.files, "warc_files_read": stats.files_read}
        results = [dg.MaterializeResult(asset_key=t.name, metadata=parquet_metadata(
            local.layer_path(t.name), t, **(extra if t is RAW_WARC_RECORDS else {}))) for t in outputs]
    yield from results
