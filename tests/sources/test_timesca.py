from datetime import datetime, timezone

from pipeline.sources import timesca
from pipeline.sources.base import Page

URL = "https://timesca.com/kazakhstan-publishes-final-draft-of-new-constitution/"
# a page written for this test in the structure of a WordPress article
HTML = """<html lang="en-US"><head><meta charset="UTF-8">
<meta property="og:title" content="Kazakhstan Publishes Final Draft of New Constitution | The Times of Central Asia">
<link rel="canonical" href="%s"></head><body>
<nav class="main-navigation"><a href="/news/">News</a></nav>
<article><h1 class="entry-title">Kazakhstan Publishes Final Draft of New Constitution</h1>
<time class="entry-date published" datetime="2026-02-12T10:15:00+05:00">February 12, 2026</time>
<div class="entry-content"><p>Kazakhstan has published the final draft of its new Constitution, with 96 articles.</p>
<p>Elvira Azimova said the commission had reviewed about five thousand proposals.</p>
<div class="addtoany_share_save_container">Share</div></div></article></body></html>""" % URL


def test_wordpress_article():
    doc = timesca.parse(Page(url=URL, body=HTML.encode()))
    assert doc.title == "Kazakhstan Publishes Final Draft of New Constitution"
    assert doc.published_at == datetime(2026, 2, 12, 5, 15, tzinfo=timezone.utc)
    assert doc.language == "en" and doc.canonical_url == URL
    assert doc.text.split("\n\n")[-1] == "Elvira Azimova said the commission had reviewed about five thousand proposals."
