"""Russian attribution rules: where a statement is, and which words name its speaker.

Patterns (sources.md): «…», — отметил X; X: «…»; X отметил/заявил/считает, что …; Как подчеркнул X, …;
По словам X, …; По его/ее словам, …; X подчеркнул необходимость … (a noun object).
"""
from __future__ import annotations

import re

from pipeline.nlp.candidates import Candidate, trim
from pipeline.nlp.lexicon import RU_OBJECT_VERBS, RU_VERB
from pipeline.nlp.spans import Span, paragraphs

_QUOTE = r"«(?P<q>(?:[^«»]|«[^«»]*»)+)»"
_DASH = r"[–—-]"
_QUOTE_THEN_VERB = re.compile(
    _QUOTE + rf"\s*[,.!?…]?\s*{_DASH}\s*(?P<verb>{RU_VERB})\s+(?P<spk>[^.!?«»]+?)\s*(?=[.!?]|$)", re.I
)
_DASH_SPEECH_THEN_VERB = re.compile(
    rf"^{_DASH}\s*(?P<q>[^–—]+?)[,.!?…]?\s*{_DASH}\s*(?P<verb>{RU_VERB})\s+(?P<spk>[^.!?«»]+?)\s*(?=[.!?]|$)", re.I
)
_SPEAKER_COLON_QUOTE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<spk>[^.!?:«»]{3,150}?):\s*" + _QUOTE)
_PO_SLOVAM = re.compile(r"\bПо\s+(?:словам|мнению|оценке|убеждению)\s+(?P<spk>[^,]{2,120}?),\s*(?P<c>.+)$", re.I | re.S)
_PO_EGO = re.compile(r"\bПо\s+(?P<pron>его|ее|её|их)\s+(?:словам|мнению|оценке)\s*,\s*(?P<c>.+)$", re.I | re.S)
_KAK = re.compile(rf"^(?:Как|Так,?\s+как)\s+(?P<verb>{RU_VERB})\s+(?P<spk>[^,]{{2,150}}?),\s*(?P<c>.+)$", re.I | re.S)
_VERB_CHTO = re.compile(rf"(?P<verb>{RU_VERB})\s*,\s*(?:что|чтобы)\s+(?P<c>.+)$", re.I | re.S)
_VERB_OBJECT = re.compile(rf"(?P<verb>{RU_VERB})\s+(?P<c>(?!что\b|как\b|на\s+брифинге|журналистам)[а-яё].+)$", re.S)
_PARENTHETICAL = re.compile(
    r"^(?:впрочем|однако|в свою очередь|также|в частности|кроме того|при этом|вместе с тем|между тем|по сути|"
    r"в целом|как известно|напомним|в итоге|наконец)$", re.I
)
_LEAD_ADVERB = re.compile(
    r"^(?:(?:ранее|также|кроме того|при этом|затем|позже|позднее|сегодня|вчера|в свою очередь|однако|а|и|но|"
    r"вместе с тем|в частности|тогда|впрочем)[\s,]+)+", re.I
)


def find(text: str, sentences: list[Span]) -> list[Candidate]:
    found: list[Candidate] = []
    for paragraph in paragraphs(text):
        # dialogue ("– …, – сказал X.") may hold several sentences: read it paragraph-wide
        m = _DASH_SPEECH_THEN_VERB.match(paragraph.text)
        if m:
            found.append(_quote_candidate(text, paragraph.start, m, "dash_then_verb"))
    for sentence in sentences:
        if any(c.start < sentence.end and sentence.start < c.end for c in found):
            continue
        found.extend(_direct(text, sentence))
    taken = [(c.start, c.end) for c in found]
    for sentence in sentences:
        if any(s < sentence.end and sentence.start < e for s, e in taken):
            continue
        candidate = _indirect(text, sentence)
        if candidate is not None:
            found.append(candidate)
    return sorted(found, key=lambda c: (c.start, c.end))


def _direct(text: str, sentence: Span) -> list[Candidate]:
    out = []
    base = sentence.start
    for m in _QUOTE_THEN_VERB.finditer(sentence.text):
        out.append(_quote_candidate(text, base, m, "quote_then_verb"))
    if not out:
        m = _DASH_SPEECH_THEN_VERB.match(sentence.text)
        if m:
            out.append(_quote_candidate(text, base, m, "dash_then_verb"))
    if not out:
        for m in _SPEAKER_COLON_QUOTE.finditer(sentence.text):
            s, e = trim(text, base + m.start("q"), base + m.end("q"))
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            out.append(Candidate(s, e, "direct", "", ss, se, "speaker_colon_quote"))
    return out


_SPEAKER_TAIL = re.compile(r"\s+(?:в|во|на|по|после|перед|при|журналистам|корреспонденту|отвечая)\s|,")


def _quote_candidate(text: str, base: int, m: re.Match, pattern: str) -> Candidate:
    s, e = trim(text, base + m.start("q"), base + m.end("q"))
    tail = _SPEAKER_TAIL.search(m.group("spk"))
    spk_end = m.start("spk") + tail.start() if tail else m.end("spk")
    ss, se = trim(text, base + m.start("spk"), base + spk_end)
    return Candidate(s, e, "direct", m.group("verb").lower(), ss, se, pattern)


def _indirect(text: str, sentence: Span) -> Candidate | None:
    base, body = sentence.start, sentence.text
    m = _PO_EGO.search(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        return Candidate(s, e, "indirect", "по словам", base + m.start("pron"), base + m.end("pron"),
                         "po_ego_slovam", pronoun=m.group("pron").lower())
    m = _PO_SLOVAM.search(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        return Candidate(s, e, "indirect", "по словам", ss, se, "po_slovam", case="gent")
    m = _KAK.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        return Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "kak_verb")
    for regex, pattern in ((_VERB_CHTO, "verb_chto"), (_VERB_OBJECT, "verb_object")):
        for m in regex.finditer(body):
            verb = m.group("verb")
            if pattern == "verb_object" and not RU_OBJECT_VERBS.match(verb):
                continue
            subject = _subject_before(body, m.start("verb"))
            if subject is None:
                continue
            s, e = trim(text, base + m.start("c"), base + m.end("c"))
            return Candidate(s, e, "indirect", verb.lower(), base + subject[0], base + subject[1], pattern)
    return None


def _subject_before(body: str, verb_at: int) -> tuple[int, int] | None:
    """The clause subject just before the verb: the last comma-separated piece that is not a parenthetical."""
    head = body[:verb_at]
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", head)]
    while pieces:
        s, e = pieces[-1]
        chunk = head[s:e].strip()
        if chunk and not _PARENTHETICAL.match(chunk):
            break
        pieces.pop()
    if not pieces:
        return None
    s, e = pieces[-1]
    chunk = head[s:e]
    lead = _LEAD_ADVERB.match(chunk.strip())
    offset = len(chunk) - len(chunk.lstrip())
    if lead:
        offset += lead.end()
    s += offset
    chunk = head[s:e].rstrip()
    if not chunk or len(chunk.split()) > 9 or "«" in chunk or "»" in chunk:
        return None
    return s, s + len(chunk)
