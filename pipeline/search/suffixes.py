"""The stemmers of search, as data: ordered suffix-stripping rules that run the same in Python and in DuckDB SQL.

The published DuckDB file is searched by people who cannot run Python, so the query is stemmed by a SQL macro
(`regexp_replace`, RE2) while the index was stemmed here (Python `re`). Both sides must give the same stem to the same
word, so every rule is one anchored regular expression written in the syntax both engines share: a stem group with
a lazy tail, then an alternation of suffixes. The lazy tail makes the stem as short as the stem's condition allows,
so the longest suffix that fits is the one removed, in both engines.

A rule is a list of alternatives (stem condition, suffixes) tried in order: the first alternative that matches wins,
as Snowball tries its suffix groups in order. A stemmer is a list of rules applied one after another.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Alternative:
    stem: str  # regex the kept part must match; ends lazily so the longest suffix goes
    suffixes: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    alternatives: tuple[Alternative, ...]

    @property
    def pattern(self) -> str:
        branches = [f"({a.stem})(?:{'|'.join(sorted(a.suffixes, key=len, reverse=True))})" for a in self.alternatives]
        return "^(?:" + "|".join(branches) + ")$"

    @property
    def replacement(self) -> str:
        # RE2 and Python both read an unmatched group as empty: only the winning branch's stem remains.
        return "".join(f"\\{i}" for i in range(1, len(self.alternatives) + 1))


def rule(*alternatives: tuple[str, str]) -> Rule:
    """rule((stem_regex, 'suffix suffix ...'), ...)."""
    return Rule(tuple(Alternative(stem, tuple(suffixes.split())) for stem, suffixes in alternatives))


# --- Russian: the Snowball Russian algorithm, its suffix groups and four steps as regular expressions. Snowball
# strips only inside RV, the part after the first vowel, and the derivational -ость only inside R2 (after the
# second vowel-consonant pair).
_RU_VOWELS = "аеиоуыэюя"
_RV = f"[^{_RU_VOWELS}]*[{_RU_VOWELS}].*?"
_R2 = f"[^{_RU_VOWELS}]*[{_RU_VOWELS}]+[^{_RU_VOWELS}][^{_RU_VOWELS}]*[{_RU_VOWELS}]+[^{_RU_VOWELS}].*?"
_RV_AFTER_A = _RV + "[ая]"  # groups 1 of gerunds, participles and verbs keep the а/я they follow

_RU_ADJECTIVE = "ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею"


def _participle_adjectives(participles: str) -> str:
    return " ".join(p + a for p in participles.split() for a in _RU_ADJECTIVE.split())


RUSSIAN = (
    rule((_RV, "ся сь")),  # reflexive; a gerund in -вшись is still found by the next rule as -вши
    rule(
        (_RV_AFTER_A, "в вши"),  # perfective gerund
        (_RV, "ив ивши ыв ывши"),
        (_RV_AFTER_A, _participle_adjectives("ем нн вш ющ щ")),  # adjectival: participle + adjective
        (_RV, _participle_adjectives("ивш ывш ующ")),
        (_RV, _RU_ADJECTIVE),
        (_RV_AFTER_A, "ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно"),  # verb
        (_RV, "ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть "
              "ишь ую ю"),
        (_RV, "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю "
              "ия ья я"),  # noun
    ),
    rule((_RV, "и")),
    rule((_R2, "ость ост")),  # derivational: стабильность -> стабильн, as стабильный
    rule((_RV, "ейше ейш")),  # superlative
    rule((_RV + "н", "н")),  # undouble н: конституционн -> конституцион
    rule((_RV, "ь")),
)

# --- Kazakh: nominal suffixes only, stripped from the right in the order they stack on a word:
# root + plural + possessive + case (Құрылтай+лар+ы+ның). Verbs are not analysed. The kept stem must have three
# letters or more and a vowel: a shorter stem is too often the root's own letters (орта, "middle", is not ор + -та).
_KK_VOWELS = "аәеёиоөуұүыіэюя"
_KK_STEM = f"(?:[^{_KK_VOWELS}]{{2,}}[{_KK_VOWELS}].*?|[^{_KK_VOWELS}][{_KK_VOWELS}].+?|[{_KK_VOWELS}].{{2,}}?)"

_KK_CASES = " ".join([
    "ның нің дың дің тың тің",  # genitive
    "ға ге қа ке",  # dative
    "ына іне сына сіне ыңа іңе",  # dative after a possessive: bare -на/-не/-а/-е would cut Астана to Аста
    "ны ні ды ді ты ті сын сін",  # accusative (-сын/-сін after a possessive)
    "да де та те нда нде",  # locative
    "дағы дегі тағы тегі ндағы ндегі",  # locative attributive: Конституциядағы
    "дан ден тан тен нан нен",  # ablative
    "мен бен пен",  # instrumental
])
_KK_POSSESSIVES = "ы і сы сі ым ім ың ің ымыз іміз мыз міз ыңыз іңіз ңыз ңіз"
_KK_PLURALS = "лар лер дар дер тар тер"

KAZAKH = (
    rule((_KK_STEM, _KK_CASES)),
    rule((_KK_STEM, _KK_POSSESSIVES)),
    rule((_KK_STEM, _KK_PLURALS)),
)

# --- English: a light stemmer (inflection and the commonest derivations), not Porter: Porter's conditions on
# measure do not fit one regular expression a rule. Stems keep three letters or more and a vowel.
_EN_VOWELS = "aeiouy"
_EN_STEM = f"(?:[^{_EN_VOWELS}]{{2,}}[{_EN_VOWELS}].*?|[^{_EN_VOWELS}][{_EN_VOWELS}].+?|[{_EN_VOWELS}].{{2,}}?)"

ENGLISH = (
    rule(
        (_EN_STEM, "ational ations ation ional ions ion ities ity ments ment ness ives ive ings ing ial edly ed ly "
                   "ies es e y"),
        (_EN_STEM + "[^siu]", "s"),  # plural -s, but not the -s of congress, status, thesis
    ),
)

STEMMERS: dict[str, tuple[Rule, ...]] = {"ru": RUSSIAN, "kk": KAZAKH, "en": ENGLISH}
