import json
from datetime import datetime, timezone

import pytest

from pipeline.sources import zan
from pipeline.sources.base import Page, ParseError

URL = "https://zan.gov.kz/api/documents/1/rus?withHtml=false&page=2"


def _response(content, pages=3):
    # the shape of a zan.gov.kz document page; node texts written for this test
    return json.dumps({
        "version": {"versionDate": "2026-07-01T00:00:00", "metadata": {"title": "Конституция Республики Казахстан"}},
        "versionsCount": 12, "pagesCount": pages, "content": content,
    }, ensure_ascii=False).encode()


def test_document_page():
    content = [
        {"type": "section", "level": 1, "index": "I", "text": "Раздел I. Общие положения"},
        {"type": "article", "level": 2, "index": "1", "text": "Статья 1"},
        {"type": "point", "level": 3, "index": "1", "text": "1. Первый пункт  статьи."},
        {"type": "article", "level": 2, "index": "2", "text": ""},
        {"type": "text", "level": 3, "text": "Исключена."},
        {"type": "note", "level": 3, "text": "Исключена."},
    ]
    doc = zan.parse(Page(url=URL, body=_response(content)))
    assert doc.title == "Конституция Республики Казахстан"
    assert doc.kind == "official_text" and doc.language == "ru"
    assert doc.published_at == datetime(2026, 6, 30, 19, 0, tzinfo=timezone.utc)  # local midnight, UTC+5
    assert doc.text.split("\n\n") == ["Раздел I. Общие положения", "Статья 1", "1. Первый пункт статьи.", "Статья 2",
                                      "Исключена.", "Исключена."]
    assert doc.warnings == ["page 2 of 3: the document continues on other pages"]


def test_failures():
    with pytest.raises(ParseError, match="not valid JSON"):
        zan.parse(Page(url=URL, body=b"<html>Service unavailable</html>"))
    with pytest.raises(ParseError, match="no content"):
        zan.parse(Page(url=URL, body=b'{"version": {}}'))
    with pytest.raises(ParseError, match="has no text"):
        zan.parse(Page(url=URL, body=_response([{"type": "text", "text": " "}])))
    with pytest.raises(ParseError, match="no title"):
        zan.parse(Page(url=URL, body=json.dumps({"content": [{"text": "x"}]}).encode()))
