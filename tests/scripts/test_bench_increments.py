"""scripts/bench/increments.py: more +1% rounds on the data folder a benchmark kept, each a whole build."""
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.bench.run_log import first_run, last_run
from tests.bench_helpers import kept_testbed

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_rounds_add_warc_files_after_the_archive_and_build_each(tmp_path):
    testbed = kept_testbed(tmp_path)
    work = tmp_path / "work"
    out = subprocess.run([sys.executable, "-m", "scripts.bench.increments", str(testbed), str(work),
                          "--rounds", "1", "--pages", "3"], cwd=ROOT, check=True, capture_output=True, text=True)
    rows = [line for line in out.stdout.splitlines() if line.startswith("| +") or line.startswith("| re-run")]
    assert len(rows) == 2, out.stdout
    warcs = sorted(p.name for p in (work / "data" / "raw" / "warc").iterdir())
    assert warcs[-1].startswith("bench-increment-001") and len(warcs) == 2
    assert first_run(work / "dagster_home").run_id != last_run(work / "dagster_home").run_id
    assert (testbed / "data").exists() and len(list((testbed / "data" / "raw" / "warc").iterdir())) == 1
