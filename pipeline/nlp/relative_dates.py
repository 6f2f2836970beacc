"""Dates written in a sentence, resolved against the document's own date.

"30 января 2026 года", "25 ақпанда" (no year), "on Sept. 8", "накануне", "вчера", "в четверг", "on Wednesday",
"Sunday’s election", "a day earlier". A weekday means the latest such day on or before the document's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pipeline.documents.dates import ALMATY, month_number


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date
    relative: bool


_WEEKDAYS = {
    0: ("понедельник", "дүйсенбі", "monday"), 1: ("вторник", "сейсенбі", "tuesday"),
    2: ("сред", "сәрсенбі", "wednesday"), 3: ("четверг", "бейсенбі", "thursday"), 4: ("пятниц", "жұма", "friday"),
    5: ("суббот", "сенбі", "saturday"), 6: ("воскресень", "воскресн", "жексенбі", "sunday"),
}
_WEEKDAY_RE = re.compile(
    # the nominative too ("Поворотной стала пятница"); not "среда", which is also "environment", nor the genitive
    # ("Дайджест понедельника", "до пятницы"), which names a column or a bound, not the day something happened
    r"\b(?:в|во|on|last)?\s*(понедельник(?!а\b)|вторник(?!а\b)|среду|четверг(?!а\b)|пятница|пятницу|суббота|субботу|воскресенье|воскресн(?=ого|ом|ый|ая|ой|ые|ых)|субботн(?=его|ем|ий|яя|ей|ие|их)|дүйсенбі|сейсенбі|"
    # "жұма" with its case endings only: "Жұмабаев" is a surname
    r"сәрсенбі|бейсенбі|жұма(?=(?:да|ға|ның|дан|ны|сы|дағы|күні)?\b)|сенбі|жексенбі|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\w*(?:[’']s)?",
    re.I,
)
_SHIFTS = [
    # "накануне" alone is the day before; "накануне референдума" is the eve of something else (EVE_OF)
    (re.compile(r"\b(?:накануне|вчера|вчерашн\w+|днем\s+ранее|днём\s+ранее|днем\s+раньше|днём\s+раньше|кеше|кешегі|"
                r"бір\s+күн\s+бұрын|за\s+день\s+до\s+этого|yesterday|a day earlier|the day before|the previous day)\b", re.I), -1),
    (re.compile(r"\b(?:сегодня|сегодняшн\w+|бүгін|бүгінгі|today)\b", re.I), 0),
    # "алдыңғы күні" is "позавчера" counted from the report (events.py counts it from a day told before instead)
    (re.compile(r"\b(?:позавчера|two days earlier|алдыңғы\s+күні)\b", re.I), -2),
    # a day after the report: a plan (events.py drops a trigger dated after its document)
    (re.compile(r"\b(?:завтра|ертең|tomorrow)\b", re.I), 1),
    (re.compile(r"\b(?:two\s+days\s+ago|(?:два|2)\s+дня\s+назад|екі\s+күн\s+бұрын)\b", re.I), -2),
    (re.compile(r"\b(?:three\s+days\s+ago|(?:три|3)\s+дня\s+назад|үш\s+күн\s+бұрын)\b", re.I), -3),
]
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|-го|-е)?[\s\u00a0]+(?:of\s+)?([А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіA-Za-z]{3,})(?:,?[\s\u00a0]+(\d{4}))?"
)
_MONTH_DAY_EN = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
                           r"(?:,?\s+(\d{4}))?\b")
_EN_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)", re.I)
# "накануне референдума", "накануне заседания": the eve of another happening, not the day before the report
EVE_OF = re.compile(r"\s+(?:[а-яё]+(?:ого|его|ой|ей|их|ых)\s+)?(?:референдума|выборов|голосования|заседания|сессии|визита|"
                     r"встречи|форума|Послания|послания|праздника|[Дд]ня|открытия|начала|старта|обсуждения|[Кк]урултая|"
                     r"съезда|саммита|слушаний|брифинга|совещания|конференции|переговоров|презентации|публикации|подписания|вступления)\b")
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def local_date(published_at: datetime | None) -> date | None:
    if published_at is None:
        return None
    if published_at.tzinfo is None:
        return published_at.date()
    return published_at.astimezone(ALMATY).date()


def find(sentence: str, reference: date | None) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _DAY_MONTH.finditer(sentence):
        if m.group(2).isascii() and not _EN_MONTH.fullmatch(m.group(2)):
            continue  # "3 decades", "12 members": an English month is written whole or as its abbreviation
        month = month_number(m.group(2))
        if not month:
            continue
        year = int(m.group(3)) if m.group(3) else _infer_year(month, int(m.group(1)), reference)
        value = _safe_date(year, month, int(m.group(1)))
        if value:
            out.append(DateMention(m.start(), m.end(), value, m.group(3) is None))
    for m in _MONTH_DAY_EN.finditer(sentence):
        month = month_number(m.group(1))
        year = int(m.group(3)) if m.group(3) else _infer_year(month, int(m.group(2)), reference)
        value = _safe_date(year, month, int(m.group(2))) if month else None
        if value:
            out.append(DateMention(m.start(), m.end(), value, m.group(3) is None))
    for m in _DOTTED.finditer(sentence):
        value = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if value:
            out.append(DateMention(m.start(), m.end(), value, False))
    if reference is not None:
        for regex, shift in _SHIFTS:
            for m in regex.finditer(sentence):
                if m.group(0).lower() == "накануне" and EVE_OF.match(sentence, m.end()):
                    continue
                out.append(DateMention(m.start(), m.end(), reference + timedelta(days=shift), True))
        for m in _WEEKDAY_RE.finditer(sentence):
            weekday = _weekday(m.group(1))
            if weekday is not None:
                back = (reference.weekday() - weekday) % 7
                out.append(DateMention(m.start(), m.end(), reference - timedelta(days=back), True))
    return sorted(out, key=lambda d: d.start)


def _weekday(word: str) -> int | None:
    word = word.lower()
    for number, stems in _WEEKDAYS.items():
        if any(word.startswith(stem) for stem in stems):
            return number
    return None


def _infer_year(month: int, day: int, reference: date | None) -> int:
    """A date without a year is the latest such date not after the document (a report looks back)."""
    if reference is None:
        return datetime.now().year
    candidate = _safe_date(reference.year, month, day)
    if candidate and candidate > reference + timedelta(days=31):
        return reference.year - 1
    return reference.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A digest heads each paragraph with its day: "Понедельник.", "Среда:", "Tuesday, 30 June.", "26 января —",
# "Сейсенбі, 30 маусым." Standing alone before a full stop or a colon, the nominative "среда" is the day, not
# "environment", and "жұма" is Friday, not a surname's start
_LABEL_WEEKDAY = (r"(?:(?:[Вв]|[Вв]о|[Oo]n)\s+)?(?:[Пп]онедельник|[Вв]торник|[Сс]ред[аеу]|[Чч]етверг|[Пп]ятниц[аеу]|"
                  r"[Сс]уббот[аеу]|[Вв]оскресенье|[Дд]үйсенбі(?:де)?|[Сс]ейсенбі(?:де)?|[Сс]әрсенбі(?:де)?|"
                  r"[Бб]ейсенбі(?:де)?|[Жж]ұма(?:да)?|[Сс]енбі(?:де)?|[Жж]ексенбі(?:де)?|Monday|Tuesday|Wednesday|"
                  r"Thursday|Friday|Saturday|Sunday)")
_LABEL_DATE = (r"(?:[Oo]n\s+)?(?:\d{1,2}(?:st|nd|rd|th|-го|-е)?\s+(?:of\s+)?[^\W\d_]{3,}|"
               r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
               r"(?:,?\s+\d{4}(?:\s+(?:года|г\.|жылы|ж\.))?)?")
_LABEL = re.compile(rf"(?P<weekday>{_LABEL_WEEKDAY})(?:,?\s+(?P<date>{_LABEL_DATE}))?|(?P<date2>{_LABEL_DATE})"
                    rf"(?:,?\s+(?P<weekday2>{_LABEL_WEEKDAY}))?")
# where a label ends: the end of its sentence, or a colon or a dash opening the paragraph's first sentence
_LABEL_END = re.compile(r"\s*(?:[.:]?\s*$|:\s+|(?<=\s)[–—-](?:\s+|$))")


def heading_day(sentence: str, reference: date | None) -> date | None:
    """The day a digest heads a paragraph with ("Понедельник.", "Tuesday: the Senate …", "26 января — …"), read from
    a sentence made of nothing else, or from the words before a colon or a dash opening it; a written date wins over
    the weekday beside it. A weekday is the latest such day on or before the document's date."""
    m = _LABEL.match(sentence.strip())
    if not m or not _LABEL_END.match(sentence.strip(), m.end()):
        return None
    written = m.group("date") or m.group("date2")
    if written:
        mention = next(iter(find(written, reference)), None)
        return mention.value if mention is not None else None  # "26 депутатов:" names no month: no heading
    weekday = _weekday((m.group("weekday") or m.group("weekday2")).split()[-1])
    if weekday is None or reference is None:
        return None
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)
