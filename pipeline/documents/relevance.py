"""Is a page about the 2026 constitutional reform? A weighted keyword model anyone can read and audit.

Every term is a word-start pattern over the casefolded title and text with a weight and a kind:
- strong terms name the reform itself (the Constitutional Commission, the new Constitution or its draft, the
  referendum, the unicameral Kurultai, Halyk Kenesi, the post of vice-president);
- weak terms are words the reform uses but other stories use too (Constitution, Constitutional Court, Basic Law,
  vice-president). Their sum is capped below the threshold, so weak terms alone never make a page relevant;
- neutral terms swallow set phrases that only look like the reform ("Constitution Day", "Article 26 of the
  Constitution") so that the weak word inside them is not counted;
- negative terms mark the one other referendum Kazakhstan held (the 2024 nuclear power plant).
A page whose foreign place names outnumber Kazakh ones (Uzbekistan's constitution, the US vice-president) keeps
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


@dataclass(frozen=True)
class Term:
    label: str
    pattern: str
    weight: float
    kind: str


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    matched: list[str] = field(default_factory=list)


# Order matters inside each list: longer phrases before the words they contain.
RUSSIAN_TERMS = [
    Term("день конституции", rf"дн{W}{SP}конституци{W}", 0, NEUTRAL),
    Term("статья конституции", rf"(?:стать{W}{SP})?\d+(?:-\w+)?{SP}(?:стать{W}{SP})?конституци{W}", 0, NEUTRAL),
    Term("конституционная комиссия", rf"конституционн{W}{SP}комисси{W}", 3, STRONG),
    Term("конституционная реформа", rf"конституционн{W}{SP}реформ{W}", 3, STRONG),
    Term("конституционный закон", rf"конституционн{W}{SP}закон{W}", 1, WEAK),
    Term("конституционный суд", rf"конституционн{W}{SP}суд{W}", 0.5, WEAK),
    Term("новая конституция", rf"(?:нов{W}|проект{W}(?:{SP}нов{W})?){SP}(?:конституци{W}|основн{W}{SP}закон{W})", 3, STRONG),
    Term("поправки в конституцию", rf"поправк{W}{SP}(?:в|к){SP}(?:конституци{W}|основн{W}{SP}закон{W})", 2, STRONG),
    Term("конституция", rf"конституци{W}", 1, WEAK),
    Term("основной закон", rf"основн{W}{SP}закон{W}", 1, WEAK),
    Term("референдум по аэс", rf"аэс|атомн{W}{SP}электростанци{W}", 3, NEGATIVE),
    Term("референдум", rf"референдум{W}", 2, STRONG),
    Term("однопалатный парламент", rf"однопалатн{W}|двухпалатн{W}", 3, STRONG),
    Term("парламентская реформа", rf"парламентск{W}{SP}реформ{W}", 3, STRONG),
    Term("национальный курултай", rf"национальн{W}{SP}курултай{W}", 0.5, WEAK),
    Term("депутаты курултая", rf"(?:депутат{W}|выбор{W}(?:{SP}депутат{W})?(?:{SP}в)?){SP}курулта{W}", 3, STRONG),
    Term("курултай", rf"курулта{W}", 1, WEAK),
    Term("халык кенеси", rf"халық{SP}кеңес{W}|халык{SP}кенес{W}|народн{W}{SP}совет{W}{SP}казахстан{W}", 3, STRONG),
    Term("пост вице-президента", rf"(?:пост{W}|должност{W}|институт{W}){SP}вице-?{SP}?президент{W}", 3, STRONG),
    Term("вице-президент", rf"вице-?{SP}?президент{W}", 1, WEAK),
    Term("всенародное обсуждение", rf"всенародн{W}{SP}обсуждени{W}", 1, WEAK),
]

KAZAKH_TERMS = [
    Term("конституция күні", rf"конституция{SP}күн{W}", 0, NEUTRAL),
    Term("конституция бабы", rf"(?:конституция{W}|ата{SP}заң{W}){SP}\d+(?:-\w+)?{SP}?-?баб{W}", 0, NEUTRAL),
    Term("конституциялық комиссия", rf"конституциялық{SP}комиссия{W}", 3, STRONG),
    Term("конституциялық реформа", rf"конституциялық{SP}реформа{W}", 3, STRONG),
    Term("конституциялық заң", rf"конституциялық{SP}заң{W}", 1, WEAK),
    Term("конституциялық сот", rf"конституциялық{SP}сот{W}", 0.5, WEAK),
    Term("жаңа конституция", rf"жаңа{SP}(?:конституция{W}|ата{SP}заң{W})|(?:конституция{W}|ата{SP}заң{W}){SP}жоба{W}", 3, STRONG),
    Term("конституция", rf"конституци{W}", 1, WEAK),
    Term("ата заң", rf"ата{SP}заң{W}", 1, WEAK),
    Term("референдум по аэс", rf"аэс|атом{SP}электр{SP}станция{W}", 3, NEGATIVE),
    Term("референдум", rf"референдум{W}", 2, STRONG),
    Term("бір палаталы парламент", rf"бір{SP}палаталы|екі{SP}палаталы", 3, STRONG),
    Term("парламенттік реформа", rf"парламенттік{SP}реформа{W}", 3, STRONG),
    Term("ұлттық құрылтай", rf"ұлттық{SP}құрылтай{W}", 0.5, WEAK),
    Term("құрылтай депутаттары", rf"құрылтай{W}{SP}(?:депутат{W}|сайлау{W})", 3, STRONG),
    Term("құрылтай", rf"құрылтай{W}", 1, WEAK),
    Term("халық кеңесі", rf"халық{SP}кеңес{W}", 3, STRONG),
    Term("вице-президент лауазымы", rf"вице-?{SP}?президент{W}{SP}лауазым{W}", 3, STRONG),
    Term("вице-президент", rf"вице-?{SP}?президент{W}", 1, WEAK),
    Term("бүкілхалықтық талқылау", rf"бүкілхалықтық{SP}талқылау{W}", 1, WEAK),
]

ENGLISH_TERMS = [
    Term("constitution day", rf"constitution{SP}day", 0, NEUTRAL),
    Term("article of the constitution", rf"article{SP}\d+{SP}of{SP}the{SP}constitution", 0, NEUTRAL),
    Term("constitutional commission", rf"constitutional{SP}commission", 3, STRONG),
    Term("constitutional reform", rf"constitutional{SP}(?:reform|overhaul|referendum|amendment){W}", 3, STRONG),
    Term("constitutional law", rf"constitutional{SP}laws?\b", 1, WEAK),
    Term("constitutional court", rf"constitutional{SP}court", 0.5, WEAK),
    Term("new constitution", rf"(?:new|draft)(?:{SP}new)?{SP}(?:constitution|basic{SP}law)", 3, STRONG),
    Term("constitution", rf"constitution{W}|basic{SP}law", 1, WEAK),
    Term("nuclear plant referendum", rf"nuclear{SP}power", 3, NEGATIVE),
    Term("referendum", rf"referendum{W}", 2, STRONG),
    Term("unicameral parliament", rf"unicameral|single-chamber|bicameral|two-chamber", 3, STRONG),
    Term("parliamentary reform", rf"parliamentary{SP}reform", 3, STRONG),
    Term("national kurultai", rf"national{SP}kurultai", 0.5, WEAK),
    Term("kurultai election", rf"kurultai{SP}(?:election|deputies|deputy)|deputies{SP}of{SP}the{SP}kurultai", 3, STRONG),
    Term("kurultai", rf"kurultai", 1, WEAK),
    Term("halyk kenesi", rf"halyk{SP}kenesi|people's{SP}council", 3, STRONG),
    Term("post of vice president", rf"(?:post|office){SP}of{SP}vice[-{SP}]?president", 3, STRONG),
    Term("vice president", rf"vice[-\s]?president{W}", 1, WEAK),
]

# Whose story is it: a page about another country's constitution names that country more than Kazakhstan.
_FOREIGN = re.compile(
    r"узбекистан|өзбекстан|uzbekistan|ташкент|tashkent|кыргызстан|қырғызстан|kyrgyz|жогорку\s+кенеш|"
    r"итали|italy|italian|сша\b|ақш\b|америк|american|united\s+states|\bus\s+vice|германи|germany|german\b|"
    r"росси|russia\b|турци|türkiye|turkey"
)
_DOMESTIC = re.compile(
    r"казахстан|қазақстан|kazakh|астан|astana|алматы|almaty|токаев|тоқаев|tokayev|акорд|ақорд|akorda|"
    r"мажилис|мәжіліс|mazhilis|курулта|құрылтай|kurultai|кызылорд|қызылорд|kyzylorda"
)


_KIND_ORDER = {NEUTRAL: 0, STRONG: 1, NEGATIVE: 1, WEAK: 2}


class _TermSet:
    """All terms of one language in one precompiled alternation."""

    def __init__(self, terms: list[Term]):
        # At one position the first alternative wins: set phrases and strong phrases go before the weak words
        # they contain (a stable sort keeps each list's own order inside a kind).
        self.terms = sorted(terms, key=lambda t: _KIND_ORDER[t.kind])
        self.regex = re.compile("|".join(f"(?P<t{i}>{t.pattern})" for i, t in enumerate(self.terms)))

    def counts(self, text: str) -> dict[int, int]:
        found: dict[int, int] = {}
        for match in self.regex.finditer(text):
            start = match.start()
            # word start only: "референдум" inside another word is not a mention
            if start and (text[start - 1].isalnum()):
                continue
            index = int(match.lastgroup[1:])
            found[index] = found.get(index, 0) + 1
        return found


_TERM_SETS = {
    "ru": _TermSet(RUSSIAN_TERMS),
    "kk": _TermSet(KAZAKH_TERMS + RUSSIAN_TERMS),  # Kazakh news quotes Russian names of bodies
    "en": _TermSet(ENGLISH_TERMS),
}
_ANY_LANGUAGE = _TermSet(KAZAKH_TERMS + RUSSIAN_TERMS + ENGLISH_TERMS)


def _normalise(text: str) -> str:
    return text.casefold().replace("ё", "е")


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

    if points > 0:
        both = title + "\n" + text
        if len(_FOREIGN.findall(both)) > len(_DOMESTIC.findall(both)):
            points *= FOREIGN_FACTOR

    points = max(points, 0.0)
    score = points / (points + THRESHOLD)
    matched = [
        term_set.terms[i].label
        for i, p in sorted(points_by_term.items(), key=lambda item: -item[1])
        if term_set.terms[i].kind in (STRONG, WEAK) and p > 0
    ]
    return Relevance(relevant=score >= 0.5, score=round(score, 4), matched=matched)
