"""A batch of documents through the room: rows for every table, and an error row for a document that fails.

extract_documents(docs) -> {"statements", "mentions", "document_events", "errors"}; errors rows are
  document_id str ("" when the record has none), stage str (statements | events), error str (the reason).
One bad document never stops the batch, and none is dropped silently: it is either in the rows or in errors.
"""
from __future__ import annotations

from pipeline.nlp.events import extract_events
from pipeline.nlp.mentions import extract_mentions
from pipeline.nlp.statements import extract_statements


def extract_documents(docs: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"statements": [], "mentions": [], "document_events": [], "errors": []}
    for doc in docs:
        document_id = doc.get("document_id", "") if isinstance(doc, dict) else ""
        for stage, run in (("statements", extract_statements), ("events", extract_events)):
            try:
                rows = run(doc)
            except Exception as error:  # noqa: BLE001 - the reason goes to the errors table
                out["errors"].append({"document_id": document_id if isinstance(document_id, str) else "",
                                      "stage": stage, "error": f"{type(error).__name__}: {error}"})
                continue
            if stage == "statements":
                out["statements"].extend(rows)
                out["mentions"].extend(extract_mentions(rows))
            else:
                out["document_events"].extend(rows)
    return out
