"""Writing a generated archive: the page stream into WARC files of PAGES_PER_FILE responses each, streamed
(one file's pages are never held at once), with the pipeline's own writer.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.warc.writer import ResponseToArchive, stable_record_id, write_warc

from scripts.bench.corpus import GeneratedPage

PAGES_PER_FILE = 5000
WARCINFO = {
    "software": "atazan scale benchmark (scripts/bench)",
    "description": "Generated pages: the bundled sample pages' markup filled with generated text; not real reporting.",
}


@dataclass
class ArchiveSummary:
    files: list[Path] = field(default_factory=list)
    pages: int = 0
    payload_bytes: int = 0
    roles: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)

    def add(self, page: GeneratedPage) -> None:
        self.pages += 1
        self.payload_bytes += len(page.body)
        self.roles[page.role] += 1
        self.languages[page.language] += 1
        self.sources[page.source] += 1


def to_response(page: GeneratedPage) -> ResponseToArchive:
    return ResponseToArchive(
        url=page.url, body=page.body, fetched_at=page.fetched_at, status=page.status,
        headers=(("Content-Type", page.content_type), *page.headers),
        record_id=stable_record_id(page.url, page.fetched_at.isoformat(), page.role),
    )


def write_archive(pages: Iterable[GeneratedPage], directory: Path, prefix: str = "bench",
                  pages_per_file: int = PAGES_PER_FILE) -> ArchiveSummary:
    """Write `pages` to `<directory>/<prefix>-00001.warc.gz`, ... and count what went in."""
    summary = ArchiveSummary()
    stream = iter(pages)
    number = 0
    while True:
        chunk = _counted(islice(stream, pages_per_file), summary)
        first = next(chunk, None)
        if first is None:
            return summary
        number += 1
        path = Path(directory) / f"{prefix}-{number:05d}.warc.gz"
        write_warc(path, _prepend(first, chunk), warcinfo=WARCINFO, info_date=first.fetched_at)
        summary.files.append(path)


def _counted(pages: Iterator[GeneratedPage], summary: ArchiveSummary) -> Iterator[ResponseToArchive]:
    for page in pages:
        summary.add(page)
        yield to_response(page)


def _prepend(first: ResponseToArchive, rest: Iterator[ResponseToArchive]) -> Iterator[ResponseToArchive]:
    yield first
    yield from rest
