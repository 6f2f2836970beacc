"""Which version of the Constitution, in which language and format, an archived response holds."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from pipeline.legal.versions import CONSTITUTION_1995, CONSTITUTION_2026, VERSIONS

_LANGS = {"rus": "ru", "kaz": "kk", "eng": "en"}
_ADILET = re.compile(r"^/(rus|kaz|eng)/docs/(K950001000_|K2600000000)(/download/(docx|pdf))?/?$")
_ZAN = re.compile(r"^/api/documents/1/(rus|kaz)(?:/(\d{2}\.\d{2}\.\d{4}))?(/download/pdf)?/?$")


@dataclass(frozen=True)
class OfficialText:
    version_id: str
    language: str
    fmt: str  # a format pipeline.legal.parse_document reads


def identify(url: str, fetched_at: datetime | None, content_type: str = "") -> OfficialText | None:
    """The version a page of adilet.zan.kz or zan.gov.kz holds; None for anything else."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    ctype = content_type.split(";")[0].strip().lower()
    if host.endswith("adilet.zan.kz"):
        m = _ADILET.match(parts.path)
        if not m:
            return None
        lang, code, download = _LANGS[m.group(1)], m.group(2), m.group(4)
        fmt = download or _format_from_type(ctype) or "adilet_html"
        if fmt == "html":
            fmt = "adilet_html"
        if code == CONSTITUTION_2026:
            return OfficialText("2026-final", lang, fmt)
        edition = edition_of_1995_on((fetched_at or datetime.now()).date())
        return OfficialText(edition, lang, fmt) if edition else None
    if host.endswith("zan.gov.kz"):
        m = _ZAN.match(parts.path)
        if not m:
            return None
        lang, day, pdf = _LANGS[m.group(1)], m.group(2), m.group(3)
        if day:
            edition = edition_filed_on(datetime.strptime(day, "%d.%m.%Y").date())
        else:
            edition = edition_of_1995_on((fetched_at or datetime.now()).date())
        if edition is None:
            return None
        return OfficialText(edition, lang, "pdf" if pdf else _format_from_type(ctype) or "zan_json")
    return None


def edition_of_1995_on(day: date) -> str | None:
    """The latest edition of the 1995 text in force on `day` (what adilet shows for K950001000_)."""
    editions = sorted((v for v in VERSIONS if v.adilet_code == CONSTITUTION_1995 and v.in_force_from
                       and v.in_force_from <= day), key=lambda v: v.in_force_from)
    return editions[-1].version_id if editions else None


def edition_filed_on(day: date) -> str | None:
    for v in VERSIONS:
        if v.adilet_code == CONSTITUTION_1995 and (v.edition_date or v.in_force_from) == day:
            return v.version_id
    return None


def _format_from_type(ctype: str) -> str | None:
    return {
        "application/pdf": "pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/json": "zan_json",
        "text/html": "html",
        "text/plain": "txt",
    }.get(ctype)
