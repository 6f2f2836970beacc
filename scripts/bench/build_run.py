"""Running `atazan build` headless in a child process and measuring it from outside: wall time, CPU time and
peak RSS of the child (from wait4's rusage; CPU includes the worker processes it waited for), plus the memory
of the child and all its descendants (the NLP step's process pool) sampled over time, so that each step's peak
can be read against the step's start and end in the Dagster event log.

The tree's memory is the sum of PSS (proportional set size): pages that forked workers share with their parent
count once, where a sum of RSS would count them in every process.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DAGSTER_YAML = "telemetry:\n  enabled: false\n"
SAMPLE_EVERY_S = 0.2


@dataclass
class BuildRun:
    returncode: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    started_at: float
    rss_samples: list[tuple[float, float]] = field(default_factory=list)  # (unix time, MB of the process tree)
    log_path: Path | None = None

    @property
    def peak_tree_mb(self) -> float:
        return max((mb for _, mb in self.rss_samples), default=0.0)

    def peak_between(self, start: float, end: float) -> float | None:
        inside = [mb for at, mb in self.rss_samples if start <= at <= end]
        return max(inside) if inside else None


def prepare_dagster_home(path: Path) -> Path:
    path = path.resolve()  # Dagster refuses a relative DAGSTER_HOME
    path.mkdir(parents=True, exist_ok=True)
    (path / "dagster.yaml").write_text(DAGSTER_YAML, encoding="utf-8")
    return path


def build_command(profile_to: Path | None = None, stages: str = "") -> list[str]:
    """`atazan build --quiet` (or only the assets of `stages`), optionally under cProfile."""
    module = ["-m", "scripts.bench.partial_build", stages] if stages else ["-m", "pipeline.cli", "build", "--quiet"]
    if profile_to is not None:
        return [sys.executable, "-m", "cProfile", "-o", str(profile_to), *module]
    return [sys.executable, *module]


def run_build(data_dir: Path, dagster_home: Path, log_path: Path, profile_to: Path | None = None,
              stages: str = "") -> BuildRun:
    """One headless build of `data_dir` (the bundled sample left out), recorded in `dagster_home`."""
    # this checkout first: the code measured is the code the benchmark was started from (see revision.py)
    pythonpath = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "ATAZAN_DATA_DIR": str(data_dir.resolve()), "ATAZAN_INCLUDE_SAMPLE": "0",
           "DAGSTER_HOME": str(prepare_dagster_home(dagster_home)), "PYTHONPATH": pythonpath}
    samples: list[tuple[float, float]] = []
    started, wall_start = time.time(), time.perf_counter()
    with log_path.open("wb") as log:
        child = subprocess.Popen(build_command(profile_to, stages), env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            while True:
                # wait4 rather than Popen.poll: it reaps the child and returns its own rusage (CPU and peak RSS)
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid:
                    break
                memory = tree_memory_mb(child.pid)
                if memory:
                    samples.append((time.time(), memory))
                time.sleep(SAMPLE_EVERY_S)
        except BaseException:  # interrupted benchmark: leave no build running
            child.kill()
            child.wait()
            raise
    child.returncode = os.waitstatus_to_exitcode(status)
    write_rss_timeline(log_path.with_suffix(".rss.tsv"), started, samples)
    return BuildRun(returncode=child.returncode, wall_s=time.perf_counter() - wall_start,
                    cpu_s=usage.ru_utime + usage.ru_stime, peak_rss_mb=usage.ru_maxrss / 1024, started_at=started,
                    rss_samples=samples, log_path=log_path)


def write_rss_timeline(path: Path, started: float, samples: list[tuple[float, float]]) -> None:
    """Seconds since the start and the tree's memory in MB, one sample a line: where in a step it went."""
    path.write_text("".join(f"{at - started:.1f}\t{mb:.0f}\n" for at, mb in samples), encoding="utf-8")


def tree_memory_mb(pid: int) -> float:
    """PSS of `pid` and every process below it, in MB (0 when it is gone)."""
    return sum(_pss_kb(p) for p in [pid, *descendants(pid)]) / 1024


def descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        parent = queue.pop()
        for child in _children(parent):
            found.append(child)
            queue.append(child)
    return found


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:  # the process ended between two reads
        return out
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0
