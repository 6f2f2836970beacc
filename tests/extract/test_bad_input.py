"""Bad input becomes an `errors` entry, never an exception."""
import time

import pytest

from pipeline.extract import extract

ARTICLE = (
    "<p>Конституционная комиссия передала Президенту окончательный вариант проекта Конституции.</p>"
    "<p>Голосование состоится 15 марта 2026 года, на референдум выносится вопрос о принятии новой Конституции.</p>"
    "<p>Окончательный проект состоит из 11 разделов и 96 статей, на одну статью больше, чем в первом варианте.</p>"
)


def page(charset_meta: str = '<meta charset="utf-8">', article: str = ARTICLE, tail: str = "</body></html>") -> str:
    return (f"<!doctype html><html lang=\"ru\"><head>{charset_meta}<title>Референдум назначен</title></head><body>"
            f"<nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a></nav><h1>Референдум назначен</h1>"
            f"<div class=\"date\">11.02.2026, 21:10</div><div class=\"text\">{article}</div>{tail}")


@pytest.mark.parametrize("body", [b"", b"   \n\t  "])
def test_empty_body(body):
    result = extract(body, "https://example.kz/a")
    assert result.text == "" and result.errors == ["empty body"]


@pytest.mark.parametrize("body, content_type, what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "text/html", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ZIP"),
    (b'{"id": 5, "title": "\xd0\xa0\xd0\xb5\xd1\x84"}', "application/json", "JSON"),
    (b"Just a plain text file about the referendum, no markup at all.\n", "text/plain", "no HTML markup"),
    (b"\x00\x01\x02\x03garbage\x00", "", "binary"),
])
def test_non_html_bodies_are_refused_with_the_reason(body, content_type, what):
    result = extract(body, "https://example.kz/file", content_type)
    assert result.text == ""
    assert len(result.errors) == 1 and result.errors[0].startswith("not an HTML page") and what.lower() in result.errors[0].lower()


def test_windows_1251_without_a_declared_charset_is_read():
    result = extract(page(charset_meta="").encode("cp1251"), "https://example.kz/a")
    assert "окончательный вариант проекта Конституции" in result.text
    assert result.title == "Референдум назначен" and result.language == "ru"
    assert any("windows-1251" in e for e in result.errors)


def test_a_wrong_declared_charset_is_noticed_either_way():
    utf8_declared_but_cp1251 = extract(page().encode("cp1251"), "https://example.kz/a")
    assert "окончательный вариант" in utf8_declared_but_cp1251.text
    assert any("'utf-8' does not decode" in e for e in utf8_declared_but_cp1251.errors)

    cp1251_declared_but_utf8 = extract(page('<meta charset="windows-1251">').encode("utf-8"), "https://example.kz/a")
    assert "окончательный вариант" in cp1251_declared_but_utf8.text
    assert any("'windows-1251' is wrong" in e for e in cp1251_declared_but_utf8.errors)

    header_says_koi8 = extract(page("").encode("utf-8"), "https://example.kz/a", "text/html; charset=koi8-r")
    assert "окончательный вариант" in header_says_koi8.text


def test_truncated_html_keeps_what_arrived():
    body = page().encode("utf-8")
    cut = body[: body.index("Окончательный проект".encode()) + 7]  # mid-sentence and mid-character
    result = extract(cut, "https://example.kz/a")
    assert "Голосование состоится 15 марта 2026 года" in result.text
    assert any("truncated" in e for e in result.errors)
    assert any("middle of a UTF-8 character" in e for e in result.errors)
    assert result.title == "Референдум назначен"  # not mojibake from a windows-1251 guess


def test_a_10_mb_page_is_read_in_bounded_time():
    comments = "".join(f"<div class=\"c{i % 7}\"><p>Комментарий номер {i}: согласен с автором, жду референдума.</p></div>"
                       for i in range(120_000))
    body = page(tail=f"<section>{comments}</section></body></html>").encode("utf-8")
    assert len(body) > 10_000_000
    start = time.perf_counter()
    result = extract(body, "https://example.kz/a")
    assert time.perf_counter() - start < 30
    assert any("MB" in e and "first" in e for e in result.errors)
    assert result.title == "Референдум назначен"


def test_markup_without_any_text_says_so():
    result = extract(b"<html><head><title>x</title></head><body><div><img src=a.png></div></body></html>", "https://e.kz/")
    assert result.text == "" and any("no main text" in e for e in result.errors)


def test_broken_markup_does_not_raise():
    body = b"<html><body><div><p>Unclosed <b>bold <i>and <table><tr><td>cell</div></p></span>" + b"<p>" * 5000
    result = extract(body, "https://e.kz/")
    assert isinstance(result.errors, list)
