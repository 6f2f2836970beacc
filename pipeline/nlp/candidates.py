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


_QUOTE_PARAGRAPH = re.compile(r"^[«“\"](?P<q>(?:[^«»“”\"]|«[^«»]*»)+)[»”\"][.!?…]?$")


def continued_quotes(text: str, paragraphs, found: list[Candidate]) -> list[Candidate]:
    """A paragraph that is only a quote, right after a paragraph ending in someone's quoted words or in what someone
    said, goes on in the same voice («…», — сказал X. / «…».; X считает, что … . / «…».): the speaker is resolved as
    the one before ("continued")."""
    out = []
    for previous, paragraph in zip(paragraphs, paragraphs[1:]):
        m = _QUOTE_PARAGRAPH.match(paragraph.text)
        if not m or any(c.start < paragraph.end and paragraph.start < c.end for c in found):
            continue
        inside = [c for c in found if previous.start <= c.start < previous.end]
        last = max(inside, key=lambda c: c.end, default=None)
        if last is None or previous.end - max(last.end, last.speaker_end) > 40 \
                or last.kind != "direct" and previous.end - last.end > 3:
            continue  # an indirect statement goes on in a quote only when it ends the paragraph before
        s, e = trim(text, paragraph.start + m.start("q"), paragraph.start + m.end("q"))
        out.append(Candidate(s, e, "direct", last.verb, paragraph.start, paragraph.start, "continued_quote",
                             pronoun="continued"))
    return out
