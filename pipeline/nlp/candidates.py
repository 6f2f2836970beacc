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
        topic = _topic_sentence(text, previous)
        if topic is not None and (last is None or last.end <= topic[0]):
            # "Она обратила внимание и на переходные положения. / «…».": the quote is what she said on that topic
            s, e = trim(text, paragraph.start + m.start("q"), paragraph.start + m.end("q"))
            spk = text[topic[0]:topic[1]]
            out.append(Candidate(s, e, "direct", "", topic[0], topic[1], "continued_quote",
                                 pronoun=spk.lower() if spk.lower() in _PRONOUN_SUBJECTS else ""))
            continue
        if last is None or previous.end - max(last.end, last.speaker_end) > 40 \
                or last.kind != "direct" and previous.end - last.end > 3:
            continue  # an indirect statement goes on in a quote only when it ends the paragraph before
        s, e = trim(text, paragraph.start + m.start("q"), paragraph.start + m.end("q"))
        out.append(Candidate(s, e, "direct", last.verb, paragraph.start, paragraph.start, "continued_quote",
                             pronoun="continued"))
    return out


# a sentence that says only what someone spoke about ("Она обратила внимание на …", "Ол … туралы айтып берді"): no
# statement itself, but it introduces the quote paragraph after it
_PRONOUN_SUBJECTS = {"он", "она", "они", "ол", "олар"}
_TOPIC_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?P<spk>Он|Она|Они|Ол|Олар|"
    # a role before the name is part of the subject: "Заместитель председателя комиссии Ерлан Карин остановился на …"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s+[\w-]+){0,5}?\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?=\s)|"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)?)\s+"
    r"(?:[^.!?«»“”\"]{0,120}?\s)?"
    r"(?:рассказал[аи]?|остановил(?:ся|ась|ись)|обратил[аи]?\s+внимание|коснул(?:ся|ась|ись)|затронул[аи]?|"
    r"поделил(?:ся|ась|ись)|высказал(?:ся|ась|ись)|"
    r"(?:туралы|жайында|жөнінде)\s+(?:[\w-]+\s+)?(?:айтып\s+берді|айтты|сөз\s+етті|әңгімеледі)|тоқталды|"
    r"тоқталып\s+өтті)\b[^.!?«»“”\"]*[.!?]$")


def _topic_sentence(text: str, paragraph) -> tuple[int, int] | None:
    """The subject of the paragraph's last sentence when that sentence only names a topic of speech."""
    m = None
    for m in _TOPIC_SENTENCE.finditer(paragraph.text):
        pass
    if m is None or m.end() != len(paragraph.text):
        return None
    return paragraph.start + m.start("spk"), paragraph.start + m.end("spk")
