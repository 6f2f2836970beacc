"""Side-by-side benchmark of the generic extractor and trafilatura on the labelled pages.

    .venv/bin/python scripts/bench_generic.py [--repeat 5] [--pages tests/extract/labelled] [--show-worst 5]

Prints word-shingle F1 (mean per page), precision, recall and pages/s for ours (`pipeline.extract.extract`)
and trafilatura (`trafilatura.extract` with default settings), and their ratio. Speed is one core, the
median of --repeat timed passes over all pages (each pass parses every page once; a warm-up pass first).
Title, date and language accuracy are printed for ours (trafilatura's extract returns text only).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from pipeline.extract import extract  # noqa: E402
from pipeline.extract.scoring import score_page, summarise  # noqa: E402


def load_pages(folder: Path, subset: str) -> list[dict]:
    pages = []
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if subset != "all" and gold.get("subset", "dev") != subset:
            continue
        gold["id"] = gold_path.stem
        gold["body"] = gold_path.with_suffix(".html").read_bytes()
        pages.append(gold)
    return pages


def ours(page: dict) -> str:
    return extract(page["body"], page["url"]).text


def theirs(page: dict) -> str:
    return trafilatura.extract(page["body"], url=page["url"]) or ""


def timed(run, pages: list[dict], repeat: int) -> tuple[list[str], float]:
    outputs = [run(p) for p in pages]  # warm-up, and the outputs that are scored
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            run(page)
        rates.append(len(pages) / (time.perf_counter() - start))
    return outputs, statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "extract" / "labelled")
    parser.add_argument("--subset", default="all", choices=["all", "dev", "holdout"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--show-worst", type=int, default=5)
    args = parser.parse_args()
    pages = load_pages(args.pages, args.subset)
    if not pages:
        sys.exit(f"no labelled pages in {args.pages}")
    print(f"{len(pages)} pages ({args.subset}), {sum(len(p['body']) for p in pages) / 1e6:.1f} MB; "
          f"trafilatura {trafilatura.__version__}; median of {args.repeat} passes, one core")

    results = {}
    for name, run in (("ours", ours), ("trafilatura", theirs)):
        outputs, rate = timed(run, pages, args.repeat)
        scores = [score_page(text, page["text"]) for text, page in zip(outputs, pages)]
        results[name] = (summarise(scores), rate, scores)

    print(f"{'':12} {'F1':>6} {'prec':>6} {'recall':>6} {'pooled':>7} {'pages/s':>8}")
    for name, (summary, rate, _) in results.items():
        print(f"{name:12} {summary.f1:6.3f} {summary.precision:6.3f} {summary.recall:6.3f} {summary.pooled_f1:7.3f} {rate:8.1f}")
    (ours_summary, ours_rate, ours_scores), (their_summary, their_rate, their_scores) = results["ours"], results["trafilatura"]
    print(f"ratio: F1 {ours_summary.f1 / their_summary.f1:.3f}x, speed {ours_rate / their_rate:.1f}x")

    extracted = [extract(p["body"], p["url"]) for p in pages]
    fallbacks = sum(e.method == "fallback" for e in extracted)
    titles = sum(e.title == p["title"] for e, p in zip(extracted, pages))
    dates = sum(e.published_at is not None and e.published_at == datetime.fromisoformat(p["published_at"])
                for e, p in zip(extracted, pages))
    languages = sum(e.language == p["language"] for e, p in zip(extracted, pages))
    n = len(pages)
    print(f"ours: fallback on {fallbacks}/{n} pages; title exact {titles}/{n}, date exact {dates}/{n}, language {languages}/{n}")

    if args.show_worst:
        print("worst pages (ours F1 / trafilatura F1):")
        worst = sorted(range(n), key=lambda i: min(ours_scores[i].f1, their_scores[i].f1))[:args.show_worst]
        for i in worst:
            print(f"  {pages[i]['id']:34} {ours_scores[i].f1:.3f} / {their_scores[i].f1:.3f}")


if __name__ == "__main__":
    main()
