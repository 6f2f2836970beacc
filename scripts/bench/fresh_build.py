"""A full build of a kept testbed's WARC files (or of its first few) in an empty data folder: the denominator of a
+1% run (scripts/bench/increments.py takes the folder it leaves as its testbed) and the memory of a whole build.

    python -m scripts.bench.fresh_build TESTBED OUT [--files N]

TESTBED is a `--keep` folder of scripts/bench_build.py (its `data/raw/warc/` holds the archive's WARC files); OUT
must not exist. The build runs headless with this checkout's pipeline (scripts/bench/build_run.py) and the script
prints its wall time, CPU time, the process tree's peak memory, the steps' seconds and the slowest steps.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from scripts.bench.build_run import run_build
from scripts.bench.run_log import last_run

SLOWEST = 6


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("testbed", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=0, help="only the first N WARC files (by name); 0: all")
    return parser.parse_args(argv)


def copy_archive(testbed: Path, out: Path, files: int = 0) -> list[Path]:
    """The testbed's WARC files (the first `files` by name, or all) copied to OUT/data/raw/warc/."""
    warcs = sorted((testbed / "data" / "raw" / "warc").glob("*.warc.gz"))
    if files:
        warcs = warcs[:files]
    if not warcs:
        raise SystemExit(f"{testbed} holds no data/raw/warc/*.warc.gz")
    target = out / "data" / "raw" / "warc"
    target.mkdir(parents=True)
    return [Path(shutil.copy2(w, target / w.name)) for w in warcs]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.out.exists():
        raise SystemExit(f"{args.out} exists: give a new folder")
    copied = copy_archive(args.testbed, args.out, args.files)
    run = run_build(args.out / "data", args.out / "dagster_home", args.out / "build.log")
    log = last_run(args.out / "dagster_home")
    steps = sum(s.seconds for s in log.steps)
    slowest = ", ".join(f"{s.step} {s.seconds:.1f}" for s in sorted(log.steps, key=lambda s: -s.seconds)[:SLOWEST])
    print(f"{len(copied)} WARC files: rc {run.returncode}, wall {run.wall_s:.1f} s, CPU {run.cpu_s:.1f} s, "
          f"peak {run.peak_tree_mb:.0f} MB (process tree), steps {steps:.1f} s\nslowest: {slowest}")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
