"""How the full build's cost grows with the archive (issue 8).

    .venv/bin/python scripts/bench_build.py [--sizes 1000,10000] [--seed 2026] [--keep DIR] [--profile SIZE]
                                            [--code REV]

For each size: generate an archive of that many news pages from the bundled sample pages' templates
(scripts/bench), write it as WARC files of 5,000 pages, run `atazan build` headless in a child process
(wall, CPU, peak RSS; per-step times from the Dagster event log), run it again with nothing new, then again
after adding 1% new pages. Once, on the first 1,000 pages generated: our parsers against trafilatura.
Prints Markdown tables and each target met or not. 100,000 pages takes long: ask for it (--sizes 100000).
"""
from __future__ import annotations

import argparse
import os
import pstats
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench.archive import write_archive  # noqa: E402
from scripts.bench.build_run import run_build  # noqa: E402
from scripts.bench.corpus import GeneratedPage, PageStream  # noqa: E402
from scripts.bench.extraction_rate import compare_extraction  # noqa: E402
from scripts.bench.measurements import measure  # noqa: E402
from scripts.bench.report import (SizeResult, extraction_table, incremental_steps_table,  # noqa: E402
                                  incremental_table, machine, scale_table, steps_table, target_lines)
from scripts.bench.revision import describe, run_at_revision  # noqa: E402
from scripts.bench.run_log import last_run  # noqa: E402

EXTRA_SHARE = 0.01
PROFILE_LINES = 25
# cProfile sees one process: keep the NLP step in it rather than in its pool of workers
PROFILE_ENV = {"ATAZAN_NLP_WORKERS": "1"}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="archive sizes in pages, comma-separated")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--extraction-sample", type=int, default=1000, help="pages for the trafilatura comparison")
    parser.add_argument("--passes", type=int, default=3, help="timed passes of the comparison (median)")
    parser.add_argument("--no-incremental", action="store_true", help="skip the re-run and the +1%% run")
    parser.add_argument("--profile", type=int, default=0, metavar="SIZE",
                        help="also build SIZE pages under cProfile (NLP in the build process, not in workers) "
                             "and print the functions that dominate")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it (default: a temporary one)")
    parser.add_argument("--stages", default="", metavar="NAMES",
                        help='build only the assets of these stages, e.g. "WARC read,parse" (the memory check at '
                             '100,000 pages when the whole build would take hours)')
    parser.add_argument("--code", metavar="REV", help="measure this git revision (exported) instead of the working tree")
    return parser.parse_args(argv)


def keep_first(pages: Iterable[GeneratedPage], count: int, into: list[GeneratedPage]) -> Iterator[GeneratedPage]:
    """Pass `pages` through, keeping the first `count` fetched ones for the extraction comparison."""
    for page in pages:
        if len(into) < count and page.status == 200:
            into.append(page)
        yield page


def build_and_measure(label: str, pages: int, data_dir: Path, home: Path, work: Path, stages: str = ""):
    run = run_build(data_dir, home, work / f"build-{label.replace('%', 'pct').strip('+-')}.log", stages=stages)
    result = measure(label, pages, run, last_run(home))
    print(f"  {label}: {run.wall_s:.1f} s wall, {run.cpu_s:.1f} s CPU, peak RSS {run.peak_rss_mb:,.0f} MB "
          f"(all processes {run.peak_tree_mb:,.0f} MB), {result.log.status}", flush=True)
    return result


def bench_size(size: int, args: argparse.Namespace, work: Path, sample: list[GeneratedPage]) -> SizeResult:
    data_dir, home = work / f"pages-{size}" / "data", work / f"pages-{size}" / "dagster_home"
    warc_dir = data_dir / "raw" / "warc"
    print(f"{size:,} pages: generating ...", flush=True)
    started = time.perf_counter()
    stream = PageStream(seed=args.seed)
    summary = write_archive(keep_first(stream.pages(size), args.extraction_sample, sample), warc_dir)
    generate_s = time.perf_counter() - started
    archive_mb = sum(p.stat().st_size for p in summary.files) / 1024 ** 2
    print(f"  {summary.pages:,} pages in {len(summary.files)} files, {archive_mb:,.0f} MB gzipped, "
          f"{generate_s:.0f} s; roles {dict(summary.roles)}", flush=True)
    result = SizeResult(size, generate_s, archive_mb, summary.payload_bytes / summary.pages / 1024,
                        build_and_measure("full", summary.pages, data_dir, home, work / f"pages-{size}",
                                          args.stages))
    if args.no_incremental:
        return result
    result.rerun = build_and_measure("re-run", summary.pages, data_dir, home, work / f"pages-{size}", args.stages)
    extra = max(1, int(size * EXTRA_SHARE))
    # new serials after the archive's: every added page has a URL the archive does not hold
    added = write_archive(PageStream(seed=args.seed + 1, first_serial=stream.serial).pages(extra), warc_dir,
                          prefix="bench-added")
    result.extra_pages = added.pages
    result.extra = build_and_measure("+1%", summary.pages + added.pages, data_dir, home, work / f"pages-{size}",
                                     args.stages)
    return result


def profile_build(size: int, args: argparse.Namespace, work: Path) -> None:
    base = work / f"profile-{size}"
    write_archive(PageStream(seed=args.seed).pages(size), base / "data" / "raw" / "warc")
    out = base / "build.prof"
    run = run_build(base / "data", base / "dagster_home", base / "build.log", profile_to=out, extra_env=PROFILE_ENV)
    print(f"\n## cProfile of the full build, {size:,} pages ({run.wall_s:.0f} s wall under the profiler)\n")
    stats = pstats.Stats(str(out))
    for order in ("tottime", "cumulative"):
        print(f"top {PROFILE_LINES} by {order}:")
        stats.sort_stats(order).print_stats(PROFILE_LINES)


def without_code_option(argv: list[str]) -> list[str]:
    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--code":
            skip = True
        elif not arg.startswith("--code="):
            out.append(arg)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # SIGTERM becomes SystemExit, so the cleanup below runs and no child build is left behind
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args = parse_args(argv)
    if args.code:
        return run_at_revision(ROOT, args.code, without_code_option(argv))
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="atazan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    code = os.environ.get("ATAZAN_BENCH_CODE") or describe(ROOT)
    scope = f"only the stages {args.stages}" if args.stages else "the whole build"
    print(f"machine: {machine()}\ncode: {code}\nbuilding: {scope}\nwork directory: {work}\n", flush=True)
    sample: list[GeneratedPage] = []
    results, comparison = [], None
    try:
        for size in sizes:
            results.append(bench_size(size, args, work, sample))
            if comparison is None:
                print(f"comparing extraction on {min(len(sample), args.extraction_sample):,} pages ...", flush=True)
                comparison = compare_extraction(sample, args.passes)
                sample.clear()
        print(f"\n## Build by archive size ({scope})\n\n" + scale_table(results))
        print("\n## Steps (seconds / peak MB of all processes while the step ran)\n\n" + steps_table(results))
        if not args.no_incremental:
            print("\n## Re-run with no new pages, and with 1% new pages\n\n" + incremental_table(results))
            print(f"\n## Steps of the full run, the re-run and the +1% run ({results[-1].size:,} pages, seconds)\n\n"
                  + incremental_steps_table(results[-1]))
        print("\n## Parsing against trafilatura\n\n" + extraction_table(comparison))
        print("\n## Targets\n\n" + "\n".join(target_lines(results, comparison, whole_build=not args.stages)))
        if args.profile:
            profile_build(args.profile, args, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if all(r.full.succeeded for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
