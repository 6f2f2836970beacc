"""The editions of 1995 in /work/shared/corpus parse as corpus/README.md says they must."""
from __future__ import annotations

import re

from pipeline.legal.align import align_languages, align_versions
from pipeline.legal.diff import article_changes

BEFORE_2022 = ("constitution-1995-before-2022.rus.md", "md", "1995-ed-2019-03", "ru")
JUNE_2022 = ("constitution-1995-amended-2022-06.rus.md", "md", "1995-ed-2022-06", "ru")
PDF_RU = ("k950001000_.01-01-2023.rus.pdf", "pdf", "1995-ed-2022-09", "ru")
PDF_KK = ("k950001000_.01-01-2023.kaz.pdf", "pdf", "1995-ed-2022-09", "kk")
ADOPTED_2026 = ("constitution-2026.rus.txt", "txt", "2026-final", "ru")


def _numbers(*ranges):
    out = []
    for part in ranges:
        out.extend([str(n) for n in range(part[0], part[1] + 1)] if isinstance(part, tuple) else [part])
    return out


def _articles(rows):
    return [r for r in rows if r["article_number"] != "preamble"]


def test_markdown_editions_have_the_listed_headings(corpus_rows):
    before = corpus_rows(*BEFORE_2022)
    june = corpus_rows(*JUNE_2022)
    assert [r["article_number"] for r in _articles(before)] == _numbers((1, 94), "94-1", (95, 98))
    assert [r["article_number"] for r in _articles(june)] == _numbers((1, 83), "83-1", (84, 94), "94-1", (95, 99))
    for rows in (before, june):
        assert rows[0]["article_number"] == "preamble" and rows[0]["text"].startswith("Мы, народ Казахстана,")
        assert len({r["section_number"] for r in _articles(rows)}) == 9


def test_pdfs_have_102_headings_and_no_editorial_matter_in_articles(corpus_rows, corpus_law):
    expected = _numbers((1, 83), "83-1", (84, 94), "94-1", "94-2", (95, 99))
    editorial = re.compile(r"Сноска|Примечание|Ескерту|Ескертпе|қараңыз|См\. нормативн|-НП\b|-НҚ\b|©")
    for spec, footnote in ((PDF_RU, "Сноска"), (PDF_KK, "Ескерту")):
        rows = corpus_rows(*spec)
        law = corpus_law(*spec)
        assert rows[0]["article_number"] == "preamble"
        assert [r["article_number"] for r in _articles(rows)] == expected
        assert [s.number for s in law.sections] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        assert not [r["article_number"] for r in rows if editorial.search(r["text"])]
        notes = [n for r in rows for n in r["notes"]] + [n for s in law.sections for n in s.notes]
        assert sum(n.startswith(footnote) for n in notes) == 64
        assert {r["article_number"] for r in rows if r["repealed"]} == {"84"}


def test_kazakh_pdf_aligns_with_russian_pdf(corpus_rows):
    pairs = align_languages(corpus_rows(*PDF_RU), corpus_rows(*PDF_KK))
    assert len(pairs) == 103
    assert sum(p["score"] == 1.0 for p in pairs) == 103


def test_september_2022_amendments_are_the_only_wording_changes(corpus_rows):
    june, pdf = corpus_rows(*JUNE_2022), corpus_rows(*PDF_RU)
    changes = {(c["article_number_a"], c["article_number_b"]): c for c in article_changes(june, pdf, align_versions(june, pdf))}
    assert changes[("41", "41")]["diff"][1:3] == [["-", "пять"], ["+", "семь"]]  # a seven-year term
    assert changes[(None, "94-2")]["change_type"] == "added"
    assert changes[("84", "84")]["change_type"] == "unchanged"  # repealed in both
    assert sum(c["change_type"] == "unchanged" for c in changes.values()) >= 85


def _by_content(rows, *needles):
    found = [r for r in rows if all(n in r["text"] for n in needles)]
    assert len(found) == 1, (needles, [r["article_number"] for r in found])
    return found[0]


def test_june_2022_to_2026_finds_president_kurultai_and_drops_the_senate(corpus_rows):
    old, new = corpus_rows(*JUNE_2022), corpus_rows(*ADOPTED_2026)
    alignment = align_versions(old, new)
    partner = {p["article_number_a"]: p["article_number_b"] for p in alignment}
    changes = article_changes(old, new, alignment)
    kind = {c["article_number_a"]: c["change_type"] for c in changes if c["article_number_a"]}

    # June 2022 still had a five-year term; 2026 has one seven-year term, and the diff says so.
    term_old = _by_content(old, "Президент Республики Казахстан избирается", "сроком на пять лет")
    term_new = _by_content(new, "Президент Республики Казахстан избирается", "сроком на семь лет", "более одного раза")
    assert partner[term_old["article_number"]] == term_new["article_number"] == "43"
    term_change = next(c for c in changes if c["article_number_a"] == term_old["article_number"])
    assert ["-", "пять"] in term_change["diff"] and ["+", "семь"] in term_change["diff"]

    parliament = _by_content(old, "Парламент Республики Казахстан является высшим представительным органом")
    kurultai = _by_content(new, "Курултай Республики Казахстан – высший представительный орган")
    assert partner[parliament["article_number"]] == kurultai["article_number"]
    chambers = _by_content(old, "Парламент состоит из двух Палат")
    assert partner[chambers["article_number"]] == _by_content(new, "Курултай состоит из ста сорока пяти")["article_number"]

    senate = [r["article_number"] for r in old if r["text"].startswith(("К исключительному ведению Сената",
                                                                         "Каждая из Палат Парламента"))]
    assert senate and all(kind[n] == "removed" for n in senate)
