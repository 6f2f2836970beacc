"""Cleaning a page's paragraphs into body text: what is not the report goes.

Every site leaves the same kinds of lines inside its article body: photo credits, "read also" links,
share prompts and agency sign-offs. They are dropped by pattern, line by line, so no real sentence that
merely mentions a photo is lost.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_BOILERPLATE_LINES = [
    # photo and video credits: "Фото: пресс-служба ...", "Фото Akorda", "Сурет: ...", "Photo: ...", "Коллаж: ..."
    r"(фото|фотография|видео|сурет|суреттер|бейне|photo|photos|video|коллаж|инфографика|иллюстративное фото)"
    r"(\s*(:|©|/|–|—|-)|\s+(с сайта|из открытых|автора|пресс|akorda|kazinform|tengrinews|архив|freepik|shutterstock)).{0,160}",
    # related-news and subscription prompts
    r"(читайте (также|еще|ещё)|смотрите также|также читайте|оқи отырыңыз|сондай-ақ оқыңыз|read (also|more)|see also|"
    r"подписывайтесь|подпишитесь|жазылыңыз|subscribe to)\b.{0,200}",
    # bare labels that only introduce a link block
    r"(по теме|оқыңыз|толығырақ|related( news| articles)?|поделиться|бөлісу|share( this)?|теги|тегтер|tags)\s*:?.{0,80}?(?<![.!?])",
    r"(если вы нашли ошибку|қате тапсаңыз|нашли ошибку).{0,200}",
]
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE_LINES) + r")\s*$", re.I | re.S)


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line))


def clean_paragraphs(lines: list[str]) -> list[str]:
    """Drop boilerplate lines and exact repeats (a lead printed twice), keep order."""
    out: list[str] = []
    seen: set[str] = set()
    for line in lines:
        line = line.strip()
        if not line or is_boilerplate(line):
            continue
        key = line.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(line)
    return out


def join_paragraphs(lines: list[str]) -> str:
    return "\n\n".join(clean_paragraphs(lines))


_QUOTES = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "’": "'", "‘": "'",
                         "–": "-", "—": "-", "‑": "-", "\u00a0": " "})


def normalise_for_hash(text: str) -> str:
    """Text with formatting differences removed: the basis of content hashes and near-duplicate checks."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip()


def content_sha256(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()
