import re
from datetime import datetime, timezone

import pytest

from pipeline.sources import kazinform
from pipeline.sources.base import ParseError

RU = "pages/kazinform/ru-shestoe-zasedanie-pervyy-proekt.html"
KK = "pages/kazinform/kk-referendum-aldyn-ala-qorytyndysy.html"
EN = "pages/kazinform/en-final-draft-published.html"
REPRINT = "pages/kazinform/ru-ukaz-o-konstitucionnoy-komissii-perepechatka.html"


def test_russian_article(sample_page):
    doc = kazinform.parse(sample_page(RU))
    assert doc.title == "Первый проект новой Конституции представили на шестом заседании комиссии"  # "| Kazinform" cut
    assert doc.published_at == datetime(2026, 1, 30, 14, 35, tzinfo=timezone.utc)  # "19:35, 30 Январь 2026 | GMT +5"
    assert doc.kind == "news" and doc.language == "ru"
    assert doc.canonical_url.endswith("-a41c9e")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Документ состоит из преамбулы, 11 разделов и 95 статей."  # the lead comes first
    assert paragraphs[1].startswith("АСТАНА. KAZINFORM")
    assert paragraphs[-1].startswith("Напомним, на заседании 29 января")
    assert "– отметил Нурмуханов." in doc.text
    # read-also blocks inside the body (a labelled paragraph and a box), tags, share and photo credit are gone
    for boilerplate in ("Читайте также", "Первое заседание Конституционной комиссии прошло", "пришла к выводу о необходимости",
                        "Фото", "Конституционная комиссия\n", "Telegram", "Последние новости", "Курс тенге", "©"):
        assert boilerplate not in doc.text, boilerplate


def test_kazakh_article_with_referendum_figures(sample_page):
    doc = kazinform.parse(sample_page(KK))
    assert doc.language == "kk"
    assert doc.title == "ОСК референдумның алдын ала қорытындысын жариялады"
    assert doc.published_at == datetime(2026, 3, 16, 6, 20, tzinfo=timezone.utc)  # "11:20, 16 Наурыз 2026"
    for figure in ("12 482 613", "9 127 192", "73,12", "7 954 667", "87,15", "898 099", "146 558"):
        assert figure in doc.text
    assert "деді Нұрлан Әбдіров" in doc.text
    # a paragraph that is only a link and the "Оқи отырыңыз" box are teasers, not text
    assert "Конституциялық референдум басталды" not in doc.text
    assert "Оқи отырыңыз" not in doc.text and "Сурет" not in doc.text


def test_english_article(sample_page):
    doc = kazinform.parse(sample_page(EN))
    assert doc.language == "en"
    assert doc.title == "Final draft of Kazakhstan's new Constitution published ahead of referendum"
    assert doc.published_at == datetime(2026, 2, 12, 4, 10, tzinfo=timezone.utc)
    assert '," Balaeva said.' in doc.text
    assert "Read also" not in doc.text


def test_reprint_of_a_press_release_keeps_its_text(sample_page):
    doc = kazinform.parse(sample_page(REPRINT))
    assert doc.title == "Токаев подписал Указ о Конституционной комиссии"
    assert "сообщает пресс-служба Акорды" in doc.text
    assert "Читайте также" not in doc.text


def test_missing_date_line_gives_a_warning(sample_page, sample_bytes):
    html = sample_bytes(RU).replace("19:35, 30 Январь 2026 | GMT +5".encode(), b"")
    doc = kazinform.parse(sample_page(RU, body=html))
    assert doc.published_at is None and doc.warnings == ["no publication date found"]


def test_missing_body_is_a_parse_error(sample_page, sample_bytes):
    html = sample_bytes(RU).replace(b'class="article__body-text"', b'class="article__content-new"')
    with pytest.raises(ParseError, match=r"kazinform: no article body \(div.article__body-text"):
        kazinform.parse(sample_page(RU, body=html))


def test_empty_body_is_a_parse_error(sample_page):
    html = ("<html><head><meta property='og:title' content='T | Kazinform'></head><body>"
            "<div class='article__body-text'><p><a href='/x'>Ссылка</a></p></div></body></html>")
    with pytest.raises(ParseError, match="body is empty"):
        kazinform.parse(sample_page(RU, body=html.encode()))


def test_wrongly_declared_charset_is_recorded(sample_page, sample_bytes):
    html = sample_bytes(RU).decode("utf-8").replace('<meta charset="UTF-8">', '<meta charset="windows-1251">')
    doc = kazinform.parse(sample_page(RU, body=html.encode("utf-8"), content_type="text/html; charset=utf-8"))
    assert doc.title.startswith("Первый проект")  # the HTTP header's utf-8 decodes the bytes


def test_article_urls():
    pattern = re.compile(kazinform.SOURCE.article_url)
    assert pattern.match("https://www.inform.kz/ru/pervyy-proekt-novoy-konstitucii-predstavili-na-shestom-zasedanii-komissii-a41c9e")
    assert pattern.match("https://kaz.inform.kz/osk-referendumnyn-aldyn-ala-qorytyndysyn-zhariyalady-7c41d2")
    assert pattern.match("https://qazinform.com/news/final-draft-of-kazakhstans-new-constitution-published-ahead-of-referendum-3e9a10")
    assert not pattern.match("https://www.inform.kz/ru/politika")
