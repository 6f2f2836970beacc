from datetime import datetime, timezone

from selectolax.lexbor import LexborHTMLParser

from pipeline.extract import extract
from pipeline.extract.metadata import page_title, published_at

BODY = "<p>" + "Члены комиссии обсудили проект новой Конституции и порядок приёма предложений. " * 6 + "</p>"


def test_title_drops_the_site_name_when_there_is_no_heading():
    tree = LexborHTMLParser("<html><head><title>Проект опубликован | Dala News</title></head><body></body></html>")
    assert page_title(tree) == "Проект опубликован"
    tree = LexborHTMLParser("<html><head><title>Вестник :: Проект опубликован для обсуждения</title></head></html>")
    assert page_title(tree) == "Проект опубликован для обсуждения"


def test_a_logo_in_h1_is_not_the_title():
    html = ("<html><head><meta property='og:title' content='Итоги референдума'></head><body>"
            "<h1 class='logo'>Dala News</h1><h1>Итоги референдума</h1></body></html>")
    assert page_title(LexborHTMLParser(html)) == "Итоги референдума"


def test_date_sources_in_order_and_in_utc():
    meta = "<html><head><meta property='article:published_time' content='2026-03-16T10:30:00+05:00'></head></html>"
    assert published_at(LexborHTMLParser(meta), meta, "https://e.kz/") == datetime(2026, 3, 16, 5, 30, tzinfo=timezone.utc)
    printed = "<html><body><div><h1>Итоги</h1><span class='news-date'>16 марта 2026, 10:30</span></div></body></html>"
    assert published_at(LexborHTMLParser(printed), printed, "https://e.kz/") == datetime(2026, 3, 16, 5, 30, tzinfo=timezone.utc)
    bare = "<html><body><h1>Итоги</h1></body></html>"
    assert published_at(LexborHTMLParser(bare), bare, "https://e.kz/2026/03/16/itogi/") == datetime(2026, 3, 15, 19, 0, tzinfo=timezone.utc)


def test_relative_dates_use_the_fetch_time():
    html = f"<html><body><h1>Итоги</h1><time class='date'>Вчера, 14:05</time><div>{BODY}</div></body></html>"
    fetched = datetime(2026, 3, 17, 6, 0, tzinfo=timezone.utc)
    result = extract(html.encode(), "https://e.kz/n/1", fetched_at=fetched)
    assert result.published_at == datetime(2026, 3, 16, 9, 5, tzinfo=timezone.utc)


def test_language_comes_from_the_text_not_a_wrong_declaration():
    kazakh = "<p>" + "Комиссия мүшелерінің айтуынша, талқылау барысында жобаның мәтіні өзгеруі мүмкін. " * 5 + "</p>"
    result = extract(f"<html lang='ru'><body><h1>Жоба</h1><div>{kazakh}</div></body></html>".encode(), "https://e.kz/")
    assert result.language == "kk" and result.method == "fast"
