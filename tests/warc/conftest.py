from datetime import datetime, timezone

import pytest

from pipeline.warc.writer import ResponseToArchive


@pytest.fixture
def responses():
    def make(n: int) -> list[ResponseToArchive]:
        return [
            ResponseToArchive(
                url=f"https://example.kz/news/{i}",
                body=f"<html><body><p>Страница номер {i}</p></body></html>".encode(),
                fetched_at=datetime(2026, 3, 1, 10, i, tzinfo=timezone.utc),
            )
            for i in range(n)
        ]

    return make
