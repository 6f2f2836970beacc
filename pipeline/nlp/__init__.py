"""Statements, events, people, organisations and constitution mentions from reform documents.

Plain functions on document records (dicts); no Dagster here. Each module's docstring lists its row fields.

The functions below are imported from their modules when first asked for (PEP 562): the build process decides
what to analyse and merges the rows, while the rules that analyse a document (some 600 regular expressions, 0.3 s
to compile) load where documents are analysed, in the workers (worker_start.py), not in every process that
imports the package.
"""
from importlib import import_module

_EXPORTS = {"extract_documents": "batch", "extract_statements": "statements", "extract_events": "events",
            "merge_events": "merge", "extract_mentions": "mentions", "build_people": "people",
            "build_organisations": "people", "NlpInputError": "records"}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
