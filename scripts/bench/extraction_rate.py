"""Our parsing against trafilatura's extraction on the same generated pages, in the same process and run.

Three ways through each HTML page: the site's own parser (`source.parse`, what the target compares), the
whole document builder (`build_document`: parser, language, ids, hashes) and `trafilatura.extract` with its
default settings. Passes are interleaved (ours, theirs, ours, ...) so that a busy neighbour on the shared
machine slows both alike; rates are pages per CPU second of this process, the median of the passes.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Callable

from pipeline.documents.build import build_document
from pipeline.sources.base import Page
from pipeline.sources.registry import source_for_url

from scripts.bench.corpus import GeneratedPage


@dataclass
class ExtractionComparison:
    pages: int
    passes: int
    rates: dict[str, float] = field(default_factory=dict)  # method -> median pages per CPU second
    wall_rates: dict[str, float] = field(default_factory=dict)  # method -> median pages per wall second
    by_source: dict[str, tuple[int, float, float]] = field(default_factory=dict)  # source -> (pages, ours, theirs)

    @property
    def ratio(self) -> float:
        return self.rates["site parser"] / self.rates["trafilatura"]


def _trafilatura() -> Callable[[Page], object]:
    import trafilatura

    return lambda page: trafilatura.extract(page.body, url=page.url)


def _site_parser(page: Page):
    return source_for_url(page.url).parse(page)


def _document_builder(page: Page):
    return build_document(page, {})


def html_pages(pages: list[GeneratedPage]) -> list[Page]:
    # trafilatura reads HTML only: the gov.kz API's JSON items are left out of the comparison
    return [Page(p.url, p.body, p.content_type, p.fetched_at) for p in pages
            if p.status == 200 and "html" in p.content_type]


def compare_extraction(pages: list[GeneratedPage], passes: int = 3) -> ExtractionComparison:
    sample = html_pages(pages)
    methods = {"site parser": _site_parser, "build_document": _document_builder, "trafilatura": _trafilatura()}
    for method in methods.values():  # warm-up: imports, lazy regexes, caches
        for page in sample[:20]:
            method(page)
    cpu: dict[str, list[float]] = {name: [] for name in methods}
    wall: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(passes):
        for name, method in methods.items():
            started_cpu, started_wall = time.process_time(), time.perf_counter()
            for page in sample:
                method(page)
            cpu[name].append(len(sample) / max(time.process_time() - started_cpu, 1e-9))
            wall[name].append(len(sample) / max(time.perf_counter() - started_wall, 1e-9))
    result = ExtractionComparison(len(sample), passes,
                                  {n: statistics.median(r) for n, r in cpu.items()},
                                  {n: statistics.median(r) for n, r in wall.items()})
    result.by_source = rates_by_source(sample, methods["site parser"], methods["trafilatura"])
    return result


def rates_by_source(sample: list[Page], ours, theirs) -> dict[str, tuple[int, float, float]]:
    """Per source: pages, our pages/s, trafilatura's pages/s (one timed pass, CPU time per call)."""
    spent: dict[str, list[float]] = {}
    for page in sample:
        name = source_for_url(page.url).name
        totals = spent.setdefault(name, [0, 0.0, 0.0])
        for index, method in ((1, ours), (2, theirs)):
            started = time.process_time()
            method(page)
            totals[index] += time.process_time() - started
        totals[0] += 1
    return {name: (int(n), n / max(a, 1e-9), n / max(b, 1e-9)) for name, (n, a, b) in sorted(spent.items())}
