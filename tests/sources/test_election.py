import re
from datetime import datetime, timezone

import pytest

from pipeline.sources import election
from pipeline.sources.base import ParseError

PAGE = "pages/election/rus-release-predvaritelnye-itogi.html"


def test_release(sample_page):
    doc = election.parse(sample_page(PAGE))
    assert doc.title == "О предварительных итогах республиканского референдума 15 марта 2026 года"
    assert doc.published_at == datetime(2026, 3, 16, 5, 30, tzinfo=timezone.utc)  # "16.03.2026 10:30"
    assert doc.kind == "press_release" and doc.language == "ru"
    assert "7 954 667" in doc.text and "– сказал Нурлан Абдиров." in doc.text
    assert "Вернуться к списку" not in doc.text and "Дом министерств" not in doc.text


def test_language_comes_from_the_path(sample_page, sample_bytes):
    page = sample_page(PAGE)
    doc = election.parse(type(page)(url=page.url.replace("/rus/", "/kaz/"), body=page.body))
    assert doc.language == "kk"


def test_missing_body_is_a_parse_error(sample_page):
    with pytest.raises(ParseError, match="election: no article body"):
        election.parse(sample_page(PAGE, body="<html><body><h1>Ошибка 404</h1></body></html>".encode()))


def test_release_urls():
    pattern = re.compile(election.SOURCE.article_url)
    assert pattern.match("https://www.election.gov.kz/rus/news/releases/index.php?ID=8731")
    assert not pattern.match("https://www.election.gov.kz/rus/news/releases/")
    assert election.SOURCE.discovery == "sequential_ids"
