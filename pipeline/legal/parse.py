"""parse_document: an official text in any format → ParsedLaw.

Each format only turns its bytes into blocks (pipeline/legal/formats/); `structure.build_law` does the rest,
so a text yields the same rows from PDF, Word, plain text, Markdown, adilet HTML or zan.gov.kz JSON.
"""
from __future__ import annotations

from pipeline.legal.formats.adilet_html import adilet_html_blocks
from pipeline.legal.formats.docx import docx_blocks
from pipeline.legal.formats.html_page import html_page_blocks
from pipeline.legal.formats.pdf import pdf_blocks
from pipeline.legal.formats.plain import markdown_blocks, text_blocks
from pipeline.legal.formats.zan_json import zan_json_document
from pipeline.legal.model import ParsedLaw
from pipeline.legal.structure import build_law
from pipeline.sources.base import LANGUAGES, ParseError

FORMATS = ("pdf", "docx", "txt", "md", "adilet_html", "zan_json", "html")
_BINARY_FORMATS = ("pdf", "docx")


def parse_document(
    data: bytes | str, fmt: str, version_id: str, language: str, content_type: str = ""
) -> ParsedLaw:
    """Parse one official text; raises ParseError with the reason when it cannot be read as a law.

    `fmt` is one of FORMATS; "zan_json" takes one API response or a JSON list of all its pages.
    """
    if fmt not in FORMATS:
        raise ParseError(f"unknown legal text format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if language not in LANGUAGES:
        raise ParseError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    if fmt in _BINARY_FORMATS and isinstance(data, str):
        raise ParseError(f"{fmt} input must be bytes, got text")
    if not data:
        raise ParseError(f"empty {fmt} input")

    warnings: list[str] = []
    metadata: dict[str, str] = {}
    if fmt == "pdf":
        blocks = pdf_blocks(data)
    elif fmt == "docx":
        blocks = docx_blocks(data)
    elif fmt in ("txt", "md"):
        text, warnings = _decode_text(data)
        blocks = text_blocks(text) if fmt == "txt" else markdown_blocks(text)
    elif fmt == "adilet_html":
        blocks, warnings = adilet_html_blocks(data, content_type)
    elif fmt == "html":
        blocks, warnings = html_page_blocks(data, content_type)
    else:
        document = zan_json_document(data)
        blocks, warnings = document.blocks, document.warnings
        metadata = {
            key: str(value)
            for key, value in (
                ("title", document.title),
                ("version_date", document.version_date),
                ("versions_count", document.versions_count),
            )
            if value is not None
        }
    law = build_law(blocks, version_id=version_id, language=language, source_format=fmt)
    law.warnings[:0] = warnings
    law.metadata.update(metadata)
    return law


def _decode_text(data: bytes | str) -> tuple[str, list[str]]:
    if isinstance(data, str):
        return data, []
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError:
        pass
    # Older Kazakh and Russian text files are windows-1251; say so rather than guess silently.
    return data.decode("cp1251", errors="replace"), ["text is not UTF-8; decoded as windows-1251"]
