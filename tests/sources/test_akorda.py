from datetime import datetime, timezone

import pytest

from pipeline.sources import akorda
from pipeline.sources.base import ParseError

RU = "pages/akorda/ru-ukaz-o-konstitucionnoy-komissii.html"
EN = "pages/akorda/en-referendum-decree.html"
KK = "pages/akorda/kz-konstitutsiyalyq-komissiya-basshylary.html"
DECREE = "pages/akorda/ru-decree-o-merah-po-realizacii-konstitucii.html"


def test_russian_press_release(sample_page):
    doc = akorda.parse(sample_page(RU))
    assert doc.title == "Глава государства подписал Указ «О Конституционной комиссии»"
    assert doc.published_at == datetime(2026, 1, 21, 13, 40, tzinfo=timezone.utc)  # 18:40 in Astana
    assert doc.kind == "press_release"
    assert doc.language == "ru"
    assert doc.canonical_url == "https://www.akorda.kz/ru/glava-gosudarstva-podpisal-ukaz-o-konstitucionnoy-komissii-2115407"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("Президент Республики Казахстан Касым-Жомарт Токаев подписал Указ")
    assert paragraphs[-1].startswith("Первое заседание Конституционной комиссии")
    assert "в составе 130 человек" in doc.text
    assert "– сказал Касым-Жомарт Токаев." in doc.text
    for boilerplate in ("Фото", "Поделиться", "Facebook", "Другие новости", "Национальном курултае</a>", "Главная",
                        "Официальный сайт", "©", "Указы"):
        assert boilerplate not in doc.text, boilerplate
    assert doc.warnings == []


def test_english_release_drops_trailing_photo_credit(sample_page):
    doc = akorda.parse(sample_page(EN))
    assert doc.title == "Head of State signs decree on holding a republican referendum"
    assert doc.language == "en"
    assert doc.published_at == datetime(2026, 2, 11, 15, 15, tzinfo=timezone.utc)
    assert doc.text.endswith("The Central Referendum Commission has been instructed to organise the vote.")
    assert "Photo" not in doc.text and "Share" not in doc.text


def test_kazakh_release(sample_page):
    doc = akorda.parse(sample_page(KK))
    assert doc.language == "kk"
    assert "деді Қасым-Жомарт Тоқаев" in doc.text
    assert "Сурет" not in doc.text and "Бөлісу" not in doc.text


def test_decree_page_is_an_official_text(sample_page):
    doc = akorda.parse(sample_page(DECREE))
    assert doc.kind == "official_text"
    lines = doc.text.split("\n\n")
    assert lines[1].endswith("ПОСТАНОВЛЯЮ:")
    assert [line[:2] for line in lines[2:7]] == ["1.", "2.", "3.", "4.", "5."]
    assert "Скачать" not in doc.text


def test_date_falls_back_to_the_visible_date_line(sample_page, sample_bytes):
    html = sample_bytes(RU).replace(b'<meta property="article:published_time" content="2026-01-21T18:40:00+05:00">', b"")
    doc = akorda.parse(sample_page(RU, body=html))
    assert doc.published_at == datetime(2026, 1, 21, 13, 40, tzinfo=timezone.utc)


def test_missing_date_keeps_the_document_with_a_warning(sample_page, sample_bytes):
    html = (sample_bytes(RU)
            .replace(b'<meta property="article:published_time" content="2026-01-21T18:40:00+05:00">', b"")
            .replace("21 января 2026 года, 18:40".encode(), b""))
    doc = akorda.parse(sample_page(RU, body=html))
    assert doc.published_at is None
    assert "no publication date found" in doc.warnings
    assert doc.text.startswith("Президент Республики Казахстан")


def test_page_without_article_container_is_a_parse_error(sample_page):
    html = "<html><head><title>Akorda</title></head><body><div class='main'><h1>Новости</h1></div></body></html>"
    with pytest.raises(ParseError, match="akorda: no article body"):
        akorda.parse(sample_page(RU, body=html.encode()))


def test_article_with_only_boilerplate_is_a_parse_error(sample_page):
    html = ("<html><head><meta property='og:title' content='Заголовок'></head><body><article class='article'>"
            "<div class='article__content'><p>Фото: Akorda</p><div class='article__share'>Поделиться</div></div>"
            "</article></body></html>")
    with pytest.raises(ParseError, match="body is empty"):
        akorda.parse(sample_page(RU, body=html.encode()))


def test_page_without_title_is_a_parse_error(sample_page):
    html = "<html><body><article><div class='article__content'><p>Текст без заголовка.</p></div></article></body></html>"
    with pytest.raises(ParseError, match="no title"):
        akorda.parse(sample_page(RU, body=html.encode()))


def test_undeclared_windows_1251_page_is_decoded_with_a_warning(sample_page, sample_bytes):
    html = sample_bytes(RU).decode("utf-8").replace('<meta charset="utf-8">', "")
    doc = akorda.parse(sample_page(RU, body=html.encode("cp1251", errors="replace"), content_type="text/html"))
    assert doc.title == "Глава государства подписал Указ «О Конституционной комиссии»"
    assert any("windows-1251" in w for w in doc.warnings)


def test_article_urls():
    import re
    pattern = re.compile(akorda.SOURCE.article_url)
    assert pattern.match("https://www.akorda.kz/ru/glava-gosudarstva-podpisal-ukaz-o-konstitucionnoy-komissii-2115407")
    assert pattern.match("https://www.akorda.kz/ru/legal_acts/decrees/o-provedenii-respublikanskogo-referenduma")
    assert not pattern.match("https://www.akorda.kz/ru/news")
    assert not pattern.match("https://www.akorda.kz/ru/rss")
