"""Checking a document record before the rules read it, and stable ids from content."""
from __future__ import annotations

import hashlib
from datetime import datetime


class NlpInputError(ValueError):
    """A document record the nlp room cannot read; the message is the reason for the errors table."""


def check_document(doc: dict) -> None:
    if not isinstance(doc, dict):
        raise NlpInputError(f"document must be a dict, got {type(doc).__name__}")
    if not isinstance(doc.get("document_id"), str) or not doc["document_id"]:
        raise NlpInputError("document has no document_id")
    if not isinstance(doc.get("text"), str):
        raise NlpInputError(f"document {doc['document_id']}: text must be a string")
    if doc.get("language") not in ("ru", "kk", "en"):
        raise NlpInputError(f"document {doc['document_id']}: unsupported language {doc.get('language')!r}")
    published = doc.get("published_at")
    if published is not None and not isinstance(published, datetime):
        raise NlpInputError(f"document {doc['document_id']}: published_at must be a datetime or None")


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{digest}"
