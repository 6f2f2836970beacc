"""The labelled set is sound, and the rules reach the target on it (F1 >= 0.90 for statements and events)."""
from pathlib import Path

import pytest

from pipeline.nlp import extract_events, extract_statements
from pipeline.nlp.event_rules import EVENT_TYPES
from pipeline.nlp.scoring import Score, load_labelled, score_events, score_statements

EVAL = Path(__file__).parent / "eval" / "docs"  # holdout/ sits beside it


@pytest.fixture(scope="module")
def labelled():
    return load_labelled(EVAL)


def test_the_set_is_big_enough_and_its_labels_are_in_the_texts(labelled):
    statements = [g for item in labelled for g in item["gold"]["statements"]]
    events = [g for item in labelled for g in item["gold"]["events"]]
    assert len(labelled) >= 40 and len(statements) >= 100 and len(events) >= 30
    assert {item["doc"]["language"] for item in labelled} == {"ru", "kk", "en"}
    for item in labelled:
        for gold in item["gold"]["statements"]:
            assert gold["text"] in item["doc"]["text"], (item["path"], gold["text"])
        for gold in item["gold"]["events"]:
            assert gold["type"] in EVENT_TYPES, item["path"]


@pytest.mark.parametrize("folder", ["docs", "holdout"])
def test_f1_reaches_the_target(folder):
    statements, events = Score(), Score()
    for item in load_labelled(EVAL.parent / folder):
        statements.add(score_statements(extract_statements(item["doc"]), item["gold"]["statements"])[0])
        events.add(score_events(extract_events(item["doc"]), item["gold"]["events"])[0])
    assert statements.f1 >= 0.90, statements
    assert events.f1 >= 0.90, events
