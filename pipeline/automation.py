"""When the pipeline runs by itself: a daily schedule and a sensor for new archive files.

Both are off in a fresh local instance; turn them on in the UI (Automation) or with
`dagster schedule start daily_build -w workspace.yaml` / `dagster sensor start new_warc_files -w workspace.yaml`,
with the daemon running (`make dev` starts it).
"""
from __future__ import annotations

import hashlib
from datetime import date

import dagster as dg

from pipeline.assets.crawl import CRAWL_TAG, source_partitions
from pipeline.resources import WARC_DIR, AtazanSettings
from pipeline.storage.root import StorageRoot
from pipeline.warc.reader import warc_files

# Everything downstream of the archive; the live crawl has its own job and schedule.
BUILD_SELECTION = dg.AssetSelection.all() - dg.AssetSelection.groups("crawl")

build_dataset = dg.define_asset_job(
    "build_dataset",
    selection=BUILD_SELECTION,
    description="Build everything from the WARC archive in raw/warc/ to the published files.",
)

crawl_sources = dg.define_asset_job(
    "crawl_sources",
    selection=dg.AssetSelection.groups("crawl"),
    tags=CRAWL_TAG,
    description="Crawl one source (a partition) into raw/warc/. Backfill several partitions to crawl several sources.",
)


@dg.schedule(job=crawl_sources, cron_schedule="0 5 * * *", execution_timezone="Asia/Almaty",
             default_status=dg.DefaultScheduleStatus.STOPPED,
             description="Crawl every enabled source each morning (05:00 Astana time), one run per source.")
def daily_crawl(context: dg.ScheduleEvaluationContext):
    day = (context.scheduled_execution_time.date() if context.scheduled_execution_time else date.today()).isoformat()
    return [dg.RunRequest(run_key=f"{key}-{day}", partition_key=key) for key in source_partitions.get_partition_keys()]


daily_build = dg.ScheduleDefinition(
    name="daily_build",
    job=build_dataset,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Almaty",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuild the dataset every morning (06:00 Astana time).",
)


def archive_fingerprint(settings: AtazanSettings) -> str:
    """Changes whenever a WARC file is added, removed, or rewritten under raw/warc/ (local or in the storage root)."""
    digest = hashlib.sha256()
    if settings.storage_uri:
        for remote in StorageRoot(settings.storage_uri).list(WARC_DIR):
            if remote.path.endswith((".warc", ".warc.gz")):
                digest.update(f"{remote.path}\t{remote.size}\t{remote.mtime_ns}\n".encode())
        return digest.hexdigest()
    root = settings.warc_dir
    for path in warc_files(root):
        stat = path.stat()
        digest.update(f"{path.relative_to(root)}\t{stat.st_size}\t{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=build_dataset, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Rebuilds the published tables when WARC files land in raw/warc/ (a crawl, or a user's file).")
def new_warc_files(context: dg.SensorEvaluationContext, settings: AtazanSettings):
    fingerprint = archive_fingerprint(settings)
    if fingerprint == context.cursor:
        return dg.SkipReason("no new or changed WARC files")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)

