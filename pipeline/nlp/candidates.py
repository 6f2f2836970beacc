"""What an attribution rule finds: the words said, and the words naming who said them (not yet resolved)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TRAILING = re.compile(r"[\s,.;:–—-]+$")
_LEADING = re.compile(r"^[\s,;:–—-]+")


@dataclass(frozen=True)
class Candidate:
    start: int  # statement text in the document
    end: int
    kind: str  # direct | indirect
    verb: str
    speaker_start: int  # the phrase naming the speaker; empty for "По его словам"
    speaker_end: int
    pattern: str
    pronoun: str = ""  # "его", "she", "оның" when the speaker is a pronoun
    case: str = "nomn"  # grammatical case of the speaker phrase ("gent" after "По словам")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces and punctuation (a closing full stop, a comma before a dash)."""
    chunk = text[start:end]
    lead = len(chunk) - len(_LEADING.sub("", chunk))
    chunk = chunk[lead:]
    tail = len(chunk) - len(_TRAILING.sub("", chunk))
    return start + lead, end - tail


def overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end
