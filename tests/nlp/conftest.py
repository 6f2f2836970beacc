from datetime import datetime, timezone

import pytest


@pytest.fixture
def make_doc():
    def make(text: str, language: str = "ru", published: str = "2026-02-27T12:00:00+05:00", title: str = "",
             document_id: str = "doc-1", source: str = "test") -> dict:
        return {
            "document_id": document_id, "url": f"https://example.kz/{document_id}", "source": source,
            "language": language, "title": title,
            "published_at": datetime.fromisoformat(published).astimezone(timezone.utc) if published else None,
            "text": text,
        }
    return make


@pytest.fixture
def pairs():
    """(speaker, text) of each statement row, in order."""
    return lambda rows: [(r["speaker_name"], r["statement_text"]) for r in rows]


@pytest.fixture
def events():
    """(date, type) of each event row, sorted."""
    return lambda rows: sorted((r["event_date"], r["event_type"]) for r in rows)
