"""Scoring extraction against a labelled set: precision, recall and F1 for statements and events.

A statement matches when the speakers are equal (case- and ё-insensitive) and the texts overlap with a token
F1 of at least 0.8; an event matches when its date and type are equal. Matching is one-to-one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

TEXT_OVERLAP = 0.8


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("ё", "е"))


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def same_speaker(a: str, b: str) -> bool:
    """Equal up to case, "ё" and a leading English article: the labelled sets write an institution both ways ("the
    Constitutional Court said" is "Central Election Commission" in docs/, "the CEC" and "the Constitutional Court" in
    blind13 and blind21), and the article says nothing about who spoke."""
    def norm(s: str) -> str:
        return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", s.lower().replace("ё", "е")).strip())
    return norm(a) == norm(b)


def score_statements(predicted: list[dict], gold: list[dict]) -> tuple[Score, list[dict], list[dict]]:
    """Score and the unmatched predictions (false positives) and gold rows (misses)."""
    unmatched_gold = list(gold)
    false_positives = []
    hits = 0
    for row in predicted:
        match = next((g for g in unmatched_gold if same_speaker(row["speaker_name"], g["speaker"])
                      and token_f1(row["statement_text"], g["text"]) >= TEXT_OVERLAP), None)
        if match is None:
            false_positives.append(row)
        else:
            unmatched_gold.remove(match)
            hits += 1
    return Score(hits, len(predicted), len(gold)), false_positives, unmatched_gold


def score_events(predicted: list[dict], gold: list[dict]) -> tuple[Score, list[dict], list[dict]]:
    unmatched_gold = list(gold)
    false_positives = []
    hits = 0
    for row in predicted:
        key = (str(row["event_date"]), row["event_type"])
        match = next((g for g in unmatched_gold if (str(g["date"]), g["type"]) == key), None)
        if match is None:
            false_positives.append(row)
        else:
            unmatched_gold.remove(match)
            hits += 1
    return Score(hits, len(predicted), len(gold)), false_positives, unmatched_gold


def pairwise_merge_score(assignment: dict[tuple[str, int], str], gold_keys: dict[tuple[str, int], str]) -> Score:
    """Pairs of event reports put together: predicted pairs against the pairs sharing a gold key."""
    items = sorted(set(assignment) & set(gold_keys))
    score = Score()
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            together = assignment[a] == assignment[b]
            should = gold_keys[a] == gold_keys[b]
            score.predicted += together
            score.gold += should
            score.true_positives += together and should
    return score


def load_labelled(folder: Path) -> list[dict]:
    """The labelled documents: the document record the room reads, with its `gold` labels beside it."""
    import yaml

    out = []
    for path in sorted(Path(folder).glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = raw.get("published_at")
        if isinstance(published, str):
            published = datetime.fromisoformat(published).astimezone(timezone.utc)
        doc = {
            "document_id": raw["document_id"], "url": raw["url"], "source": raw["source"],
            "language": raw["language"], "title": raw["title"], "published_at": published, "text": raw["text"],
        }
        gold = raw.get("gold") or {}
        for event in gold.get("events") or []:
            event["date"] = date.fromisoformat(str(event["date"]))
        out.append({"doc": doc, "gold": gold, "path": path.name})
    return out
