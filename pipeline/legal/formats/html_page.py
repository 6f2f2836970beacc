"""Any other HTML page holding a constitution's text (akorda.kz's English page, a newspaper's reprint).

There are no selectors to trust, so the text is read from the page's main container (`article`, `main`,
else `body`) as headings, paragraphs and list items in document order; the structure parser then finds
the headings in the text itself.
"""
from __future__ import annotations

from pipeline.documents.html import decode_html, paragraphs, parse_html
from pipeline.legal.model import Block
from pipeline.sources.base import ParseError

_CONTAINERS = ("article", "main", "[role=main]", "body")
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li")


def html_page_blocks(data: bytes | str, content_type: str = "") -> tuple[list[Block], list[str]]:
    if isinstance(data, bytes):
        text, warnings = decode_html(data, content_type)
    else:
        text, warnings = data, []
    tree = parse_html(text)
    for container in _CONTAINERS:
        root = tree.css_first(container)
        if root is None:
            continue
        # A list item wrapping paragraphs would repeat their text.
        nodes = [n for n in root.css(", ".join(_BLOCK_TAGS)) if n.tag != "li" or n.css_first("p") is None]
        lines = paragraphs(nodes)
        if lines:
            return [Block(line) for line in lines], warnings
    raise ParseError("HTML page has no headings, paragraphs or list items with text")
