"""Decoding and reading HTML pages fast (selectolax/Lexbor: BeautifulSoup is too slow for thousands of pages)."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


def decode_html(body: bytes, content_type: str = "") -> tuple[str, list[str]]:
    """Bytes to text, trusting a charset only when the bytes agree with it.

    Returns the text and warnings (a wrong declared charset or a guessed one is recorded, not hidden).
    """
    warnings: list[str] = []
    declared: list[str] = []
    m = _HEADER_CHARSET.search(content_type or "")
    if m:
        declared.append(m.group(1).lower())
    m = _META_CHARSET.search(body[:4096])
    if m:
        declared.append(m.group(1).decode("ascii", "ignore").lower())
    for charset in declared:
        name = _canonical_charset(charset)
        if name not in ("utf-8", "utf8") and _is_multibyte_utf8(body):
            # Any byte string decodes as a single-byte charset; valid multibyte UTF-8 almost never occurs by chance.
            warnings.append(f"declared charset {charset!r} is wrong: the page is UTF-8")
            return body.decode("utf-8"), warnings
        try:
            return body.decode(name), warnings
        except (LookupError, UnicodeDecodeError):
            warnings.append(f"declared charset {charset!r} does not decode the page")
    try:
        return body.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    # Kazakh and Russian sites that declare nothing are almost always windows-1251.
    warnings.append("no usable charset declared; decoded as windows-1251")
    return body.decode("cp1251", errors="replace"), warnings


def _is_multibyte_utf8(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _canonical_charset(name: str) -> str:
    return {"utf8": "utf-8", "win-1251": "cp1251", "windows1251": "cp1251"}.get(name, name)


def parse_html(text: str) -> LexborHTMLParser:
    return LexborHTMLParser(text)


def meta(tree: LexborHTMLParser, *names: str) -> str | None:
    """The first non-empty <meta property|name=...> content among `names`."""
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node is not None:
                value = (node.attributes.get("content") or "").strip()
                if value:
                    return value
    return None


def link_href(tree: LexborHTMLParser, rel: str) -> str | None:
    node = tree.css_first(f'link[rel="{rel}"]')
    if node is None:
        return None
    return (node.attributes.get("href") or "").strip() or None


def node_text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return squash_spaces(node.text(separator=" "))


def paragraphs(nodes: list[LexborNode]) -> list[str]:
    """Visible text of block nodes, one entry per non-empty paragraph; `<br>` splits paragraphs."""
    out: list[str] = []
    for node in nodes:
        html = node.html or ""
        if "<br" in html.lower():
            parts = re.split(r"<br\s*/?>", html, flags=re.I)
            for part in parts:
                text = squash_spaces(LexborHTMLParser(part).text(separator=" "))
                if text:
                    out.append(text)
            continue
        text = squash_spaces(node.text(separator=" "))
        if text:
            out.append(text)
    return out


_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u200b\r\n]+")


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
