"""Dates as Kazakh sites print them, read in Kazakhstan's local time and returned in UTC.

Kazakhstan moved to one time zone, UTC+5, on 1 March 2024; `Asia/Almaty` in current tzdata says so.
A date without a time is taken as local midnight.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

ALMATY = ZoneInfo("Asia/Almaty")

# Month stems: Russian nominative and genitive, Kazakh, English (full and short).
_MONTHS: dict[str, int] = {}
for number, stems in enumerate(
    [
        ("январ", "қаңтар", "jan"),
        ("феврал", "ақпан", "feb"),
        ("март", "марта", "наурыз", "mar"),
        ("апрел", "сәуір", "apr"),
        ("мая", "май", "мамыр", "may"),
        ("июн", "маусым", "jun"),
        ("июл", "шілде", "jul"),
        ("август", "тамыз", "aug"),
        ("сентябр", "қыркүйек", "sep"),
        ("октябр", "қазан", "oct"),
        ("ноябр", "қараша", "nov"),
        ("декабр", "желтоқсан", "dec"),
    ],
    start=1,
):
    for stem in stems:
        _MONTHS[stem] = number


def month_number(word: str) -> int | None:
    word = word.lower().strip(".")
    for stem, number in _MONTHS.items():
        if word.startswith(stem):
            return number
    return None


_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\D{1,3}(\d{1,2}):(\d{2}))?")
_WORDY = re.compile(r"\b(\d{1,2})\s+([A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)\.?,?\s+(\d{4})", re.U)
# Kazakh puts the year first: "2026 жылғы 15 наурыз(да)".
_WORDY_KK = re.compile(r"\b(\d{4})\s*ж(?:ылғы|\.)?\s+(\d{1,2})\s+([А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]+)", re.U)
_WORDY_EN = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_RELATIVE = {"сегодня": 0, "бүгін": 0, "today": 0, "вчера": -1, "кеше": -1, "yesterday": -1}


def to_utc(local: datetime) -> datetime:
    if local.tzinfo is None:
        local = local.replace(tzinfo=ALMATY)
    return local.astimezone(timezone.utc)


def parse_date(text: str | None, reference: datetime | None = None) -> datetime | None:
    """Parse the date formats seen on the sources; None when nothing in `text` is a date.

    `reference` (the fetch time) resolves "Сегодня, 14:05" and "Вчера".
    """
    if not text:
        return None
    text = text.strip()
    m = _ISO.search(text)
    if m:
        y, mo, d, hh, mm, ss, tz = m.groups()
        local = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        if tz:
            tz = tz.replace(":", "")
            offset = timezone.utc if tz == "Z" else timezone(
                (1 if tz[0] == "+" else -1) * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
            )
            return local.replace(tzinfo=offset).astimezone(timezone.utc)
        return to_utc(local)
    clock = _CLOCK.search(text)
    at = time(int(clock.group(1)), int(clock.group(2))) if clock and int(clock.group(1)) < 24 else time(0, 0)
    m = _DOTTED.search(text)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4):
            at = time(int(m.group(4)), int(m.group(5)))
        return _combine(y, mo, d, at)
    m = _WORDY.search(text)
    if m and month_number(m.group(2)):
        return _combine(int(m.group(3)), month_number(m.group(2)), int(m.group(1)), at)
    m = _WORDY_KK.search(text)
    if m and month_number(m.group(3)):
        return _combine(int(m.group(1)), month_number(m.group(3)), int(m.group(2)), at)
    m = _WORDY_EN.search(text)
    if m and month_number(m.group(1)):
        return _combine(int(m.group(3)), month_number(m.group(1)), int(m.group(2)), at)
    lowered = text.lower()
    for word, shift in _RELATIVE.items():
        if word in lowered and reference is not None:
            day = reference.astimezone(ALMATY).date() + timedelta(days=shift)
            return to_utc(datetime.combine(day, at))
    return None


def _combine(y: int, mo: int, d: int, at: time) -> datetime | None:
    try:
        return to_utc(datetime.combine(date(y, mo, d), at))
    except ValueError:
        return None
