import re
from datetime import datetime, timezone

import pytest

from pipeline.sources import zakon
from pipeline.sources.base import Page, ParseError

URL = "https://www.zakon.kz/politika/7012345-konstitucionnaya-komissiya-provela-sedmoe-zasedanie.html"
# a page written for this test in zakon.kz's structure
HTML = """<html lang="ru"><head><meta charset="utf-8">
<meta property="og:title" content="Конституционная комиссия провела седьмое заседание | Zakon.kz">
<link rel="canonical" href="%s"></head><body>
<header><nav><a href="/politika/">Политика</a><a href="/ekonomika/">Экономика</a></nav></header>
<div class="article"><h1>Конституционная комиссия провела седьмое заседание</h1><div class="date">сегодня, 13:51</div>
<div class="description">Члены комиссии обсудили поступившие предложения.</div>
<div class="content"><p>3 февраля в Астане прошло седьмое заседание Конституционной комиссии.</p>
<p>Председатель комиссии Эльвира Азимова заявила, что предложения граждан рассматриваются по каждой статье.</p>
<p><strong>Читайте также:</strong> <a href="/x">Первый проект Конституции опубликован</a></p>
<div class="share-block">Поделиться</div></div></div>
<footer>© Zakon.kz</footer></body></html>""" % URL


def test_article_with_relative_date():
    doc = zakon.parse(Page(url=URL, body=HTML.encode(), fetched_at=datetime(2026, 2, 3, 12, 0, tzinfo=timezone.utc)))
    assert doc.title == "Конституционная комиссия провела седьмое заседание"
    assert doc.published_at == datetime(2026, 2, 3, 8, 51, tzinfo=timezone.utc)
    assert doc.language == "ru" and doc.canonical_url == URL
    assert doc.text.split("\n\n")[0] == "Члены комиссии обсудили поступившие предложения."
    assert "Читайте также" not in doc.text and "Поделиться" not in doc.text and "Политика" not in doc.text


def test_missing_content_is_a_parse_error():
    with pytest.raises(ParseError, match="zakon: no article body"):
        zakon.parse(Page(url=URL, body=HTML.replace('class="content"', 'class="x"').encode()))


def test_article_urls():
    assert re.match(zakon.SOURCE.article_url, URL)
    assert not re.match(zakon.SOURCE.article_url, "https://www.zakon.kz/politika/")
