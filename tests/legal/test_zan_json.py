from __future__ import annotations

import json

import pytest

from pipeline.legal.parse import parse_document
from pipeline.legal.rows import article_rows
from pipeline.sources.base import ParseError


def test_metadata_of_the_response_is_kept(zan_pages_json):
    law = parse_document(zan_pages_json, "zan_json", "sample", "ru")
    assert law.metadata == {
        "title": "Конституция Республики Казахстан (учебный образец для тестов)",
        "version_date": "2024-02-02",
        "versions_count": "3",
    }


def test_one_page_of_two_is_parsed_and_flagged_incomplete(fixture_bytes):
    law = parse_document(fixture_bytes("sample.zan.page1.json"), "zan_json", "sample", "ru")
    assert [a.number for a in law.articles] == ["1", "2"]
    assert "only 1 of 2 pages given: the act is incomplete" in law.warnings


def test_points_get_their_printed_numbers_back(zan_pages_json):
    rows = {r["article_number"]: r for r in article_rows(parse_document(zan_pages_json, "zan_json", "s", "ru"))}
    assert rows["1"]["text"].startswith("1. Казахстан является")  # number was only in `index`
    assert "\n2. Столица Республики" in rows["1"]["text"]  # number already in text: not doubled
    assert rows["3"]["points"] == ["1", "2"]  # deeper sub-points are "1)", not points
    assert "\n1) по партийным спискам;" in rows["3"]["text"]


@pytest.mark.parametrize("body, reason", [
    (b"<html>502 Bad Gateway</html>", "not JSON"),
    (b'{"version": {}, "pagesCount": 1}', "no content"),
    (b"[1, 2]", "neither"),
    (b'{"content": [{"type": "text", "text": ""}]}', "no content nodes with text"),
])
def test_broken_responses_are_clear_errors(body, reason):
    with pytest.raises(ParseError, match=reason):
        parse_document(body, "zan_json", "v", "ru")


def test_node_without_text_is_reported_not_dropped_silently():
    body = json.dumps({"content": [
        {"type": "article", "index": "1", "text": "Статья 1"},
        {"type": "point", "index": "1", "text": ""},
        {"type": "text", "text": "Текст статьи."},
    ]})
    law = parse_document(body, "zan_json", "v", "ru")
    assert law.articles[0].paragraphs == ["Текст статьи."]
    assert any("node 1" in w and "no text" in w for w in law.warnings)
