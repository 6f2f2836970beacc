"""Every known version of the Constitution: the 1995 text in its editions and the texts of 2026.

An edition of 1995 is named by the amending act that made it; it is in force from that act's effect
until the next edition. Dates are the public record (reform timeline, the amending laws cited in
adilet's own footnotes). Source URLs follow the legal-acts database's patterns: adilet for the current
text of an act, zan.gov.kz for the PDF of a dated edition.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

# "adopted": voted but not yet in force (2026-final between 15 March and 1 July 2026).
STATUSES = ("in_force", "draft", "superseded", "adopted")
ADILET = "https://adilet.zan.kz/{lang}/docs/{code}"
ZAN_EDITION_PDF = "https://zan.gov.kz/api/documents/1/{lang}/{day}/download/pdf"
CONSTITUTION_1995 = "K950001000_"
CONSTITUTION_2026 = "K2600000000"
LAST_EDITION_1995 = "1995-ed-2022-09"
_ADILET_LANG = {"ru": "rus", "kk": "kaz", "en": "eng"}


@dataclass(frozen=True)
class Version:
    version_id: str
    date: date  # adoption of the text, or the amending act that made the edition
    in_force_from: date | None  # None: never in force (a draft)
    title: str
    kind: str  # "edition" of 1995, "draft" or "adopted" text of 2026
    languages: tuple[str, ...]
    adilet_code: str | None
    amending_act: str | None = None
    article_count: int | None = None  # numbered articles as printed, when the public record states it
    edition_date: date | None = None  # the date zan.gov.kz files the edition under, when not in_force_from
    published_in: tuple[str, ...] = ()  # where a text without an adilet code was published
    note: str = ""

    def source_url(self, language: str = "ru") -> str | None:
        """Where the text is published: a dated edition's PDF on zan.gov.kz (Russian and Kazakh only),
        else the act's page on adilet."""
        if self.adilet_code is None or language not in self.languages:
            return None
        day = self.edition_date or self.in_force_from
        if self.kind == "edition" and day is not None and language in ("ru", "kk"):
            return ZAN_EDITION_PDF.format(lang=_ADILET_LANG[language], day=day.strftime("%d.%m.%Y"))
        if self.kind == "edition" and self.version_id != LAST_EDITION_1995:
            return None  # adilet's English page shows only the last edition, never an older one
        return ADILET.format(lang=_ADILET_LANG[language], code=self.adilet_code)


_EDITIONS_1995 = [
    ("1995-original", date(1995, 8, 30), date(1995, 9, 5), None,
     "Constitution of the Republic of Kazakhstan, adopted by referendum on 30 August 1995", 98),
    ("1995-ed-1998-10", date(1998, 10, 7), date(1998, 10, 7), "Law No. 284-I of 7 October 1998",
     "Constitution of 1995 as amended on 7 October 1998", None),
    ("1995-ed-2007-05", date(2007, 5, 21), date(2007, 5, 21), "Law No. 254-III of 21 May 2007",
     "Constitution of 1995 as amended on 21 May 2007", None),
    ("1995-ed-2011-02", date(2011, 2, 2), date(2011, 2, 2), "Law No. 403-IV of 2 February 2011",
     "Constitution of 1995 as amended on 2 February 2011", None),
    ("1995-ed-2017-03", date(2017, 3, 10), date(2017, 3, 10), "Law No. 51-VI of 10 March 2017",
     "Constitution of 1995 as amended on 10 March 2017", None),
    ("1995-ed-2019-03", date(2019, 3, 23), date(2019, 3, 23), "Law No. 238-VI of 23 March 2019",
     "Constitution of 1995 as amended on 23 March 2019 (the text before the referendum of 5 June 2022)", 99),
    ("1995-ed-2022-06", date(2022, 6, 8), date(2022, 6, 8), "Law of 8 June 2022 (referendum of 5 June 2022)",
     "Constitution of 1995 as amended after the referendum of 5 June 2022", 101),
    ("1995-ed-2022-09", date(2022, 9, 17), date(2022, 9, 17), "Law No. 142-VII of 17 September 2022",
     "Constitution of 1995 as amended on 17 September 2022 (adilet's edition of 1 January 2023)", 102),
]

VERSIONS: tuple[Version, ...] = tuple(
    Version(
        version_id=vid, date=made, in_force_from=start, title=title, kind="edition",
        languages=("ru", "kk", "en"), adilet_code=CONSTITUTION_1995, amending_act=act, article_count=count,
        edition_date=date(2023, 1, 1) if vid == "1995-ed-2022-09" else None,
    )
    for vid, made, start, act, title, count in _EDITIONS_1995
) + (
    Version(
        version_id="2026-draft-01-31", date=date(2026, 1, 31), in_force_from=None, kind="draft",
        title="First draft of the new Constitution, published for nationwide discussion (preamble, 11 sections)",
        languages=("ru", "kk"), adilet_code=None, article_count=95,
        published_in=("ksrk.gov.kz (Constitutional Court)", "eGov", "e-Otinish"),
        note="presented at the Constitutional Commission's 6th session on 30 January 2026",
    ),
    Version(
        version_id="2026-draft-02-12", date=date(2026, 2, 12), in_force_from=None, kind="draft",
        title="Final draft put to the referendum of 15 March 2026 (preamble, 11 sections)",
        languages=("ru", "kk"), adilet_code=None, article_count=96,
        published_in=("ksrk.gov.kz (Constitutional Court)", "Kazakhstanskaya Pravda", "Egemen Qazaqstan"),
        note="published with the decree calling the referendum; adopted unchanged as 2026-final",
    ),
    Version(
        version_id="2026-final", date=date(2026, 3, 15), in_force_from=date(2026, 7, 1), kind="adopted",
        title="Constitution of the Republic of Kazakhstan, adopted by referendum on 15 March 2026",
        languages=("ru", "kk", "en"), adilet_code=CONSTITUTION_2026, article_count=96,
    ),
)

_BY_ID = {v.version_id: v for v in VERSIONS}


def version(version_id: str) -> Version:
    try:
        return _BY_ID[version_id]
    except KeyError:
        raise KeyError(f"unknown constitution version {version_id!r}; known: {', '.join(_BY_ID)}") from None


def in_force_on(day: date) -> Version | None:
    """The version in force on `day` (None before 5 September 1995)."""
    current = None
    for v in sorted((v for v in VERSIONS if v.in_force_from), key=lambda v: v.in_force_from):
        if v.in_force_from <= day:
            current = v
    return current


def status_on(version_id: str, day: date) -> str | None:
    """Status as of `day`: "draft" (never in force), "adopted" (voted, not yet in force), "in_force",
    "superseded"; None for an edition that did not exist yet."""
    v = version(version_id)
    if v.kind == "draft":
        return "draft" if v.date <= day else None
    if v.in_force_from is None or v.in_force_from > day:
        return "adopted" if v.kind == "adopted" and v.date <= day else None
    return "in_force" if in_force_on(day) is v else "superseded"


def version_rows(as_of: date) -> list[dict]:
    """The versions catalogue as table rows, statuses as of `as_of` (the run's date)."""
    rows = []
    for v in VERSIONS:
        row = asdict(v)
        row["date"] = v.date.isoformat()
        row["edition_date"] = v.edition_date.isoformat() if v.edition_date else None
        row["in_force_from"] = v.in_force_from.isoformat() if v.in_force_from else None
        row["in_force_until"] = _until(v)
        row["status"] = status_on(v.version_id, as_of)
        row["languages"] = list(v.languages)
        row["published_in"] = list(v.published_in)
        row["source_urls"] = {lang: v.source_url(lang) for lang in v.languages if v.source_url(lang)}
        rows.append(row)
    return rows


def _until(v: Version) -> str | None:
    if v.in_force_from is None:
        return None
    later = sorted(o.in_force_from for o in VERSIONS if o.in_force_from and o.in_force_from > v.in_force_from)
    return later[0].isoformat() if later else None
