"""Extraction rate of the nlp room: documents per second on the labelled set repeated.

    .venv/bin/python scripts/bench_nlp.py [--repeat 10]

Times natasha's model load once, then statements + events + mentions per document (one core), then the merge
of all event reports, the people and the organisations. The per-text cache of people is cleared between
repetitions so a repeated document costs what a new one would.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

# One BLAS thread: natasha's models are numpy, and on a shared 2-core machine several BLAS threads fight the
# other processes (measured: Russian documents 19/s with the default threads, 45/s with one).
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.nlp import (build_organisations, build_people, extract_events, extract_mentions,  # noqa: E402
                          extract_statements, merge_events)
from pipeline.nlp import persons, russian  # noqa: E402
from pipeline.nlp.scoring import load_labelled  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "nlp" / "eval" / "docs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--folder", type=Path, default=DEFAULT)
    args = parser.parse_args()
    docs = [item["doc"] for item in load_labelled(args.folder)]
    started = time.perf_counter()
    russian._models()
    load = time.perf_counter() - started

    per_language: Counter = Counter()
    seconds_language: Counter = Counter()
    statements, reports = [], []
    started = time.perf_counter()
    for round_number in range(args.repeat):
        persons._people_cached.cache_clear()
        for doc in docs:
            doc = dict(doc, document_id=f"{doc['document_id']}-r{round_number}")
            t0 = time.perf_counter()
            rows = extract_statements(doc)
            extract_mentions(rows)
            reports.extend(extract_events(doc))
            statements.extend(rows)
            seconds_language[doc["language"]] += time.perf_counter() - t0
            per_language[doc["language"]] += 1
    extraction = time.perf_counter() - started
    started = time.perf_counter()
    merge_events(reports)
    build_people(statements)
    build_organisations(statements, reports)
    aggregate = time.perf_counter() - started
    total = len(docs) * args.repeat
    chars = sum(len(d["text"]) for d in docs) / len(docs)
    print(f"BLAS threads: {os.environ['OPENBLAS_NUM_THREADS']}; load average {os.getloadavg()[0]:.2f}")
    print(f"natasha model load: {load:.2f} s (once per process)")
    print(f"documents: {total} ({len(docs)} x {args.repeat}), mean {chars:.0f} characters")
    print(f"extraction (statements + events + mentions): {extraction:.2f} s = {total / extraction:.1f} documents/s")
    for language in sorted(per_language):
        print(f"  {language}: {per_language[language] / seconds_language[language]:.1f} documents/s")
    print(f"merge + people + organisations over {len(reports)} reports / {len(statements)} statements: {aggregate:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
