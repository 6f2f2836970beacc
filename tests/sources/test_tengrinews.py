import re
from datetime import datetime, timezone

import pytest

from pipeline.sources import tengrinews
from pipeline.sources.base import Page, ParseError

REFORM = "pages/tengrinews/ru-bolee-4000-predlozheniy.html"
WEATHER = "pages/tengrinews/ru-pogoda-astana-poteplenie.html"


def test_article(sample_page):
    doc = tengrinews.parse(sample_page(REFORM))
    # the hidden span repeating the headline is not part of the title
    assert doc.title == "Более 4 тысяч предложений по проекту Конституции получила комиссия"
    assert doc.published_at == datetime(2026, 2, 6, 12, 5, tzinfo=timezone.utc)
    assert doc.kind == "news" and doc.language == "ru"
    assert doc.canonical_url == "https://tengrinews.kz/kazakhstan_news/bolee-4-tyisyach-predlojeniy-po-proektu-konstitutsii-591204/"
    assert doc.text.endswith("Он состоит из преамбулы, 11 разделов и 95 статей.")  # the credit line after it is gone
    assert "– сказала Эльвира Азимова." in doc.text
    for boilerplate in ("Фото", "Турар", "Читайте также", "где его прочитать", "Поделиться", "Ctrl+Enter",
                        "конституция\n", "Главное", "Курс тенге", "12 540"):
        assert boilerplate not in doc.text, boilerplate


def test_relative_date_is_resolved_against_the_fetch_time(sample_page):
    doc = tengrinews.parse(sample_page(WEATHER))  # "Сегодня, 09:30", fetched 2026-03-18T09:03Z
    assert doc.published_at == datetime(2026, 3, 18, 4, 30, tzinfo=timezone.utc)
    assert "Какой будет погода на выходных" not in doc.text  # a link-only paragraph


def test_yesterday(sample_page, sample_bytes):
    html = sample_bytes(WEATHER).replace("Сегодня, 09:30".encode(), "Вчера, 23:10".encode())
    doc = tengrinews.parse(sample_page(WEATHER, body=html))
    assert doc.published_at == datetime(2026, 3, 17, 18, 10, tzinfo=timezone.utc)


def test_relative_date_without_fetch_time_is_unknown(sample_bytes):
    doc = tengrinews.parse(Page(url="https://tengrinews.kz/kazakhstan_news/x-594410/", body=sample_bytes(WEATHER)))
    assert doc.published_at is None and "no publication date found" in doc.warnings


def test_missing_title_and_missing_body(sample_page, sample_bytes):
    no_body = sample_bytes(REFORM).replace(b"tn-news-content", b"tn-x").replace(b"tn-news-text", b"tn-y")
    with pytest.raises(ParseError, match="tengrinews: no article body"):
        tengrinews.parse(sample_page(REFORM, body=no_body))
    html = "<html><body><div class='tn-news-text'><p>Текст</p></div></body></html>"
    with pytest.raises(ParseError, match="no title"):
        tengrinews.parse(sample_page(REFORM, body=html.encode()))


def test_body_of_credits_only_is_a_parse_error(sample_page):
    html = ("<html><body><h1 class='tn-content-title'>Заголовок</h1><div class='tn-news-content'>"
            "<div class='tn-news-text'><p>Фото: Tengrinews.kz / архив</p></div></div></body></html>")
    with pytest.raises(ParseError, match="body is empty"):
        tengrinews.parse(sample_page(REFORM, body=html.encode()))


def test_cp1251_page_declared_as_utf8_is_decoded_with_a_warning(sample_page, sample_bytes):
    body = sample_bytes(REFORM).decode("utf-8").encode("cp1251", errors="replace")
    doc = tengrinews.parse(sample_page(REFORM, body=body, content_type="text/html; charset=utf-8"))
    assert doc.title.startswith("Более 4 тысяч предложений")
    assert any("does not decode" in w for w in doc.warnings)


def test_article_urls():
    pattern = re.compile(tengrinews.SOURCE.article_url)
    assert pattern.match("https://tengrinews.kz/kazakhstan_news/bolee-4-tyisyach-predlojeniy-po-proektu-konstitutsii-591204/")
    assert pattern.match("https://kaz.tengrinews.kz/politics/konstitutsiya-zhobasy-512345/")
    assert not pattern.match("https://tengrinews.kz/news/page/2/")
