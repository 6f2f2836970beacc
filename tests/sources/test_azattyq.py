import re
from datetime import datetime, timezone

import pytest

from pipeline.sources import azattyq
from pipeline.sources.base import Page, ParseError

URL = "https://www.azattyq.org/a/konstitutsiya-referendum/33712345.html"
# a page written for this test in the structure of an RFE/RL article
HTML = """<html lang="kk"><head><meta charset="utf-8"><link rel="canonical" href="%s"></head><body>
<header><nav><a href="/z/360">Қазақстан</a></nav></header>
<div id="content"><h1 class="title pg-title">Референдумға дайындық жүріп жатыр</h1>
<div class="published"><time datetime="2026-03-10T06:30:00+00:00">10 наурыз 2026</time></div>
<div id="article-content"><div class="wsw"><p>Референдум 15 наурызда өтеді.</p>
<div class="media-block"><p>Сурет: Азаттық</p></div>
<p>Орталық референдум комиссиясының өкілі учаскелердің дайын екенін айтты.</p></div></div></div>
<footer>© RFE/RL</footer></body></html>""" % URL


def test_article():
    doc = azattyq.parse(Page(url=URL, body=HTML.encode()))
    assert doc.title == "Референдумға дайындық жүріп жатыр"
    assert doc.published_at == datetime(2026, 3, 10, 6, 30, tzinfo=timezone.utc)
    assert doc.language == "kk"
    assert doc.text == "Референдум 15 наурызда өтеді.\n\nОрталық референдум комиссиясының өкілі учаскелердің дайын екенін айтты."


def test_missing_text_is_a_parse_error():
    with pytest.raises(ParseError, match="azattyq: no article body"):
        azattyq.parse(Page(url=URL, body=HTML.replace('class="wsw"', 'class="x"').replace('id="article-content"', "").encode()))


def test_article_urls():
    assert re.match(azattyq.SOURCE.article_url, URL)
    assert re.match(azattyq.SOURCE.article_url, "https://rus.azattyq.org/a/33712399.html")
