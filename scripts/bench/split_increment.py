"""split_latest of a +1% run, timed in-process on a copy of a build's captures: the split of the captures without
their last `--new` rows (kept with its signature sidecar), then, best of `--repeat`, the split after those rows come
back as a part of their own, from a fresh copy of that state each time.

    python scripts/bench/split_increment.py /tmp/full/data/core/core_document_captures.parquet /tmp/split-bench
    PYTHONPATH=CHECKOUT_OF_OLD_CODE python scripts/bench/split_increment.py CAPTURES /tmp/split-bench-old

It imports only `pipeline`, so the code timed is whichever PYTHONPATH finds: run it as a file with an older
checkout's path to time that code on the same captures. It prints split_latest's wall and CPU seconds and those of
`_near_duplicates` within it (reading and hashing the new texts, grouping).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.documents import collect

NEW_PART = "zz-increment.warc.gz.parquet"  # after every part in name order, as a crawl's new WARC file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("captures", type=Path, help="a build's core_document_captures folder of parts (read only)")
    parser.add_argument("work", type=Path, help="a scratch folder (emptied)")
    parser.add_argument("--new", type=int, default=1000, help="rows of the last part that make the +1%% run")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    timed: list[tuple[float, float]] = []
    near_duplicates = collect._near_duplicates

    def timed_near_duplicates(*arguments):
        started = time.perf_counter(), time.process_time()
        result = near_duplicates(*arguments)
        timed.append((time.perf_counter() - started[0], time.process_time() - started[1]))
        return result

    collect._near_duplicates = timed_near_duplicates
    try:
        runs = _runs(args, timed)
    finally:
        collect._near_duplicates = near_duplicates
    print(f"+{args.new:,} captures, best of {args.repeat}: split_latest {_s(runs)}; _near_duplicates {_s(timed)}")
    return 0


def _runs(args: argparse.Namespace, timed: list) -> list[tuple[float, float]]:
    base = args.work / "base"
    shutil.rmtree(args.work, ignore_errors=True)
    (base / "captures").mkdir(parents=True)
    parts = sorted(p for p in args.captures.iterdir() if p.name.endswith(".parquet"))
    for part in parts[:-1]:
        shutil.copy(part, base / "captures" / part.name)
    last = pq.read_table(parts[-1])
    pq.write_table(last.slice(0, last.num_rows - args.new), base / "captures" / parts[-1].name)
    pq.write_table(last.slice(last.num_rows - args.new), args.work / NEW_PART)
    _split(base)
    timed.clear()
    runs = []
    for number in range(args.repeat):
        run = args.work / f"run{number}"
        shutil.copytree(base, run)
        shutil.copy(args.work / NEW_PART, run / "captures" / NEW_PART)
        started = time.perf_counter(), time.process_time()
        _split(run)
        runs.append((time.perf_counter() - started[0], time.process_time() - started[1]))
        shutil.rmtree(run)
    return runs


def _split(folder: Path) -> None:
    collect.split_latest(folder / "captures", folder / "documents", folder / "rejected",
                         keep_signatures=folder / "signatures.parquet")


def _s(times: list[tuple[float, float]]) -> str:
    return f"{min(t[0] for t in times):.3f} s wall / {min(t[1] for t in times):.3f} s CPU"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
