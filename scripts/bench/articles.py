"""Generated reports: a title and paragraphs in ru, kk or en, about the reform or about something else,
with reported speech (quotes with a speaker, "X said that ...") in the proportions news has.

Lengths follow news: most reports have 4 to 12 paragraphs, a few run past 40 (interviews, explainers).
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

from scripts.bench import vocabulary_en, vocabulary_kk, vocabulary_ru
from scripts.bench.grammar import capitalise, expand

VOCABULARIES = {"ru": vocabulary_ru, "kk": vocabulary_kk, "en": vocabulary_en}
TOPICS = ("reform", "other")
SPEECH_SHARE = 0.35
NARRATIVE_SHARE = 0.35
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 2, 60


@dataclass(frozen=True)
class Article:
    language: str
    topic: str
    title: str
    paragraphs: tuple[str, ...]


def _topic_vocabulary(language: str, topic: str) -> dict[str, list[str]]:
    module = VOCABULARIES[language]
    return {**module.SHARED, **(module.REFORM if topic == "reform" else module.OTHER)}


_CACHE: dict[tuple[str, str], dict[str, list[str]]] = {}


def vocabulary(language: str, topic: str) -> dict[str, list[str]]:
    key = (language, topic)
    if key not in _CACHE:
        _CACHE[key] = _topic_vocabulary(language, topic)
    return _CACHE[key]


def paragraph_count(rng: random.Random) -> int:
    # log-normal: median about 7, a long tail of long reads
    return max(MIN_PARAGRAPHS, min(MAX_PARAGRAPHS, int(math.exp(rng.gauss(1.95, 0.6)))))


def speaker_bindings(rng: random.Random, language: str, words: dict[str, list[str]]) -> dict[str, str]:
    module = VOCABULARIES[language]
    gender = rng.choice(("m", "m", "f"))
    # Kazakh surnames take the Russian feminine ending, in Latin script too (Omarova)
    feminine = ("a" if language == "en" else "а") if gender == "f" else ""
    surname = rng.choice(module.SURNAMES) + feminine
    role = expand(rng.choice(words["role"]), words, rng)
    return {
        "speaker": f"{role} {rng.choice(module.FIRST_NAMES[gender])} {surname}",
        "said": rng.choice(words[f"said_{gender}"]),
        "say_that": rng.choice(words[f"say_that_{gender}"]),
        "pronoun_phrase": rng.choice(words["his" if gender == "m" else "her"]),
    }


def sentence(rng: random.Random, language: str, words: dict[str, list[str]]) -> str:
    roll = rng.random()
    if roll < SPEECH_SHARE:
        bindings = speaker_bindings(rng, language, words)
        return capitalise(expand(rng.choice(words["speech"]), words, rng, bindings))
    if roll < SPEECH_SHARE + NARRATIVE_SHARE:
        return capitalise(expand(rng.choice(words["narrative"]), words, rng))
    return capitalise(expand("{clause}", words, rng)) + "."


def paragraph(rng: random.Random, language: str, words: dict[str, list[str]]) -> str:
    return " ".join(sentence(rng, language, words) for _ in range(rng.choice((1, 1, 2, 2, 3))))


def generate_article(rng: random.Random, language: str, topic: str, paragraphs: int | None = None) -> Article:
    words = vocabulary(language, topic)
    count = paragraphs or paragraph_count(rng)
    seen: dict[str, None] = {}
    # The parsers drop a paragraph printed twice (a repeated lead): generate distinct ones.
    for _ in range(count * 3):
        seen.setdefault(paragraph(rng, language, words), None)
        if len(seen) == count:
            break
    title = capitalise(expand(rng.choice(words["title"]), words, rng))
    return Article(language, topic, title, tuple(seen))


def headline(rng: random.Random, language: str) -> str:
    """A headline for the "latest news" lists that surround an article."""
    return capitalise(expand(rng.choice(vocabulary(language, rng.choice(TOPICS))["title"]),
                             vocabulary(language, "other"), rng))
