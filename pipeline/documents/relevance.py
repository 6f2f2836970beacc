"""Is a page about the 2026 constitutional reform? A weighted keyword model anyone can read and audit.

Every term is a word-start pattern over the casefolded title and text with a weight and a kind:
- strong terms name the reform itself (the Constitutional Commission, the new Constitution or its draft, the
  referendum, the unicameral Kurultai or single chamber, the end of the Senate and the Mazhilis, Halyk Kenesi, the
  post of vice-president);
- weak terms are words the reform uses but other stories use too (Constitution, Constitutional Court, Basic Law,
  vice-president). Their sum is capped below the threshold, so weak terms alone never make a page relevant;
- neutral terms swallow set phrases that only look like the reform ("Constitution Day", "Article 26 of the
  Constitution", "the 2022 referendum") so that the word inside them is not counted;
- negative terms mark the other recent referendum Kazakhstan held (the 2024 nuclear power plant): on a page that
  has one, the word "referendum" counts nothing.
A page whose title and lead name other countries (Uzbekistan, Tashkent, Uzbek; Italy, Italians; in ru, kk and en)
more often than Kazakhstan keeps a fifth of its points, and if it never names Kazakhstan, a fifth for each foreign
mention (at most three).
Matches in the title count double; repeats in the text saturate.

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
FOREIGN_FACTOR = 0.2  # share of points kept by a page about another country (see relevance())

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


def _past_referendums(referendum: str) -> list[Term]:
    """Kazakhstan's earlier referendums (1995, 2022, 2024: the nuclear plant) and Uzbekistan's of 2023, named by
    their year: a neutral phrase that swallows the word "referendum" so that it does not count for the reform."""
    years = ("1995", "2022", "2023", "2024")
    after = rf"{referendum}{SP}(?:of{SP}|in{SP})?(?:{'|'.join(years)})"
    # "2024 жылғы референдум", "2022 года референдум", "the 2022 constitutional referendum": up to two words between
    return [term("earlier referendum", 0, NEUTRAL, after,
                 *(rf"{year}(?:-\w+)?{SP}(?:\w+{SP}){{0,2}}{referendum}" for year in years))]


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
    *_past_referendums(rf"референдум{W}"),
    term("референдум по аэс", 0, NEGATIVE, r"аэс", rf"атомн{W}", rf"росатом{W}"),
    term("референдум", 2, STRONG, rf"референдум{W}"),
    term("однопалатный парламент", 3, STRONG, rf"однопалатн{W}", rf"двухпалатн{W}", rf"одн{W}{SP}палат{W}"),
    term("конец сената и мажилиса", 3, STRONG,
         rf"сенат{W}{SP}и{SP}мажилис{W}{SP}(?:будут{SP})?(?:прекрат|прекращ|упраздн|ликвидир|распуск|распущ|замен|уйдут)",
         rf"мажилис{W}{SP}и{SP}сенат{W}{SP}(?:будут{SP})?(?:прекрат|прекращ|упраздн|ликвидир|распуск|распущ|замен|уйдут)",
         rf"последн{W}{SP}(?:в{SP}истории{SP})?совместн{W}{SP}заседани{W}{SP}(?:сенат|мажилис|палат|парламент)",
         *(rf"{a}{W}{SP}и{SP}{b}{W}{SP}(?:провел{W}|проведут){SP}последн{W}" for a, b in (("сенат", "мажилис"), ("мажилис", "сенат"))),
         rf"упраздн{W}{SP}сенат{W}", rf"ликвидац{W}{SP}сенат{W}", rf"отказ{W}{SP}от{SP}сенат{W}",
         rf"сенат{W}{SP}(?:будет{SP})?(?:упраздн|ликвидир){W}",
         rf"вместо{SP}(?:сенат{W}|двух{SP}палат{W}|двухпалатн{W}|мажилис{W}{SP}и{SP}сенат{W})", rf"замен{W}{SP}(?:собой{SP})?сенат{W}",
         *(rf"{verb}{W}{SP}к{SP}курулта{W}" for verb in ("перейд", "переход", "перешл", "передад", "передаю"))),
    term("палаты парламента", 0.5, WEAK, rf"верхн{W}{SP}палат{W}", rf"нижн{W}{SP}палат{W}"),
    term("парламентская реформа", 3, STRONG, rf"парламентск{W}{SP}реформ{W}"),
    term("национальный курултай", 0.5, WEAK, rf"национальн{W}{SP}курултай{W}"),
    term("депутаты курултая", 3, STRONG, rf"депутат{W}{SP}курулта{W}", rf"выбор{W}(?:{SP}депутат{W})?(?:{SP}в)?{SP}курулта{W}"),
    term("курултай", 1, WEAK, rf"курулта{W}"),
    term("халык кенеси", 3, STRONG, rf"халық{SP}кеңес{W}", rf"халык{SP}кенес{W}", rf"народн{W}{SP}совет{W}{SP}казахстан{W}"),
    term("пост вице-президента", 3, STRONG, *(rf"{post}{SP}{_VICE_PRESIDENT}" for post in ("пост", rf"должност{W}", rf"институт{W}", rf"учрежд{W}", rf"введени{W}"))),
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
    *_past_referendums(rf"референдум{W}"),
    term("референдум по аэс", 0, NEGATIVE, r"аэс", rf"атом{SP}электр{W}", rf"атом{SP}энерг{W}"),
    term("референдум", 2, STRONG, rf"референдум{W}"),
    term("бір палаталы парламент", 3, STRONG, rf"бір{SP}палатал{W}", rf"екі{SP}палатал{W}"),
    term("сенат пен мәжілістің соңы", 3, STRONG,
         rf"сенат{W}{SP}пен{SP}мәжіліс{W}{SP}(?:өз{SP}жұмысын{SP})?(?:тоқта|жойыл|таратыл|орнына)",
         *(rf"{chamber}{W}{SP}(?:тарихтағы{SP})?соңғы{SP}бірлескен{SP}отырыс{W}" for chamber in ("сенат", "мәжіліс", "палата")),
         rf"тарихтағы{SP}соңғы{SP}(?:бірлескен{SP})?отырыс{W}",
         rf"сенатты{SP}(?:жой|тарат){W}", rf"сенат{W}{SP}(?:жойыл|таратыл){W}",
         rf"сенат{W}{SP}орнына", rf"екі{SP}палата{W}{SP}орнына",
         rf"билі{W}{SP}құрылтайға{SP}өт{W}"),
    term("палаталар", 0.5, WEAK, rf"жоғарғы{SP}палата{W}", rf"төменгі{SP}палата{W}"),
    term("парламенттік реформа", 3, STRONG, rf"парламенттік{SP}реформа{W}"),
    term("ұлттық құрылтай", 0.5, WEAK, rf"ұлттық{SP}құрылтай{W}"),
    term("құрылтай депутаттары", 3, STRONG, rf"құрылтай{W}{SP}(?:депутат{W}|сайлау{W})"),
    term("құрылтай", 1, WEAK, rf"құрылтай{W}"),
    term("халық кеңесі", 3, STRONG, rf"халық{SP}кеңес{W}"),
    term("вице-президент лауазымы", 3, STRONG, rf"{_VICE_PRESIDENT}{SP}(?:лауазым|институт){W}"),
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
    *_past_referendums(rf"referendum{W}"),
    term("nuclear plant referendum", 0, NEGATIVE, r"nuclear", rf"npp\b", rf"rosatom"),
    term("referendum", 2, STRONG, rf"referendum{W}"),
    term("unicameral parliament", 3, STRONG, r"unicameral", r"bicameral",
         rf"single[-\s]+chamber", rf"one[-\s]+chamber", rf"two[-\s]+chamber"),
    term("end of the senate and the mazhilis", 3, STRONG,
         *(rf"{a}{SP}and{SP}(?:the{SP})?{b}{SP}(?:will{SP}|would{SP})?(?:cease|dissolve|be{SP}dissolved|be{SP}abolished|"
           rf"be{SP}replaced|hold{W}{SP}(?:their{SP}|a{SP})?(?:final|last))" for a, b in (("senate", "mazhilis"), ("mazhilis", "senate"))),
         *(rf"{last}{SP}(?:ever{SP})?joint{SP}(?:sitting|session|meeting){SP}of{SP}(?:the{SP})?(?:senate|mazhilis|parliament|"
           rf"two{SP}chambers|both{SP}chambers|chambers|houses)" for last in ("final", "last")),
         rf"abolish{W}{SP}(?:the{SP})?senate", rf"abolition{SP}of{SP}(?:the{SP})?senate", rf"scrap{W}{SP}(?:the{SP})?senate",
         rf"eliminat{W}{SP}(?:the{SP})?senate", rf"replac{W}{SP}(?:the{SP})?senate{SP}and",
         rf"senate{SP}(?:will{SP}be{SP}|would{SP}be{SP}|is{SP}|was{SP}|being{SP})(?:abolished|scrapped|eliminated)",
         rf"instead{SP}of{SP}(?:the{SP})?(?:senate{SP}and|mazhilis{SP}and|two{SP}chambers)",
         *(rf"{verb}{W}{SP}to{SP}the{SP}kurultai" for verb in ("pass", "transfer"))),
    term("upper and lower house", 0.5, WEAK, rf"upper{SP}(?:house|chamber)", rf"lower{SP}(?:house|chamber)"),
    term("parliamentary reform", 3, STRONG, rf"parliamentary{SP}reform"),
    term("national kurultai", 0.5, WEAK, rf"national{SP}kurultai"),
    term("kurultai election", 3, STRONG, rf"kurultai{SP}(?:election|deputies|deputy)", rf"deputies{SP}of{SP}the{SP}kurultai"),
    term("kurultai", 1, WEAK, r"kurultai"),
    term("halyk kenesi", 3, STRONG, rf"halyk{SP}kenesi", rf"people's{SP}council"),
    term("post of vice president", 3, STRONG, *(rf"{post}{SP}of{SP}(?:the{SP})?vice[-\s]?president" for post in ("post", "office", "position"))),
    term("vice president", 1, WEAK, rf"vice[-\s]?president{W}"),
]

# Whose story is it: a page about another country's constitution names that country (its people, capital, leader, in
# ru, kk and en) more than Kazakhstan. Word starts; a trailing "=" asks for the whole word ("russia=" is not
# "russian", the language many Kazakh pages are published in; "ақш=" is not "ақша", money); "_" is a space.
FOREIGN_PLACES = tuple(name.replace("_", " ") for name in """
    узбек өзбек uzbek ташкент tashkent мирзиё мирзие mirziyoyev
    кыргыз киргиз қырғыз kyrgyz бишкек бішкек bishkek жогорку жапаров japarov zhaparov
    таджик тәжік tajik душанбе dushanbe туркмен түрікмен turkmen
    итали итальян italy italian рим= rome= мелони meloni
    франци француз франция париж france french paris макрон macron
    германи немец неміс germany german берлин berlin
    сша= ақш= америк american united_states u.s. washington вашингтон белого_дома белый_дом трамп trump байден biden
    росси рф= ресей russia= kremlin кремл путин putin госдум
    турци турецк түркия түрік turkey turkish türkiye анкар ankara эрдоган erdogan
    белорус беларус belarus лукашенк lukashenko армени армян armenia= armenian грузи georgia азербайджан әзірбайжан azerbaijan
    молдов moldova украин ukrain китай кнр= қытай china chinese монгол моңғол mongolia
    швейцар switzerland swiss ирланд ireland irish британ britain british brexit чили= chile= чилий chilean
""".split())
DOMESTIC_PLACES = tuple(name.replace("_", " ") for name in """
    казахстан казах қазақстан kazakh астан astana алматы almaty акорд ақорд akorda токаев тоқаев tokayev
    мажилис мәжіліс mazhilis курулта құрылтай kurultai халық_кеңес халык_кенес halyk_kenes
    шымкент shymkent караганд қарағанд karaganda актоб ақтөбе aktobe атырау atyrau актау ақтау aktau павлодар pavlodar
    костана қостана kostanay петропавл petropavlovsk кызылорд қызылорд kyzylorda туркестан түркістан turkistan
    тараз taraz семей semey усть-каменогорск өскемен oskemen уральск орал= uralsk кокшета көкшета kokshetau жезказган жезқазған
    талдыкорган талдықорған taldykorgan конаев қонаев konayev
""".split())
_LEAD_CHARS = 800  # whose story it is shows in the title and the first paragraphs


_FOREIGN, _DOMESTIC = 1, 2


def _place_index(*places: tuple[tuple[str, ...], int]):
    """Stems by their first three letters; phrases (a space, a dot) and shorter names are found with str.find."""
    by_prefix: dict[str, list[tuple[str, int, bool]]] = {}
    phrases: list[tuple[str, int, bool]] = []
    for stems, side in places:
        for stem in stems:
            name, whole = stem.rstrip("="), stem.endswith("=")
            if name.replace("-", "").isalnum() and len(name) >= 3:
                by_prefix.setdefault(name[:3], []).append((name, side, whole))
            else:
                phrases.append((name, side, whole))
    return by_prefix, tuple(phrases)


_PLACES_BY_PREFIX, _PLACE_PHRASES = _place_index((FOREIGN_PLACES, _FOREIGN), (DOMESTIC_PLACES, _DOMESTIC))
_PUNCTUATION = "«»“”„\"'()[]{}.,;:!?-–—/"


def _place_mentions(lead: str) -> tuple[int, int]:
    """Words of lead that name another country, and those that name Kazakhstan (word starts: "узбекск" is Uzbek).
    str.split and a dict of three-letter prefixes: a regex or a str.find per name over the lead costs twice as much."""
    counts = [0, 0, 0]  # by side: [unused, foreign, domestic]
    candidates_of = _PLACES_BY_PREFIX.get
    for word in lead.split():
        candidates = candidates_of(word[:3])
        if candidates is None:
            if word[0].isalnum():
                continue
            word = word.lstrip(_PUNCTUATION)
            candidates = candidates_of(word[:3])
            if candidates is None:
                continue
        for name, side, whole in candidates:
            if word.startswith(name) and not (whole and word[len(name):len(name) + 1].isalnum()):
                counts[side] += 1
                break
    for name, side, whole in _PLACE_PHRASES:
        position = lead.find(name)
        while position != -1:
            end = position + len(name)
            if not (position and lead[position - 1].isalnum()) and not (whole and lead[end:end + 1].isalnum()):
                counts[side] += 1
            position = lead.find(name, end)
    return counts[_FOREIGN], counts[_DOMESTIC]


# Every term's match contains one of these substrings (tests check it). Finding them with str.find runs in C
# over the whole page; the regex then reads only a window around each, which is what makes the model fast.
ANCHORS = (
    "конституц", "основн", "референдум", "палат", "реформ", "курулта", "құрылтай", "кеңес", "кенес", "совет",
    "президент", "обсужден", "талқылау", "аэс", "электр", "заң", "атом", "сенат", "мажилис", "мәжіліс", "совместн",
    "тарихтағы",
    "constitution", "basic", "referendum", "cameral", "chamber", "reform", "kurultai", "kenesi", "council",
    "president", "nuclear", "npp", "rosatom", "senate", "mazhilis", "joint", "upper", "lower",
)
# Characters read before and after an anchor: more than any phrase reaches ("выборы депутатов в Курултай"
# starts 20 before its anchor, "конституционной комиссии" ends 24 after).
_BEFORE, _AFTER = 40, 48

_REFERENDUM = ("референдум", "referendum")  # labels of the terms a negative term cancels

_KIND_ORDER = {NEUTRAL: 0, STRONG: 1, NEGATIVE: 1, WEAK: 2}


class _TermSet:
    """All terms of one language in one precompiled regex that the engine can search quickly.

    Python's `re` skips ahead in C only when every alternative starts with a plain letter, so the patterns
    are grouped under their first three letters: `кон(?:(?P<g0>ституционн...)|(?P<g1>ституци...))|реф(...)`,
    and those prefixes under their first letter (`к(?:он(...)|ур(...))`): the engine then tries one alternative
    per letter at each position, not one per prefix (a third faster with the 2026-11 vocabulary).
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
                if not (prefix.isalnum() and pattern[_PREFIX:_PREFIX + 1] not in ("?", "*", "+", "{")):
                    raise ValueError(f"pattern must start with {_PREFIX} plain letters: {pattern!r}")
                name = f"g{len(self._term_of_group)}"
                self._term_of_group.append(index)
                groups.setdefault(prefix, []).append(f"(?P<{name}>{pattern[_PREFIX:]})")
        # and the prefixes under their first letter, so that the engine tries one alternative per letter, not per prefix
        by_letter: dict[str, list[str]] = {}
        for prefix, alts in groups.items():
            by_letter.setdefault(prefix[0], []).append(f"{prefix[1:]}(?:{'|'.join(alts)})")
        self.regex = re.compile("|".join(f"{letter}(?:{'|'.join(alts)})" for letter, alts in by_letter.items()))
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

    if any(term_set.terms[i].kind == NEGATIVE for i in points_by_term):
        # the page is about the nuclear plant referendum: its "referendum" is not the reform's
        for i in points_by_term:
            if term_set.terms[i].label in _REFERENDUM:
                points_by_term[i] = 0.0
    strong = sum(p for i, p in points_by_term.items() if term_set.terms[i].kind == STRONG)
    weak = sum(p for i, p in points_by_term.items() if term_set.terms[i].kind == WEAK)
    points = strong + min(weak, WEAK_CAP)

    if points >= THRESHOLD:
        lead = title + "\n" + text[:_LEAD_CHARS]
        foreign, domestic = _place_mentions(lead)
        if foreign > domestic:
            # a page that never names Kazakhstan loses a factor per foreign mention; one that does (Kazakhs voting in
            # Turkey, Russia and Germany) only one factor, as a Kazakh story with foreign names may be the reform's
            points *= FOREIGN_FACTOR ** (min(foreign, 3) if domestic == 0 else 1)

    points = max(points, 0.0)
    score = points / (points + THRESHOLD)
    matched = [
        term_set.terms[i].label
        for i, p in sorted(points_by_term.items(), key=lambda item: -item[1])
        if term_set.terms[i].kind in (STRONG, WEAK) and p > 0
    ]
    return Relevance(relevant=score >= 0.5, score=round(score, 4), matched=matched)
