from datetime import datetime, timezone

import pytest

from pipeline.sources import kazpravda
from pipeline.sources.base import Page, ParseError

URL = "https://kazpravda.kz/n/opublikovan-tekst-konstitutsii-respubliki-kazakhstan/"
# a page written for this test in the shape of a kazpravda.kz article
HTML = """<html lang="ru"><head><meta charset="utf-8"><link rel="canonical" href="%s">
<meta property="article:published_time" content="2026-03-18T07:00:00+05:00"></head><body>
<header><nav><a href="/politika/">Политика</a></nav></header>
<article><h1 class="article__title">Опубликован текст Конституции Республики Казахстан</h1>
<div class="article__text"><p>Сегодня газета публикует полный текст Конституции, принятой на референдуме 15 марта 2026 года.</p>
<p>Конституция вступит в силу 1 июля 2026 года.</p><p>Фото: Kazpravda.kz</p></div></article>
<footer>© Казахстанская правда</footer></body></html>""" % URL


def test_article():
    doc = kazpravda.parse(Page(url=URL, body=HTML.encode()))
    assert doc.title == "Опубликован текст Конституции Республики Казахстан"
    assert doc.published_at == datetime(2026, 3, 18, 2, 0, tzinfo=timezone.utc)
    assert doc.text.endswith("Конституция вступит в силу 1 июля 2026 года.")


def test_bot_wall_page_is_a_parse_error():
    with pytest.raises(ParseError, match="kazpravda: no article body"):
        kazpravda.parse(Page(url=URL, body=b"<html><body><h1>403 Forbidden</h1></body></html>"))
