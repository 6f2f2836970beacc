"""A tiny template grammar: "{slot}" names a list of alternatives in a vocabulary, expanded recursively.

Agreement (a speaker's gender and the verb that reports them) is handled by bindings that a sentence fixes
before it is expanded, so every vocabulary stays a plain dict of lists that a reader can check by eye.
"""
from __future__ import annotations

import random
import re

_SLOT = re.compile(r"\{(\w+)\}")
MAX_DEPTH = 8


def expand(template: str, vocabulary: dict[str, list[str]], rng: random.Random,
           bindings: dict[str, str] | None = None, depth: int = 0) -> str:
    """`template` with every {slot} replaced: from `bindings` if bound there, else a random alternative."""
    if depth > MAX_DEPTH:
        raise ValueError(f"grammar recursion too deep at {template!r}")
    bound = bindings or {}

    def fill(match: re.Match) -> str:
        name = match.group(1)
        if name in bound:
            return bound[name]
        if name == "n":
            return str(random_number(rng))
        if name == "day":
            return str(rng.randint(1, 28))
        choice = rng.choice(vocabulary[name])
        return expand(choice, vocabulary, rng, bound, depth + 1)

    return _SLOT.sub(fill, template)


def random_number(rng: random.Random) -> int:
    # News numbers: mostly small counts, sometimes thousands (proposals, voters).
    return rng.choice((rng.randint(2, 30), rng.randint(30, 400), rng.randint(400, 20000)))


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
