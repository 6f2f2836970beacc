"""adilet.zan.kz document pages → blocks.

The act is inside `<article>`; every article heading is an `h3` with an `id` anchor (kept, so a row can
link to the article on adilet), paragraphs are `p`, and `<br>` also breaks lines. A page without
`<article>` is not a document page (a search result, an error page): that is an error, not an empty law.
"""
from __future__ import annotations

import re

from pipeline.documents.html import decode_html, paragraphs, parse_html
from pipeline.legal.model import Block
from pipeline.sources.base import ParseError

_BLOCK_SELECTOR = ", ".join(f"article {tag}" for tag in ("h1", "h2", "h3", "h4", "h5", "p"))
_ARTICLE_HEADING = re.compile(
    r"^(?:Статья\s+(?P<ru>\d+(?:-\d+)?)|(?P<kk>\d+(?:-\d+)?)\s*-\s*бап|Article\s+(?P<en>\d+(?:-\d+)?))"
    r"\s*\.?\s*(?P<title>.*)$",
    re.I | re.S,
)


def adilet_html_blocks(data: bytes | str, content_type: str = "") -> tuple[list[Block], list[str]]:
    if isinstance(data, bytes):
        text, warnings = decode_html(data, content_type)
    else:
        text, warnings = data, []
    tree = parse_html(text)
    if tree.css_first("article") is None:
        raise ParseError("adilet page has no <article> element: not a document page")
    blocks: list[Block] = []
    for node in tree.css(_BLOCK_SELECTOR):
        if node.tag == "p" and _inside_note(node):
            for line in paragraphs([node]):
                blocks.append(Block(line, kind="note"))
            continue
        lines = paragraphs([node])
        if node.tag == "h3" and lines:
            m = _ARTICLE_HEADING.match(lines[0])
            if m:
                number = m.group("ru") or m.group("kk") or m.group("en")
                blocks.append(Block(lines[0], kind="article", number=number, anchor=node.attributes.get("id")))
                title = m.group("title").strip()
                if title:
                    blocks.append(Block(title, kind="article_title"))
                blocks.extend(Block(line) for line in lines[1:])
                continue
        blocks.extend(Block(line) for line in lines)
    if not blocks:
        raise ParseError("adilet page's <article> holds no headings or paragraphs")
    return blocks, warnings


def _inside_note(node) -> bool:
    """adilet marks editorial notes with a `note` class on the paragraph or on an element holding all its text."""
    if _has_note_class(node):
        return True
    text = node.text(strip=True)
    return bool(text) and any(
        _has_note_class(child) and child.text(strip=True) == text for child in node.iter(include_text=False)
    )


def _has_note_class(node) -> bool:
    return any(c.startswith("note") for c in (node.attributes.get("class") or "").split())
