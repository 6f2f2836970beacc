"""Russian names and roles with natasha: NER on the sentences that need it, names put in the nominative.

The models load once, on first use (about a second), and only the sentences that may hold a speaker go through
them: the full natasha pipeline runs at about 23 documents a second, too slow for every sentence of an archive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.lexicon import ROLE_HEAD_RE

from pipeline.nlp.names import surname_stem

# Words natasha sometimes glues onto a person's name ("Мажилиса Бакыт Нурмуханов").
_NOT_NAME = {"мажилис", "сенат", "парламент", "курултай", "акорда", "цик", "конституция", "комиссия", "суд",
             "президент", "глава", "министр", "депутат", "казахстан", "республика", "халык", "кенеси"}


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    type: str  # PER, ORG, LOC
    text: str
    normal: str


@lru_cache(maxsize=1)
def _models():
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), MorphVocab(), NewsMorphTagger(embedding), NewsNERTagger(embedding)


def morph_vocab():
    return _models()[1]


def entities(text: str, windows: list[tuple[int, int]]) -> list[Entity]:
    """Named entities inside the given (start, end) windows of `text`, with offsets into `text`.

    The windows are joined into one natasha document (one model call instead of one per sentence).
    """
    if not windows:
        return []
    from natasha import Doc

    segmenter, vocab, morph_tagger, ner_tagger = _models()
    pieces, offsets, cursor = [], [], 0
    for start, end in windows:
        pieces.append(text[start:end])
        offsets.append((cursor, start))
        cursor += end - start + 1
    joined = "\n".join(pieces)
    doc = Doc(joined)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    out = []
    for span in doc.spans:
        span.normalize(vocab)
        base = _window_base(offsets, span.start)
        start, end = base + span.start, base + span.stop
        if span.type == "ORG" and (tail := _person_at_end(span, vocab)) is not None:
            # "поддержала доцент Академии Айгерим Тулегенова": the model runs the institution into the name after it
            cut, normal = tail
            start += cut
            out.append(Entity(start, end, "PER", text[start:end], normal))
            continue
        if span.type == "PER":
            fixed = _fix_person(span, vocab)
            if fixed is None:
                continue
            cut, normal = fixed
            start += cut
        else:
            normal = span.normal or span.text
        out.append(Entity(start, end, span.type, text[start:end], normal))
    return out


def _person_at_end(span, vocab) -> tuple[int, str] | None:
    """A first name and a surname closing an institution's span, as (offset into the span, name in the nominative)."""
    tokens = list(span.tokens)
    if len(tokens) < 3:
        return None
    first, last = tokens[-2].text, tokens[-1].text
    if not (first[:1].isupper() and last[:1].isupper() and first.lower() not in _NOT_NAME
            and re.search(r"(?:ов|ев|ёв|ин|ын)(?:а|ой|у|ым|ом|е|ы)?$", last)
            and any("Name" in p.tag for p in vocab.parse(first))):
        return None
    first_normal = _first_name_by_surname(first, last, vocab) or first
    return tokens[-2].start - span.start, f"{first_normal} {_nominative_word(last, last, vocab)}"


def _window_base(offsets: list[tuple[int, int]], position: int) -> int:
    base = 0
    for joined_start, original_start in offsets:
        if joined_start <= position:
            base = original_start - joined_start
    return base


def _fix_person(span, vocab) -> tuple[int, str] | None:
    """Drop institution words glued in front of a name, and repair a surname left in an oblique case."""
    tokens = list(span.tokens)
    cut = 0
    while tokens and (tokens[0].text.lower() in _NOT_NAME or _lemma(tokens[0].text, vocab) in _NOT_NAME
                      or not tokens[0].text[:1].isupper()
                      or (len(tokens) > 2 and ROLE_HEAD_RE["ru"].match(tokens[0].text))):
        cut = tokens[1].start - span.start if len(tokens) > 1 else 0
        tokens = tokens[1:]
    if not tokens:
        return None
    words = [t.text for t in tokens]
    normal_words = (span.normal or span.text).split()[-len(words):] if cut else (span.normal or span.text).split()
    if len(normal_words) != len(words):
        normal_words = words
    normal_words = [_nominative_word(w, n, vocab) for w, n in zip(words, normal_words)]
    if len(normal_words) >= 2:
        normal_words[0] = _first_name_by_surname(words[0], words[-1], vocab) or normal_words[0]
        if _feminine_by_form(words[0], normal_words[0], words[-1]):
            normal_words[-1] = _nominative_word(words[-1], words[-1], vocab)
        else:
            normal_words[-1] = _agree_surname(normal_words[0], normal_words[-1], vocab)
    return cut, " ".join(normal_words)


# The case and gender a surname's ending shows beyond doubt ("Сарсенбаевым" a man's instrumental, "Касымовой" a
# woman's oblique case); "-ова"/"-ина" (a man's genitive or a woman's nominative) shows neither. "-ову"/"-ину" is a
# man's dative ("Марату Сейтову") or a woman's accusative ("расспросили Зарему Сейтову"): the first name decides.
_SURNAME_CASES = (
    (re.compile(r"(?:ов|ев|ёв|ин|ын)ым$"), (("masc", {"ablt"}),)),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)ой$"), (("femn", {"gent", "datv", "ablt", "loct"}),)),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)у$"), (("masc", {"datv"}), ("femn", {"accs"}))),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)е$"), (("masc", {"loct"}),)),
)


def _first_name_by_surname(first: str, surname: str, vocab) -> str | None:
    """The first name in the nominative, read in the case its surname shows: in a long sentence the tagger can leave
    a first name it does not know in its case ("с профессором Ерболом Сарсенбаевым" -> "Ерболом"), while the
    dictionary reads the word alone right ("Ерболом" is the instrumental of "Ербол", "Гульмирой" of "Гульмира")."""
    lowered = surname.lower()
    for pattern, readings in _SURNAME_CASES:
        if pattern.search(lowered):
            break
    else:
        return None
    fitting = [p for p in vocab.parse(first) if p.tag.POS == "NOUN" and "sing" in p.tag
               and any(gender in p.tag and p.tag.case in cases for gender, cases in readings)]
    # the dictionary's first names first; a name it knows only as a common noun ("Ризой", "Ризу": "риза", a robe)
    # is read as that noun, in the gender and case the surname allows
    named = [p for p in fitting if "Name" in p.tag] or fitting
    for gender, _ in readings:  # both genders possible ("Дану": "Дан" or "Дана"): the man's, as before
        chosen = next((p for p in named if gender in p.tag), None)
        if chosen is not None:
            return _capitalise_like(chosen.normal, first)
    return None


def _feminine_by_form(first: str, first_normal: str, surname: str) -> bool:
    """A woman's surname read off the words as written: "-овой"/"-иной" is only a woman's; "-ова"/"-ина" after a
    first name that ends in a consonant and is not declined ("Салтанат Жумабекова", "Айгерим Ахметова") is a woman's
    in the nominative, since a man's genitive "Жумабекова" comes with a declined first name ("Армана Жунусова")."""
    lowered = surname.lower()
    if re.search(r"(?:ов|ев|ёв|ин|ын)ой$", lowered):
        return True
    return bool(re.search(r"(?:ов|ев|ёв|ин|ын)а$", lowered) and first.lower() == first_normal.lower()
                and re.search(r"[бвгджзклмнпрстфхцчшщ]$", first.lower()))


def _lemma(word: str, vocab) -> str:
    parses = vocab.parse(word)
    return parses[0].normal if parses else word.lower()


def _nominative_word(surface: str, normal: str, vocab) -> str:
    if normal.lower() != surface.lower():
        return _capitalise_like(normal, surface)
    lowered = surface.lower()
    for ending, replacement in (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына"),
                                ("овым", "ов"), ("евым", "ев"), ("иным", "ин")):
        if lowered.endswith(ending):
            return surface[: -len(ending)] + replacement
    return surface


def _agree_surname(first: str, surname: str, vocab) -> str:
    """Put a surname in the first name's gender: natasha reads "Азимовой" next to "Эльвира" as masculine at times."""
    feminine, masculine = _name_gender(first, vocab)
    m = re.match(r"^(.*?(?:ов|ев|ёв|ин|ын))(?:а|ой|у|ым|ом|е|ою)?$", surname, re.I)
    if not m or feminine == masculine:
        return surname
    return m.group(1) + ("а" if feminine else "")


def _name_gender(first: str, vocab) -> tuple[bool, bool]:
    """(feminine, masculine) of a first name: the dictionary's readings of a known name (both when it has both:
    "Жанар"), else the ending ("Сауле", "Алия" are women's names, "Ерлан" a man's)."""
    lowered = first.lower()
    if re.search(r"(?:[еі]|гуль|гүл|гул)$", lowered):
        return True, False  # "Сауле", "Айгүл": the dictionary reads them as oblique forms of men's names
    parses = [str(p.tag) for p in vocab.parse(first)[:2] if "Name" in str(p.tag)]
    if parses:  # both genders among the readings ("Жанар"): left undecided
        return any("femn" in t for t in parses), any("masc" in t for t in parses)
    if re.search(r"[ая]$", lowered):
        return True, False
    if re.search(r"[бвгджзклмнпрстфхцчшщғқң]$", lowered):
        return False, True
    return False, False


def _capitalise_like(word: str, model: str) -> str:
    parts = word.split("-")
    model_parts = model.split("-")
    out = []
    for i, part in enumerate(parts):
        ref = model_parts[i] if i < len(model_parts) else model_parts[-1]
        out.append(part[:1].upper() + part[1:] if ref[:1].isupper() else part)
    return "-".join(out)


def nominative_phrase(phrase: str) -> str:
    """A role phrase with its head in the nominative: "председателя Конституционного суда" ->
    "председатель Конституционного суда"; the genitive modifiers after the head stay as they are."""
    vocab = morph_vocab()
    words = phrase.split()
    out = []
    for i, word in enumerate(words):
        if word.isupper() and len(word) > 1:  # an abbreviation ("ЦИК") does not decline
            out.append(word)
            continue
        parses = vocab.parse(word)
        tag = str(parses[0].tag) if parses else ""
        if tag.startswith(("ADJF", "PRTF")) and not word[:1].isupper() or (tag.startswith("ADJF") and i == 0):
            out.append(_capitalise_like(_adjective_nominative(parses[0], vocab), word))
            continue
        if tag.startswith("NOUN"):
            out.append(_capitalise_like(_inflected(parses[0]), word))
            out.extend(words[i + 1:])
            return " ".join(out)
        out.append(word)
    return " ".join(out)


def _adjective_nominative(parse, vocab) -> str:
    return _inflected(parse)


def _inflected(parse) -> str:
    """The nominative keeping gender and number ("Центральной избирательной" -> "Центральная избирательная")."""
    try:
        form = parse.inflect({"Nom"})  # natasha takes Universal Dependencies feature names
    except (ValueError, KeyError):
        form = None
    return form.word if form is not None else parse.normal


def stem_key(name: str) -> str:
    return surname_stem(name.split()[-1]) if name.split() else ""
