"""Patterns the twenty-first blind set showed missing, and their neighbours, each in short sentences of our own (not
the labelled texts)."""
from pipeline.nlp import extract_statements
from pipeline.nlp.scoring import same_speaker

MARCH_19 = "2026-03-19T12:00:00+05:00"  # a Thursday


# --- scoring --------------------------------------------------------------------------------------------------------

def test_an_institution_is_the_same_speaker_with_or_without_its_article():
    assert same_speaker("Constitutional Court", "the Constitutional Court")
    assert same_speaker("The CEC", "CEC")
    assert not same_speaker("Theodor Ivanov", "Odor Ivanov")


# --- statements -----------------------------------------------------------------------------------------------------

def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]
