"""Words and stems for search: the same tokeniser and stemmers the SQL macros of the DuckDB file run on a query.

Text is NFC-normalised, lower-cased, ё folded to е, soft hyphens dropped and Unicode hyphens made ASCII. A word is
a run of letters and digits; a hyphenated word (вице-министр, Нур-Султан, 2026-жылғы) is kept whole and its parts
are words too, so both "вице-министр" and "министр" find it. Words of one letter and stopwords are dropped.
Each word is stemmed by the rules of its language (pipeline/search/suffixes.py).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from pipeline.search.stopwords import ANY_LANGUAGE, STOPWORDS
from pipeline.search.suffixes import STEMMERS, Rule

LANGUAGES = ("ru", "kk", "en")
# (from, to) in the order applied, after NFC and lower-casing; sql.py applies the same list.
FOLDINGS = (("ё", "е"), ("\u00ad", ""), ("\u2010", "-"), ("\u2011", "-"))
# Letters and digits after lower-casing: Latin with its accented letters (the Kazakh Latin alphabet's too), the
# whole Cyrillic block and the Kazakh letters. Spelt out rather than \p{L}, which RE2 takes milliseconds to compile
# on every query; one pattern, so Python and SQL split a text alike. Other scripts separate words.
_LETTERS = "0-9a-zà-öø-ÿā-ſа-џәғқңөұүһ"
WORD_PATTERN = f"[{_LETTERS}]+(?:-[{_LETTERS}]+)*"
MIN_WORD_CHARS = 2

_WORD = re.compile(WORD_PATTERN)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    for old, new in FOLDINGS:
        text = text.replace(old, new)
    return text


def words(text: str) -> list[str]:
    """The words of a text in order, a hyphenated word followed by its parts; stopwords not removed."""
    out: list[str] = []
    for word in _WORD.findall(normalise(text)):
        out.append(word)
        if "-" in word:
            out.extend(word.split("-"))
    return [w for w in out if len(w) >= MIN_WORD_CHARS]


@lru_cache(maxsize=1 << 18)
def stem(word: str, language: str) -> str:
    """The stem of a normalised word: the rules of the language applied in turn.

    This gives what each rule's regular expression (Rule.pattern, which the SQL side runs) gives, five times
    faster: per alternative in order, the longest suffix of the set whose remaining stem meets the condition."""
    for alternatives in _RULES[language]:
        word = _strip(word, alternatives)
    return word


def _strip(word: str, alternatives: tuple[tuple[re.Pattern, frozenset[str], tuple[int, ...]], ...]) -> str:
    for stem_condition, suffixes, lengths in alternatives:
        for length in lengths:
            if length < len(word) and word[-length:] in suffixes and stem_condition.fullmatch(word[:-length]):
                return word[:-length]
    return word


def _compiled(rule: Rule) -> tuple[tuple[re.Pattern, frozenset[str], tuple[int, ...]], ...]:
    return tuple((re.compile(a.stem), frozenset(a.suffixes), tuple(sorted({len(s) for s in a.suffixes}, reverse=True)))
                 for a in rule.alternatives)


_RULES = {language: tuple(_compiled(rule) for rule in rules) for language, rules in STEMMERS.items()}


def stem_text(text: str, language: str) -> list[str]:
    """The stems of a text's words in order, stopwords of its language left out; the index is made of these."""
    language = language if language in STEMMERS else "ru"
    stopwords = STOPWORDS[language]
    return [stem(w, language) for w in words(text) if w not in stopwords]


def stem_counts(text: str, language: str) -> Counter[str]:
    """How many times each stem occurs in a text: Counter(stem_text(text, language)), computed with one stem
    look-up per distinct word, which is what makes indexing fast."""
    language = language if language in STEMMERS else "ru"
    stopwords = STOPWORDS[language]
    counts: Counter[str] = Counter()
    for word, count in Counter(words(text)).items():
        if word not in stopwords:
            counts[stem(word, language)] += count
    return counts


def query_forms(query: str) -> list[tuple[str, list[str]]]:
    """Each distinct word of a query with its stems under the three languages' rules, since a query's language is
    not known (Конституция is a Russian and a Kazakh word); stopwords of any language are left out."""
    seen: dict[str, list[str]] = {}
    for word in words(query):
        if word not in ANY_LANGUAGE and word not in seen:
            seen[word] = sorted({stem(word, language) for language in LANGUAGES})
    return list(seen.items())


def query_terms(query: str) -> list[str]:
    """Every stem a query is searched for, sorted: the forms of all its words."""
    return sorted({form for _, forms in query_forms(query) for form in forms})
