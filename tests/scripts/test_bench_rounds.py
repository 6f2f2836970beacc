"""scripts/bench/rounds.py: alternated rounds between versions of the code, with functions timed in the build."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.bench.rounds import TIMING, function_seconds, step_seconds, versions
from scripts.bench.run_log import StepTiming
from tests.bench_helpers import kept_testbed

ROOT = Path(__file__).resolve().parents[2]


def test_named_functions_are_timed_in_the_process_that_imports_them(tmp_path):
    (tmp_path / "timed_module.py").write_text(
        "def twice(x):\n    return 2 * x\n\nclass Box:\n    def open(self):\n        return 'open'\n", encoding="utf-8")
    report = tmp_path / "report.tsv"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, (tmp_path, TIMING))),
           "ATAZAN_TIME_FUNCTIONS": "timed_module:twice,timed_module:Box.open", "ATAZAN_TIME_OUT": str(report)}
    script = "import timed_module as m; assert m.twice(2) == 4 and m.twice(3) == 6 and m.Box().open() == 'open'"
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "--"
    calls = {line.split("\t")[0]: int(line.split("\t")[2]) for line in lines[:-1]}
    assert calls == {"timed_module:twice": 2, "timed_module:Box.open": 1}
    assert set(function_seconds(report)) == set(calls)


def test_step_patterns_sum_the_steps_they_match():
    steps = [StepTiming(name, 0.0, 1.0, seconds, True) for name, seconds in
             (("check_core_sources", 0.25), ("check_core_documents_and_errors", 0.5), ("publish_dataset", 1.0))]
    assert step_seconds(steps, ["check_*", "publish_dataset", "out_*"]) == {
        "check_*": 0.75, "publish_dataset": 1.0, "out_*": 0}


def test_versions_and_the_reports_of_several_processes(tmp_path):
    assert versions(["A=/a:/b", "new=x:y"]) == {"A": (Path("/a"), Path("/b")),
                                                 "new": (Path("x").resolve(), Path("y").resolve())}
    with pytest.raises(SystemExit):
        versions(["A=/only-one-path"])
    report = tmp_path / "r.tsv"
    report.write_text("m:f\t0.5\t1\n--\nm:f\t0.25\t2\nm:g\t1.0\t1\n--\n", encoding="utf-8")
    assert function_seconds(report) == {"m:f": 0.75, "m:g": 1.0}
    assert function_seconds(tmp_path / "none.tsv") == {}


@pytest.mark.slow
def test_two_versions_take_turns_on_copies_of_their_builds(tmp_path):
    testbed = kept_testbed(tmp_path)
    spec = f"{ROOT}:{testbed}"
    out = subprocess.run([sys.executable, "-m", "scripts.bench.rounds", "--code", f"A={spec}", "--code", f"B={spec}",
                          "--rounds", "1", "--pages", "3", "--work", str(tmp_path / "work"),
                          "--functions", "pipeline.documents.collect:split_latest"],
                         cwd=ROOT, check=True, capture_output=True, text=True)
    assert "round 1 A:" in out.stdout and "round 1 B:" in out.stdout, out.stdout
    assert "pipeline.documents.collect:split_latest: A " in out.stdout
    assert len(list((testbed / "data" / "raw" / "warc").iterdir())) == 1  # the builds are copied, not used
