"""Paragraphs and sentences of a document text, with character offsets into that text.

Every statement keeps `text[char_start:char_end]`, so the splitting never rewrites the text: it only finds
boundaries. A sentence never ends inside quotation marks, because a quote of several sentences is one statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPENING = {"«": "»", "“": "”", "„": "“"}
_ABBREVIATIONS = {
    "г", "гг", "т", "е", "др", "им", "ул", "пр", "см", "им", "руб", "тыс", "млн", "млрд", "проф", "акад",
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "inc", "corp", "gov", "co",
}
_WORD_BEFORE = re.compile(r"(\w+)$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    paragraph: int


def paragraphs(text: str) -> list[Span]:
    out = []
    for number, m in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        body = m.group(0)
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            out.append(Span(m.start() + lead, m.start() + lead + len(stripped), stripped, number))
    return out


def sentences(text: str) -> list[Span]:
    """Sentences of every paragraph, in order."""
    out: list[Span] = []
    for para in paragraphs(text):
        for start, end in _sentence_bounds(para.text):
            chunk = para.text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                s = para.start + start + lead
                out.append(Span(s, s + len(chunk), chunk, para.paragraph))
    return out


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    closers: list[str] = []
    opened_after_colon = False
    ascii_open = False
    opened_at = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPENING and not (ch == "“" and closers and closers[-1] == "“"):
            if not closers:
                opened_after_colon = text[:i].rstrip().endswith(":")
                opened_at = i
            closers.append(_OPENING[ch])
        elif closers and ch == closers[-1]:
            closers.pop()
            if not closers and (opened_after_colon or ch == "”" and _inside_sentence(text, start, opened_at)) \
                    and text[i - 1] in ".!?…" and text[i + 1: i + 2] == " " \
                    and i + 2 < n and text[i + 2].isupper():
                # 'The question reads: «…?» Asked about it, …': a quote the colon announced ends the sentence
                # with its own stop; a capital word after it opens the next one (a dash, "– деді X", does not)
                bounds.append((start, i + 1))
                start = i + 2
        elif ch == '"':
            if not ascii_open and not closers:
                opened_after_colon = text[:i].rstrip().endswith(":")
                opened_at = i
            elif ascii_open and not closers and (opened_after_colon or _inside_sentence(text, start, opened_at)) \
                    and text[i - 1] in ".!?…" and text[i + 1: i + 2] == " " and i + 2 < n and text[i + 2].isupper():
                # 'X put it bluntly: "…." She believes …': the same with straight quotation marks
                # ('… said the mood was "calm." The senator added …': a quote closing a sentence it is part of)
                bounds.append((start, i + 1))
                start = i + 2
            ascii_open = not ascii_open
        elif ch in ".!?…" and not closers and not ascii_open:
            j = i + 1
            while j < n and text[j] in ".!?…»”\"":
                j += 1
            if j < n and text[j] == " " and _starts_sentence(text, j + 1) and not _is_abbreviation(text, i):
                bounds.append((start, j))
                start = j + 1
                i = j
                continue
        i += 1
    bounds.append((start, n))
    return bounds


def _inside_sentence(text: str, start: int, opened_at: int) -> bool:
    """Whether a quote opened inside a clause of the narrator's ("… said the mood was "…""), not at the sentence's
    head, where a quote of several sentences may go on to its speaker."""
    return len(text[start:opened_at].split()) >= 3 and not text[start:opened_at].rstrip().endswith((",", "–", "—"))


def _starts_sentence(text: str, k: int) -> bool:
    while k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and (text[k].isupper() or text[k] in "«“\"–—-" or text[k].isdigit())


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text[:dot])
    if not m:
        return False
    word = m.group(1)
    # an initial ("А. Балаева") or a known abbreviation ("Sept. 8", "т.е.")
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS and text[dot] == "."


# how many paragraphs a quote left open may run on before it is taken for a mark never closed
_QUOTE_PARAGRAPHS = 6


def quotes_over_paragraphs(text: str, language: str) -> list[tuple[int, int]]:
    """(after the opening mark, at the closing mark) of each quotation opened in one paragraph and closed in a later
    one: one pair of marks is one statement, the paragraph break being the speaker's pause, not a new quote.

    Russian and Kazakh «…»: a paragraph opening with « again starts a quote of its own («A. / «B», – сказал X is two
    quotes, as the sets label it). English reopens a quote at each paragraph by custom ("A. / "B," he said), so a
    reopening mark there goes on with the same quote. A mark never closed gives nothing."""
    paras = paragraphs(text)
    english = language == "en"
    out = []
    i = 0
    while i < len(paras):
        opening = _left_open(paras[i].text, english)
        if opening is None:
            i += 1
            continue
        closing, j = None, i + 1
        while j < len(paras) and j - i <= _QUOTE_PARAGRAPHS:
            body = paras[j].text
            reopened = english and body[:1] in "“\""
            if not english and body.startswith("«"):
                break
            closing = _first_closing(body, english, 1 if reopened else 0)
            if closing is not None:
                break
            if not (reopened and _left_open(body, english) == 0) and any(ch in body for ch in "«»“”\""):
                break  # a paragraph with quotes of its own is no middle part of this one
            j += 1
        if closing is not None:
            out.append((paras[i].start + opening + 1, paras[j].start + closing))
            i = j
        i += 1
    return out


def _left_open(body: str, english: bool) -> int | None:
    """Where the outermost quote still open at the paragraph's end was opened."""
    stack: list[int] = []
    straight: int | None = None
    for k, ch in enumerate(body):
        if not english:
            if ch == "«":
                stack.append(k)
            elif ch == "»" and stack:
                stack.pop()
        elif ch == "“":
            stack.append(k)
        elif ch == "”" and stack:
            stack.pop()
        elif ch == '"' and not stack:
            straight = k if straight is None else None
    if english and straight is not None:
        return straight
    return stack[0] if stack else None


def _first_closing(body: str, english: bool, start: int) -> int | None:
    """The closing mark that ends a quote opened before this paragraph: the first one not closing a quote opened in
    the paragraph itself."""
    depth = 0
    for k in range(start, len(body)):
        ch = body[k]
        if ch == ("“" if english else "«"):
            depth += 1
        elif ch == ("”" if english else "»"):
            if not depth:
                return k
            depth -= 1
        elif english and ch == '"':
            return k  # straight marks do not nest: the first one after the quote has gone on closes it
    return None
