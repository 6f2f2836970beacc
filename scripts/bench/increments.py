"""Whole builds after adding 1% new pages, again and again, on a data folder a benchmark kept: what a +1% run
costs, measured without a new full build, and alternated between two versions of the code on the same data when
they analyse documents alike (a change to pipeline/nlp analyses every document again: that needs a full build).

    python -m scripts.bench.increments TESTBED WORK [--code DIR] [--rounds 2] [--pages 1000]

TESTBED is a `--keep` folder of scripts/bench_build.py (`pages-N/` with `data/` and `dagster_home/`); it is copied
to WORK (left as it is), or WORK is used as it is when it already holds a copy, so that rounds can go on. Each
round writes a WARC file of new pages named to sort after the archive's (as the crawler's time-stamped names do),
runs the whole build headless with the pipeline of `--code` (default: this checkout), and reads each step's
seconds from the Dagster event log; a last round adds nothing (a re-run). The table gives each round's step
seconds against the full build recorded first in the same instance, and its slowest steps; and the same share
with the full build's seconds scaled to the speed the round's analysis ran at (seconds a document analysed: most
of both), since a shared machine's speed drifts between the full build and the rounds (by a third on this
project's build host within an hour).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from scripts.bench.archive import write_archive
from scripts.bench.build_run import run_build
from scripts.bench.corpus import PageStream
from scripts.bench.run_log import RunLog, first_run, last_run

ROOT = Path(__file__).resolve().parents[2]

# "bench-increment-..." sorts after the benchmark's "bench-00001" ... "bench-added-00001"
PREFIX = "bench-increment"
# serials far past the archive's and its +1% file's: every new page has a URL of its own
FIRST_SERIAL = 10_000_000
SLOWEST = 6
ANALYSIS_STEP, ANALYSED = "core_document_analysis", ("core_nlp_processed", "analysed_now")
RESPONSES = ("core_document_captures", "responses")  # the pages a build read (its parse step's metadata)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("testbed", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose pipeline runs the builds")
    parser.add_argument("--rounds", type=int, default=2, help="rounds that add pages (then one re-run)")
    parser.add_argument("--pages", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=5000, help="seed of the first round's pages")
    parser.add_argument("--prefix", default=PREFIX, help="name of the new WARC files, which must sort after the archive's")
    return parser.parse_args(argv)


def next_round(warc_dir: Path, prefix: str) -> int:
    """The number of the next round: one more than the increment files already in the archive. A file that sorts
    after the new ones is an error: their documents would not come last, and the events of the groups they reach
    would be merged again whole, which is not what a crawl's next file costs."""
    names = sorted(p.name for p in warc_dir.iterdir())
    later = [n for n in names if n > prefix and not n.startswith(prefix + "-")]
    if later:
        raise SystemExit(f"{later[-1]} sorts after {prefix}-*: give a --prefix that sorts after it")
    return 1 + sum(1 for n in names if n.startswith(prefix + "-"))


def add_round(warc_dir: Path, pages: int, seed: int, prefix: str = PREFIX):
    """A WARC file of `pages` new pages named to sort after the archive's (`prefix`-NNN, the next round's number);
    seed and serials from the archive's file count: pages of their own even after rounds of another prefix (the
    same seed and serials again would capture the same pages again, not add any). Returns write_archive's summary."""
    files = sum(1 for _ in warc_dir.iterdir())
    return write_archive(PageStream(seed=seed + files, first_serial=FIRST_SERIAL + files * 100_000).pages(pages),
                         warc_dir, prefix=f"{prefix}-{next_round(warc_dir, prefix):03d}")


def share_at_full_speed(round_log: RunLog, full_log: RunLog) -> float | None:
    """The round's step seconds over the full build's, the full build's scaled by how much slower (or faster) the
    round analysed a document than the full build did; None when either analysed none."""
    slower = _slower(round_log, full_log)
    if slower is None:
        return None
    return sum(s.seconds for s in round_log.steps) / (sum(s.seconds for s in full_log.steps) * slower)


def over_share(round_log: RunLog, full_log: RunLog, pages: int) -> list[tuple[str, float]]:
    """Each step's seconds in the round beyond its share of the full build's for `pages` new pages (the full
    build's seconds times pages over the pages it read, scaled to the round's speed as share_at_full_speed does),
    most first: what the round spends that a full build does not spend on those pages."""
    full_pages = full_log.metadata.get(RESPONSES[0], {}).get(RESPONSES[1]) or 0
    slower = _slower(round_log, full_log) or 1.0
    full_seconds = {s.step: s.seconds for s in full_log.steps}
    share = pages / full_pages if full_pages else 0.0
    over = [(s.step, s.seconds - full_seconds.get(s.step, 0.0) * share * slower) for s in round_log.steps]
    return sorted(over, key=lambda item: -item[1])


def _slower(round_log: RunLog, full_log: RunLog) -> float | None:
    """How many times longer the round took to analyse a document than the full build; None when either analysed
    none."""
    speeds = []
    for log in (round_log, full_log):
        analysed = log.metadata.get(ANALYSED[0], {}).get(ANALYSED[1]) or 0
        seconds = sum(s.seconds for s in log.steps if s.step == ANALYSIS_STEP)
        if not analysed or not seconds:
            return None
        speeds.append(seconds / analysed)
    return speeds[0] / speeds[1]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.testbed, args.work, code = args.testbed.resolve(), args.work.resolve(), args.code.resolve()
    # `python -m` puts the working directory first on the builds' path: the code's checkout must be it
    os.chdir(code)
    if not (args.work / "data").exists():
        shutil.copytree(args.testbed, args.work, symlinks=True)
    data, home = args.work / "data", args.work / "dagster_home"
    warc_dir = data / "raw" / "warc"
    env = {"PYTHONPATH": os.pathsep.join(str(p) for p in (code, ROOT))}
    full_log = first_run(home)
    full = sum(s.seconds for s in full_log.steps)
    print(f"code: {code}\ntestbed: {args.testbed} (full build: {full:,.1f} step s)\n")
    print("| round | pages added | wall s | step s | step s / full | at the full build's speed | slowest steps (s) |\n"
          "|---|---:|---:|---:|---:|---:|---|")
    failed, beyond = False, []
    for number in range(args.rounds + 1):
        pages = 0
        if number < args.rounds:
            round_ = next_round(warc_dir, args.prefix)
            written = add_round(warc_dir, args.pages, args.seed, args.prefix)
            pages, label = written.pages, f"+{written.pages:,} pages ({round_})"
        else:
            label = "re-run"
        run = run_build(data, home, args.work / f"increment-{number}.log", extra_env=env)
        log = last_run(home)
        steps = sum(s.seconds for s in log.steps)
        slowest = ", ".join(f"{s.step} {s.seconds:.1f}" for s in sorted(log.steps, key=lambda s: -s.seconds)[:SLOWEST])
        scaled = share_at_full_speed(log, full_log)
        print(f"| {label} | {pages:,} | {run.wall_s:.1f} | {steps:.1f} | {steps / full:.1%} | "
              f"{'' if scaled is None else f'{scaled:.1%}'} | {slowest} |", flush=True)
        if pages:
            over = over_share(log, full_log, pages)
            beyond.append(f"- {label}: {sum(s for _, s in over):.1f} s: " +
                          ", ".join(f"{step} {seconds:+.2f}" for step, seconds in over[:SLOWEST]))
        failed |= run.returncode != 0
    print("\nBeyond the new pages' share of the full build (each step's round seconds less the full build's for as "
          "many pages, at the round's speed):\n" + "\n".join(beyond))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
