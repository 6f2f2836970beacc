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
