"""One structure parser for every format: the same sample text gives the same rows from each of them."""
from __future__ import annotations

import io

import docx
import pytest

from pipeline.legal.parse import parse_document
from pipeline.legal.rows import article_rows, section_rows

# What a reader checks in the sample: numbering, sections, points, notes kept out of the text.
EXPECTED = [
    ("preamble", None, [], "Мы, народ Казахстана,\nпринимаем эту Конституцию.", []),
    ("1", "I", ["1", "2"],
     "1. Казахстан является унитарной республикой с президентской формой правления.\n"
     "2. Столица Республики – город Астана.",
     ["Сноска. Статья 1 изменена законом от 01.02.2020 № 1-VII."]),
    ("2", "I", [], "Государственным языком является казахский язык.", []),
    ("3", "II", ["1", "2"],
     "1. Курултай состоит из ста сорока пяти депутатов.\n2. Депутаты Курултая избираются на пять лет.\n"
     "1) по партийным спискам;\n2) в порядке, определенном законом.",
     ["Примечание ИЗПИ. См. нормативное постановление Конституционного Суда от 02.02.2024 № 5-НП."]),
    ("3-1", "II", [], "Президент избирается на один срок продолжительностью семь лет.", []),
]


def _docx_from_text(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line.replace(" ", "\u00a0", 2))  # Word copies carry NBSPs
        document.add_paragraph("\u00a0")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _inputs(fixture_bytes, zan_pages_json):
    text = fixture_bytes("sample.ru.txt")
    return {
        "txt": text,
        "md": fixture_bytes("sample.ru.md"),
        "adilet_html": fixture_bytes("sample.adilet.html"),
        "zan_json": zan_pages_json,
        "docx": _docx_from_text(text.decode("utf-8")),
    }


@pytest.mark.parametrize("fmt", ["txt", "md", "adilet_html", "zan_json", "docx"])
def test_every_format_gives_the_expected_rows(fmt, fixture_bytes, zan_pages_json):
    law = parse_document(_inputs(fixture_bytes, zan_pages_json)[fmt], fmt, "sample", "ru")
    rows = article_rows(law)
    got = [(r["article_number"], r["section_number"], r["points"], r["text"], r["notes"]) for r in rows]
    assert got == EXPECTED
    assert [r["article_ordinal"] for r in rows] == [0, 1, 2, 3, 4]
    assert [r["article_id"] for r in rows][:2] == ["sample:ru:preamble", "sample:ru:1"]
    sections = section_rows(law)
    assert [(s["section_number"], s["section_title"], s["first_article"], s["last_article"]) for s in sections] == [
        ("I", "Основы строя", "1", "2"),
        ("II", "Курултай", "3", "3-1"),
    ]
    assert law.header == ["Конституция Республики Казахстан (учебный образец для тестов)"]
    assert not [w for w in law.warnings if "incomplete" in w]


def test_all_formats_hash_alike(fixture_bytes, zan_pages_json):
    hashes = {
        fmt: [r["text_sha256"] for r in article_rows(parse_document(data, fmt, "sample", "ru"))]
        for fmt, data in _inputs(fixture_bytes, zan_pages_json).items()
    }
    assert len({tuple(h) for h in hashes.values()}) == 1
