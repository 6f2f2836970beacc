"""Word downloads (the drafts of 2026, adilet's /download/docx) → blocks, one per printed line.

A Word paragraph can hold line breaks ("V бөлім\\nҮкімет"): each line is its own block, so the section
heading and its title are read the same way as when they are two paragraphs.
"""
from __future__ import annotations

import io
import zipfile

from pipeline.legal.model import Block
from pipeline.sources.base import ParseError


def docx_blocks(data: bytes) -> list[Block]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ParseError(f"unreadable DOCX: {exc}") from exc
    blocks: list[Block] = []
    for paragraph in _body_paragraphs(document):
        for line in paragraph.replace("\r", "\n").replace("\v", "\n").split("\n"):
            if line.strip():
                blocks.append(Block(line))
    return blocks


def _body_paragraphs(document) -> list[str]:
    """Paragraph texts in reading order, tables included (some editions lay out headings in a table)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
    return out
