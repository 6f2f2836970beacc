"""Precision, recall and F1 of the nlp room on its labelled set (tests/nlp/eval/docs).

    .venv/bin/python scripts/eval_nlp.py [--errors] [--folder PATH]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.nlp import extract_events, extract_statements, merge_events  # noqa: E402
from pipeline.nlp.scoring import Score, load_labelled, pairwise_merge_score, score_events, score_statements  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "nlp" / "eval" / "docs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="print every false positive and miss")
    args = parser.parse_args()
    labelled = load_labelled(args.folder)
    statements, events = Score(), Score()
    by_language: dict[str, Score] = {}
    kinds_right = kinds_total = 0
    all_events, gold_keys = [], {}
    for item in labelled:
        doc, gold = item["doc"], item["gold"]
        predicted = extract_statements(doc)
        score, false_pos, missed = score_statements(predicted, gold.get("statements") or [])
        statements.add(score)
        by_language.setdefault(doc["language"], Score()).add(score)
        for row in predicted:
            match = next((g for g in gold.get("statements") or [] if g["text"] == row["statement_text"]), None)
            if match:
                kinds_total += 1
                kinds_right += match.get("kind") == row["kind"]
        doc_events = extract_events(doc)
        escore, efalse, emissed = score_events(doc_events, gold.get("events") or [])
        events.add(escore)
        unused = list(gold.get("events") or [])  # one gold event per report, as in the scoring: two gatherings
        for index, event in enumerate(doc_events):  # of a kind on one day are two keys
            all_events.append(event)
            match = next((g for g in unused if (g["date"], g["type"]) == (event["event_date"], event["event_type"])), None)
            if match:
                unused.remove(match)
                gold_keys[(doc["document_id"], index)] = match["key"]
        if args.errors and (false_pos or missed or efalse or emissed):
            print(f"--- {item['path']}")
            for row in false_pos:
                print(f"  FP  {row['speaker_name']!r}: {row['statement_text'][:90]!r} [{row['attribution']}/{row['resolution']}]")
            for g in missed:
                print(f"  MISS {g['speaker']!r}: {g['text'][:90]!r}")
            for e in efalse:
                print(f"  EV FP {e['event_date']} {e['event_type']}")
            for g in emissed:
                print(f"  EV MISS {g['date']} {g['type']}")
    merged, links = merge_events(all_events)
    assignment = {}
    positions: dict[str, int] = {}
    for event in all_events:
        index = positions.get(event["document_id"], 0)
        positions[event["document_id"]] = index + 1
        assignment[(event["document_id"], index)] = next(
            link["event_id"] for link in links if link["document_event_id"] == event["document_event_id"])
    merge = pairwise_merge_score(assignment, gold_keys)
    print(f"documents: {len(labelled)}; gold statements: {statements.gold}; gold events: {events.gold}")
    _line("statements (speaker + text)", statements)
    for language, score in sorted(by_language.items()):
        _line(f"  statements [{language}]", score)
    _line("events (date + type)", events)
    _line("event merging (pairs)", merge)
    print(f"merged events: {len(merged)} from {len(all_events)} reports")
    if kinds_total:
        print(f"kind (direct/indirect) right on matched statements: {kinds_right}/{kinds_total}")
    return 0


def _line(label: str, score: Score) -> None:
    print(f"{label:32s} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}"
          f"  (tp={score.true_positives} pred={score.predicted} gold={score.gold})")


if __name__ == "__main__":
    raise SystemExit(main())
