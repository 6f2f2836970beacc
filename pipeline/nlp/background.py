"""Parts of a sentence that name another happening as the background of the news, not as news of their own.

A report tells its event in a main clause; an earlier happening comes in as a circumstance of it or as an attribute
of a noun:
- a phrase of time or ground: "после Послания 8 сентября", "в соответствии с Указом от …", "following the address of
  January 30", "in line with the decree of February 1", "Жолдаудан кейін", "Жарлыққа сәйкес";
- a relative clause on a thing (not on an event): "проект, который был опубликован 31 января", "the text, which was
  published on Saturday" ("заседание, на котором …" tells the sitting itself and is left alone);
- a participle with its date: "the draft published on January 31", "проект, опубликованный 31 января",
  "опубликованный 31 января проект", "31 қаңтарда жарияланған жоба".
A trigger at the head of such a phrase is no event of the report, and a date inside it is the other happening's, not
the date of a trigger outside it. A participle right before its noun dates that noun: "прошедший 1 февраля круглый
стол", "15 наурызда өткен референдум" keep their date. A phrase with "today" in it is the news ("проект, который
опубликован сегодня").

spans(sentence, language, mentions) -> list[Background]
hides_trigger(spans, start) -> bool
hides_date(spans, mention, trigger_start, trigger_end) -> bool
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Background:
    start: int
    end: int
    head_end: int      # a trigger starting in [start, head_end) is the background happening itself
    noun_after: bool   # a participle before its noun: the date is the noun's right after the span
    kind: str = "phrase"  # "relative": only a trigger wholly inside the clause is hidden
    noun_at: int = -1  # where the noun a participle stands before starts, past its adjectives (-1: at `end`)
    described: int = -1  # where the noun phrase a participle set off by commas describes starts (-1: none)
    # the word right before the comma of a Russian participle clause in the prepositional (start, end): a trigger
    # ending in it is the noun the clause describes ("На заседании комиссии, прошедшем в четверг, …": its day)
    word_before: tuple[int, int] = (-1, -1)


_BREAK = re.compile(r"[,;:()«»“”\"]|\s[–—-]\s")
_TODAY = re.compile(r"\b(?:сегодня|сегодняшн\w+|бүгін|бүгінгі|today)\b", re.I)
_WORD = re.compile(r"[\w’'-]+")

# --- phrases of time or ground -------------------------------------------------------------------------------------
_MARKER = {
    "ru": re.compile(r"(?<![\w-])(?:[Пп]осле|[Вв]след\s+за|[Вв]\s+соответствии\s+с|[Сс]огласно|[Нн]а\s+основании|"
                     # what the news came after: "Подписание указа последовало за заседанием …"
                     r"[Вв]о\s+исполнение|последовал[аои]?\s+за)\s+(?!того\b|чего\b)"),
    # a determiner or a possessive after the marker: "after voters went to the polls" is a clause, not a phrase
    "en": re.compile(r"\b(?:[Ff]ollowing|[Aa]fter|[Ii]n\s+line\s+with|[Ii]n\s+accordance\s+with|[Pp]ursuant\s+to|"
                     r"[Ii]n\s+pursuance\s+of|[Ii]n\s+the\s+wake\s+of|followed|came\s+after)\s+"
                     r"(?:(?:the|a|an|his|her|its|their|this|that)\s+|"
                     r"(?=[\w-]+[’']s\s))"),
}
# Russian: an adjective or two in agreement before the noun ("после второго заседания", "после ежегодного Послания")
_RU_ADJECTIVE = re.compile(r"[а-яё-]+(?:ого|его|ой|ей|ых|их|ым|им|ую|юю|ий|ый|ая|яя|ое|ее|ые|ие)$", re.I)
_EN_STOP = re.compile(r"^(?:of|on|in|at|by|to|with|for|from|during|and|the|a|an)$", re.I)
_RU_STOP = re.compile(r"^(?:в|во|на|с|со|по|к|ко|у|о|об|за|из|от|для|при|и|а|но)$", re.I)
# Kazakh puts the word after the noun: "Жолдаудан кейін", "Жарлыққа сәйкес", "Жарлықтың негізінде", with a date
# attached before the noun ("8 қыркүйектегі Жолдаудан кейін")
_KK_POSTPOSITION = re.compile(
    r"(?:\d{1,2}\s+\w+(?:ғы|гі|дағы|дегі|тағы|тегі)\s+)?"
    # … or the owner of the noun in the genitive, with the sitting's number: "Ұлттық құрылтайдың V отырысынан кейін"
    r"(?:(?:[\w-]+\s+)?[\w-]+(?:ның|нің|дың|дің|тың|тің)\s+(?:(?:[IVXLC]+|\d{1,3}-?\w{0,3}|\w+(?:ншы|нші))\s+)?"
    r"(?=\w+(?:дан|ден|тан|тен|нан|нен)\s+(?:кейін|соң)))?"
    r"(?:\w+(?:дан|ден|тан|тен|нан|нен)\s+(?:кейін|соң)|\w+(?:ға|ге|қа|ке|на|не|а|е)\s+сәйкес|"
    r"\w+(?:ның|нің|дың|дің|тың|тің)\s+негізінде)\b")

# --- relative clauses ----------------------------------------------------------------------------------------------
_RELATIVE = {
    "ru": re.compile(r",\s+(?:(?:в|во|на|с|со|по|о|об|к|за|при|у|от|до|после|перед)\s+)?котор\w+"),
    "en": re.compile(r",\s+(?:(?:in|at|on|during|by|under)\s+)?(?:which|who|whom|whose)\b"),
}
# The noun a relative clause is on: an event is told by the clause, not recalled ("заседание ЦИК, на котором
# подведены итоги"). Russian: the nearest noun back that agrees with "который" in gender and number (an event noun
# with its genitive words after it: "заседание Центральной избирательной комиссии, на котором …"); English: the noun
# before the comma, or the head of its "of" phrase ("the session of the Commission, which …").
_RU_EVENT_NOUNS = (("n", r"заседани[еяюи]|мероприяти[еяюи]|собрани[еяюи]|[Пп]ослани[еяюи]|выступлени[еяюи]"), ("f", r"встреч[аиеуй]|сесси[яиюей]|"
                   r"пресс-конференци[яиюей]"), ("m", r"брифинг\w*|форум\w*|стол\w*|курулта\w*|съезд\w*"),
                   ("pl", r"слушани\w*|заседания|встречи|встреч|встречах"))
_RU_RELATIVE_GENDER = (("m", r"котор(?:ый|ого|ому|ым|ом)"), ("n", r"котор(?:ое|ого|ому|ым|ом)"),
                       ("f", r"котор(?:ая|ой|ую)"), ("pl", r"котор(?:ые|ых|ым|ыми)"))
_EN_EVENT_NOUN = re.compile(r"^(?:meeting|session|sitting|briefing|conference|forum|table|roundtable|hearings?|event|"
                            r"ceremony|Kurultai|congress|gathering|address|speech)$", re.I)

# --- participles with a date ---------------------------------------------------------------------------------------
_EN_PARTICIPLE = re.compile(r"\b(?:published|signed|held|adopted|approved|delivered|issued|released|announced|unveiled|"
                            r"presented|passed|endorsed|made\s+public|put\s+forward|set\s+up|created|established)\s+"
                            r"(?:(?:in|at|by|during)\s+(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+){0,3}?)?(?:on\s+|in\s+)?$")
# a verb's subject, an auxiliary or an adverb before the participle makes it a finite verb: "was published on …"
_EN_NOT_ATTRIBUTIVE = re.compile(r"(?:was|were|been|be|is|are|has|have|had|being|get|gets|got|he|she|they|it|we|who|"
                                 r"which|that|and|also|then|first|just|not|never|already|later|earlier|\w+ly)$", re.I)
_DETERMINER = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.I)
_EN_OBJECT_AFTER = re.compile(r"^,?\s+(?:the|a|an|its|his|her|their)\b")
# past participles of the verbs that tell a happening, in any case: "опубликованный", "подписанным", "состоявшегося"
_RU_PARTICIPLE = re.compile(r"(?P<comma>,\s+)?(?<![\w-])(?P<part>(?:опубликованн|подписанн|приня[тв]|проведенн|проведённ|"
                            r"состоявш|прошедш|одобренн|утвержденн|утверждённ|созданн|назначенн|объявленн|обнародованн|"
                            r"вынесенн|представленн|рассмотренн|оглашенн|оглашённ|размещенн|размещённ|внесенн|внесённ|"
                            r"озвученн|изданн|открыт)\w*)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_KK_PARTICIPLE = re.compile(r"^(?:\s+күні)?\s+(?:[^\W\d][\w-]*\s+){0,2}?(?:өткен|болған|қабылданған|жарияланған|мақұлданған|"
                            r"бекітілген|қол\s+қойылған|шығарылған|ұсынылған|құрылған|тағайындалған|өткізілген|ашылған|"
                            r"қаралған|талқыланған)\b")


def spans(sentence: str, language: str, mentions) -> list[Background]:
    """The background phrases of a sentence; `mentions` are its dates (relative_dates.find)."""
    out: list[Background] = []
    marker = _MARKER.get(language)
    if marker is not None:
        for m in marker.finditer(sentence):
            if _FOLLOWED.match(m.group(0)) and _told_by_relative(sentence, m.end(), language):
                continue  # "The decree followed the meeting …, which took place on Tuesday": the meeting is told too
            out.extend(_phrase(sentence, m.start(), m.end(), language, mentions))
    if language == "kk":
        for m in _KK_POSTPOSITION.finditer(sentence):
            out.append(Background(m.start(), m.end(), m.end(), False))
    relative = _RELATIVE.get(language)
    if relative is not None:
        for m in relative.finditer(sentence):
            if _on_an_event(sentence[: m.start()], m.group(0), language):
                continue
            brk = _BREAK.search(sentence, m.end())
            end = brk.start() if brk else len(sentence)
            out.append(Background(m.start() + 1, end, end, False, "relative"))
    for mention in mentions:
        out.extend(_participle(sentence, mention, language))
    return [b for b in out if not _TODAY.search(sentence, b.start, b.end)]


_FOLLOWED = re.compile(r"(?:followed|came\s+after|последовал[аои]?\s+за)\s", re.I)


def _told_by_relative(sentence: str, end: int, language: str) -> bool:
    """Whether the event named after "followed" gets a relative clause of its own right after its phrase ("the
    meeting of the Kurultai, which took place on Tuesday"): the sentence narrates it, as a participle with a date
    ("заседанием курултая, прошедшим 20 января") does not."""
    brk = _BREAK.search(sentence, end)
    if brk is None:
        return False
    relative = _RELATIVE.get(language)
    m = relative.match(sentence, brk.start()) if relative is not None else None
    return m is not None and _on_an_event(sentence[: m.start()], m.group(0), language)


def _on_an_event(before: str, pronoun: str, language: str) -> bool:
    words = _WORD.findall(before)
    if language == "en":
        # "the session of the Constitutional Commission, which …": back over the name and "of" to the head
        head = back = len(words) - 1
        while back >= 0 and words[back][:1].isupper():
            back -= 1
        if back >= 0 and words[back].lower() == "the":
            back -= 1
        if back >= 1 and words[back].lower() == "of" and back < head:
            head = back - 1
        return head >= 0 and bool(_EN_EVENT_NOUN.match(words[head]))
    genders = {g for g, form in _RU_RELATIVE_GENDER if re.search(rf"\b{form}\b", pronoun, re.I)}
    for word in reversed(words[-6:]):
        for gender, noun in _RU_EVENT_NOUNS:
            if gender in genders and re.fullmatch(noun, word, re.I):
                return True
    return False


def _phrase(sentence: str, start: int, end: int, language: str, mentions) -> list[Background]:
    """A phrase of time or ground: its head noun (an adjective or two before it), and a date within its first words."""
    words = list(_WORD.finditer(sentence, end))
    brk = _BREAK.search(sentence, end)
    limit = brk.start() if brk else len(sentence)
    head_end = end
    stop = _RU_STOP if language == "ru" else _EN_STOP
    for index, word in enumerate(words[:3]):
        if word.start() >= limit or stop.match(word.group(0)):
            break
        head_end = word.end()
        if re.fullmatch(r"[IVXLC]+|\d{1,3}(?:-?[а-яё]{1,3})?", word.group(0)):
            continue  # the number of a sitting before its noun: "после V заседания", "после 5-го заседания"
        if language == "ru" and not _RU_ADJECTIVE.search(word.group(0)):
            break  # the noun after its adjectives ends the head
        if language == "en" and index == 1:
            break
    if head_end == end or language == "en" and _EN_CLAUSE_AFTER.match(sentence, head_end):
        return []  # "After the commission wrapped up its work on Feb. 10, …": a clause of its own, narrated
    reach = words[5].start() if len(words) > 5 else len(sentence)
    phrase_end = head_end
    for mention in mentions:
        # a calendar date after the noun is the noun's ("после Послания 8 сентября", "the address of January 30");
        # a day named by a word ("вчера", "on Monday") is the clause's as much as the phrase's, and stays the clause's
        if end <= mention.start < min(limit, reach) and re.search(r"\d", sentence[mention.start:mention.end]):
            phrase_end = max(phrase_end, mention.end)
            break
    return [Background(start, phrase_end, head_end, False)]


# the noun after "after" as the subject of a verb with its own object: "after the commission wrapped up its work"
_EN_CLAUSE_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?[a-z]+(?:\s+up)?\s+(?:its|their|his|her)\b")


def _participle(sentence: str, mention, language: str) -> list[Background]:
    before = sentence[: mention.start]
    if language == "en":
        m = _EN_PARTICIPLE.search(before)
        if m is None or _EN_OBJECT_AFTER.match(sentence[mention.end:]):
            return []
        prev = re.search(r"([\w’'-]+)(\s*,)?\s+$", before[: m.start()] + " ")
        if prev is None or (not prev.group(2) and _EN_NOT_ATTRIBUTIVE.match(prev.group(1))):
            return []
        # the noun the participle follows is part of the phrase: "the decree signed on February 1"
        start = prev.start(1) if not prev.group(2) else m.start()
        described = -1
        if prev.group(2):
            # set off by commas, it describes the noun phrase before the comma: "The results of the vote, announced
            # by the commission on Monday, …" date the results
            brk = [b.end() for b in _BREAK.finditer(sentence, 0, prev.end(1))]
            described = _DETERMINER.match(sentence, brk[-1] if brk else 0).end()
            # … and runs to the next comma: the occasion it names after its date is of that day ("his Address,
            # delivered on Monday at a joint session of the chambers")
            brk = _BREAK.search(sentence, mention.end)
            return [Background(start, brk.start() if brk else len(sentence), mention.end, False, described=described)]
        return [Background(start, mention.end, mention.end, False, described=described)]
    if language == "ru":
        m = _RU_PARTICIPLE.search(before)
        if m is None:
            return []
        # before its noun the participle is the noun's own attribute: it hides no trigger
        prenominal = not m.group("comma")
        if prenominal and OCCASION_WHERE.match(sentence, _past_adjectives(sentence, mention.end)):
            return []  # "на прошедшем вчера заседании утвердила итоги": the sitting where the act was done dates it
        if prenominal:
            return [Background(m.start("part"), mention.end, m.start("part"), True, noun_at=_past_adjectives(sentence, mention.end))]
        # after a comma the participle clause runs to the next comma: a trigger in it is dated by it ("Проект,
        # одобренный вчера комиссией на заседании, …")
        brk = _BREAK.search(sentence, mention.end)
        # in the prepositional ("прошедшем", "состоявшемся") it can only describe a noun of the place or occasion
        # (a participle of taking place in any case describes an event, the noun before the comma: "круглый стол,
        # состоявшийся накануне")
        word = re.search(r"[\w-]+(?=,\s*$)", sentence[: m.start("part")]) \
            if re.search(r"(?:ем|ом)(?:ся)?$", m.group("part"), re.I) \
            or re.match(r"(?:состоявш|прошедш|проходивш|проведенн|проведённ)", m.group("part"), re.I) else None
        return [Background(m.start("part"), brk.start() if brk else len(sentence), mention.end, False,
                           word_before=word.span() if word else (-1, -1))]
    if language == "kk":
        m = _KK_PARTICIPLE.match(sentence[mention.end:])
        if m is None:
            return []
        end = mention.end + m.end()
        if OCCASION_WHERE.match(sentence, _past_adjectives(sentence, end)):
            return []  # "кеше өткен отырысында … қорытындысын бекітті": the sitting where the act was done dates it
        return [Background(mention.start, end, mention.start, True, noun_at=_past_adjectives(sentence, end))]
    return []


# The occasion a participle dates, in the locative: where the clause's own act was done, on that day ("кеше өткен
# отырысында … бекітті", "на прошедшем вчера заседании утвердила")
OCCASION_WHERE = re.compile(r"\s+(?:[\w-]+\s+)?(?:отырысында|кездесуде|жиында|брифингте|мәжілісінде|заседании|встрече|"
                             r"брифинге|сессии|пресс-конференции)\b", re.I)


# Adjectives between a participle and its noun: "алдыңғы күні өткен Конституциялық комиссияның отырысы", "прошедшего 1
# февраля расширенного заседания"; a noun in the genitive is another noun, which owns the date ("15 наурызда өткен
# референдумның қорытындысы")
_ATTRIBUTE = re.compile(r"\s+(?:[\w-]+(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)|[а-яё-]+(?:ого|его|ой|ей|ых|их|ым|им|ую|юю|ий|ый|ая|"
                        r"яя|ое|ее|ые|ие))(?=\s)", re.I)


def _past_adjectives(sentence: str, end: int) -> int:
    for _ in range(2):
        m = _ATTRIBUTE.match(sentence, end)
        if m is None:
            break
        end = m.end()
    return end


def hides_trigger(found: list[Background], start: int, end: int) -> bool:
    return any(b.start <= start < b.head_end and (b.kind != "relative" or end <= b.end) for b in found)


def hides_date(found: list[Background], mention, trigger_start: int, trigger_end: int) -> bool:
    """The date is another happening's: written in a background phrase the trigger is not in, and not the date of
    the noun a participle stands before."""
    for b in found:
        if not (b.start <= mention.start < b.end) or (trigger_start < b.end and trigger_end > b.start):
            continue  # the trigger is in the phrase, or is the noun it describes ("preliminary figures released on Monday")
        if b.noun_after and _right_after(b, trigger_start):
            continue
        if b.described >= 0 and trigger_start == b.described:
            continue  # the trigger heads the noun phrase the participle describes
        if b.described >= 0 and 0 <= b.start - trigger_end <= 2:
            continue  # the trigger is the noun right before the comma: "… his Address, delivered on Monday at …"
        if b.word_before[0] < trigger_end <= b.word_before[1]:
            continue  # the trigger ends in the word the participle clause follows: its noun
        return True
    return False


def _right_after(b: Background, trigger_start: int) -> bool:
    return 0 <= trigger_start - b.end <= 1 or b.noun_at > b.end and 0 <= trigger_start - b.noun_at <= 1
