"""Statements, events, people, organisations and constitution mentions from reform documents.

Plain functions on document records (dicts); no Dagster here. See each module's docstring for the row fields.
"""
from pipeline.nlp.events import extract_events
from pipeline.nlp.merge import merge_events
from pipeline.nlp.statements import extract_statements

__all__ = ["extract_statements", "extract_events", "merge_events"]
