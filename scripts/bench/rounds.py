"""Alternated +N-page rounds between versions of the code, each on a fresh copy of a build each version made:
what a change saves in a run that adds pages, measured side by side on one machine, and by function.

    python -m scripts.bench.rounds --code A=CHECKOUT_A:BUILD_A --code B=CHECKOUT_B:BUILD_B [--rounds 3]
        [--pages 1000] [--functions module:function,...] [--steps PATTERN,...] [--work DIR]

CHECKOUT is a checkout of the version (a `git worktree add DIR REV`: the build records its commit, and a build
made by another commit publishes every file again); BUILD is a data folder as scripts/bench/fresh_build.py leaves it
(`data/`, `dagster_home/`), built once by that checkout with nothing new so that the round measures what a run
adds, not what a new version redoes once. Each round copies BUILD to the work folder, adds a WARC file of new pages
(scripts/bench/increments.py's naming and seeds), runs `atazan build` headless with CHECKOUT's pipeline and prints
the steps' seconds; with --functions, the named functions' seconds in the build process too
(scripts/bench/function_times/); with --steps, the seconds of the steps each pattern matches (fnmatch: `check_*`
sums the check steps). The versions take turns, so a machine's slow minutes fall on both.
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from scripts.bench.build_run import run_build
from scripts.bench.increments import add_round
from scripts.bench.run_log import last_run

TIMING = Path(__file__).resolve().parent / "function_times"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--code", action="append", required=True, metavar="LABEL=CHECKOUT:BUILD")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=5000)
    parser.add_argument("--functions", default="", help="module:function,... timed in the build process")
    parser.add_argument("--steps", default="", help="step name patterns (fnmatch), each one's seconds summed")
    parser.add_argument("--work", type=Path, default=Path("/tmp/atazan-rounds"), help="where each round's copy goes")
    return parser.parse_args(argv)


def versions(specs: list[str]) -> dict[str, tuple[Path, Path]]:
    """{label: (checkout, build)} from LABEL=CHECKOUT:BUILD."""
    out = {}
    for spec in specs:
        label, _, paths = spec.partition("=")
        checkout, _, build = paths.partition(":")
        if not (label and checkout and build):
            raise SystemExit(f"--code {spec}: give LABEL=CHECKOUT:BUILD")
        out[label] = (Path(checkout).resolve(), Path(build).resolve())
    return out


def function_seconds(report: Path) -> dict[str, float]:
    """The seconds of each timed function, summed over the processes that reported (function_times)."""
    seconds: dict[str, float] = {}
    if report.exists():
        for line in report.read_text(encoding="utf-8").splitlines():
            if line != "--":
                name, value, _ = line.split("\t")
                seconds[name] = seconds.get(name, 0.0) + float(value)
    return seconds


def step_seconds(steps: list, patterns: list[str]) -> dict[str, float]:
    """The seconds of the steps each pattern matches, summed, by pattern."""
    return {p: sum(s.seconds for s in steps if fnmatch.fnmatchcase(s.step, p)) for p in patterns}


def one_round(checkout: Path, build: Path, work: Path, pages: int, seed: int, functions: str,
              patterns: list[str] = ()) -> tuple[float, dict]:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(build, work, symlinks=True)
    add_round(work / "data" / "raw" / "warc", pages, seed)
    report = work / "functions.tsv"
    env = {"PYTHONPATH": os.pathsep.join(map(str, (checkout, TIMING))),
           "ATAZAN_TIME_FUNCTIONS": functions, "ATAZAN_TIME_OUT": str(report)}
    # started in the checkout: `python -m` imports the package of the folder it starts in before PYTHONPATH's
    run = run_build(work / "data", work / "dagster_home", work / "build.log", extra_env=env, cwd=checkout)

    if run.returncode:
        raise SystemExit(f"the build failed: {work / 'build.log'}")
    ran, expected = built_by(work / "data"), commit_of(checkout)
    if expected and not ran.endswith(f"+{expected}"):
        raise SystemExit(f"the build ran {ran}, not {checkout}'s commit {expected}")
    steps = last_run(work / "dagster_home").steps
    return sum(s.seconds for s in steps), {**function_seconds(report), **step_seconds(steps, patterns)}


def built_by(data: Path) -> str:
    """The code version the build's summary records (`atazan+<commit>`)."""
    return json.loads((data / "publish" / "summary.json").read_text(encoding="utf-8")).get("code_version", "")


def commit_of(checkout: Path) -> str:
    """The checkout's commit, short, as the build records it; "" when it is not a git checkout."""
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=checkout, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else ""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    chosen = versions(args.code)
    steps: dict[str, list[float]] = {label: [] for label in chosen}
    timed: dict[str, dict[str, list[float]]] = {label: {} for label in chosen}
    for number in range(1, args.rounds + 1):
        for label, (checkout, build) in chosen.items():
            seconds, functions = one_round(checkout, build, args.work, args.pages, args.seed, args.functions,
                                           [p for p in args.steps.split(",") if p])
            steps[label].append(seconds)
            for name, value in functions.items():
                timed[label].setdefault(name, []).append(value)
            print(f"round {number} {label}: {seconds:.2f} step s" +
                  "".join(f", {name} {value:.3f}" for name, value in sorted(functions.items())), flush=True)
    print("\n| version | step s, each round | median |\n|---|---|---:|")
    for label, values in steps.items():
        print(f"| {label} | {', '.join(f'{v:.2f}' for v in values)} | {statistics.median(values):.2f} |")
    for name in sorted({n for t in timed.values() for n in t}):
        print(f"{name}: " + "; ".join(f"{label} {', '.join(f'{v:.3f}' for v in timed[label].get(name, []))}"
                                      for label in chosen))
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
