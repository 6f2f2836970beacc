"""The one structure parser: any block stream → header, preamble, sections, articles, notes.

Every format ends here, so the rules for what is a heading, what is editorial matter and where the
preamble starts live in one place and give the same rows whatever the source format was.
"""
from __future__ import annotations

from typing import Iterable

from pipeline.legal import headings
from pipeline.legal.model import Article, Block, ParsedLaw, Section
from pipeline.legal.textnorm import clean_line
from pipeline.sources.base import ParseError

_LONG_SECTION_TITLE = 250


def classify(block: Block) -> tuple[str, str | None, str]:
    """(kind, number, remaining text) of a block, trusting the format's own typing when it has one."""
    text = clean_line(block.text)
    if block.kind == "note" or (block.kind in (None, "paragraph") and headings.is_note(text)):
        return "note", None, text
    if block.kind == "article":
        number = block.number or headings.article_number(text)
        return "article", number, ""
    if block.kind == "section":
        found = headings.section_heading(text)
        if block.number:
            number = headings.roman_latin(block.number)
            return "section", number, found[1] if found else text
        if found:
            return "section", found[0], found[1]
        return "section", None, text
    if block.kind in ("section_title", "article_title", "paragraph"):
        return block.kind, None, text
    number = headings.article_number(text)
    if number:
        return "article", number, ""
    found = headings.section_heading(text)
    if found:
        return "section", found[0], found[1]
    return "paragraph", None, text


def build_law(blocks: Iterable[Block], version_id: str, language: str, source_format: str) -> ParsedLaw:
    law = ParsedLaw(version_id=version_id, language=language, source_format=source_format)
    state = "front"  # front → preamble → section_title ⇄ article
    section: Section | None = None
    article: Article | None = None
    document_notes: list[str] = []

    for block in blocks:
        kind, number, text = classify(block)
        if kind == "paragraph" and not text:
            continue
        if kind == "note":
            if article is not None and state == "article":
                article.notes.append(text)
            elif section is not None:
                section.notes.append(text)
            elif law.preamble is not None:
                law.preamble.notes.append(text)
            else:
                document_notes.append(text)
            continue
        if kind == "section":
            if not number:
                law.warnings.append(f"section heading without a readable numeral: {text[:80]!r}")
                number = str(len(law.sections) + 1)
            section = Section(number=number, title=text)
            law.sections.append(section)
            article = None
            state = "section_title"
            continue
        if kind == "article":
            if not number:
                raise ParseError(f"article heading without a number: {block.text[:80]!r}")
            article = Article(
                number=number,
                ordinal=len(law.articles) + 1,
                section_number=section.number if section else None,
                section_title=section.title if section else None,
                anchor=block.anchor,
            )
            law.articles.append(article)
            state = "article"
            continue
        if kind == "article_title":
            if article is not None:
                article.title = f"{article.title} {text}".strip() if article.title else text
            continue
        if kind == "section_title" or state == "section_title":
            if section is None:
                law.warnings.append(f"section title outside any section: {text[:80]!r}")
                continue
            section.title = f"{section.title} {text}".strip()
            continue
        if state == "article" and article is not None:
            article.paragraphs.append(text)
        elif state == "preamble" and law.preamble is not None:
            law.preamble.paragraphs.append(text)
        elif state == "front" and headings.opens_preamble(text):
            law.preamble = Article(number="preamble", ordinal=0, paragraphs=[text])
            state = "preamble"
        elif state == "front":
            law.header.append(text)
        else:
            law.warnings.append(f"text outside any article dropped into the header: {text[:80]!r}")
            law.header.append(text)

    if document_notes:
        # Notes printed before the preamble or the first heading concern the whole act.
        law.header.extend(document_notes)
        law.warnings.append(f"{len(document_notes)} note(s) before the first article kept in the header")
    _check(law)
    return law


def _check(law: ParsedLaw) -> None:
    if not law.articles:
        raise ParseError(
            f"no article headings found in {law.source_format} text of {law.version_id} ({law.language}); "
            f"{len(law.header)} header line(s), {len(law.sections)} section(s)"
        )
    for section in law.sections:
        if len(section.title) > _LONG_SECTION_TITLE:
            law.warnings.append(f"section {section.number} title is {len(section.title)} characters long")
    seen: set[str] = set()
    previous: tuple[int, ...] = ()
    for article in law.articles:
        if article.number in seen:
            law.warnings.append(f"article {article.number} appears twice")
        seen.add(article.number)
        key = headings.number_key(article.number)
        if key <= previous:
            law.warnings.append(f"article {article.number} follows {'-'.join(map(str, previous))} out of order")
        previous = key
        if not article.paragraphs and not article.notes:
            law.warnings.append(f"article {article.number} has no text")
    if law.preamble is None:
        law.warnings.append("no preamble found")
