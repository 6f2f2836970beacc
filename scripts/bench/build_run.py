"""Running `atazan build` headless in a child process and measuring it from outside: wall time, CPU time and
peak RSS of the child (from wait4's rusage; CPU includes the worker processes it waited for), plus the memory
of the child and all its descendants (the NLP step's process pool) sampled over time, so that each step's peak
can be read against the step's start and end in the Dagster event log.

The tree's memory is the sum of PSS (proportional set size): pages that forked workers share with their parent
count once, where a sum of RSS would count them in every process. CPU time is sampled from /proc as well:
wait4 misses the pool's workers, which are the forkserver's children and never reaped into the build's rusage.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# first on a measured build's path: what `make run` installs has no pandas (see its __init__.py)
USER_ENVIRONMENT = Path(__file__).resolve().parent / "user_environment"
DAGSTER_YAML = "telemetry:\n  enabled: false\n"
SAMPLE_EVERY_S = 0.2
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


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


def build_environment(data_dir: Path, dagster_home: Path, extra_env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured build: this process's, pointed at the data and the instance, with the
    packages of the environment `make run` installs (the test extras' pandas hidden)."""
    # this checkout first: the code measured is the code the benchmark was started from (see revision.py)
    pythonpath = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "ATAZAN_DATA_DIR": str(data_dir.resolve()), "ATAZAN_INCLUDE_SAMPLE": "0",
           "DAGSTER_HOME": str(dagster_home), "PYTHONPATH": pythonpath, **(extra_env or {})}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(USER_ENVIRONMENT), env["PYTHONPATH"]) if p)
    # Python's default, as a user's build has it: modules compiled once are kept as bytecode. A shell that sets
    # PYTHONDONTWRITEBYTECODE (this project's build machine does) has every process of every build compile the
    # pipeline's modules again: 0.2 step s and 0.3 s wall of a +1% run at 100,000 pages (docs/performance.md).
    if "PYTHONDONTWRITEBYTECODE" not in (extra_env or {}):
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_build(data_dir: Path, dagster_home: Path, log_path: Path, profile_to: Path | None = None,
              stages: str = "", extra_env: dict[str, str] | None = None, cwd: Path | None = None) -> BuildRun:
    """One headless build of `data_dir` (the bundled sample left out), recorded in `dagster_home`. What the
    benchmark wrote before (a copied build of 2 GB, a WARC file of new pages, the last round's outputs) is written
    to disk first: a build's fsyncs (the DuckDB file's checkpoint, the instance's SQLite files) would otherwise wait
    for it, which a user's build, run on an archive written well before, does not (0.1 s of a +1,000-page round's
    publish step at 100,000 pages). `cwd`: where the build starts, whose `pipeline` package `python -m` imports
    first (another checkout's, to measure its code)."""
    env = build_environment(data_dir, prepare_dagster_home(dagster_home), extra_env)
    os.sync()
    samples: list[tuple[float, float]] = []
    cpu_seen: dict[tuple[int, int], float] = {}  # (pid, start time) -> CPU seconds, last seen
    started, wall_start = time.time(), time.perf_counter()
    with log_path.open("wb") as log:
        child = subprocess.Popen(build_command(profile_to, stages), env=env, stdout=log, stderr=subprocess.STDOUT,
                                 cwd=cwd)
        try:
            while True:
                # wait4 rather than Popen.poll: it reaps the child and returns its own rusage (CPU and peak RSS)
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid:
                    break
                tree = [child.pid, *descendants(child.pid)]
                memory = sum(_pss_kb(p) for p in tree) / 1024
                if memory:
                    samples.append((time.time(), memory))
                for process in tree:
                    seen = _cpu_seconds(process)
                    if seen is not None:
                        cpu_seen[seen[0]] = seen[1]
                time.sleep(SAMPLE_EVERY_S)
        except BaseException:  # interrupted benchmark: leave no build running
            child.kill()
            child.wait()
            raise
    child.returncode = os.waitstatus_to_exitcode(status)
    write_rss_timeline(log_path.with_suffix(".rss.tsv"), started, samples)
    # the build's own rusage counts what it reaped; the samples count the workers too (but miss each
    # process's last 0.2 s): the larger of the two is the closer
    cpu = max(usage.ru_utime + usage.ru_stime, sum(cpu_seen.values()))
    return BuildRun(returncode=child.returncode, wall_s=time.perf_counter() - wall_start,
                    cpu_s=cpu, peak_rss_mb=usage.ru_maxrss / 1024, started_at=started,
                    rss_samples=samples, log_path=log_path)


def write_rss_timeline(path: Path, started: float, samples: list[tuple[float, float]]) -> None:
    """Seconds since the start and the tree's memory in MB, one sample a line: where in a step it went."""
    path.write_text("".join(f"{at - started:.1f}\t{mb:.0f}\n" for at, mb in samples), encoding="utf-8")


def _cpu_seconds(pid: int) -> tuple[tuple[int, int], float] | None:
    """((pid, start time), user + system CPU seconds of the process itself), None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # after the command name: state is field 3, utime 14, stime 15, starttime 22 (proc(5), counted from 1)
    utime, stime, start = int(fields[11]), int(fields[12]), int(fields[19])
    return (pid, start), (utime + stime) / CLOCK_TICKS


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
