"""scripts/bench/increments.py: more +1% rounds on the data folder a benchmark kept, each a whole build."""
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.bench.increments import over_share, share_at_full_speed
from scripts.bench.run_log import RunLog, StepTiming, first_run, last_run
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


def _log(analysis_s: float, other_s: float, analysed: int) -> RunLog:
    steps = [StepTiming("core_document_analysis", 0, 1, analysis_s, True),
             StepTiming("publish_dataset", 0, 1, other_s, True)]
    return RunLog("r", "SUCCESS", steps, {"core_nlp_processed": {"analysed_now": analysed}})


def test_a_round_on_a_slower_machine_is_set_against_the_full_build_at_its_speed():
    full = _log(500.0, 100.0, 50_000)  # 10 ms a document
    slower = _log(6.0, 2.0, 500)  # 12 ms a document: the machine 1.2 times slower than during the full build
    assert share_at_full_speed(slower, full) == pytest.approx(8.0 / (600.0 * 1.2))
    assert share_at_full_speed(_log(0.1, 1.0, 0), full) is None  # a re-run analyses nothing


def test_what_a_round_spends_beyond_its_pages_share_of_the_full_build():
    full = _log(500.0, 100.0, 50_000)
    full.metadata["core_document_captures"] = {"responses": 100_000}
    round_ = _log(6.0, 2.0, 500)  # 1.2 times slower a document; 1,000 pages: 1% of the full build's
    over = dict(over_share(round_, full, 1_000))
    assert over["core_document_analysis"] == pytest.approx(6.0 - 5.0 * 1.2)
    assert over["publish_dataset"] == pytest.approx(2.0 - 1.0 * 1.2)
    assert [step for step, _ in over_share(round_, full, 1_000)] == ["publish_dataset", "core_document_analysis"]
