"""Is a page about the 2026 constitutional reform? A weighted keyword model anyone can read and audit.

Every term is a word-start pattern over the casefolded title and text with a weight and a kind:
- strong terms name the reform itself (the Constitutional Commission, the new Constitution or its draft, the
  referendum, the unicameral Kurultai, Halyk Kenesi, the post of vice-president);
- weak terms are words the reform uses but other stories use too (Constitution, Constitutional Court, Basic Law,
  vice-president). Their sum is capped below the threshold, so weak terms alone never make a page relevant;
- neutral terms swallow set phrases that only look like the reform ("Constitution Day", "Article 26 of the
  Constitution") so that the weak word inside them is not counted;
- negative terms mark the one other referendum Kazakhstan held (the 2024 nuclear power plant).
A page whose title and lead name foreign places more often than Kazakh ones (Uzbekistan's constitution, the US vice-president) keeps
only a fraction of its points. Matches in the title count double; repeats in the text saturate.

The decision is `score >= 0.5`, where score = points / (points + THRESHOLD): a float in [0, 1) that ranks pages.
Specific phrases come before the words they contain in one alternation, so a regex match consumes
"Конституционный суд" before "Конституц-" alone can count it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

STRONG, WEAK, NEUTRAL, NEGATIVE = "strong", "weak", "neutral", "negative"

THRESHOLD = 2.0  # points; one strong term in the text (3) passes, a bare "референдум" (2) just does
WEAK_CAP = 1.5  # weak terms together never reach THRESHOLD
TITLE_FACTOR = 2.0
FOREIGN_FACTOR = 0.2  # share of points kept when the story is about another country

W = r"\w*"  # any word ending: covers Russian and Kazakh inflection after a stem
SP = r"\s+"
_PREFIX = 3  # every pattern starts with at least this many plain letters (see _TermSet)


@dataclass(frozen=True)
class Term:
    label: str
    weight: float
    kind: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    matched: list[str] = field(default_factory=list)


def term(label: str, weight: float, kind: str, *patterns: str) -> Term:
    return Term(label, weight, kind, patterns)


_CONSTITUTION_RU = rf"(?:конституци{W}|основн{W}{SP}закон{W})"
_VICE_PRESIDENT = rf"вице[-\s]?президент{W}"
_CONSTITUTION_KK = rf"(?:конституция{W}|ата{SP}заң{W})"

# Order matters inside each list: longer phrases before the words they contain.
RUSSIAN_TERMS = [
    term("день конституции", 0, NEUTRAL, *(rf"{day}{SP}конституци{W}" for day in ("день", "дня", "дню", "днем"))),
    term("статья конституции", 0, NEUTRAL, rf"стать{W}{SP}\d+(?:-\w+)?{SP}конституци{W}"),
    term("конституционная комиссия", 3, STRONG, rf"конституционн{W}{SP}комисси{W}"),
    term("конституционная реформа", 3, STRONG, rf"конституционн{W}{SP}реформ{W}"),
    term("конституционный закон", 1, WEAK, rf"конституционн{W}{SP}закон{W}"),
    term("конституционный суд", 0.5, WEAK, rf"конституционн{W}{SP}суд{W}"),
    term("новая конституция", 3, STRONG, rf"нов{W}{SP}{_CONSTITUTION_RU}", rf"проект{W}(?:{SP}нов{W})?{SP}{_CONSTITUTION_RU}"),
    term("поправки в конституцию", 2, STRONG, rf"поправк{W}{SP}(?:в|к){SP}{_CONSTITUTION_RU}"),
    term("конституция", 1, WEAK, rf"конституци{W}"),
    term("основной закон", 1, WEAK, rf"основн{W}{SP}закон{W}"),
    term("референдум по аэс", 3, NEGATIVE, r"аэс", rf"атомн{W}{SP}электростанци{W}"),
    term("референдум", 2, STRONG, rf"референдум{W}"),
    term("однопалатный парламент", 3, STRONG, rf"однопалатн{W}", rf"двухпалатн{W}"),
    term("парламентская реформа", 3, STRONG, rf"парламентск{W}{SP}реформ{W}"),
    term("национальный курултай", 0.5, WEAK, rf"национальн{W}{SP}курултай{W}"),
    term("депутаты курултая", 3, STRONG, rf"депутат{W}{SP}курулта{W}", rf"выбор{W}(?:{SP}депутат{W})?(?:{SP}в)?{SP}курулта{W}"),
    term("курултай", 1, WEAK, rf"курулта{W}"),
    term("халык кенеси", 3, STRONG, rf"халық{SP}кеңес{W}", rf"халык{SP}кенес{W}", rf"народн{W}{SP}совет{W}{SP}казахстан{W}"),
    term("пост вице-президента", 3, STRONG, *(rf"{post}{SP}{_VICE_PRESIDENT}" for post in ("пост", rf"должност{W}", rf"институт{W}"))),
    term("вице-президент", 1, WEAK, _VICE_PRESIDENT),
    term("всенародное обсуждение", 1, WEAK, rf"всенародн{W}{SP}обсуждени{W}"),
]

KAZAKH_TERMS = [
    term("конституция күні", 0, NEUTRAL, rf"конституция{SP}күн{W}"),
    term("конституция бабы", 0, NEUTRAL, rf"конституция{W}{SP}\d+-?\s*баб{W}", rf"ата{SP}заң{W}{SP}\d+-?\s*баб{W}"),
    term("конституциялық комиссия", 3, STRONG, rf"конституциялық{SP}комиссия{W}"),
    term("конституциялық реформа", 3, STRONG, rf"конституциялық{SP}реформа{W}"),
    term("конституциялық заң", 1, WEAK, rf"конституциялық{SP}заң{W}"),
    term("конституциялық сот", 0.5, WEAK, rf"конституциялық{SP}сот{W}"),
    term("жаңа конституция", 3, STRONG, rf"жаңа{SP}{_CONSTITUTION_KK}", rf"конституция{W}{SP}жоба{W}", rf"ата{SP}заң{W}{SP}жоба{W}"),
    term("конституция", 1, WEAK, rf"конституци{W}"),
    term("ата заң", 1, WEAK, rf"ата{SP}заң{W}"),
    term("референдум по аэс", 3, NEGATIVE, r"аэс", rf"атом{SP}электр{SP}станция{W}"),
    term("референдум", 2, STRONG, rf"референдум{W}"),
    term("бір палаталы парламент", 3, STRONG, rf"бір{SP}палаталы", rf"екі{SP}палаталы"),
    term("парламенттік реформа", 3, STRONG, rf"парламенттік{SP}реформа{W}"),
    term("ұлттық құрылтай", 0.5, WEAK, rf"ұлттық{SP}құрылтай{W}"),
    term("құрылтай депутаттары", 3, STRONG, rf"құрылтай{W}{SP}(?:депутат{W}|сайлау{W})"),
    term("құрылтай", 1, WEAK, rf"құрылтай{W}"),
    term("халық кеңесі", 3, STRONG, rf"халық{SP}кеңес{W}"),
    term("вице-президент лауазымы", 3, STRONG, rf"{_VICE_PRESIDENT}{SP}лауазым{W}"),
    term("вице-президент", 1, WEAK, _VICE_PRESIDENT),
    term("бүкілхалықтық талқылау", 1, WEAK, rf"бүкілхалықтық{SP}талқылау{W}"),
]

ENGLISH_TERMS = [
    term("constitution day", 0, NEUTRAL, rf"constitution{SP}day"),
    term("article of the constitution", 0, NEUTRAL, rf"article{SP}\d+{SP}of{SP}the{SP}constitution"),
    term("constitutional commission", 3, STRONG, rf"constitutional{SP}commission"),
    term("constitutional reform", 3, STRONG, rf"constitutional{SP}(?:reform|overhaul|referendum|amendment){W}"),
    term("constitutional law", 1, WEAK, rf"constitutional{SP}laws?\b"),
    term("constitutional court", 0.5, WEAK, rf"constitutional{SP}court"),
    term("new constitution", 3, STRONG, rf"new{SP}(?:constitution|basic{SP}law)", rf"draft(?:{SP}new)?{SP}(?:constitution|basic{SP}law)"),
    term("constitution", 1, WEAK, rf"constitution{W}", rf"basic{SP}law"),
    term("nuclear plant referendum", 3, NEGATIVE, rf"nuclear{SP}power"),
    term("referendum", 2, STRONG, rf"referendum{W}"),
    term("unicameral parliament", 3, STRONG, r"unicameral", r"single-chamber", r"bicameral", r"two-chamber"),
    term("parliamentary reform", 3, STRONG, rf"parliamentary{SP}reform"),
    term("national kurultai", 0.5, WEAK, rf"national{SP}kurultai"),
    term("kurultai election", 3, STRONG, rf"kurultai{SP}(?:election|deputies|deputy)", rf"deputies{SP}of{SP}the{SP}kurultai"),
    term("kurultai", 1, WEAK, r"kurultai"),
    term("halyk kenesi", 3, STRONG, rf"halyk{SP}kenesi", rf"people's{SP}council"),
    term("post of vice president", 3, STRONG, rf"post{SP}of{SP}vice[-\s]?president", rf"office{SP}of{SP}vice[-\s]?president"),
    term("vice president", 1, WEAK, rf"vice[-\s]?president{W}"),
]

# Whose story is it: a page about another country's constitution names that country more than Kazakhstan.
_PLACES = re.compile(
    r"(?P<foreign>узбекистан|өзбекстан|uzbekistan|ташкент|tashkent|кыргызстан|қырғызстан|kyrgyz|жогорку\s+кенеш|"
    r"итали|italy|italian|сша\b|ақш\b|америк|american|united\s+states|германи|germany|german\b|"
    r"росси|russia\b|турци|türkiye|turkey)|"
    r"(?P<domestic>казахстан|қазақстан|kazakh|астан|astana|алматы|almaty|токаев|тоқаев|tokayev|акорд|ақорд|akorda|"
    r"мажилис|мәжіліс|mazhilis|курулта|құрылтай|kurultai|кызылорд|қызылорд|kyzylorda)"
)

# Every term's match contains one of these substrings (tests check it). Finding them with str.find runs in C
# over the whole page; the regex then reads only a window around each, which is what makes the model fast.
ANCHORS = (
    "конституц", "основн", "референдум", "палат", "реформ", "курулта", "құрылтай", "кеңес", "кенес", "совет",
    "президент", "обсужден", "талқылау", "аэс", "электр", "заң",
    "constitution", "basic", "referendum", "cameral", "chamber", "reform", "kurultai", "kenesi", "council",
    "president", "nuclear",
)
# Characters read before and after an anchor: more than any phrase reaches ("выборы депутатов в Курултай"
# starts 20 before its anchor, "конституционной комиссии" ends 24 after).
_BEFORE, _AFTER = 40, 48


_LEAD_CHARS = 800  # whose story it is shows in the title and the first paragraphs

_KIND_ORDER = {NEUTRAL: 0, STRONG: 1, NEGATIVE: 1, WEAK: 2}


class _TermSet:
    """All terms of one language in one precompiled regex that the engine can search quickly.

    Python's `re` skips ahead in C only when every alternative starts with a plain letter, so the patterns
    are grouped under their first three letters: `кон(?:(?P<g0>ституционн...)|(?P<g1>ституци...))|реф(...)`.
    Two patterns can only match at the same position if they share those letters, and inside a group they
    keep their priority: set phrases, then strong phrases, then the weak words they contain.
    """

    def __init__(self, terms: list[Term]):
        self.terms = sorted(terms, key=lambda t: _KIND_ORDER[t.kind])
        groups: dict[str, list[str]] = {}
        self._term_of_group: list[int] = []
        for index, one_term in enumerate(self.terms):
            for pattern in one_term.patterns:
                prefix = pattern[:_PREFIX]
                if not (prefix.isalpha() and pattern[_PREFIX:_PREFIX + 1] not in ("?", "*", "+", "{")):
                    raise ValueError(f"pattern must start with {_PREFIX} plain letters: {pattern!r}")
                name = f"g{len(self._term_of_group)}"
                self._term_of_group.append(index)
                groups.setdefault(prefix, []).append(f"(?P<{name}>{pattern[_PREFIX:]})")
        self.regex = re.compile("|".join(f"{prefix}(?:{'|'.join(alts)})" for prefix, alts in groups.items()))
        self.anchors = tuple(a for a in ANCHORS if any(a in p for t in self.terms for p in t.patterns))

    def counts(self, text: str) -> dict[int, int]:
        """How many times each term occurs, looking only around the anchors (see ANCHORS)."""
        found: dict[int, int] = {}
        for low, high in _anchor_windows(text, self.anchors):
            for match in self.regex.finditer(text, low, high):
                start = match.start()
                # word start only: "референдум" inside another word is not a mention
                if start and text[start - 1].isalnum():
                    continue
                index = self._term_of_group[int(match.lastgroup[1:])]
                found[index] = found.get(index, 0) + 1
        return found


def _anchor_windows(text: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    starts = []
    for anchor in anchors:
        position = text.find(anchor)
        while position != -1:
            starts.append(position)
            position = text.find(anchor, position + 1)
    if not starts:
        return []
    starts.sort()
    windows = []
    low, high = max(starts[0] - _BEFORE, 0), starts[0] + _AFTER
    for position in starts[1:]:
        if position - _BEFORE <= high:
            high = position + _AFTER
        else:
            windows.append((low, high))
            low, high = position - _BEFORE, position + _AFTER
    windows.append((low, min(high, len(text))))
    return windows


_TERM_SETS = {
    "ru": _TermSet(RUSSIAN_TERMS),
    "kk": _TermSet(KAZAKH_TERMS + RUSSIAN_TERMS),  # Kazakh news quotes Russian names of bodies
    "en": _TermSet(ENGLISH_TERMS),
}
_ANY_LANGUAGE = _TermSet(KAZAKH_TERMS + RUSSIAN_TERMS + ENGLISH_TERMS)


def _normalise(text: str) -> str:
    # chained replace, not str.translate: translate walks a dict per character and costs 50x more on Cyrillic
    return text.casefold().replace("ё", "е").replace("\u2011", "-").replace("\u2010", "-").replace("\u00a0", " ")


def _repeats(count: int) -> float:
    """1, 1.5, 2: the third mention says as much as the tenth."""
    return 1.0 + 0.5 * (min(count, 3) - 1)


def relevance(title: str, text: str, language: str) -> Relevance:
    """Score one page; language is 'ru', 'kk' or 'en' (anything else uses every language's terms)."""
    title, text = _normalise(title), _normalise(text)
    term_set = _TERM_SETS.get(language, _ANY_LANGUAGE)
    in_title = term_set.counts(title)
    in_text = term_set.counts(text)

    points_by_term: dict[int, float] = {}
    for index in set(in_title) | set(in_text):
        term = term_set.terms[index]
        times = (TITLE_FACTOR if index in in_title else 0.0) + (_repeats(in_text[index]) if index in in_text else 0.0)
        points_by_term[index] = term.weight * times

    strong = sum(p for i, p in points_by_term.items() if term_set.terms[i].kind == STRONG)
    weak = sum(p for i, p in points_by_term.items() if term_set.terms[i].kind == WEAK)
    negative = sum(p for i, p in points_by_term.items() if term_set.terms[i].kind == NEGATIVE)
    points = strong + min(weak, WEAK_CAP) - negative

    if points >= THRESHOLD:
        places = [m.lastgroup for m in _PLACES.finditer(title + "\n" + text[:_LEAD_CHARS])]
        if places.count("foreign") > places.count("domestic"):
            points *= FOREIGN_FACTOR

    points = max(points, 0.0)
    score = points / (points + THRESHOLD)
    matched = [
        term_set.terms[i].label
        for i, p in sorted(points_by_term.items(), key=lambda item: -item[1])
        if term_set.terms[i].kind in (STRONG, WEAK) and p > 0
    ]
    return Relevance(relevant=score >= 0.5, score=round(score, 4), matched=matched)
