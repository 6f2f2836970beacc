import re
from datetime import datetime, timezone

import pytest

from pipeline.sources import adilet
from pipeline.sources.base import Page, ParseError

PAGE = "pages/adilet/rus-K2600000000-fragment.html"


def test_official_text_keeps_one_line_per_heading_and_paragraph(sample_page):
    doc = adilet.parse(sample_page(PAGE))
    assert doc.title == "Конституция Республики Казахстан"
    assert doc.kind == "official_text"
    assert doc.language == "ru"
    assert doc.canonical_url == "https://adilet.zan.kz/rus/docs/K2600000000"
    assert doc.published_at == datetime(2026, 3, 14, 19, 0, tzinfo=timezone.utc)  # 15 March 2026, Astana midnight
    lines = doc.text.split("\n\n")
    assert lines[1] == "Раздел I. Основы конституционного строя"
    assert [line for line in lines if line.startswith("Статья")] == ["Статья 1", "Статья 2", "Статья 3", "Статья 43",
                                                                     "Статья 52"]
    assert lines[lines.index("Статья 2") + 1].startswith("1. Республика Казахстан – унитарное государство")
    for boilerplate in ("Скачать", "Оглавление", "Қазақша", "Вводится в действие", "©"):
        assert boilerplate not in doc.text, boilerplate


def test_repeated_lines_of_a_legal_text_are_kept():
    html = ("<html><body><article><h1>Закон</h1><p>от 8 мая 2026 года</p><h3 id='z1'>Статья 1</h3><p>Исключена.</p>"
            "<h3 id='z2'>Статья 2</h3><p>Исключена.</p></article></body></html>")
    doc = adilet.parse(Page(url="https://adilet.zan.kz/kaz/docs/Z2600000286", body=html.encode()))
    assert doc.text.split("\n\n") == ["от 8 мая 2026 года", "Статья 1", "Исключена.", "Статья 2", "Исключена."]
    assert doc.language == "kk"  # the /kaz/ path, although the page declares nothing


def test_text_without_a_date_is_kept_with_a_warning():
    html = "<html><body><article><h1>Конституция</h1><h3 id='z1'>Статья 1</h3><p>Текст.</p></article></body></html>"
    doc = adilet.parse(Page(url="https://adilet.zan.kz/rus/docs/K2600000000", body=html.encode()))
    assert doc.published_at is None and doc.warnings == ["no publication date found"]


def test_failures():
    url = "https://adilet.zan.kz/rus/docs/K2600000000"
    with pytest.raises(ParseError, match=r"adilet: no document text"):
        adilet.parse(Page(url=url, body="<html><body><div>Документ не найден</div></body></html>".encode()))
    with pytest.raises(ParseError, match="document text is empty"):
        adilet.parse(Page(url=url, body=b"<html><body><article><h1>T</h1></article></body></html>"))
    with pytest.raises(ParseError, match="no title"):
        adilet.parse(Page(url=url, body="<html><body><article><p>Текст</p></article></body></html>".encode()))
    with pytest.raises(ParseError, match="empty response"):
        adilet.parse(Page(url=url, body=b"  "))


def test_document_urls():
    pattern = re.compile(adilet.SOURCE.article_url)
    assert pattern.match("https://adilet.zan.kz/rus/docs/K950001000_")
    assert pattern.match("https://adilet.zan.kz/kaz/docs/K2600000000")
    assert pattern.match("https://adilet.zan.kz/rus/docs/Z2600000286")
    assert not pattern.match("https://adilet.zan.kz/rus/index/docs")
