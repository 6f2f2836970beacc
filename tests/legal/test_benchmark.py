"""Parse and alignment timings on the real corpus (slow: run with `-m slow -s` to print them)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipeline.legal import align_versions, article_changes, article_rows, change_summary, parse_document

CORPUS = Path("/work/shared/corpus")
FILES = [
    ("constitution-2026.rus.txt", "txt", "2026-final", "ru"),
    ("constitution-1995-before-2022.rus.md", "md", "1995-ed-2019-03", "ru"),
    ("constitution-1995-amended-2022-06.rus.md", "md", "1995-ed-2022-06", "ru"),
    ("constitution-2026-draft-2026-02-12.rus.docx", "docx", "2026-draft-02-12", "ru"),
    ("constitution-2026-draft-2026-02-12.kaz.docx", "docx", "2026-draft-02-12", "kk"),
    ("k950001000_.01-01-2023.rus.pdf", "pdf", "1995-ed-2022-09", "ru"),
    ("k950001000_.01-01-2023.kaz.pdf", "pdf", "1995-ed-2022-09", "kk"),
]


@pytest.mark.slow
def test_print_parse_and_alignment_timings():
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} absent: the shared reference corpus is needed for timings")
    rows = {}
    for name, fmt, version_id, language in FILES:
        data = (CORPUS / name).read_bytes()
        start = time.perf_counter()
        law = parse_document(data, fmt, version_id, language)
        elapsed = time.perf_counter() - start
        rows[name] = article_rows(law)
        notes = sum(len(r["notes"]) for r in rows[name]) + sum(len(s.notes) for s in law.sections)
        print(f"{name}: {elapsed:.2f} s, {len(law.sections)} sections, {len(law.articles)} articles, "
              f"preamble={'yes' if law.preamble else 'no'}, {notes} notes")
    old, new = rows[FILES[2][0]], rows[FILES[0][0]]
    start = time.perf_counter()
    alignment = align_versions(old, new)
    changes = article_changes(old, new, alignment)
    print(f"align + diff 1995-ed-2022-06 -> 2026-final: {time.perf_counter() - start:.2f} s, "
          f"{len(alignment)} pairs, {change_summary(changes)}")
