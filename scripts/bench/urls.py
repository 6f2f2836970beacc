"""Unique article URLs in each site's own pattern: the part of a sample URL that names the article (slug and
id) is its token, and a generated page gets a new token of the same shape.

Shapes seen on the sources: `<slug>-<number>` (akorda, tengrinews), `<slug>-<6 hex>` (kazinform),
`<number>-<slug>` (egemen, vlast), `<number>` (gov.kz), `?ID=<number>` (election.gov.kz), `<slug>` (WordPress).
Numbers and hex ids come from a serial that is unique within one archive, so tokens never collide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_QUERY_ID = re.compile(r"(?i)\bID=(\d+)")
_SLUG_NUMBER = re.compile(r"(?P<slug>[\w\-]+?)-(?P<number>\d{5,})")
_SLUG_HEX = re.compile(r"(?P<slug>[\w\-]+?)-(?P<hex>[0-9a-f]{6})")
_NUMBER_SLUG = re.compile(r"(?P<number>\d+)-(?P<slug>[\w\-]+?)(?P<suffix>\.html?)?")
_NUMBER = re.compile(r"\d+")
_HEX_MULTIPLIER = 2654435761  # odd: serial -> serial * m mod 16**6 is a bijection, ids look scattered

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "q", "n", "o", "u", "u", "h", "i"],
))
SLUG_WORDS = 8


@dataclass(frozen=True)
class UrlShape:
    token: str
    kind: str  # query_id | slug_number | slug_hex | number_slug | number | slug
    width: int = 0  # digits of the sample's number (kept, zero-padded)
    suffix: str = ""


def url_shape(url: str) -> UrlShape:
    parts = urlsplit(url)
    query_id = _QUERY_ID.search(parts.query)
    if query_id:
        return UrlShape(query_id.group(0), "query_id", len(query_id.group(1)))
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if match := _SLUG_NUMBER.fullmatch(last):
        return UrlShape(last, "slug_number", len(match.group("number")))
    if _SLUG_HEX.fullmatch(last):
        return UrlShape(last, "slug_hex")
    if match := _NUMBER_SLUG.fullmatch(last):
        return UrlShape(last, "number_slug", len(match.group("number")), match.group("suffix") or "")
    if _NUMBER.fullmatch(last):
        return UrlShape(last, "number", len(last))
    return UrlShape(last, "slug")


def new_token(shape: UrlShape, serial: int, title: str) -> str:
    """The token of the `serial`-th generated article, its slug made from `title`."""
    number = str(10 ** max(shape.width - 1, 0) + serial).zfill(shape.width)
    slug = slugify(title) or "news"
    if shape.kind == "query_id":
        return f"ID={number}"
    if shape.kind == "slug_number":
        return f"{slug}-{number}"
    if shape.kind == "slug_hex":
        return f"{slug}-{serial * _HEX_MULTIPLIER % 16 ** 6:06x}"
    if shape.kind == "number_slug":
        return f"{number}-{slug}{shape.suffix}"
    if shape.kind == "number":
        return number
    return f"{slug}-{serial}"


def slugify(title: str) -> str:
    latin = "".join(_CYRILLIC.get(ch, ch) for ch in title.lower())
    words = re.findall(r"[a-z0-9]+", latin)
    return "-".join(words[:SLUG_WORDS])


def article_url(template_url: str, shape: UrlShape, token: str) -> str:
    return template_url.replace(shape.token, token, 1)
