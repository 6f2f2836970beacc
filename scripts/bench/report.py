"""The benchmark's tables, as Markdown (printed, and pasted into docs/performance.md as they are)."""
from __future__ import annotations

import os
import platform
from dataclasses import dataclass

from scripts.bench.extraction_rate import ExtractionComparison
from scripts.bench.measurements import BuildMeasure
from scripts.bench.stages import STAGES

FULL_BUILD_LIMIT_S = 300  # 10,000 pages
RSS_LIMIT_MB = 1536
RERUN_LIMIT = 0.10
EXTRACTION_RATIO = 3.0
FLAT_GROWTH = 1.2  # peak RSS may grow at most 20% from the smallest archive to the largest


@dataclass
class SizeResult:
    size: int
    generate_s: float
    archive_mb: float
    page_kb: float
    full: BuildMeasure
    rerun: BuildMeasure | None = None
    extra: BuildMeasure | None = None
    extra_pages: int = 0


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
                 platform.processor() or "unknown CPU")
    memory = next((int(line.split()[1]) / 1024 ** 2 for line in _lines("/proc/meminfo") if line.startswith("MemTotal")),
                  0.0)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({model}), {memory:.0f} GB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}; load average at start {load} (shared machine)")


def _lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.readlines()
    except OSError:
        return []


def _num(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def scale_table(results: list[SizeResult]) -> str:
    stages = [s for s in STAGES if any(m.stage == s for r in results for m in r.full.stages())]
    head = ["pages", "archive MB", "page KB", "wall s", "CPU s", "peak RSS MB", "peak all processes MB"]
    head += [f"{s} p/s" for s in stages] + ["outside steps s"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for r in results:
        by_stage = {m.stage: m for m in r.full.stages()}
        cells = [f"{r.size:,}", _num(r.archive_mb), _num(r.page_kb), _num(r.full.run.wall_s, 1),
                 _num(r.full.run.cpu_s, 1), _num(r.full.run.peak_rss_mb), _num(r.full.run.peak_tree_mb)]
        cells += [_num(by_stage[s].pages_per_s) if s in by_stage else "–" for s in stages]
        cells.append(_num(r.full.outside_steps_s, 1))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def steps_table(results: list[SizeResult]) -> str:
    """Seconds and peak memory (all processes, PSS) of every step, one column pair per archive size."""
    steps = list(dict.fromkeys(m.step for r in results for m in r.full.steps))
    head = ["step", "stage"] + [f"{r.size:,}: s / peak MB" for r in results]
    lines = ["| " + " | ".join(head) + " |", "|---|---|" + "---:|" * len(results)]
    for step in steps:
        cells, stage = [], ""
        for r in results:
            found = next((m for m in r.full.steps if m.step == step), None)
            stage = stage or (found.stage if found else "")
            cells.append(f"{_num(found.seconds, 1)} / {_num(found.peak_rss_mb)}" if found else "–")
        lines.append(f"| {step} | {stage} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def incremental_steps_table(result: SizeResult) -> str:
    """Each step's seconds in the full run, the re-run and the +1% run of one archive size."""
    runs = [("full", result.full), ("re-run", result.rerun), ("+1%", result.extra)]
    runs = [(name, build) for name, build in runs if build is not None]
    steps = list(dict.fromkeys(m.step for _, build in runs for m in build.steps))
    head = ["step", "stage"] + [f"{name} s" for name, _ in runs]
    lines = ["| " + " | ".join(head) + " |", "|---|---|" + "---:|" * len(runs)]
    for step in steps:
        found = [next((m for m in build.steps if m.step == step), None) for _, build in runs]
        stage = next(m.stage for m in found if m is not None)
        lines.append(f"| {step} | {stage} | " + " | ".join(_num(m.seconds, 1) if m else "–" for m in found) + " |")
    return "\n".join(lines)


def incremental_table(results: list[SizeResult]) -> str:
    head = ["pages", "full: wall s / step s", "re-run: wall s / step s", "re-run parsed", "re-run step s / full",
            "+1%: pages", "+1%: wall s / step s", "+1% parsed", "+1% step s / full"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for r in results:
        if r.rerun is None:
            continue
        full, rerun, extra = r.full, r.rerun, r.extra
        cells = [f"{r.size:,}", f"{full.run.wall_s:.1f} / {full.step_seconds:.1f}",
                 f"{rerun.run.wall_s:.1f} / {rerun.step_seconds:.1f}", _parsed(rerun),
                 f"{rerun.step_seconds / full.step_seconds:.0%}"]
        if extra is not None:
            cells += [f"{r.extra_pages:,}", f"{extra.run.wall_s:.1f} / {extra.step_seconds:.1f}", _parsed(extra),
                      f"{extra.step_seconds / full.step_seconds:.0%}"]
        else:
            cells += ["–"] * 4
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _parsed(build: BuildMeasure) -> str:
    counts = build.parse_counts()
    return f"{counts['parsed_now']} of {counts['responses']}" if counts["responses"] is not None else "–"


def extraction_table(comparison: ExtractionComparison) -> str:
    lines = [f"{comparison.pages:,} HTML pages, median of {comparison.passes} interleaved passes, one core:", "",
             "| method | pages/s (CPU) | pages/s (wall) | × trafilatura |", "|---|---:|---:|---:|"]
    base = comparison.rates["trafilatura"]
    for name, rate in comparison.rates.items():
        lines.append(f"| {name} | {rate:,.0f} | {comparison.wall_rates[name]:,.0f} | {rate / base:.1f} |")
    lines += ["", "| source | pages | ours p/s | trafilatura p/s | × |", "|---|---:|---:|---:|---:|"]
    for source, (pages, ours, theirs) in comparison.by_source.items():
        lines.append(f"| {source} | {pages} | {ours:,.0f} | {theirs:,.0f} | {ours / theirs:.1f} |")
    return "\n".join(lines)


def target_lines(results: list[SizeResult], comparison: ExtractionComparison | None,
                 whole_build: bool = True) -> list[str]:
    """Each target of issue 8 with the figure that decides it and met / NOT MET (the full-build time only
    when the whole build ran)."""
    out = []
    if comparison is not None:
        out.append(_verdict(f"site parsing {comparison.ratio:.1f}x trafilatura (>= {EXTRACTION_RATIO:.0f}x)",
                            comparison.ratio >= EXTRACTION_RATIO))
    for r in results:
        if r.size == 10_000 and whole_build:
            out.append(_verdict(f"10,000 pages: full build {r.full.run.wall_s:.0f} s (<= {FULL_BUILD_LIMIT_S} s)",
                                r.full.run.wall_s <= FULL_BUILD_LIMIT_S))
        peak = max(r.full.run.peak_rss_mb, r.full.run.peak_tree_mb)
        out.append(_verdict(f"{r.size:,} pages: peak memory {peak:,.0f} MB (RSS of the build process, or PSS of "
                            f"it and its workers together if larger; <= {RSS_LIMIT_MB} MB)", peak <= RSS_LIMIT_MB))
        if not r.full.succeeded:
            out.append(f"- {r.size:,} pages: the build FAILED (see {r.full.run.log_path})")
        if r.rerun is not None:
            share = r.rerun.step_seconds / r.full.step_seconds
            out.append(_verdict(f"{r.size:,} pages: re-run does {share:.0%} of the full run's step time "
                                f"(<= {RERUN_LIMIT:.0%})", share <= RERUN_LIMIT))
        if r.extra is not None and r.rerun is not None:
            marginal = (r.extra.step_seconds - r.rerun.step_seconds) / r.full.step_seconds
            out.append(f"- {r.size:,} pages: +1% pages cost {r.extra.step_seconds / r.full.step_seconds:.0%} of a full "
                       f"run ({marginal:+.1%} over a re-run)")
    if len(results) > 1:
        smallest, largest = results[0], results[-1]
        growth = (max(largest.full.run.peak_rss_mb, largest.full.run.peak_tree_mb)
                  / max(smallest.full.run.peak_rss_mb, smallest.full.run.peak_tree_mb))
        out.append(_verdict(f"memory from {smallest.size:,} to {largest.size:,} pages: peak x{growth:.2f} "
                            f"(flat: <= x{FLAT_GROWTH})", growth <= FLAT_GROWTH))
    return out


def _verdict(text: str, met: bool) -> str:
    return f"- {text}: {'met' if met else 'NOT MET'}"
