from datetime import datetime, timezone

import pytest

from pipeline.sources import egemen
from pipeline.sources.base import Page, ParseError

PAGE = "pages/egemen/kk-ata-zan-zhobasy-zhariyalandy.html"


def test_article(sample_page):
    doc = egemen.parse(sample_page(PAGE))
    assert doc.title == "Жаңа Конституцияның түпкілікті жобасы жарияланды"
    assert doc.published_at == datetime(2026, 2, 12, 3, 0, tzinfo=timezone.utc)
    assert doc.language == "kk" and doc.kind == "news"
    assert "деді Ерлан Қарин" in doc.text
    for boilerplate in ("Соңғы жаңалықтар", "мектеп", "Көп оқылған", "Саясат", "©"):
        assert boilerplate not in doc.text, boilerplate


def test_latest_news_heading_inside_the_text_ends_it():
    html = ("<html lang='kk'><body><article class='white-block'><h1>Тақырып</h1><div class='article-text'>"
            "<p>Бірінші абзац.</p><p>Соңғы жаңалықтар</p><p>Басқа жаңалықтың тақырыбы</p></div></article></body></html>")
    doc = egemen.parse(Page(url="https://egemen.kz/article/1-x", body=html.encode()))
    assert doc.text == "Бірінші абзац."
    assert doc.published_at is None and "no publication date found" in doc.warnings


def test_missing_block_is_a_parse_error():
    with pytest.raises(ParseError, match="egemen: no article body"):
        egemen.parse(Page(url="https://egemen.kz/article/1-x", body="<html><body><h1>Т</h1></body></html>".encode()))
