"""The one Dagster Definitions object: assets, checks, jobs, schedules, sensors and resources of atazan."""
import gc

import dagster as dg

from pipeline.assets.checks import all_checks
from pipeline.assets.constitution import core_constitution
from pipeline.assets.crawl import raw_crawl, sources_not_empty
from pipeline.assets.core import core_documents_and_errors, core_sources
from pipeline.assets.health import parsers_still_read_their_sites
from pipeline.assets.out import out_assets
from pipeline.assets.publish import publish_dataset
from pipeline.assets.raw import raw_sample_archive, raw_warc_inventory
from pipeline.assets.statements import core_document_analysis, core_events_and_people
from pipeline.automation import build_dataset, crawl_sources, daily_build, daily_crawl, new_warc_files
from pipeline.resources import crawl_settings_from_environment, settings_from_environment
from pipeline.storage.instance import relax_sqlite_sync, reuse_event_log_engines

# The local instance's event log commits ~1,000 events a build; each need not wait for the disk nor build an
# engine of its own (see instance.py).
relax_sqlite_sync()
reuse_event_log_engines()

# What a build runs, from the archive to the published files; the crawl feeds the archive and runs on its own.
BUILD_ASSETS = [raw_sample_archive, raw_warc_inventory, core_sources, core_documents_and_errors, core_constitution,
          core_document_analysis, core_events_and_people, *out_assets(), publish_dataset]
ASSETS = [raw_crawl, *BUILD_ASSETS]
HEALTH_CHECKS = [parsers_still_read_their_sites, sources_not_empty]

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=[*all_checks(), *HEALTH_CHECKS],
    jobs=[build_dataset, crawl_sources],
    schedules=[daily_crawl, daily_build],
    sensors=[new_warc_files],
    resources={"settings": settings_from_environment(), "crawl": crawl_settings_from_environment()},
    # One process: a run of this size is dominated by subprocess start-up under the multiprocess executor.
    executor=dg.in_process_executor,
)

# The definitions, Dagster and all they import live as long as the process: frozen, they are not walked again by
# every full collection of a run (0.3-0.5 s of the steps of a build that adds 1,000 pages to 100,000).
gc.freeze()
