"""Alignment precision on the pairs judged by hand; run with -s to print the figures for docs/legal-alignment.md."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.legal.align import align_versions
from pipeline.legal.evaluate import alignment_precision

JUDGEMENTS = Path(__file__).parent / "fixtures" / "alignment_judgements.json"
JUNE_2022 = ("constitution-1995-amended-2022-06.rus.md", "md", "1995-ed-2022-06", "ru")
ADOPTED_2026 = ("constitution-2026.rus.txt", "txt", "2026-final", "ru")


def _judgements():
    return json.loads(JUDGEMENTS.read_text("utf-8"))["pairs"]


def test_precision_on_hand_checked_pairs(corpus_rows):
    old, new = corpus_rows(*JUNE_2022), corpus_rows(*ADOPTED_2026)
    for threshold in (0.2, None):
        alignment = align_versions(old, new) if threshold is None else align_versions(old, new, threshold)
        result = alignment_precision(alignment, _judgements())
        print(f"threshold={'default' if threshold is None else threshold}: {result}")
    assert result["judged"] == 30
    assert result["precision_strict"] >= 0.95
    assert result["missed_correct"] == []
