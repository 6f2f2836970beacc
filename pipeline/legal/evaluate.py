"""Precision of an alignment against pairs judged by hand (docs/legal-alignment.md).

A judgement says whether article `a` of one version really continues as article `b` of another:
"correct", "partial" or "wrong". Precision is measured on the judged pairs the alignment proposes;
judged-correct pairs it does not propose are reported as missed, so raising a threshold cannot hide a loss.
"""
from __future__ import annotations

VERDICTS = ("correct", "partial", "wrong")


def alignment_precision(alignment: list[dict], judgements: list[dict]) -> dict:
    proposed = {(p["article_number_a"], p["article_number_b"]) for p in alignment}
    verdict = {(j["a"], j["b"]): j["verdict"] for j in judgements}
    unknown = sorted({v for v in verdict.values()} - set(VERDICTS))
    if unknown:
        raise ValueError(f"unknown verdicts {unknown}; expected one of {VERDICTS}")
    checked = [pair for pair in verdict if pair in proposed]
    counts = {v: sum(verdict[pair] == v for pair in checked) for v in VERDICTS}
    n = len(checked)
    return {
        "judged": len(verdict),
        "checked": n,
        **counts,
        "precision_strict": round(counts["correct"] / n, 4) if n else None,
        "precision_lenient": round((counts["correct"] + counts["partial"]) / n, 4) if n else None,
        "missed_correct": sorted(pair for pair, v in verdict.items() if v == "correct" and pair not in proposed),
        "dropped_not_correct": sorted(pair for pair, v in verdict.items() if v != "correct" and pair not in proposed),
    }
