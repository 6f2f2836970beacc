"""Each source's crawl results over time, and the sources that have come back empty run after run.

One JSON line per source and run in crawl/history.jsonl: the "empty scrape" alert reads the last runs of
each source from it.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.crawl.runner import CrawlReport

EMPTY_RUNS = 3  # consecutive runs with nothing fetched (or nothing but errors) before a source is flagged


def append_history(path: Path, report: CrawlReport) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps({"finished_at": report.finished_at, **asdict(s)}, ensure_ascii=False) + "\n"
                    for s in report.sources)
    # O_APPEND writes of whole lines: two runs writing at once never interleave inside a line.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, lines.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class EmptySource:
    source: str
    runs: int
    last_error: str | None


def was_empty(run: dict) -> bool:
    """Nothing new and nothing confirmed unchanged, or every request failed or was refused."""
    nothing = run.get("pages_fetched", 0) == 0 and run.get("not_modified", 0) == 0
    only_errors = run.get("requests", 0) > 0 and run.get("failed", 0) + run.get("refused", 0) >= run.get("requests", 0)
    return nothing or only_errors or bool(run.get("error"))


def empty_sources(path: Path, runs: int = EMPTY_RUNS) -> list[EmptySource]:
    if not path.exists():
        return []
    by_source: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            run = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by a crash; the runs around it still count
        by_source.setdefault(run.get("source", ""), []).append(run)
    flagged = []
    for source, history in sorted(by_source.items()):
        last = history[-runs:]
        if len(last) == runs and all(was_empty(r) for r in last):
            flagged.append(EmptySource(source, runs, last[-1].get("error")))
    return flagged
