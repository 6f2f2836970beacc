"""scripts/bench/increments.py: more +1% rounds on the data folder a benchmark kept, each a whole build."""
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.bench.run_log import first_run, last_run

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_rounds_add_warc_files_after_the_archive_and_build_each(tmp_path):
    kept = tmp_path / "kept"
    subprocess.run([sys.executable, "scripts/bench_build.py", "--sizes", "30", "--extraction-sample", "5",
                    "--passes", "1", "--no-incremental", "--keep", str(kept)], cwd=ROOT, check=True,
                   capture_output=True)
    work = tmp_path / "work"
    out = subprocess.run([sys.executable, "-m", "scripts.bench.increments", str(kept / "pages-30"), str(work),
                          "--rounds", "1", "--pages", "3"], cwd=ROOT, check=True, capture_output=True, text=True)
    rows = [line for line in out.stdout.splitlines() if line.startswith("| +") or line.startswith("| re-run")]
    assert len(rows) == 2, out.stdout
    warcs = sorted(p.name for p in (work / "data" / "raw" / "warc").iterdir())
    assert warcs[-1].startswith("bench-increment-001") and len(warcs) == 2
    assert first_run(work / "dagster_home").run_id != last_run(work / "dagster_home").run_id
    assert (kept / "pages-30" / "data").exists() and len(list((kept / "pages-30" / "data" / "raw" / "warc").iterdir())) == 1
