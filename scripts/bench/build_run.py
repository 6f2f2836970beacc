"""Running `atazan build` headless in a child process and measuring it from outside: wall time, CPU time and
peak RSS of the child (from wait4's rusage), plus its RSS sampled over time so that each step's peak can be
read against the step's start and end in the Dagster event log.
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
    rss_samples: list[tuple[float, float]] = field(default_factory=list)  # (unix time, MB)
    log_path: Path | None = None

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
                rss = _rss_mb(child.pid)
                if rss is not None:
                    samples.append((time.time(), rss))
                time.sleep(SAMPLE_EVERY_S)
        except BaseException:  # interrupted benchmark: leave no build running
            child.kill()
            child.wait()
            raise
    child.returncode = os.waitstatus_to_exitcode(status)
    return BuildRun(returncode=child.returncode, wall_s=time.perf_counter() - wall_start,
                    cpu_s=usage.ru_utime + usage.ru_stime, peak_rss_mb=usage.ru_maxrss / 1024, started_at=started,
                    rss_samples=samples, log_path=log_path)


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    return None
