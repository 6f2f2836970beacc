"""`atazan build`: run the build_dataset job in this process, recorded in the Dagster instance, and report."""
from __future__ import annotations

import gc
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.publish.build import DUCKDB_NAME


def run_build(quiet: bool = False) -> int:
    with lasting_objects():
        start_analysis_for_new_files()
        import dagster as dg

        from pipeline.definitions import defs

        if not os.environ.get("DAGSTER_HOME"):
            print("DAGSTER_HOME is not set: this run is not recorded (make run sets it to ./dagster_home)",
                  file=sys.stderr)
        instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
        job = defs.resolve_job_def("build_dataset")
    log_level = "WARNING" if quiet else "INFO"
    result = job.execute_in_process(instance=instance, raise_on_error=False,
                                    run_config={"loggers": {"console": {"config": {"log_level": log_level}}}})
    settings = defs.resources["settings"]
    data_dir = Path(os.environ.get("ATAZAN_DATA_DIR") or settings.data_dir).resolve()
    print(report(result, data_dir))
    return 0 if result.success else 1


def start_analysis_for_new_files() -> bool:
    """Start the analysis workers' server now, before the definitions load and the run is set up (a second and more
    on this core), when the local archive holds WARC files the last inventory did not record: the server loads its
    models on another core meanwhile. The inventory would start it only a second or so before a small increment's
    analysis needs it (pipeline/assets/analysis_workers.py). True if started."""
    if os.environ.get("ATAZAN_STORAGE_URI"):
        return False  # the archive is not here to look at: the inventory starts it
    from pipeline.resources import DEFAULT_DATA_DIR, WARC_DIR
    from pipeline.warc.incremental import FINGERPRINTS, unrecorded_files

    root = Path(os.environ.get("ATAZAN_DATA_DIR") or DEFAULT_DATA_DIR).expanduser().resolve()
    if not unrecorded_files(root / WARC_DIR, root / FINGERPRINTS):
        return False
    from pipeline.nlp.analysis import WORKER_PRELOAD, analyse_batch
    from pipeline.nlp.parallel import start_early

    # it has a second or more before the parse: the parse step's workers fork warm from it too
    return start_early(analyse_batch, WORKER_PRELOAD, 1, then=["pipeline.documents.parse_start"])


@contextmanager
def lasting_objects() -> Iterator[None]:
    """For what is imported and made in it and lives as long as the process (Dagster, the definitions, the
    instance): collections in it would find no garbage (0.2 s of start-up), and frozen after it, it is not walked
    again by every full collection of the run (0.3 s of the steps of a build that adds 1,000 pages to 100,000)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def report(result, data_dir: Path) -> str:
    lines = [f"run {result.run_id}: {'succeeded' if result.success else 'FAILED'}"]
    failed_checks = [
        f"{e.asset_check_evaluation_data.asset_key.to_user_string()}:{e.asset_check_evaluation_data.check_name}"
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.asset_check_evaluation_data.passed
    ]
    if failed_checks:
        lines.append("failed checks: " + ", ".join(failed_checks))
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE":
            lines.append(f"step failed: {event.step_key}: {event.event_specific_data.error.message.strip()}")
    summary_path = data_dir / "publish" / "summary.json"
    if result.success and summary_path.exists():
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        lines.append(f"data directory: {data_dir}")
        lines.append(f"DuckDB file:    {data_dir / 'publish' / DUCKDB_NAME}")
        lines.append(f"Parquet:        {data_dir / summary['parquet_dir']}/<table>.parquet")
        lines.append(f"CSV:            {data_dir / summary['csv_dir']}/<table>.csv")
        lines.append("rows per published table:")
        lines.extend(f"  {name:<28}{count:>8}" for name, count in summary["rows"].items())
        lines.append("errors:")
        lines.extend(f"  {name:<28}{count:>8}" for name, count in summary["errors"].items())
    return "\n".join(lines)
