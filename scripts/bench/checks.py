"""The step checking the parse step's tables (`check_core_documents_and_errors`), timed on a built testbed: a full
check (no check markers), a re-run, and a run after a WARC file of 1,000 new pages was added and parsed (issue 8).

    python -m scripts.bench.checks TESTBED WORK [--code DIR] [--repeat 3] [--json FILE]

TESTBED holds a built `data/` and its `dagster_home/` (e.g. the benchmark's `--keep` folder of 100,000 pages); it
is copied to WORK and left as it is. `--code` is the checkout whose pipeline runs the steps (default: this one), so
the same script measures the code before and after a change. Step seconds come from the Dagster event log. For
the +1% run the new file is parsed first (`python -m scripts.bench.partial_build "WARC read,parse"`, which runs
no checks), then the check step runs alone, as in the other two runs.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STEP = "check_core_documents_and_errors"
TABLES = ("core_document_captures", "core_documents", "core_rejected_documents", "core_document_errors")
ADDED_PAGES = 1_000
ADDED_PREFIX = "bench-added7"  # sorts after the benchmark's bench-added-00001: a new last part
# The check step alone, in the instance of $DAGSTER_HOME, with the pipeline of the checkout on PYTHONPATH.
CHECKS_ONLY = """
import dagster as dg
from pipeline.assets.core import core_documents_and_errors
from pipeline.definitions import defs
assets = [a for a in defs.assets if isinstance(a, dg.AssetsDefinition) and a.is_executable]
result = dg.materialize([*assets, *defs.asset_checks], instance=dg.DagsterInstance.get(), resources=defs.resources,
                        selection=dg.AssetSelection.checks_for_assets(core_documents_and_errors),
                        raise_on_error=False)
raise SystemExit(0 if result.success else 1)
"""


def run_step(code: Path, work: Path, args: list[str]) -> dict:
    """Run the check step with the pipeline of `code` on WORK's data; its seconds and check results."""
    _run(code, work, args)
    return step_report(work / "dagster_home")


def parse(code: Path, work: Path) -> None:
    """The inventory and the parse step over the archive (without their checks)."""
    _run(code, work, ["-m", "scripts.bench.partial_build", "WARC read,parse"])


def _run(code: Path, work: Path, args: list[str]) -> None:
    env = {**os.environ, "ATAZAN_DATA_DIR": str(work / "data"), "ATAZAN_INCLUDE_SAMPLE": "0",
           "DAGSTER_HOME": str(work / "dagster_home"), "PYTHONPATH": str(code), "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, *args], cwd=code, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed:\n{done.stderr[-3000:]}")


def step_report(dagster_home: Path) -> dict:
    """The last run's check step: its seconds, and each check's passed, reused and parts_read."""
    import dagster as dg

    instance = dg.DagsterInstance.from_config(str(dagster_home))
    try:
        run = instance.get_runs(limit=1)[0]
        seconds, checks = None, {}
        for entry in instance.all_logs(run.run_id):
            event = entry.dagster_event
            if event is None or event.step_key != STEP:
                continue
            if event.event_type_value == "STEP_SUCCESS":
                seconds = event.event_specific_data.duration_ms / 1000
            elif event.event_type_value == "ASSET_CHECK_EVALUATION":
                evaluation = event.event_specific_data
                checks[f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"] = {
                    "passed": evaluation.passed,
                    **{k: getattr(v, "value", None) for k, v in evaluation.metadata.items()
                       if k in ("reused", "parts_read", "offending_rows")}}
        if seconds is None:
            raise SystemExit(f"the last run has no successful step {STEP}")
        return {"seconds": seconds, "checks": checks}
    finally:
        instance.dispose()


def add_pages(warc_dir: Path) -> Path:
    from scripts.bench.archive import write_archive
    from scripts.bench.corpus import PageStream

    # serials far beyond the testbed's: new URLs, new documents
    summary = write_archive(PageStream(seed=7, first_serial=700000).pages(ADDED_PAGES), warc_dir,
                            prefix=ADDED_PREFIX)
    return summary.files[0]


def measure(testbed: Path, work: Path, code: Path, repeat: int) -> dict[str, list[dict]]:
    """Each kind of run `repeat` times on one copy: the full check (no markers), the re-run, and the +1% run (the
    markers of the full check put back before each, so each run finds the new part as the first one did)."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(testbed, work, symlinks=True)
    core, saved = work / "data" / "core", work / "markers-before"
    out: dict[str, list[dict]] = {"full": [], "re-run": [], "+1%": []}
    for _ in range(repeat):
        _put_markers(core, None)
        out["full"].append(run_step(code, work, ["-c", CHECKS_ONLY]))
    for _ in range(repeat):
        out["re-run"].append(run_step(code, work, ["-c", CHECKS_ONLY]))
    saved.mkdir()
    for marker in _markers(core):
        shutil.copy2(marker, saved / marker.name)
    add_pages(work / "data" / "raw" / "warc")
    parse(code, work)
    for _ in range(repeat):
        _put_markers(core, saved)
        out["+1%"].append(run_step(code, work, ["-c", CHECKS_ONLY]))
    return out


def _markers(core: Path) -> list[Path]:
    return [m for table in TABLES for m in core.glob(f"{table}.*.json")]


def _put_markers(core: Path, saved: Path | None) -> None:
    """The step's check markers removed (a full check), or replaced by the saved ones."""
    for marker in _markers(core):
        marker.unlink()
    for marker in saved.iterdir() if saved else ():
        shutil.copy2(marker, core / marker.name)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("testbed", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write every run's report here")
    args = parser.parse_args(argv)
    results = measure(args.testbed.resolve(), args.work.resolve(), args.code.resolve(), args.repeat)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    for run, reports in results.items():
        seconds = sorted(r["seconds"] for r in reports)
        read = {name: c.get("parts_read") for name, c in reports[-1]["checks"].items()
                if c.get("parts_read") is not None}
        print(f"{run:7s} {STEP}: median {seconds[len(seconds) // 2]:.2f} s of {', '.join(f'{x:.2f}' for x in seconds)}")
        print(f"        parts read: {read or 'not reported by this code'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
