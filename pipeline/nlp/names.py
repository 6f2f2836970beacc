"""Names without a model: case endings, surname stems, and a spelling-free key that ties one person's
Russian, Kazakh and English spellings together ("Токаев", "Тоқаев", "Tokayev")."""
from __future__ import annotations

import re
from functools import lru_cache

_KK_CASE = re.compile(
    r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|мен|бен|пен|да|де|та|те|дан|ден|тан|тен|нан|нен)$"
)
_RU_CASE = re.compile(r"(?:ой|ою|ым|ом|ым|ую|а|у|е|ы)$")
_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ұлы|улы|қызы|кызы|енко|ук|юк|бек|бай|бекова|баева|"
    r"ovа|ov|ev|ova|eva|yeva|in|ina|yev|uly|kyzy)$",
    re.I,
)


def strip_kazakh_case(word: str) -> str:
    """"Әзімованың" -> "Әзімова", "Әбдіровтің" -> "Әбдіров"; a word without an ending is returned as is."""
    stripped = _KK_CASE.sub("", word)
    return stripped if len(stripped) >= 3 else word


def kazakh_surname(word: str) -> str:
    """A surname after a first name, without its case ending; a woman's surname in "-ина", "-ына" ("Нұртазина") keeps
    its "на", which a surname never takes as a dative (that "-на" follows a possessive: "басшысына")."""
    return word if re.search(r"[иы]на$", word) else strip_kazakh_case(word)


# Called for every pair of a speaker and a person named in the document: memoised, it costs a lookup.
@lru_cache(maxsize=1 << 16)
def surname_stem(word: str) -> str:
    """The part of a surname no case ending touches: "Азимовой", "Азимова", "Әзімованың" -> "азимов"/"әзімов"."""
    word = word.lower().replace("ё", "е")
    word = strip_kazakh_case(word)
    word = re.sub(r"['’]s$", "", word)
    for _ in range(2):
        shorter = _RU_CASE.sub("", word)
        if len(shorter) < 3 or shorter == word:
            break
        word = shorter
    return word


def same_surname(mention: str, known: str) -> bool:
    a, b = surname_stem(mention), surname_stem(known)
    return bool(a) and (a == b or (len(a) > 3 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 1))


def looks_like_surname(word: str) -> bool:
    """"Асылов", "Азимовой", "Әзімованың", "Tokayev": the shape of a Kazakh or Russian surname in any case."""
    return bool(_SURNAME.search(strip_kazakh_case(word)) or re.search(r"(?:ов|ев|ёв|ин|ын|ov|ev)$", surname_stem(word)))


_TRANSLIT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z",
    "и": "i", "й": "", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def skeleton(name: str) -> str:
    """Consonants of a transliterated name, in order and without repeats: the same for every spelling.

    "Касым-Жомарт Токаев" and "Kassym-Jomart Tokayev" both give "ksmjmrt tkv".
    """
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in name.lower())
    latin = latin.replace("zh", "j").replace("kh", "h").replace("dzh", "j")
    words = []
    for word in re.split(r"\s+", latin.strip()):
        consonants = re.sub(r"[^a-z]|[aeiouy]", "", word)
        consonants = re.sub(r"(.)\1+", r"\1", consonants)
        if consonants:
            words.append(consonants)
    return " ".join(words)
