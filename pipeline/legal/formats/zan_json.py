"""zan.gov.kz document API responses → blocks.

A response is one page of `content[]` nodes typed section / heading / article / point / text / note, with
`level` and `index`; a long act comes in `pagesCount` pages. The caller passes one response or a JSON list
of all pages in order; fewer pages than `pagesCount` is reported, never silently published as the whole act.

The node types are trusted, the wording is not: a `point` whose text lacks its number gets "N. " put back
in front, so the article text reads as printed, and a `heading` is the title of whatever came just before.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from pipeline.legal import headings
from pipeline.legal.model import Block
from pipeline.legal.textnorm import clean_line
from pipeline.sources.base import ParseError


@dataclass
class ZanDocument:
    blocks: list[Block]
    title: str | None = None
    version_date: str | None = None
    versions_count: int | None = None
    warnings: list[str] = field(default_factory=list)


def zan_json_document(data: bytes | str) -> ZanDocument:
    try:
        payload = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(f"zan.gov.kz response is not JSON: {exc}") from exc
    pages = payload if isinstance(payload, list) else [payload]
    if not pages or not all(isinstance(page, dict) for page in pages):
        raise ParseError("zan.gov.kz response is neither a document page object nor a list of them")
    document = ZanDocument(blocks=[])
    state = _NodeState()
    for number, page in enumerate(pages, start=1):
        content = page.get("content")
        if not isinstance(content, list):
            raise ParseError(f"zan.gov.kz page {number} has no content[] list")
        version = page.get("version") or {}
        if document.title is None:
            document.title = ((version.get("metadata") or {}).get("title") or None)
            document.version_date = version.get("versionDate")
            document.versions_count = page.get("versionsCount")
        for index, node in enumerate(content):
            if not isinstance(node, dict):
                document.warnings.append(f"page {number} node {index} is not an object")
                continue
            block = _node_block(node, state)
            if block is None:
                document.warnings.append(f"page {number} node {index} of type {node.get('type')!r} has no text")
                continue
            document.blocks.append(block)
            state.last_kind = block.kind
    expected = pages[0].get("pagesCount")
    if isinstance(expected, int) and expected > len(pages):
        document.warnings.append(f"only {len(pages)} of {expected} pages given: the act is incomplete")
    if not document.blocks:
        raise ParseError("zan.gov.kz response has no content nodes with text")
    return document


@dataclass
class _NodeState:
    last_kind: str | None = None
    point_level: int | None = None  # level of the first point of the current article: its top-level points


def _node_block(node: dict, state: _NodeState) -> Block | None:
    last_kind = state.last_kind
    kind = str(node.get("type") or "").lower()
    text = clean_line(str(node.get("text") or ""))
    index = node.get("index")
    index = str(index).strip() if index not in (None, "") else None
    if kind == "section":
        found = headings.section_heading(text)
        if found:
            return Block(text, kind="section", number=found[0])
        return Block(text, kind="section", number=index) if index else None
    if kind == "article":
        number = headings.article_number(text) or _article_index(index)
        if number is None:
            return None
        state.point_level = None
        return Block(text or f"Статья {number}", kind="article", number=number)
    if kind == "heading":
        if not text:
            return None
        if last_kind in ("article", "article_title"):
            return Block(text, kind="article_title")
        if last_kind in ("section", "section_title"):
            return Block(text, kind="section_title")
        return Block(text)  # a heading before any structure is the act's title: header matter
    if kind == "note":
        return Block(text, kind="note") if text else None
    if not text:
        return None
    if kind == "point" and index and not text.startswith(index):
        # Points ("1.") and sub-points ("1)") share the type; a sub-point sits deeper than the article's first point.
        level = _level(node)
        if state.point_level is None:
            state.point_level = level
        marker = f"{index})" if level > state.point_level else f"{index}."
        text = f"{marker} {text}"
    return Block(text, kind="paragraph")


def _article_index(index: str | None) -> str | None:
    if index and headings.number_key(index) and all(p.isdigit() for p in index.split("-")):
        return index
    return None


def _level(node: dict) -> int:
    try:
        return int(node.get("level") or 0)
    except (TypeError, ValueError):
        return 0
