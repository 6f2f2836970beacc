"""The one Dagster Definitions object: assets, checks, jobs and resources of atazan."""
from __future__ import annotations

import dagster as dg

from pipeline.assets.checks import all_checks
from pipeline.assets.core import core_documents_and_errors, core_sources
from pipeline.assets.out import out_assets
from pipeline.assets.publish import publish_dataset
from pipeline.assets.raw import raw_sample_archive, raw_warc_inventory
from pipeline.resources import settings_from_environment

ASSETS = [raw_sample_archive, raw_warc_inventory, core_sources, core_documents_and_errors, *out_assets(),
          publish_dataset]

build_dataset = dg.define_asset_job(
    "build_dataset",
    selection=dg.AssetSelection.all(),
    description="Build everything from the WARC archive in raw/warc/ to the published files.",
)

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=all_checks(),
    jobs=[build_dataset],
    resources={"settings": settings_from_environment()},
    # One process: a run of this size is dominated by subprocess start-up under the multiprocess executor.
    executor=dg.in_process_executor,
)
