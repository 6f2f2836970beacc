"""Attributed statements of one document: one row per statement, with its speaker resolved.

Row fields (all present in every row):
  statement_id str        stable: from document_id and the character offsets
  document_id str
  speaker_name str        nominative, fullest form the document gives; for a collective, the subject phrase
  speaker_role str        role written next to the name ("" when none)
  speaker_org str         organisation in the role, or the organisation speaking ("" when none)
  statement_text str      exact words: text[char_start:char_end]
  kind str                direct | indirect
  speech_verb str         the verb or formula of attribution ("отметил", "деді", "said", "по словам")
  char_start int, char_end int
  statement_date date     local date: the document's, unless the sentence dates the statement itself
  language str            ru | kk | en
  confidence float        0..1, from the pattern and how the speaker was resolved
  is_collective bool      "Участники подчеркнули" speaks for a group
  is_organisation bool    an institution speaks ("the Central Election Commission said")
  attribution str         which rule found it (quote_then_verb, verb_chto, po_slovam, ...)
  resolution str          how the speaker was found (named, surname, pronoun, role, head_of_state, collective,
                          organisation)
"""
from __future__ import annotations

from pipeline.nlp import attribution_en, attribution_kk, attribution_ru, persons, relative_dates, russian, spans
from pipeline.nlp.attribution_kk import head_subject
from pipeline.nlp.candidates import Candidate, overlaps, trim
from pipeline.nlp.lexicon import COLLECTIVE_HEADS, HEAD_OF_STATE, PRONOUNS, ROLE_HEAD_RE, RU_BODY_FINDING
from pipeline.nlp.names import same_surname, strip_kazakh_case
from pipeline.nlp.records import check_document, stable_id
from pipeline.nlp.speakers import Speaker, resolve

import re
from dataclasses import replace

_PATTERN_CONFIDENCE = {
    "quote_then_verb": 0.95, "dash_then_verb": 0.9, "speaker_colon_quote": 0.85, "po_slovam": 0.9, "po_dannym": 0.8,
    "po_ego_slovam": 0.85, "kak_verb": 0.9, "verb_chto": 0.9, "verb_object": 0.75, "aituynsha": 0.85,
    "kk_reported": 0.8, "according_to": 0.9, "verb_that": 0.85, "reverse": 0.8,
    "interview_answer": 0.8, "split_quote": 0.9, "ob_etom": 0.85, "bul_turaly": 0.85, "continued_quote": 0.85, "saying": 0.85, "inserted": 0.85, "verb_colon": 0.85,
    "dep_verb_speaker": 0.8,
}
_METHOD_CONFIDENCE = {
    "named": 1.0, "surname": 0.95, "head_of_state": 0.95, "collective": 0.9, "organisation": 0.85,
    "pronoun": 0.85, "role": 0.8,
}


def extract_statements(doc: dict) -> list[dict]:
    check_document(doc)
    text, language = doc["text"], doc["language"]
    sentences = spans.sentences(text)
    people = [p for p in persons.people_in(text, language)
              if not _BODY_NOUN_BEFORE.search(text, max(0, p.start - 60), p.start)]
    candidates = _candidates(text, language, sentences, people)
    reference = relative_dates.local_date(doc.get("published_at"))
    rows: list[dict] = []
    history: list[Speaker] = []
    said = [(c.start, c.end) for c in candidates]  # people named inside what is said are not speakers
    # nor is a body named in the apposition between an "according to" speaker and the clause ("According to X, head of
    # the Y mission, …"): "he" after it is still X
    said += [(c.speaker_end, c.start) for c in candidates if c.pattern == "according_to" and c.speaker_end < c.start]
    surnames = _surname_mentions(text, people, said)
    resolved: dict[tuple[int, int], Speaker | None] = {}
    for candidate in candidates:
        phrase = text[candidate.speaker_start:candidate.speaker_end]
        subject = (candidate.speaker_start, candidate.speaker_end)
        if subject in resolved and subject[0] < subject[1]:
            # "Он полагает, что A, однако признает, что B": one subject word for both clauses is one person, though
            # resolving "он" again, after its own first statement, would look past that person
            speaker = resolved[subject]
        else:
            speaker = _group_just_named(text, sentences, candidate, phrase, language, history) \
                or _role_just_named(sentences, candidate, phrase, language, people, history, surnames) \
                or resolve(phrase, candidate.speaker_start, language, people, history, candidate.pronoun,
                           candidate.case, said=said, surnames=surnames, quoted=candidate.kind == "direct")
            resolved[subject] = speaker
        if speaker is None or (candidate.pattern == "po_dannym" and (speaker.organisation or speaker.collective)):
            continue  # "По данным министерства": an institution's figures, not someone's words
        if candidate.pattern == "according_to" and candidate.verb == "according to" and speaker.organisation:
            continue  # "According to the commission, 87 percent …": a body's figures, as "По данным ЦИК", not words
        if speaker.organisation and RU_BODY_FINDING.match(candidate.verb):
            continue  # "Комиссия пришла к выводу, что …": a body's decision, not words
        if speaker.organisation:
            speaker = _body_in_full(text, candidate.speaker_start, speaker, language)
        history.append(speaker)
        rows.append(_row(doc, candidate, speaker, _statement_date(text, sentences, candidate, reference)))
    return rows


# a name right after a body's common noun is the body's ("the civic group Taza Saylau"), no person "she" can refer to
_BODY_NOUN_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:group|movement|party|association|foundation|network|"
                               r"coalition|alliance|initiative|organi[sz]ation|NGO)\s+$")


# "Critics are less sure. They point out that …": a group opening the sentence before, with a verb of being
_GROUP_IS = re.compile(rf"^(?:(?:Some|Many|Other|Most)\s+)?(?P<head>{COLLECTIVE_HEADS['en']})\s+(?:are|were|remain|"
                       r"seem|appear|disagree|doubt|differ)\b", re.I)


def _group_just_named(text: str, sentences, candidate: Candidate, phrase: str, language: str,
                      history: list[Speaker]) -> Speaker | None:
    """"They" after a sentence opening with a group that is no speaker yet: that group, not the last one who spoke."""
    if language != "en" or (candidate.pronoun or phrase.strip()).lower() != "they":
        return None
    index = next((i for i, s in enumerate(sentences) if s.start <= candidate.speaker_start < s.end), None)
    if not index or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    before = sentences[index - 1]
    m = _GROUP_IS.match(before.text)
    if not m or any(before.start <= h.position < before.end for h in history):
        return None
    name = m.group(0)[: m.end("head")]
    return Speaker(name[:1].upper() + name[1:], "", "", True, False, "collective", candidate.speaker_start)


# a Kazakh sentence opening with a role in the nominative as its subject: "Комиссия төрағасы … баяндады."
_KK_ROLE_OPENS = re.compile(r"^(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+(?:сы|сі))\s")


def _role_just_named(sentences, candidate: Candidate, phrase: str, language: str, people, history: list[Speaker],
                     surnames) -> Speaker | None:
    """"Комиссия төрағасы … баяндады. Оның айтуынша, …": "оның" is the role the sentence before opened with, not the
    person named last in the lead."""
    if language != "kk" or (candidate.pronoun or phrase.strip()).lower() not in ("ол", "оның"):
        return None
    index = next((i for i, s in enumerate(sentences) if s.start <= candidate.speaker_start < s.end), None)
    if not index or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    before = sentences[index - 1]
    m = _KK_ROLE_OPENS.match(before.text)
    if not m or not ROLE_HEAD_RE["kk"].match(m.group("head")) \
            or any(before.start <= p.start < before.end for p in [*people, *surnames]) \
            or any(before.start <= h.position < before.end for h in history):
        return None
    speaker = resolve(before.text[:m.end("head")], before.start, language, people, history)
    return replace(speaker, position=candidate.speaker_start) if speaker and speaker.method == "role" else None


# a body named by its initials ("ЦИК", "ОСК", "CEC") or by its head word alone ("the commission")
_ABBREVIATION = re.compile(r"^(?:the\s+)?(?P<abbr>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5})$")
_BODY_WORD_EN = re.compile(r"^(?:the\s+)?(?P<head>commission|court|ministry|committee|council)$", re.I)


def _body_in_full(text: str, position: int, speaker: Speaker, language: str) -> Speaker:
    """A body is named as the document names it in full, before (README: the full name when the document gives it):
    "ЦИК сообщила" after "Центральная избирательная комиссия" in the lead, "the commission said" after "the Central
    Election Commission"."""
    name = speaker.name.strip()
    abbr, word = _ABBREVIATION.match(name), _BODY_WORD_EN.match(name) if language == "en" else None
    if abbr:
        letters = abbr.group("abbr")
        pattern = letters[0] + r"[\w-]+" + "".join(rf"\s+(?i:{c})[\w-]+" for c in letters[1:])
    elif word:
        pattern = r"(?:[A-Z][\w-]+\s+){1,3}" + word.group("head").capitalize() + r"\b"
    else:
        return speaker
    found = [m for m in re.finditer(rf"(?<![\w-]){pattern}", text[:position])]
    if not found:
        return speaker
    full = found[-1].group(0)
    if language == "ru":
        full = russian.nominative_phrase(full)
    elif language == "kk":
        words = full.split()
        full = " ".join(words[:-1] + [re.sub(r"(?<=сы|сі)(?:ның|нің|на|не|нда|нде|нан|нен|н)$", "", words[-1])])
    elif name.lower().startswith("the "):
        full = "the " + full
    return replace(speaker, name=full, org=full)


def _surname_mentions(text: str, people, said) -> list[persons.PersonMention]:
    """A person named in full before, met again by the surname alone outside what anyone said ("Karin outlined the
    schedule"): where a role word after it may point."""
    out = []
    for person in people:
        parts = person.name.split()
        if len(parts) < 2 or len(parts[-1]) < 3:
            continue
        for m in re.finditer(rf"\b{re.escape(parts[-1][:-1])}\w{{0,4}}\b", text):
            if m.start() <= person.end or not same_surname(m.group(0), parts[-1]) \
                    or any(p.start <= m.start() < p.end for p in people) or any(s <= m.start() < e for s, e in said):
                continue
            out.append(persons.PersonMention(m.start(), m.end(), person.name, "", person.org))
    return out


def _candidates(text: str, language: str, sentences, people) -> list[Candidate]:
    if language == "ru":
        found = attribution_ru.find(text, sentences)
    elif language == "kk":
        names = [(p.start, p.end) for p in people]
        surnames = [p.name.split()[-1] for p in people if len(p.name.split()) >= 2]

        def subject_word(word: str) -> bool:
            bare = strip_kazakh_case(word.strip(",."))
            return _is_subject_word(word) or (word[:1].isupper() and any(same_surname(bare, known) for known in surnames))

        found = attribution_kk.find(text, sentences, lambda s: head_subject(text, s, names, subject_word))
    else:
        found = attribution_en.find(text, sentences)
    found = _join_over_paragraphs(text, language, found)
    asked = _questions(text)
    # an interviewer's question is no statement, whatever it reports ("Critics say X. Do you agree?")
    found = [c for c in found if not any(q.start <= c.start < q.end for q in asked)]
    found = found + _interview_answers(text, people, found, language)
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if candidate.end > candidate.start and not any(overlaps(candidate, k) for k in kept):
            kept.append(candidate)
    return kept


def _join_over_paragraphs(text: str, language: str, found: list[Candidate]) -> list[Candidate]:
    """One pair of quotation marks is one statement, even across a paragraph break: a journalist wants the quote as
    the speaker said it, in one row. The rules find its paragraphs one by one (each with the speaker named at the
    close); their parts become one candidate from after the opening mark to the closing one."""
    for s0, e0 in spans.quotes_over_paragraphs(text, language):
        pieces = []
        for para in spans.paragraphs(text):
            if para.end <= s0 or para.start >= e0:
                continue
            start = max(para.start, s0)
            if language == "en" and start > s0 and text[start] in "“\"":
                start += 1  # the English custom's mark reopening the quote at each paragraph is no part of the words
            pieces.append(trim(text, start, min(para.end, e0)))
        if not pieces or pieces[0][0] >= pieces[0][1] or pieces[-1][0] >= pieces[-1][1]:
            continue
        inside = [c for c in found if s0 <= c.start and c.end <= e0]
        if any(c.start < e0 and s0 < c.end and c not in inside for c in found) \
                or any(c.kind != "direct" or (c.start, c.end) not in pieces for c in inside) \
                or any(c.speaker_start < c.speaker_end and s0 <= c.speaker_start < e0 for c in found):
            # a quote broken by its attribution («A, – говорит он. – B. / C»), or holding what the rules read as
            # something else, keeps the statements the rules gave it
            continue
        if not inside:
            continue
        inside.sort(key=lambda c: c.start)
        # the speaker named at the close, unless the closing part only went on in the voice of the opening one
        voice = inside[-1] if inside[-1].pattern != "continued_quote" or len(inside) == 1 else inside[0]
        joined = replace(voice, start=pieces[0][0], end=pieces[-1][1])
        found = [c for c in found if c not in inside] + [joined]
    return sorted(found, key=lambda c: (c.start, c.end))


_QUESTION = re.compile(r"^(?:[–—-]|Q:|Вопрос:|Сұрақ:|(?:[A-ZА-ЯЁ][\w.]*\s?){1,2}:)\s*(?P<q>.+\?)$", re.S)
# an answer after a dash or "A:", or after the guest's name and a colon ("Abenova: …", "Омарова: …")
_ANSWER = re.compile(r"^(?:[–—-]|A:|Ответ:|Жауап:|"
                     r"(?P<who>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]+(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]+)?):)"
                     r"\s*(?P<a>.+?)$", re.S)


# who asks in an interview: the outlet's people ("журналист Vlast.kz X", "біздің тілші X", "Times reporter X") …
_PRESS_BEFORE = re.compile(r"(?:журналист\w*|корреспондент\w*|обозревател\w*|редактор\w*|ведущ\w+|тілші\w*|"
                           r"journalist|correspondent|reporter|editor|interviewer|host)\s+(?:[\w.-]+\s+){0,3}$", re.I)
# … or the subject of the talk, named right before its verb ("X поговорил с Y", "X Y-пен сұхбаттасты", "X spoke to Y")
_TALKS_AFTER = re.compile(r"^\s+(?:[\w.-]+\s+){0,6}?(?:поговорил\w*|побеседовал\w*|беседовал\w*|расспросил\w*|"
                          r"спросил\w*|взял\w*\s+интервью|сұхбаттас\w*|сұхбат\s+(?:алды|жүргізді)|әңгімелес\w*|"
                          r"talked|spoke|interviewed|asked|sat\s+down)\b")


def _guest(text: str, people, first_question: int):
    """The person interviewed: the first one the lead names who is not the one asking (a journalist, or the subject
    of "поговорил с", "сұхбаттасты", "spoke with"), whoever is named first."""
    previous_end = 0
    for person in people:
        if person.start >= first_question:
            break
        # the words since the sentence's start or the person named before: a press word there is this person's
        since = max(text.rfind(".", 0, person.start), text.rfind("\n", 0, person.start) + 1, previous_end)
        sentence_end = text.find(".", person.end)
        previous_end = person.end
        if re.search(r"(?:мен|бен|пен)$", text[person.start:person.end]):
            return person  # "X Y-пен сұхбаттасты": the Kazakh comitative names who was talked with, before the verb
        if _PRESS_BEFORE.search(text[since:person.start]) \
                or _TALKS_AFTER.match(text[person.end:sentence_end if sentence_end >= 0 else len(text)]):
            continue
        return person
    return people[0]


# an interview printed without dashes: the question a paragraph of its own, ending in "?", the answer a paragraph that
# is only a quote
_BARE_QUESTION = re.compile(r"^[^«»“”\"]+\?$", re.S)
# an answer quoted in full, its speaker named after it: "«…», — отвечает Сейткали"
_QUOTE_OPENS = re.compile(r"^[«“\"][^«»“”\"]+[»”\"]\s*,?\s*[–—-]\s*\w", re.S)
_QUOTED_ANSWER = re.compile(r"^[«“\"](?P<a>[^«»“”\"]+)[»”\"]$", re.S)


def _bare_pairs(paras) -> list[tuple]:
    """(question, answer) paragraphs of an interview printed without dashes; two such pairs at least, so that one
    rhetorical question before a quote does not make a report an interview."""
    pairs = [(q, a) for q, a in zip(paras, paras[1:]) if _BARE_QUESTION.match(q.text) and _QUOTED_ANSWER.match(a.text)]
    return pairs if len(pairs) >= 2 else []


def _questions(text: str) -> list:
    """The interviewer's question paragraphs: a question followed by its answer."""
    paras = spans.paragraphs(text)
    out = [q for q, a in _bare_pairs(paras)]
    for index, (question, answer) in enumerate(zip(paras, paras[1:])):
        if _QUESTION.match(question.text) and _ANSWER.match(answer.text) and not answer.text.rstrip().endswith("?"):
            out.append(question)
        elif _QUESTION.match(question.text) and _QUOTE_OPENS.match(answer.text):
            out.append(question)  # '– …?' then '«…», — отвечает X': the answer a quote with its speaker after it
        elif _remark_in_turn(paras, index):
            out.append(question)  # "– Критики говорят, что …": the interviewer's remark puts others' words to the guest
        elif _QUESTION.match(question.text) and _ANSWER_TOLD.match(answer.text):
            out.append(question)  # '– …?' then "На этот вопрос эксперт ответила, что …": the answer retold
    return out


# the writer retelling the answer to the question just put: "На этот вопрос эксперт ответила", "To this she replied"
_ANSWER_TOLD = re.compile(r"^(?:На\s+(?:этот|это|мой|наш)\s+вопрос|(?:To|In\s+answer\s+to)\s+(?:this|that|the|my|our)"
                          r"(?:\s+question)?)\b[^.!?]{0,60}?\b(?:ответил[аи]?|отвечает|отвечают|answered|replied|"
                          r"answers|replies)\b", re.I)


def _interview_answers(text: str, people, found: list[Candidate], language: str) -> list[Candidate]:
    """Question-and-answer interviews: an answer paragraph ("– …") right after a question ("– …?") is the direct
    speech of the person interviewed (_guest)."""
    paras = spans.paragraphs(text)
    if not people:
        return []
    first_question = next((q.start for q in paras if _QUESTION.match(q.text)), len(text))
    guest = _guest(text, people, first_question)
    out = []
    bare = dict((id(q), a) for q, a in _bare_pairs(paras))
    for index, (question, answer) in enumerate(zip(paras, paras[1:])):
        if id(question) in bare:
            m = _QUOTED_ANSWER.match(answer.text)
            s, e = answer.start + m.start("a"), answer.start + m.end("a")
            if not any(c.start < e and s < c.end for c in found):
                s, e = trim(text, s, e)
                out.append(Candidate(s, e, "direct", "", guest.start, guest.end, "interview_answer"))
            continue
        if not (_QUESTION.match(question.text) or _remark_in_turn(paras, index)):
            continue
        m = _ANSWER.match(answer.text)
        if not m or answer.text.rstrip().endswith("?"):
            continue
        s, e = answer.start + m.start("a"), answer.start + m.end("a")
        if any(c.start < e and s < c.end and _names_someone(text, c, language, people) for c in found):
            continue
        s, e = trim(text, s, e)
        who = m.group("who")
        if who and not any(same_surname(who.split()[-1], p.name.split()[-1]) for p in people):
            continue  # "Итог: …" after a question is no one's answer
        if who:  # the name written before the answer is who gives it
            out.append(Candidate(s, e, "direct", "", answer.start, answer.start + len(who), "interview_answer"))
            continue
        out.append(Candidate(s, e, "direct", "", guest.start, guest.end, "interview_answer"))
    return out


def _names_someone(text: str, candidate: Candidate, language: str, people) -> bool:
    """Whether a clause found inside an answer has a speaker of its own: "Как сказал Президент, …" has, "пять тысяч
    предложений говорят о том, что …" (figures that "speak") has not, and leaves the answer to the guest."""
    phrase = text[candidate.speaker_start:candidate.speaker_end]
    if candidate.pronoun or phrase.strip(" ,–—-").lower() in PRONOUNS[language]:
        return True
    return resolve(phrase, candidate.speaker_start, language, people, [], "", candidate.case) is not None


def _remark_in_turn(paras, index: int) -> bool:
    """An interviewer's remark with no question mark ("– Критики говорят, что срок короткий."): dash paragraphs take
    turns, so a dash paragraph right after a question and its answer, and followed by a dash paragraph of its own, is
    the next question, and no one's statement."""
    if index < 2 or index + 1 >= len(paras):
        return False
    # the turns are the dash paragraphs: the writer's own paragraph between them is no turn
    # ("– …? / – … / Собеседник уверен, что … / – Критики говорят, что …")
    turns = [p for p in paras[:index] if _ANSWER.match(p.text)]
    if len(turns) < 2:
        return False
    before, answer, remark, after = turns[-2], turns[-1], paras[index], paras[index + 1]
    return bool(_QUESTION.match(before.text) and _ANSWER.match(answer.text) and not _QUESTION.match(answer.text)
                and _ANSWER.match(remark.text) and _ANSWER.match(after.text))


def _is_subject_word(word: str) -> bool:
    word = word.strip(",")
    return bool(ROLE_HEAD_RE["kk"].match(word) or re.match(rf"^(?:{COLLECTIVE_HEADS['kk']})$", word, re.I)
                or word.lower() in PRONOUNS["kk"] or HEAD_OF_STATE.match(word))


def _statement_date(text, sentences, candidate: Candidate, reference):
    """The document's date, unless the sentence dates what was said ("вчера заявил", "on Monday said")."""
    for sentence in sentences:
        if sentence.start <= candidate.speaker_start < sentence.end or sentence.start <= candidate.start < sentence.end:
            outside = [d for d in relative_dates.find(sentence.text, reference)
                       if not (candidate.start <= sentence.start + d.start < candidate.end)]
            past = [d.value for d in outside if reference is None or d.value <= reference]
            if past:
                return past[0]
            break
    return reference


def _row(doc: dict, candidate: Candidate, speaker: Speaker, when) -> dict:
    text = doc["text"]
    confidence = _PATTERN_CONFIDENCE.get(candidate.pattern, 0.7) * _METHOD_CONFIDENCE.get(speaker.method, 0.7)
    return {
        "statement_id": stable_id("st", doc["document_id"], candidate.start, candidate.end),
        "document_id": doc["document_id"],
        "speaker_name": speaker.name,
        "speaker_role": speaker.role,
        "speaker_org": speaker.org,
        "statement_text": text[candidate.start:candidate.end],
        "kind": candidate.kind,
        "speech_verb": candidate.verb,
        "char_start": candidate.start,
        "char_end": candidate.end,
        "statement_date": when,
        "language": doc["language"],
        "confidence": round(confidence, 3),
        "is_collective": speaker.collective,
        "is_organisation": speaker.organisation,
        "attribution": candidate.pattern,
        "resolution": speaker.method,
    }
