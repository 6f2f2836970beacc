r"""Word-shingle precision, recall and F1, as public main-text extraction benchmarks score them.

Tokens are `\w+` runs, lower-cased; a shingle is 4 consecutive tokens (a text shorter than that is one
shingle). Shingles are counted as a multiset. Each page's true/false positive and false negative counts are
normalised to sum to 1, so a long page weighs no more than a short one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.U)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float
    recall: float
    f1: float
    tp: float  # normalised: tp + fp + fn == 1 (all 0 when both texts are empty)
    fp: float
    fn: float


def score_page(predicted: str, gold: str, n: int = 4) -> PageScore:
    pred, true = shingles(predicted, n), shingles(gold, n)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(1.0, 1.0, 1.0, 0.0, 0.0, 0.0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PageScore(precision, recall, f1, tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class Summary:
    pages: int
    f1: float  # mean of per-page F1
    precision: float  # mean of per-page precision
    recall: float  # mean of per-page recall
    pooled_f1: float  # from the mean normalised tp/fp/fn, the way the 181-page public benchmark reports it


def summarise(scores: list[PageScore]) -> Summary:
    if not scores:
        return Summary(0, 0.0, 0.0, 0.0, 0.0)
    n = len(scores)
    tp = sum(s.tp for s in scores) / n
    fp = sum(s.fp for s in scores) / n
    fn = sum(s.fn for s in scores) / n
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return Summary(n, sum(s.f1 for s in scores) / n, sum(s.precision for s in scores) / n,
                   sum(s.recall for s in scores) / n, 2 * p * r / (p + r) if p + r else 0.0)
