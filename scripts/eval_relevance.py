"""Precision, recall and F1 of pipeline.documents.relevance on our labelled pages, per language and overall.

    .venv/bin/python scripts/eval_relevance.py [--errors] [--bench]

--errors lists every page the model gets wrong with its score and matched terms; --bench times the model on
3 KB texts built from the labelled pages.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.documents.relevance import relevance  # noqa: E402

LABELLED_DIR = Path(__file__).resolve().parents[1] / "tests" / "documents" / "relevance_labelled"


@dataclass(frozen=True)
class LabelledPage:
    page_id: str
    language: str
    relevant: bool
    kind: str
    title: str
    text: str


def load_labelled(directory: Path = LABELLED_DIR) -> list[LabelledPage]:
    """Pages from every <language>.txt: a '=== id | relevant|other | kind' header, the title, then paragraphs."""
    pages = []
    for path in sorted(directory.glob("*.txt")):
        blocks = path.read_text(encoding="utf-8").split("\n=== ")
        for block in blocks[1:]:
            header, title, *paragraphs = [line for line in block.strip().splitlines() if line.strip()]
            page_id, label, kind = (part.strip() for part in header.split("|"))
            if label not in ("relevant", "other"):
                raise ValueError(f"{path.name}: {page_id}: label must be 'relevant' or 'other', not {label!r}")
            pages.append(LabelledPage(page_id, path.stem, label == "relevant", kind, title, "\n\n".join(paragraphs)))
    return pages


@dataclass(frozen=True)
class Scores:
    pages: int
    true_positive: int
    false_positive: int
    false_negative: int

    @property
    def precision(self) -> float:
        predicted = self.true_positive + self.false_positive
        return self.true_positive / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_pages(pages: list[LabelledPage]) -> Scores:
    tp = fp = fn = 0
    for page in pages:
        predicted = relevance(page.title, page.text, page.language).relevant
        tp += predicted and page.relevant
        fp += predicted and not page.relevant
        fn += page.relevant and not predicted
    return Scores(len(pages), tp, fp, fn)


def scores_by_language(pages: list[LabelledPage]) -> dict[str, Scores]:
    languages = sorted({page.language for page in pages})
    table = {language: score_pages([p for p in pages if p.language == language]) for language in languages}
    table["all"] = score_pages(pages)
    return table


def pages_per_second(pages: list[LabelledPage], text_chars: int = 3000, seconds: float = 2.0) -> float:
    """Each labelled page's paragraphs repeated to ~text_chars, scored in a loop for about `seconds` of this process's CPU time
    (CPU time, not wall time: the machine is shared, and the figure should not depend on the neighbours)."""
    long_pages = [(p.title, (p.text + "\n\n") * (text_chars // len(p.text) + 1), p.language) for p in pages]
    long_pages = [(title, text[:text_chars], language) for title, text, language in long_pages]
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for title, text, language in long_pages:
            relevance(title, text, language)
        done += len(long_pages)
    return done / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misclassified pages")
    parser.add_argument("--bench", action="store_true", help="also measure pages per second on 3 KB texts")
    args = parser.parse_args()

    pages = load_labelled()
    print(f"{'language':<9}{'pages':>6}{'relevant':>9}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}{'F1':>7}")
    for language, s in scores_by_language(pages).items():
        relevant = s.true_positive + s.false_negative
        print(f"{language:<9}{s.pages:>6}{relevant:>9}{s.true_positive:>5}{s.false_positive:>5}{s.false_negative:>5}"
              f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}")
    if args.errors:
        for page in pages:
            result = relevance(page.title, page.text, page.language)
            if result.relevant != page.relevant:
                wrong = "false positive" if result.relevant else "false negative"
                print(f"{page.page_id} ({page.kind}): {wrong}, score {result.score}, matched {result.matched}")
    if args.bench:
        print(f"speed: {pages_per_second(pages):,.0f} pages/s on 3,000-character texts (one core)")


if __name__ == "__main__":
    main()
