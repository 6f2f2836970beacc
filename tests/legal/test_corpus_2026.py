"""The texts of 2026 in /work/shared/corpus parse as corpus/README.md says they must."""
from __future__ import annotations

from pipeline.legal.align import align_languages, align_versions
from pipeline.legal.diff import article_changes, change_summary

TXT = ("constitution-2026.rus.txt", "txt", "2026-final", "ru")
DOCX_RU = ("constitution-2026-draft-2026-02-12.rus.docx", "docx", "2026-draft-02-12", "ru")
DOCX_KK = ("constitution-2026-draft-2026-02-12.kaz.docx", "docx", "2026-draft-02-12", "kk")
SECTION_RANGES = {"I": (1, 11), "II": (12, 41), "III": (42, 51), "IV": (52, 62), "V": (63, 69), "VI": (70, 71),
                  "VII": (72, 75), "VIII": (76, 86), "IX": (87, 91), "X": (92, 93), "XI": (94, 96)}


def _sections(rows):
    ranges = {}
    for row in rows:
        if row["article_number"] == "preamble":
            continue
        first, _ = ranges.get(row["section_number"], (int(row["article_number"]), 0))
        ranges[row["section_number"]] = (first, int(row["article_number"]))
    return ranges


def test_adopted_text_has_11_sections_and_96_articles(corpus_rows, corpus_law):
    rows = corpus_rows(*TXT)
    assert [r["article_number"] for r in rows] == [str(n) for n in range(1, 97)]
    assert _sections(rows) == SECTION_RANGES
    law = corpus_law(*TXT)
    assert law.preamble is None  # this copy lacks it
    titles = {s.number: s.title for s in law.sections}
    assert titles["VI"] == "Қазақстан Халық Кеңесі"
    assert len(law.header) == 3
    assert not any("K2600000000" in r["text"] or "pkzsk" in r["text"] for r in rows)


def test_drafts_have_preamble_11_sections_96_articles(corpus_rows, corpus_law):
    for spec, opener in ((DOCX_RU, "Мы, единый народ Казахстана,"), (DOCX_KK, "Біз, біртұтас Қазақстан халқы,")):
        rows = corpus_rows(*spec)
        assert rows[0]["article_number"] == "preamble" and rows[0]["text"].startswith(opener)
        assert [r["article_number"] for r in rows[1:]] == [str(n) for n in range(1, 97)]
        assert _sections(rows) == SECTION_RANGES
        assert not any(r["notes"] for r in rows)
        assert corpus_law(*spec).header[0] in ("ПРОЕКТ", "ЖОБА")


def test_kazakh_section_titles_split_or_shared_with_the_numeral(corpus_law):
    titles = {s.number: s.title for s in corpus_law(*DOCX_KK).sections}
    assert titles["V"] == "Үкімет"  # "V бөлім\nҮкімет" in one paragraph
    assert titles["VIII"] == "Сот төрелiгi. Прокуратура. Құқық қорғау тетіктері"  # continues in the next one
    assert "I" in titles  # printed with the Cyrillic letter І


def test_draft_and_adopted_text_differ_in_nothing(corpus_rows):
    draft = [r for r in corpus_rows(*DOCX_RU) if r["article_number"] != "preamble"]
    adopted = corpus_rows(*TXT)
    alignment = align_versions(draft, adopted)
    changes = article_changes(draft, adopted, alignment)
    assert change_summary(changes) == {"added": 0, "removed": 0, "modified": 0, "moved": 0, "unchanged": 96}
    assert {p["method"] for p in alignment} == {"same_number_same_text"}


def test_kazakh_and_russian_drafts_align_article_by_article(corpus_rows):
    pairs = align_languages(corpus_rows(*DOCX_RU), corpus_rows(*DOCX_KK))
    assert len(pairs) == 97
    assert all(p["method"] == "cross_language" and p["score"] == 1.0 for p in pairs)
