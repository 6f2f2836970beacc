"""Two normal forms of legal text: one to publish, one to compare.

`clean_text` only repairs what extraction breaks (NBSP, soft hyphens, a comma that a PDF line break pushed
away from its word) and keeps the words as printed. `comparison_tokens` goes further, so that two copies
of the same article that differ only in typography (quotes, dashes, hyphenation, spacing, Latin letters
standing in for Cyrillic ones) compare equal and a diff shows only changes of wording.
"""
from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u2009\u202f\u2002\u2003\u3000]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?)\]»])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[«]) +")


def clean_line(text: str) -> str:
    """One paragraph as printed, with extraction damage repaired and whitespace normalised."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = re.sub(r"\s*[\r\n]+\s*", " ", text)
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _SPACE_AFTER_OPEN.sub(r"\1", text)


def join_wrapped(lines: list[str]) -> str:
    """Printed lines of one paragraph back into one line.

    A line ending in a letter and a hyphen keeps the hyphen and joins without a space: Kazakh and Russian
    compounds ("тепе-теңдік") are broken at their hyphen far more often than words are hyphenated.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"\w-$", out) and line[:1].islower():
            out += line
        else:
            out += " " + line
    return clean_line(out)


_QUOTES = str.maketrans({c: '"' for c in "«»„“”‟″〝〞＂"} | {c: "'" for c in "‘’‚‛′`"})
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
# Latin letters that look like Cyrillic ones; old Kazakh fonts typed "i" for "і" inside Cyrillic words.
_LATIN_TO_CYRILLIC = str.maketrans("aceiopxyAPCEHIKMOTBX", "асеіорхуАРСЕНІКМОТВХ")
_CYRILLIC_LETTER = re.compile(r"[а-яёәғқңөұүһі]", re.I)
_LATIN_LETTER = re.compile(r"[a-z]", re.I)


def comparison_text(text: str) -> str:
    """The text as compared: typography and layout gone, wording (and its letter case) kept."""
    text = clean_line(text)
    text = text.translate(_QUOTES)
    text = _DASHES.sub("-", text)
    text = re.sub(r"(?<=[^\W\d_])-\s+(?=[a-zа-яёәғқңөұүһі])", "-", text)  # a hyphen left at a line end
    text = re.sub(r"\s+-\s*|\s*-\s+", " - ", text)  # a dash between words, however it is spaced
    text = re.sub(r"(?<=[a-zа-яёәғқңөұүһі]{2})([.;:])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])", r"\1 ", text)  # "процедур.Выработанная"
    return " ".join(_unmix_script(word) for word in text.split())


def comparison_tokens(text: str) -> list[str]:
    """Words as compared; a hyphen inside a word does not count, so "тепе-теңдік" equals "тепетеңдік"."""
    return [word_key(word) for word in comparison_text(text).split()]


def word_key(word: str) -> str:
    """A word of comparison_text as compared: hyphens between letters dropped, "83-1" kept."""
    return _HYPHEN_IN_WORD.sub("", word)


_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _unmix_script(word: str) -> str:
    if _LATIN_LETTER.search(word) and _CYRILLIC_LETTER.search(word):
        return word.translate(_LATIN_TO_CYRILLIC)
    return word
