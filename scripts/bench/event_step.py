"""The event and people step of one +1% run, timed in-process on a kept testbed: the merge of the reports a new WARC
file added into the events the previous run wrote.

    python -m scripts.bench.event_step BEFORE AFTER [--repeat 3] [--profile]

BEFORE is the data folder of a testbed before a build that added pages (`scripts.bench.increments --keep`, or a copy
of its work folder's `data`), AFTER the data folder of the same testbed after it. The step's outputs and state are
copied from BEFORE to a scratch folder and brought up to date with AFTER's `core_document_events` and
`core_statements` (pipeline/nlp/incremental.py), as that build's step did, `--repeat` times; it prints the merge's
counts, each run's wall time, and with `--profile` a cProfile of the first run. The outputs of the last run are left
in the scratch folder printed, to compare two checkouts' (their tables must be equal).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

from pipeline.metadata.statements import CORE_DOCUMENT_EVENTS, CORE_STATEMENTS
from pipeline.nlp.incremental import AGGREGATE_STATE, AGGREGATES, update_events_and_people
from pipeline.nlp.people_store import summaries_folder
from pipeline.nlp.seeded_events import seeds_path


def _copy_outputs(before: Path, scratch: Path) -> None:
    if scratch.exists():
        shutil.rmtree(scratch)
    (scratch / "core").mkdir(parents=True)
    for table in AGGREGATES:
        source = before / "core" / f"{table.name}.parquet"
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, scratch / "core" / source.name)
    shutil.copy2(before / AGGREGATE_STATE, scratch / AGGREGATE_STATE)
    seeds = seeds_path(before / AGGREGATE_STATE)  # the events the merge puts back, kept with them
    if seeds.exists():
        shutil.copy2(seeds, seeds_path(scratch / AGGREGATE_STATE))
    kept = summaries_folder(before / AGGREGATE_STATE)  # the people's summaries of the statements' parts
    if kept.exists():
        shutil.copytree(kept, scratch / "core" / kept.name)


def run_once(after: Path, scratch: Path):
    outputs = {name: (table, scratch / "core" / f"{table.name}.parquet") for table, name in AGGREGATES.items()}
    return update_events_and_people(after / "core" / f"{CORE_DOCUMENT_EVENTS.name}.parquet",
                                    after / "core" / f"{CORE_STATEMENTS.name}.parquet", outputs,
                                    scratch / AGGREGATE_STATE, previous=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--scratch", type=Path, default=Path(tempfile.gettempdir()) / "atazan-event-step")
    args = parser.parse_args(argv)
    for folder in (args.before, args.after):
        if not (folder / AGGREGATE_STATE).exists():
            print(f"{folder}: no {AGGREGATE_STATE} (not the data folder of a built testbed)", file=sys.stderr)
            return 2
    times, stats = [], None
    for number in range(args.repeat):
        profile = cProfile.Profile() if args.profile and number == 0 else None
        _copy_outputs(args.before, args.scratch)
        start = time.perf_counter()
        if profile:
            profile.enable()
        stats = run_once(args.after, args.scratch)
        if profile:
            profile.disable()
        times.append(time.perf_counter() - start)
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    print(stats)
    print("wall s:", ", ".join(f"{t:.3f}" for t in times), f"(outputs in {args.scratch})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
