"""ParsedLaw → rows of the `articles` and `sections` tables (lists of plain dicts).

Ids are built from what the row is, not from when it was made: `<version_id>:<language>:<article_number>`
(the preamble's number is "preamble"), so a re-run over the same texts gives the same ids.
"""
from __future__ import annotations

import re

from pipeline.legal import headings
from pipeline.legal.model import Article, ParsedLaw
from pipeline.legal.textnorm import comparison_text
from pipeline.documents.text import content_sha256

# "Статья 84 исключена ...", "84-бап алып тасталды ...": the article survives only as its number.
_REPEALED = re.compile(r"(исключен|утратил[аи]? силу|алып тасталды|күші жойылды|excluded|repealed)", re.I)

ARTICLE_COLUMNS = {
    "article_id": "str",
    "version_id": "str",
    "language": "str",
    "section_number": "str | None",
    "section_title": "str | None",
    "article_number": "str",
    "article_ordinal": "int",
    "title": "str | None",
    "points": "list[str]",
    "text": "str",
    "notes": "list[str]",
    "repealed": "bool",
    "anchor": "str | None",
    "text_sha256": "str",
}


def article_id(version_id: str, language: str, number: str) -> str:
    return f"{version_id}:{language}:{number}"


def article_rows(parsed: ParsedLaw) -> list[dict]:
    """The preamble (when the text has one) and every article, in printed order."""
    articles = ([parsed.preamble] if parsed.preamble else []) + parsed.articles
    return [_row(parsed, article) for article in articles]


def _row(parsed: ParsedLaw, article: Article) -> dict:
    text = "\n".join(article.paragraphs)
    points = [n for n in (headings.point_number(p) for p in article.paragraphs) if n]
    return {
        "article_id": article_id(parsed.version_id, parsed.language, article.number),
        "version_id": parsed.version_id,
        "language": parsed.language,
        "section_number": article.section_number,
        "section_title": article.section_title,
        "article_number": article.number,
        "article_ordinal": article.ordinal,
        "title": article.title,
        "points": points,
        "text": text,
        "notes": list(article.notes),
        "repealed": not text and any(_REPEALED.search(note) for note in article.notes),
        "anchor": article.anchor,
        "text_sha256": content_sha256(comparison_text(text)),
    }


def section_rows(parsed: ParsedLaw) -> list[dict]:
    """One row per section with the articles it holds; section-level notes live here, not in articles."""
    rows = []
    for ordinal, section in enumerate(parsed.sections, start=1):
        numbers = [a.number for a in parsed.articles if a.section_number == section.number]
        rows.append({
            "section_id": f"{parsed.version_id}:{parsed.language}:section:{section.number}",
            "version_id": parsed.version_id,
            "language": parsed.language,
            "section_number": section.number,
            "section_ordinal": ordinal,
            "section_value": headings.roman_value(section.number) if headings.is_roman(section.number) else None,
            "section_title": section.title,
            "first_article": numbers[0] if numbers else None,
            "last_article": numbers[-1] if numbers else None,
            "article_count": len(numbers),
            "notes": list(section.notes),
        })
    return rows
