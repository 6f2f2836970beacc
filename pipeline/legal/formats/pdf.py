"""adilet PDF downloads → blocks.

pypdf gives the printed lines, in layout mode: its default mode emits the text of hyperlinks (references
to other articles) after the rest of the line, scrambling the word order ("предусмотренные и статьи 72
Конституции, осуществляет пунктами 1 2"); layout mode keeps the order at about 3x the time. adilet indents the first line of every paragraph (points, notes, preamble
lines) and prints headings flush left, so indentation is what tells a new paragraph from a wrapped line.
The last page ends with the database's copyright footer, which is not law text.
"""
from __future__ import annotations

import io
import re

from pipeline.legal import headings
from pipeline.legal.model import Block
from pipeline.legal.textnorm import join_wrapped
from pipeline.sources.base import ParseError

_INDENT = re.compile(r"^\s{2,}\S")
_FOOTER = re.compile(r"^\s*©\s*\d{4}")


def pdf_lines(data: bytes) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"unreadable PDF: {exc}") from exc
    if not any(page.strip() for page in pages):
        raise ParseError(f"PDF has {len(pages)} page(s) but no extractable text (a scan needs OCR)")
    lines: list[str] = []
    for page in pages:
        for line in page.splitlines():
            if _FOOTER.match(line):
                break  # the copyright footer runs to the end of its page
            lines.append(line)
    return lines


def lines_to_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    after_article_heading = False
    seen_indent = False  # the title lines above the first indented paragraph are separate lines

    def flush() -> None:
        if paragraph:
            blocks.append(Block(join_wrapped(paragraph)))
            paragraph.clear()

    for line in lines:
        if not line.strip():
            continue
        stripped = line.strip()
        is_article = headings.article_number(stripped) is not None
        is_section = headings.section_heading(stripped) is not None
        # A flush-left line continues the paragraph above, except headings and what follows an article
        # heading (a section heading does take its title from the next line: "Раздел I." / "Общие положения").
        indented = bool(_INDENT.match(line))
        seen_indent = seen_indent or indented
        if indented or is_article or is_section or after_article_heading or not seen_indent:
            flush()
        paragraph.append(stripped)
        after_article_heading = is_article
    flush()
    return blocks


def pdf_blocks(data: bytes) -> list[Block]:
    return lines_to_blocks(pdf_lines(data))
