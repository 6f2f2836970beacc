"""Recognising the printed landmarks of a constitution in Russian, Kazakh and English.

A heading must be the whole line ("Статья 41", "41-бап", "Article 41"): body text also starts with
"Статья 41 Конституции ..." now and then, and reading that as a heading would split an article in two.
"""
from __future__ import annotations

import re

# Sources mix Cyrillic and Latin letters in roman numerals ("І бөлім" with Cyrillic І, "VІ"), so numerals
# are read in either alphabet and stored in Latin letters.
_ROMAN_HOMOGLYPHS = str.maketrans({"І": "I", "Х": "X", "С": "C", "М": "M", "і": "I", "х": "X"})
_ROMAN = r"[IVXLCІХ]+"
_NUMBER = r"\d+(?:-\d+)?"

_ARTICLE_PATTERNS = [
    re.compile(rf"^Статья\s+({_NUMBER})\s*\.?$"),
    re.compile(rf"^({_NUMBER})\s*-\s*бап\s*\.?$"),
    re.compile(rf"^Article\s+({_NUMBER})\s*\.?$", re.I),
]
# Section headings may carry their title on the same line: "Раздел I. Основы ...", "V бөлім Үкімет".
_SECTION_PATTERNS = [
    re.compile(rf"^Раздел\s+({_ROMAN})(?:\s*\.\s*|\s+|$)(.*)$", re.S | re.I),
    re.compile(rf"^({_ROMAN})\s*-?\s*бөлім(?:\s*\.\s*|\s+|$)(.*)$", re.S | re.I),
    re.compile(rf"^(?:Section|Chapter)\s+({_ROMAN})(?:\s*\.\s*|\s+|$)(.*)$", re.S | re.I),
]
# Editorial matter adilet prints inside the text: footnotes on amendments, notes pointing at the
# Constitutional Court's rulings, notes of the Institute of Legislation (ИЗПИ / ЗҚАИ).
_NOTE = re.compile(
    r"^(?:Сноска|Примечание(?:\s+(?:ИЗПИ|РЦПИ))?|Ескерту|Ескертпе|Footnote|Note|Editor'?s note)\s*[.:]"
    r"|^См\.\s+(?:нормативн|постановлени)"
    r"|^(?:ЗҚАИ|ИЗПИ)(?:-ның)?\s+ескертпесі",
    re.I,
)
# The preamble opens with the people speaking; anything printed before it is a header.
_PREAMBLE_OPENER = re.compile(r"^(?:Мы\s*,|Біз\s*,|Бiз\s*,|We\s*,)", re.I)
_POINT = re.compile(rf"^({_NUMBER})\.\s")
_MAX_SECTION_LINE = 200


def article_number(line: str) -> str | None:
    line = line.strip()
    for pattern in _ARTICLE_PATTERNS:
        m = pattern.match(line)
        if m:
            return m.group(1).replace(" ", "")
    return None


def section_heading(line: str) -> tuple[str, str] | None:
    """(roman numeral in Latin letters, title printed on the same line or "")."""
    line = line.strip()
    if len(line) > _MAX_SECTION_LINE:
        return None
    for pattern in _SECTION_PATTERNS:
        m = pattern.match(line)
        if m:
            roman = roman_latin(m.group(1))
            if not is_roman(roman):
                return None
            title = m.group(2).strip()
            # "Раздел II Конституции ..." inside a body sentence continues in lower case: not a heading.
            if title and title[0].islower():
                return None
            return roman, title
    return None


def is_note(line: str) -> bool:
    return bool(_NOTE.match(line.strip()))


def opens_preamble(line: str) -> bool:
    return bool(_PREAMBLE_OPENER.match(line.strip()))


def point_number(paragraph: str) -> str | None:
    m = _POINT.match(paragraph)
    return m.group(1) if m else None


def roman_latin(numeral: str) -> str:
    return numeral.translate(_ROMAN_HOMOGLYPHS).upper()


_ROMAN_VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def is_roman(numeral: str) -> bool:
    return bool(numeral) and bool(_ROMAN_VALID.match(numeral))


def roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        total += -v if i + 1 < len(numeral) and values[numeral[i + 1]] > v else v
    return total


def number_key(number: str) -> tuple[int, ...]:
    """Sort key of an article number as printed: "83-1" comes after "83" and before "84"."""
    return tuple(int(part) for part in number.split("-") if part.isdigit())
