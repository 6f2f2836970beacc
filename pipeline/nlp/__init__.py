"""Statements, events, people, organisations and constitution mentions from reform documents.

Plain functions on document records (dicts); no Dagster here. Each module's docstring lists its row fields.
"""
from pipeline.nlp.batch import extract_documents
from pipeline.nlp.events import extract_events
from pipeline.nlp.mentions import extract_mentions
from pipeline.nlp.merge import merge_events
from pipeline.nlp.people import build_organisations, build_people
from pipeline.nlp.records import NlpInputError
from pipeline.nlp.statements import extract_statements

__all__ = ["extract_documents", "extract_statements", "extract_events", "merge_events", "extract_mentions", "build_people",
           "build_organisations", "NlpInputError"]
