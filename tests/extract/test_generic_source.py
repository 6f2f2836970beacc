from datetime import datetime

import pytest

from pipeline.sources import generic
from pipeline.sources.base import Page, ParseError


def test_generic_parse_uses_the_extractor(labelled):
    gold = next(p for p in labelled if p["id"] == "wp-en-referendum-called")
    parsed = generic.parse(Page(url=gold["url"], body=gold["body"], content_type="text/html; charset=utf-8"))
    assert parsed.title == gold["title"] and parsed.text == gold["text"]
    assert parsed.published_at == datetime.fromisoformat(gold["published_at"])
    assert parsed.language == "en" and parsed.kind == "news"
    assert generic.PARSER_VERSION


def test_generic_parse_raises_with_the_reason():
    with pytest.raises(ParseError, match="not an HTML page: the body is a PDF"):
        generic.parse(Page(url="https://e.kz/x.pdf", body=b"%PDF-1.4 ..."))
    with pytest.raises(ParseError, match="no main text"):
        generic.parse(Page(url="https://e.kz/", body=b"<html><body><nav><a href='/'>Home</a></nav></body></html>"))
