from __future__ import annotations

import pytest

from pipeline.legal import headings


@pytest.mark.parametrize("line, number", [
    ("Статья 1", "1"), ("Статья 83-1", "83-1"), ("Статья 12.", "12"), ("94-1-бап", "94-1"), ("5-бап", "5"),
    ("Article 7", "7"),
    ("Статья 41 Конституции применяется", None),  # body text, not a heading
    ("статьи 5", None),
])
def test_article_headings_are_whole_lines(line, number):
    assert headings.article_number(line) == number


@pytest.mark.parametrize("line, found", [
    ("Раздел I.", ("I", "")),
    ("Раздел II", ("II", "")),
    ("Раздел VIII Местное государственное управление", ("VIII", "Местное государственное управление")),
    ("Раздел I. Основы конституционного строя", ("I", "Основы конституционного строя")),
    ("І бөлім", ("I", "")),  # Cyrillic І, as the Kazakh draft prints it
    ("V бөлім Үкімет", ("V", "Үкімет")),
    ("Section III. The President", ("III", "The President")),
    ("Раздел II конституции", None),  # lower case: a sentence
    ("VI-бөлімнің тақырыбы жаңа редакцияда", None),
    ("Раздел IIII", None),
])
def test_section_headings(line, found):
    assert headings.section_heading(line) == found


@pytest.mark.parametrize("line", [
    "Сноска. Статья 2 с изменениями", "Примечание. См. нормативные постановления", "Примечание ИЗПИ! ",
    "Ескерту. 2-бапқа өзгерістер енгізілді", "Ескертпе. ҚР Конституциялық Сотының", "См. нормативное постановление",
])
def test_editorial_notes(line):
    assert headings.is_note(line.replace("!", "."))


def test_ordinary_sentences_are_not_notes():
    assert not headings.is_note("Сносками оформляются изменения.")
    assert not headings.is_note("1. Примечания к закону публикуются.")


def test_number_order_puts_inserted_articles_in_place():
    assert sorted(["84", "83-1", "83", "9"], key=headings.number_key) == ["9", "83", "83-1", "84"]
