"""How the merge of event reports and people grows with the archive (issue 8): the work of the
`core_events_and_people` step on synthetic rows.

    .venv/bin/python scripts/bench_merge.py [--sizes 10000,100000,1000000] [--limit 120] [--seed 2026]
                                            [--days 365] [--pipeline DIR] [--profile SIZE] [--incremental]

For each size, in a child process of its own (so that peak memory is the size's own): generate that many
documents' rows of core_document_events, core_statements and core_nlp_processed (scripts/bench/merge_rows.py)
as Parquet files, then time the whole merge: `events_tables`, `people_tables` and writing the six tables,
and `inputs_digest` where the code has it (the step before it was incremental) (wall and CPU seconds;
× previous size compares CPU seconds, steadier on a busy machine). A size whose step takes longer than --limit
seconds is stopped and shown as such. --days 30 puts
every report in one month, as the build benchmark's archive does.
--pipeline measures the `pipeline` package of another checkout (e.g. one at the old commit) on the same rows.
--profile SIZE prints the 25 most expensive functions of that size under cProfile instead.

--incremental times what the step does when 1% new documents come (issue 8): the archive is the size's documents
plus 1% (--added), the step has merged the size's documents before (and left its outputs, state and marker), and
now merges the archive. "whole s" is the whole merge of the archive (events_tables, people_tables, writing the
six tables: the step before it was incremental), "first s" the step's first run on the size's documents (no
state: its whole merge), "+1% s" the step's run on the archive; with the CPU seconds of each, what the +1% run
merged again (event groups, reports) and "whole / +1%" (CPU). With --profile SIZE, the +1% run is
profiled.
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds a size's step may take")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--days", type=int, default=365, help="days the reports' dates spread over")
    parser.add_argument("--pipeline", type=Path, default=ROOT, help="checkout whose pipeline package to measure")
    parser.add_argument("--profile", type=int, help="profile this size instead")
    parser.add_argument("--incremental", action="store_true", help="time the step's run after 1%% new documents")
    parser.add_argument("--added", type=float, default=0.01, help="share of new documents with --incremental")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.incremental and (args.one or args.profile):
        return _measure_incremental(args.one or args.profile, args)
    if args.one or args.profile:
        return _measure(args.one or args.profile, args)
    if args.incremental:
        return _table_incremental(args)
    print(f"pipeline: {args.pipeline.resolve()}; load average {os.getloadavg()[0]:.2f}")
    header = ["documents", "event reports", "statements", "events", "people", "digest s", "events s", "people s",
              "write s", "step s", "step CPU s", "× previous size", "peak RSS MB"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---:|" * len(header))
    previous = None
    for size in (int(s) for s in args.sizes.split(",")):
        command = [sys.executable, __file__, "--one", str(size), "--limit", str(args.limit), "--seed",
                   str(args.seed), "--days", str(args.days), "--pipeline", str(args.pipeline)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            reason = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
            print(f"| {size:,} | " + " | ".join([""] * 8 + [reason] + [""] * 3) + " |")
            break
        row = json.loads(done.stdout.strip().splitlines()[-1])
        cells = [f"{size:,}"] + [f"{row[k]:,}" for k in ("reports", "statements", "events", "people")]
        cells += [f"{row[k]:.2f}" for k in ("digest_s", "events_s", "people_s", "write_s", "step", "cpu")]
        cells += [f"{row['cpu'] / previous:.1f}" if previous else "", f"{row['rss_mb']:,.0f}"]
        print("| " + " | ".join(cells) + " |", flush=True)
        previous = row["cpu"]
    return 0


def _measure(size: int, args: argparse.Namespace) -> int:
    sys.path.insert(0, str(args.pipeline.resolve()))
    sys.path.insert(1, str(ROOT))
    from scripts.bench.merge_rows import MergeRows
    from pipeline.metadata.statements import (CORE_DOCUMENT_EVENTS, CORE_NLP_PROCESSED, CORE_STATEMENTS)
    from pipeline.storage.parquet import AtomicParquetWriter
    import pipeline.assets.statements  # noqa: F401  (importing Dagster is not the step's time)

    with tempfile.TemporaryDirectory(prefix="atazan-bench-merge-") as work:
        work = Path(work)
        tables = {"events": CORE_DOCUMENT_EVENTS, "statements": CORE_STATEMENTS, "processed": CORE_NLP_PROCESSED}
        writers = {name: AtomicParquetWriter(work / f"{t.name}.parquet", t) for name, t in tables.items()}
        for name, row in MergeRows(size, args.seed, args.days).tables():
            writers[name].write(row)
        counts = {name: writer.close() for name, writer in writers.items()}
        if args.profile:
            import cProfile
            import pstats
            profiler = cProfile.Profile()
            profiler.runcall(_step, work, tables)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
            return 0
        signal.signal(signal.SIGALRM, _too_long(args.limit))
        signal.setitimer(signal.ITIMER_REAL, args.limit)
        cpu = time.process_time()
        seconds, sizes = _step(work, tables)
        cpu = time.process_time() - cpu
        signal.setitimer(signal.ITIMER_REAL, 0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"reports": counts["events"], "statements": counts["statements"], **sizes, **seconds,
                      "step": sum(seconds.values()), "cpu": cpu, "rss_mb": rss}))
    return 0


def _step(work: Path, tables: dict) -> tuple[dict, dict]:
    """What core_events_and_people did between reading its inputs and writing its outputs before it was
    incremental: its whole merge."""
    from pipeline.nlp.incremental import AGGREGATES
    from pipeline.nlp import analysis
    from pipeline.nlp.aggregate import events_tables, people_tables
    from pipeline.storage.parquet import write_rows

    seconds = {}
    started = time.perf_counter()
    if hasattr(analysis, "inputs_digest") and "processed" in tables:  # (what the code before the incremental
        # merge decided by)
        analysis.inputs_digest(work / f"{tables['processed'].name}.parquet")
    seconds["digest_s"] = time.perf_counter() - started
    started = time.perf_counter()
    events, event_documents = events_tables(work / f"{tables['events'].name}.parquet")
    seconds["events_s"] = time.perf_counter() - started
    started = time.perf_counter()
    with_links = len(inspect.signature(people_tables).parameters) > 2  # (since a690a36)
    rows = {"events": events, "event_documents": event_documents,
            **people_tables(work / f"{tables['statements'].name}.parquet", events,
                            *([event_documents] if with_links else []))}
    seconds["people_s"] = time.perf_counter() - started
    started = time.perf_counter()
    for table, name in AGGREGATES.items():
        write_rows(work / "out" / f"{table.name}.parquet", table, rows[name])
    seconds["write_s"] = time.perf_counter() - started
    return seconds, {"events": len(events), "people": len(rows["people"])}


def _table_incremental(args: argparse.Namespace) -> int:
    print(f"pipeline: {args.pipeline.resolve()}; load average {os.getloadavg()[0]:.2f}; +{args.added:.0%} documents")
    header = ["documents", "event reports", "statements", "whole s", "whole CPU s", "first s", "+1% s",
              "+1% CPU s", "event groups merged", "reports merged", "whole / +1% (CPU)", "peak RSS MB"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---:|" * len(header))
    for size in (int(s) for s in args.sizes.split(",")):
        command = [sys.executable, __file__, "--incremental", "--one", str(size), "--limit", str(args.limit),
                   "--seed", str(args.seed), "--days", str(args.days), "--pipeline", str(args.pipeline),
                   "--added", str(args.added)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            reason = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
            print(f"| {size:,} | {reason} |")
            break
        r = json.loads(done.stdout.strip().splitlines()[-1])
        cells = [f"{size:,} + {r['added']:,}", f"{r['reports']:,}", f"{r['statements']:,}",
                 f"{r['whole_s']:.2f}", f"{r['whole_cpu']:.2f}", f"{r['first_s']:.2f}", f"{r['inc_s']:.2f}",
                 f"{r['inc_cpu']:.2f}", f"{r['event_groups_merged']:,} / {r['event_groups']:,}",
                 f"{r['reports_merged']:,} / {r['reports']:,}", f"{r['whole_cpu'] / r['inc_cpu']:.1f}x",
                 f"{r['rss_mb']:,.0f}"]
        print("| " + " | ".join(cells) + " |", flush=True)
    return 0


def _measure_incremental(size: int, args: argparse.Namespace) -> int:
    """The size's documents merged by the step, then the step's run with the added documents; and the whole
    merge of them all, for comparison."""
    sys.path.insert(0, str(args.pipeline.resolve()))
    sys.path.insert(1, str(ROOT))
    from scripts.bench.merge_rows import MergeRows
    from pipeline.nlp.incremental import merge_events_and_people
    from pipeline.metadata.statements import CORE_DOCUMENT_EVENTS, CORE_STATEMENTS
    from pipeline.storage.parquet import AtomicParquetWriter

    added = max(1, round(size * args.added))
    tables = {"events": CORE_DOCUMENT_EVENTS, "statements": CORE_STATEMENTS}
    with tempfile.TemporaryDirectory(prefix="atazan-bench-merge-") as work:
        work = Path(work)
        base, grown = work / "base", work / "grown"
        writers = {(where, name): AtomicParquetWriter(where / f"{t.name}.parquet", t)
                   for where in (base, grown) for name, t in tables.items()}
        for name, row in MergeRows(size + added, args.seed, args.days).tables():
            if name == "processed":
                continue
            writers[(grown, name)].write(row)
            if int(row["document_id"].split("-")[1]) < size:
                writers[(base, name)].write(row)
        counts = {key: writer.close() for key, writer in writers.items()}
        core = work / "data" / "core"
        core.mkdir(parents=True)

        def put(where: Path) -> None:
            for t in tables.values():
                shutil.copy(where / f"{t.name}.parquet", core / f"{t.name}.parquet")

        def run():
            return merge_events_and_people(core.parent, lambda name: core / f"{name}.parquet")

        put(base)
        started = time.perf_counter()
        first = run()
        first_s = time.perf_counter() - started
        assert first is not None and first.whole
        time.sleep(2.1)  # the outputs' digests are trusted by their mtime once they are not racy
        put(grown)
        if args.profile:
            import cProfile
            import pstats
            profiler = cProfile.Profile()
            stats = profiler.runcall(run)
            print(stats)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
            return 0
        signal.signal(signal.SIGALRM, _too_long(args.limit))
        signal.setitimer(signal.ITIMER_REAL, args.limit)
        cpu, started = time.process_time(), time.perf_counter()
        stats = run()
        inc_s, inc_cpu = time.perf_counter() - started, time.process_time() - cpu
        assert stats is not None and not stats.whole, stats
        cpu, started = time.process_time(), time.perf_counter()
        _step(grown, tables)
        whole_s, whole_cpu = time.perf_counter() - started, time.process_time() - cpu
        signal.setitimer(signal.ITIMER_REAL, 0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({**{k: v for k, v in stats.metadata().items() if isinstance(v, int)}, "added": added,
                      "reports": counts[(grown, "events")], "statements": counts[(grown, "statements")],
                      "first_s": first_s, "inc_s": inc_s, "inc_cpu": inc_cpu, "whole_s": whole_s,
                      "whole_cpu": whole_cpu, "rss_mb": rss}))
    return 0


def _too_long(limit: float):
    def stop(signum, frame):
        raise SystemExit(f"step over {limit:.0f} s")
    return stop


if __name__ == "__main__":
    raise SystemExit(main())
