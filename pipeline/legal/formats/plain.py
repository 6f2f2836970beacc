"""Plain text and Markdown: one printed line per line.

Markdown copies of the Constitution use headings (`#`), emphasis and list markers only as typography;
they are stripped so that "## Статья 5" and "Статья 5" are the same heading.
"""
from __future__ import annotations

import re

from pipeline.legal.model import Block

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_QUOTE = re.compile(r"^\s*>+\s?")
_MD_BULLET = re.compile(r"^\s*[*+-]\s+(?=\S)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^\s*([-*_])\s*(\1\s*){2,}$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


def text_blocks(text: str) -> list[Block]:
    return [Block(line) for line in text.splitlines() if line.strip()]


def markdown_blocks(text: str) -> list[Block]:
    blocks = []
    for line in text.splitlines():
        if _MD_RULE.match(line):
            continue
        line = _MD_HEADING.sub("", line)
        line = _MD_QUOTE.sub("", line)
        line = _MD_BULLET.sub("", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = _MD_ESCAPE.sub(r"\1", line)
        line = line.rstrip("#").rstrip() if line.rstrip().endswith(" #") else line
        if line.strip():
            blocks.append(Block(line))
    return blocks
