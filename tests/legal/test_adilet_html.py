from __future__ import annotations

import pytest

from pipeline.legal.parse import parse_document
from pipeline.legal.rows import article_rows
from pipeline.sources.base import ParseError


def test_article_anchors_link_rows_to_adilet(fixture_bytes):
    rows = article_rows(parse_document(fixture_bytes("sample.adilet.html"), "adilet_html", "sample", "ru"))
    assert {r["article_number"]: r["anchor"] for r in rows} == {
        "preamble": None, "1": "z1", "2": "z4", "3": "z6", "3-1": "z9"}


def test_site_chrome_outside_article_is_not_law_text(fixture_bytes):
    law = parse_document(fixture_bytes("sample.adilet.html"), "adilet_html", "sample", "ru")
    everything = " ".join(law.header) + " ".join(p for a in law.articles for p in a.paragraphs)
    assert "Главная" not in everything and "Институт законодательства" not in everything


def test_windows_1251_page_declared_in_meta():
    page = ("<html><head><meta charset=\"windows-1251\"></head><body><article>"
            "<h3 id=\"z1\">Статья 1</h3><p>Республика Казахстан – унитарное государство.</p>"
            "</article></body></html>").encode("cp1251")
    rows = article_rows(parse_document(page, "adilet_html", "v", "ru"))
    assert rows[0]["text"] == "Республика Казахстан – унитарное государство."


def test_kazakh_heading_with_title_in_h3():
    page = ("<article><p>І бөлім</p><p>Негіздер</p><h3 id=\"z7\">1-бап. Мемлекет</h3>"
            "<p>1. Қазақстан – біртұтас мемлекет.</p><p>Ескерту. 1-бапқа өзгеріс енгізілді.</p></article>")
    law = parse_document(page, "adilet_html", "v", "kk")
    row = article_rows(law)[0]
    assert (row["section_number"], row["section_title"]) == ("I", "Негіздер")
    assert (row["article_number"], row["title"], row["anchor"]) == ("1", "Мемлекет", "z7")
    assert row["text"] == "1. Қазақстан – біртұтас мемлекет." and row["notes"] == ["Ескерту. 1-бапқа өзгеріс енгізілді."]


def test_page_without_article_element_is_an_error():
    with pytest.raises(ParseError, match="no <article>"):
        parse_document("<html><body><p>Ничего не найдено</p></body></html>".encode(), "adilet_html", "v", "ru")


def test_article_element_without_headings_is_an_error():
    with pytest.raises(ParseError, match="no article headings"):
        parse_document("<article><p>Документ утратил силу.</p></article>", "adilet_html", "v", "ru")
