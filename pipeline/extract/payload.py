"""From response bytes to HTML text, or a reason why there is none.

Checks what the bytes are before trusting the Content-Type (servers label PDFs and JSON as text/html), caps
the size we parse, and prefers UTF-8 when a page declares a single-byte charset but is valid UTF-8.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.documents.html import decode_html

# Beyond this we parse only the head of the page: a news article never needs more, and a runaway page
# (an inlined data dump, thousands of comments) must not stall a batch.
MAX_PARSE_CHARS = 3_000_000

_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX or similar)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF media file"),
    (b"\x1f\x8b", "gzip-compressed bytes"),
    (b"{\\rtf", "an RTF document"),
)
_NON_HTML_TYPES = re.compile(r"^\s*(image|audio|video|font)/|application/(pdf|zip|octet-stream|json|msword|vnd\.)", re.I)
_MARKUP = re.compile(rb"<\s*(html|head|body|div|p|article|title|meta|table|h1|span|br)\b", re.I)
_SINGLE_BYTE = re.compile(r"(1251|1252|koi8|8859|ascii|cp866|latin)", re.I)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


@dataclass
class Payload:
    html: str  # "" when the body is not an HTML page
    errors: list[str] = field(default_factory=list)
    truncated_for_size: bool = False


def read_payload(body: bytes, content_type: str = "") -> Payload:
    if not body or not body.strip():
        return Payload("", ["empty body"])
    head = body[:1024].lstrip()
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return Payload("", [f"not an HTML page: the body is {what}"])
    if b"\x00" in body[:4096]:
        return Payload("", ["not an HTML page: binary bytes (NUL) in the body"])
    if _NON_HTML_TYPES.search(content_type or "") and not _MARKUP.search(body[:8192]):
        return Payload("", [f"not an HTML page: content type {content_type!r}"])
    if head[:1] in (b"{", b"[") and not _MARKUP.search(body[:8192]):
        return Payload("", ["not an HTML page: the body looks like JSON"])
    if not _MARKUP.search(body[:65536]):
        return Payload("", ["not an HTML page: no HTML markup in the body"])

    errors: list[str] = []
    html = _utf8_despite_declaration(body, content_type, errors)
    if html is None:
        html, warnings = decode_html(body, content_type)
        errors.extend(warnings)
    if "\ufffd" in html[:200_000] and html.count("\ufffd") > 20:
        errors.append("the page has undecodable bytes (replaced)")
    truncated = False
    if len(html) > MAX_PARSE_CHARS:
        errors.append(f"page is {len(body) / 1e6:.1f} MB; only its first {MAX_PARSE_CHARS // 1_000_000} million characters were read")
        html = html[:MAX_PARSE_CHARS]
        truncated = True
    elif not re.search(r"</(html|body)\s*>", html[-2048:], re.I):
        errors.append("the HTML looks truncated (no closing </body> or </html>)")
    return Payload(html, errors, truncated)


def _utf8_despite_declaration(body: bytes, content_type: str, errors: list[str]) -> str | None:
    """The text as UTF-8 when the bytes are UTF-8, whatever single-byte charset the page declares.

    Decoding UTF-8 bytes as windows-1251 never fails, it just produces mojibake, so decode_html cannot see
    that mistake; multi-byte UTF-8 sequences almost never occur by chance in a single-byte text. A body cut
    in the middle of a character (a truncated download) is still UTF-8: the broken tail is dropped.
    """
    declared = [m.group(1).decode("ascii", "ignore") for m in [_DECLARED.search(body[:4096])] if m]
    header = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", content_type or "", re.I)
    if header:
        declared.insert(0, header.group(1))
    if body.isascii():
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(body) - 4 or any(not re.fullmatch(r"utf-?8", c, re.I) for c in declared):
            return None
        text = body[:error.start].decode("utf-8")
        errors.append("the body ends in the middle of a UTF-8 character")
    wrong = [c for c in declared if _SINGLE_BYTE.search(c)]
    if wrong:
        errors.append(f"declared charset {wrong[0]!r} is wrong: the bytes are UTF-8")
    return text
