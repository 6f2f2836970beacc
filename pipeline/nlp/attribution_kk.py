"""Kazakh attribution rules (no offline model exists: sources.md and toolchain-notes.md).

«…», – деді X; – …, – дейді X; X: «…»; Оның айтуынша, …; X-ның айтуынша/сөзінше, …;
X … екенін атап өтті / …ғанын айтты / … деп атап өтті; X-тың мәлім етуінше, …; Сонымен қатар сарапшы … айтты;
… . Бұл туралы X мәлімдеді.; – Бұл – …, – деді X (a dash inside the speech); X … табыс етіп, … екенін мәлім етті
(the converb clause of another act is not reported).
"""
from __future__ import annotations

import re

from pipeline.nlp.candidates import Candidate, continued_quotes, trim
from pipeline.nlp.lexicon import COLLECTIVE_HEADS, KK_AFTER_QUOTE, KK_OPINION_WORDS, KK_REPORT_VERB, ROLE_HEAD_RE
from pipeline.nlp.spans import Span, paragraphs

_QUOTE = r"«(?P<q>(?:[^«»]|«[^«»]*»)+)»"
_NAME_WORD = r"[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+(?:-[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+)?"
_NAME_WORD_GENITIVE = r"[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+(?:тың|тің|дың|дің|ның|нің)"
_DASH = r"[–—-]"
# a dash paragraph of speech with no verb of speech after a dash in it; a question is the interviewer's
_DASH_PARAGRAPH = re.compile(r"^[–—]\s*(?P<q>[^«»]+?[^?\s])[.!…]?$")
# "деп түйіндеді ол сөзін": the speech the speaker ended, no part of who spoke
_SPEECH_OBJECT = re.compile(r"\s+сөзін$")
# the speaker after the verb, to the sentence's end; an initial's dot ends nothing: "– дейді Л.Н. Гумилев атындағы
# университеттің студенті X"
_INITIAL = r"\b[А-ЯӘҒҚҢӨҰҮҺІЁA-Z]"
_SPEAKER_AFTER = rf"(?P<spk>(?:[^.!?«»]|(?<={_INITIAL})\.)+?)\s*(?=(?<!{_INITIAL})[.!?]|$)"
_QUOTE_THEN_VERB = re.compile(_QUOTE + rf"\s*[,.!?…]?\s*{_DASH}\s*(?P<verb>{KK_AFTER_QUOTE})\s+{_SPEAKER_AFTER}")
# (a word quoted inside the speech stays in it: "Сондықтан «иә» деп дауыс бердім, – дейді ол")
_DASH_SPEECH = re.compile(rf"^{_DASH}\s*(?P<q>(?:[^–—«»]|«[^«»]*»|[–—](?!\s*{KK_AFTER_QUOTE}))+?)"
                          rf"[,.!?…]?\s*{_DASH}\s*(?P<verb>{KK_AFTER_QUOTE})\s+{_SPEAKER_AFTER}")
# the speech going on after the speaker, in the same paragraph: "– A, – дейді X. – B."
_DASH_GOES_ON = re.compile(rf"\.\s*{_DASH}\s*(?P<q>(?:[^–—«»]|«[^«»]*»|[–—](?!\s*{KK_AFTER_QUOTE}))+?)[.!…]?$")
_SPEAKER_COLON_QUOTE = re.compile(r"^(?P<spk>[^.!?:«»]{2,120}?):\s*" + _QUOTE)
# the verb of speech before the colon, with what it is about: "X жоба туралы өз ойын ортаға салды: «…»", "X бұл туралы
# былай дейді: «…»": the speaker is the subject before it
_SAYS_BEFORE_COLON = re.compile(r"\s+(?:(?:[\w-]+\s+)?туралы\s+)?(?:өз\s+(?:ойын|пікірін)\s+)?(?:былай\s+)?"
                                r"(?:ортаға\s+салды|дейді|деді|айтты|бөлісті|білдірді|атап\s+өтті|мәлімдеді)\s*$")
# (when and to whom may follow the name: "… маманы Арман Сейітов бірде маған: «…»")
_NAME_LAST = re.compile(rf"\s({_NAME_WORD}\s+{_NAME_WORD})(?:\s+(?:бірде|кезінде|кейін|маған|бізге|оларға|журналистерге)){{0,2}}\s*$")
# where the words were said before the pronoun that says them: "Кездесуде ол: «…»", "Брифингте олар: «…»"
_PLACE_THEN_PRONOUN = re.compile(r"\w+(?:да|де|та|те)\s+(?P<p>ол|олар)$", re.I)
# the speaker after the verb: "…, деп есептейді Жақыпова.", "… деп санайды сарапшы."
_CLAUSE_DEP_VERB_SPEAKER = re.compile(rf"^(?P<c>.{{12,}}?),?\s+деп\s+(?P<verb>{KK_REPORT_VERB})\s+"
                                      r"(?P<spk>[^\s.!?«»,]+(?:\s+[^\s.!?«»,]+){0,2}?)\s*[.!?]?$", re.S)
# at the head of the sentence, or after a clause of its own joined by "ал", "бірақ": "Бөлім қысқа, ал X-тың пікірінше, …"
# (the writer's own clause may open the sentence, set off by a colon: "Отырыстар жабық өтпейді: мүшелердің айтуынша, …")
_OPINION = re.compile(rf"^(?:[^«»]*?,\s*(?:ал|бірақ|алайда|әйтсе\s+де)\s+|[^«»:]*?:\s+)?(?P<spk>[^,.:]{{2,120}}?)\s+"
                      rf"(?P<verb>{KK_OPINION_WORDS})\s*,\s*(?P<c>.+)$", re.S)
# a role set off before the named speaker: "Комиссия мүшесі, заңгер Арман Қалиевтің сөзінше, …"
_OPINION_APPOSITION = re.compile(rf"^(?P<spk>[^,.«»]{{2,60}}?,\s*(?:[^,.«»\s]+\s+){{0,3}}?{_NAME_WORD}\s+{_NAME_WORD_GENITIVE})"
                                 rf"\s+(?P<verb>{KK_OPINION_WORDS})\s*,\s*(?P<c>.+)$", re.S)
# words that open a sentence before its subject: "Сонымен қатар сарапшы …", "Сондай-ақ Әбдіров …"
# … and the reader reminded: "Еске салсақ, Мемлекет басшысы …", "Айта кетейік, …"
_CONNECTIVE = re.compile(r"^(?:(?:Сонымен\s+қатар|Сонымен\s+бірге|Сондай-ақ|Сонымен|Ал|Бұдан\s+бөлек|Өз\s+кезегінде|"
                         r"Кейін|Содан\s+кейін|Бұған\s+қоса|Сондықтан|Еске\s+сал(?:сақ|айық|а\s+кетейік)|"
                         r"Естеріңізге\s+сал(?:сақ|айық|а\s+кетейік)|Айта\s+кетейік|Айта\s+кету\s+керек|"
                         # a day before the subject is when, not who: "Кеше Орталық сайлау комиссиясы …"
                         r"Кеше|Бүгін|Кешегі\s+күні|Бүгін\s+таңертең),?\s+)+", re.I)
_REPORTED = re.compile(
    # "… екенін де жеткізді": the particle "also" between the clause and the verb
    # … or right after a clause made a noun: "… дайындайтынын да айтты" (the complementiser fused into the verb)
    # … or an opinion come to: "… қажет деген пікірге келді" (the clause, then "деген" and the noun of the opinion)
    # … or the particle after "деп": "… тұр деп те ескертті"
    # … or the dative clause of a point dwelt on: "… мүмкін емес екеніне тоқталды" (a clause, unlike a topic alone)
    rf"^(?P<body>.+?)\s+(?:(?P<comp>екенін|екендігін|екеніне|екендігіне)\s+(?:(?:де|да|те|та)\s+)?|"
    r"(?P<dep>деп|деген)\s+(?:(?:де|да|те|та)\s+)?|(?:де|да|те|та)\s+)?"
    # … or the clause as said, then "деді" alone: "X … жазу қажет деді"
    # … or a stance made known: "… қолдайтынын білдірді" (taken with a participle clause only, not "алғысын білдірді")
    rf"(?P<verb>{KK_REPORT_VERB}|білдірді|білдіреді|(?<=деген\s)(?:ортақ\s+)?(?:пікірге|қорытындыға|тұжырымға)\s+(?:келді|келеді|келген)|"
    # … or voiced: "… береді деген ортақ пікір білдірді"
    r"(?<=деген\s)(?:ортақ\s+)?(?:пікір|сенім|ой)\s+(?:білдірді|білдіреді|білдірген|айтты)|"
    # … or judged as a clause: "… жақсы ұйымдастырылған деп бағалады" (an object and its complement are what
    # _called_as takes first)
    r"(?<=деп\s)(?:бағалады|бағалайды)|(?P<dwelt>тоқталды|тоқталып\s+өтті|назар\s+аударды)|"
    r"(?P<said>деді|дейді))"
    r"\s*[.!?]?$", re.S
)
# the reported clause, then the verb of speech as a converb before the sentence's next act: "X … қажет екенін айтып,
# … көшуді ұсынды" (what X said is the clause; the proposal after the comma is no statement)
_REPORTED_CONVERB = re.compile(
    r"^(?P<body>.+?)\s+(?:(?P<comp>екенін|екендігін)\s+(?:(?:де|да|те|та)\s+)?|(?P<dep>деп)\s+)?(?P<verb>айтып|атап\s+өтіп|атап\s+көрсетіп|баса\s+айтып|"
    r"мәлімдеп|мәлім\s+етіп|жеткізіп|түсіндіріп|еске\s+салып|сенім\s+білдіріп)\s*,\s", re.S)
_BUL_TURALY = re.compile(rf"^Бұл\s+туралы\s+(?P<spk>[^.!?«»]+?)\s+(?P<verb>{KK_REPORT_VERB})\s*[.!?]?$")
# a converb clause of another act before the reported clause ("… табыс етіп, ")
# (… or of taking the floor: "сөз алып, ")
_CONVERB_CLAUSE = re.compile(r"[^,]*?\b(?:етіп|жасап|беріп|тапсырып|ұсынып|қабылдап|өткізіп|қатысып|алғыс\s+айтып|сөз\s+алып|"
                             # "еңбегін жоғары бағалап, …", "Үкіметке тапсырма жүктеп, …": praise or a task, not speech
                             r"бағалап|жүктеп|құттықтап|таныстырып|"
                             # a topic dwelt on or reported before the clause said: "… өзгерістеріне тоқталып, …",
                             # "… жұмысы туралы баяндап, …"
                             r"тоқталып|(?:туралы|жайында|жөнінде)\s+(?:баяндап|айтып|әңгімелеп)|"
                             # an issue raised names a topic, not words: "… көшу мәселесін көтеріп, …"
                             r"мәселе\w*\s+көтеріп|"
                             r"алғысын\s+білдіріп),\s+")
# a converb clause opening with a subject of its own, a body or a group in the nominative: "комиссия 12 отырыс
# өткізіп, … қараған екенін": what the body did is part of what was said, not the speaker's own act (a bare noun
# followed by a possessive one is its modifier: "комиссия мүшелерімен кездесу өткізіп")
_CONVERB_OWN_SUBJECT = re.compile(r"(?:[\w-]+\s+)?(?:комиссия|комиссиясы|топ|тобы|сот|соты|кеңес|кеңесі|штаб|штабы|"
                                  r"үкімет|парламент|мәжіліс|сенат|әкімдік|әкімдігі|министрлік|министрлігі|"
                                  r"партия|партиясы|олар|[\w-]+(?:лар|лер|дар|дер|тар|тер))\s+"
                                  r"(?![\w-]+(?:ы|і|сы|сі)(?:н|на|не|нда|нде|нан|нен|мен|ның|нің)?\s)", re.I)
# ("соңында": in the end, when the speaker said it)
_CLAUSE_CONNECTIVE = re.compile(r"(?:(?:сондай-ақ|сонымен\s+қатар|сонымен\s+бірге|тағы|да|де|та|те|өз\s+кезегінде|бұдан\s+бөлек|"
                                r"соңында|сөз\s+соңында),?\s+)+",
                                re.I)
# a group's doubt put as a question: "Сыншылар бір ай жеткілікті ме деп сұрайды" (the question with its particle,
# without "деп"); one person asking puts a question to someone and says nothing
_GROUP_ASKS = re.compile(rf"^(?P<spk>(?:(?:Кейбір|Көптеген|Басқа)\s+)?(?i:{COLLECTIVE_HEADS['kk']}))\s+"
                         r"(?P<c>[^«»]+?\s(?:ма|ме|ба|бе|па|пе)(?:\s+(?:екен|жоқ\s+па))?)\s+деп\s+"
                         r"(?P<verb>сұрайды|сұрады|сұрақ\s+қояды|сұрақ\s+қойды|ойланады)\s*[.?]?$", re.S)
_SUBJECT_AFTER = re.compile(r"^(?:ол|олар|сарапшы|саясаттанушы|маман|заңгер|төраға|министр|депутат)\w*$", re.I)
_ACCUSATIVE_CLAUSE_END = re.compile(r"(?:ын|ін|нын|нін|ны|ні)$")
# a clause made a noun (a participle or verbal noun in the accusative): "өтетінін", "болғанын", "қажеттігін"
_NOMINALISED = re.compile(r"(?:ған|ген|қан|кен|атын|етін|йтын|йтін|тын|тін|уы|уі|тық|тік|лық|лік|дық|дік|тығ|тіг|лығ|ліг|дығ|діг)"
                          r"(?:ын|ін|н)$")

# … a participle's only, a clause with its own predicate: "қолдайтынын", "келгенін"
_PARTICIPLE_CLAUSE = re.compile(r"(?:ған|ген|қан|кен|атын|етін|йтын|йтін|тын|тін)(?:ын|ін|н)$")


def find(text: str, sentences: list[Span], subject_end) -> list[Candidate]:
    """`subject_end(sentence)` gives where the speaker phrase at the head of a sentence ends (names are rules)."""
    found: list[Candidate] = []
    for paragraph in paragraphs(text):
        # dialogue ("– …, – деді X.") may hold several sentences: read it paragraph-wide
        m = _DASH_SPEECH.match(paragraph.text)
        if m:
            s, e = trim(text, paragraph.start + m.start("q"), paragraph.start + m.end("q"))
            ss, se = trim(text, paragraph.start + m.start("spk"), paragraph.start + m.end("spk"))
            se -= len(_SPEECH_OBJECT.search(text[ss:se]).group(0)) if _SPEECH_OBJECT.search(text[ss:se]) else 0
            found.append(Candidate(s, e, "direct", _squash(m.group("verb")), ss, se, "dash_then_verb"))
            more = _DASH_GOES_ON.match(paragraph.text, m.end())
            if more:
                s, e = trim(text, paragraph.start + more.start("q"), paragraph.start + more.end("q"))
                found.append(Candidate(s, e, "direct", _squash(m.group("verb")), ss, se, "dash_then_verb"))
    for paragraph, following in zip(paragraphs(text), paragraphs(text)[1:]):
        # a speech over paragraphs: "– A. / – B, – деп түйіндеді ол.": a dash paragraph with no verb of its own goes
        # on in the voice of the one that closes the speech right after it
        closing = next((c for c in found if c.pattern == "dash_then_verb" and following.start <= c.start < following.end),
                       None)
        lone = _DASH_PARAGRAPH.match(paragraph.text)
        if closing is not None and lone and not any(c.start < paragraph.end and paragraph.start < c.end for c in found):
            s, e = trim(text, paragraph.start + lone.start("q"), paragraph.start + lone.end("q"))
            found.append(Candidate(s, e, "direct", closing.verb, closing.speaker_start, closing.speaker_end,
                                   "dash_then_verb"))
    found += _quote_over_paragraphs(text, found)
    found += _speech_after_colon(text, sentences, found, subject_end)
    for previous, sentence in zip([None] + sentences, sentences):
        if any(c.start < sentence.end and sentence.start < c.end for c in found):
            continue
        base, body = sentence.start, sentence.text
        m = _BUL_TURALY.match(body)
        if m and previous is not None and previous.paragraph == sentence.paragraph \
                and not any(c.start < previous.end and previous.start < c.end for c in found):
            # "… . Бұл туралы Әділет министрі Азамат Есқараев мәлімдеді." names who said the sentence before
            s, e = trim(text, previous.start, previous.end)
            kind = "indirect"
            if text[s] == "«" and text[e - 1] == "»":
                s, e, kind = s + 1, e - 1, "direct"
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            found.append(Candidate(s, e, kind, _squash(m.group("verb")), ss, se, "bul_turaly"))
            continue
        m = _QUOTE_THEN_VERB.search(body) or _DASH_SPEECH.match(body)
        if m:
            s, e = trim(text, base + m.start("q"), base + m.end("q"))
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            found.append(Candidate(s, e, "direct", _squash(m.group("verb")), ss, se, "quote_then_verb"))
            continue
        quoted = _quote_after_subject(text, sentence, subject_end)
        if quoted:
            found.append(quoted)
            continue
        m = _SPEAKER_COLON_QUOTE.match(body)
        speaker = _colon_speaker(text, sentence, m.end("spk"), subject_end) if m else None
        if speaker:
            s, e = trim(text, base + m.start("q"), base + m.end("q"))
            found.append(Candidate(s, e, "direct", "", *speaker, "speaker_colon_quote"))
            continue
        m = _GROUP_ASKS.match(body)
        if m:
            s, e = trim(text, base + m.start("c"), base + m.end("c"))
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            found.append(Candidate(s, e, "indirect", _squash(m.group("verb")), ss, se, "kk_reported"))
            continue
        m = _OPINION.match(body) or _OPINION_APPOSITION.match(body)
        if m:
            s, e = trim(text, base + m.start("c"), base + m.end("c"))
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            pronoun = m.group("spk").strip().lower()
            # "X-тің мәліметінше": a person's figures are said, an institution's are not (as "По данным")
            figures = m.group("verb").startswith(("мәліметінше", "дерегінше"))
            found.append(Candidate(s, e, "indirect", _squash(m.group("verb")), ss, se, "po_dannym" if figures else "aituynsha",
                                   pronoun=pronoun if pronoun in ("оның", "олардың") else "", case="gent"))
            continue
        m = _CLAUSE_DEP_VERB_SPEAKER.match(body)
        if m and (m.group("spk")[:1].isupper() or _SUBJECT_AFTER.match(m.group("spk"))):
            s, e = trim(text, base + m.start("c"), base + m.end("c"))
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            found.append(Candidate(s, e, "indirect", _squash(m.group("verb")), ss, se, "dep_verb_speaker"))
            continue
        called = _called_as(text, sentence, subject_end) or _said_before_colon(text, sentence, subject_end)
        if called:
            found.append(called)
            continue
        for m in (_REPORTED.match(body), _REPORTED_CONVERB.match(body)):
            candidates = _reported(text, sentence, m, subject_end)
            if candidates:
                found.extend(candidates)
                break
    found.extend(continued_quotes(text, paragraphs(text), found))
    return sorted(found, key=lambda c: (c.start, c.end))


# a converb clause of another act closing the subject: "X комиссияға алғыс білдіріп, былай деді: «…»"
_CONVERB_BEFORE_SAYING = re.compile(r"\w(?:ып|іп|п),(?:\s|$)")


def _colon_speaker(text: str, sentence: Span, end: int, subject_end) -> tuple[int, int] | None:
    """Who speaks before the colon that ends at `end` of the sentence: the phrase before a verb of speech, or the name
    closing a long description; None when the phrase is too long to be a speaker."""
    body, base = sentence.text, sentence.start
    said = _SAYS_BEFORE_COLON.search(body, 0, end)
    spk_end = said.start() if said else end
    if said and _CONVERB_BEFORE_SAYING.search(body, 0, spk_end):
        return subject_end(sentence)  # the act before the words is no part of the speaker
    # a long description ending in the name: "Қаладағы №3 учаскеде дауыс берген мұғалім Асқар Бекұлы: «…»"
    named_last = _NAME_LAST.search(body, 0, spk_end)
    spk_start = named_last.start(1) if named_last and len(body[:spk_end].split()) > 7 else 0
    if len(body[spk_start:spk_end].split()) > 7:
        return None
    ss, se = trim(text, base + spk_start, base + spk_end)
    place = _PLACE_THEN_PRONOUN.match(text, ss, se)
    if place:
        ss = place.start("p")
    return ss, se


def _speech_after_colon(text: str, sentences: list[Span], found: list[Candidate], subject_end) -> list[Candidate]:
    """"X былай деді:" closing a paragraph, then a dash paragraph with no verb of its own: the speech is X's."""
    out = []
    for paragraph, following in zip(paragraphs(text), paragraphs(text)[1:]):
        lone = _DASH_PARAGRAPH.match(following.text)
        sentence = next((s for s in sentences if s.start < paragraph.end <= s.end + 1), None)
        if not lone or sentence is None or not sentence.text.endswith(":") \
                or not _SAYS_BEFORE_COLON.search(sentence.text, 0, len(sentence.text) - 1) \
                or any(c.start < following.end and following.start < c.end for c in found):
            continue
        speaker = _colon_speaker(text, sentence, len(sentence.text) - 1, subject_end)
        if speaker:
            s, e = trim(text, following.start + lone.start("q"), following.start + lone.end("q"))
            out.append(Candidate(s, e, "direct", "", *speaker, "speaker_colon_quote"))
    return out


# the closing paragraph of a quote opened a paragraph before: "… / Бұл – сын», – деп толықтырды ғалым." (the quote may
# be opened again at its head, as in Russian)
_CLOSING_PARAGRAPH = re.compile(rf"^«?(?P<q>[^«»]+)»\s*[,.!?…]?\s*{_DASH}\s*(?P<verb>{KK_AFTER_QUOTE})\s+{_SPEAKER_AFTER}")


# the verb of speech, a short object before it, then a colon and what was said, unquoted: "X алдын ала қорытындыны
# жариялады: …", "X мәлімдеді: …" (an announcement is said by the colon that follows it, as "объявила итоги: …")
_VERB_COLON = re.compile(rf"^(?P<body>[^:«»]+?)\s+(?P<verb>{KK_REPORT_VERB}|жариялады|жариялайды)\s*:\s*"
                         r"(?P<c>[^«»:]{8,}?)\s*[.!]?$", re.S)


def _said_before_colon(text: str, sentence: Span, subject_end) -> Candidate | None:
    m = _VERB_COLON.match(sentence.text)
    speaker = subject_end(sentence) if m else None
    if speaker is None or speaker[1] > sentence.start + m.start("verb") \
            or len(text[speaker[1]:sentence.start + m.start("verb")].split()) > 4:
        return None
    s, e = trim(text, sentence.start + m.start("c"), sentence.start + m.end("c"))
    return Candidate(s, e, "indirect", _squash(m.group("verb")), speaker[0], speaker[1], "kk_reported")


def _quote_over_paragraphs(text: str, found: list[Candidate]) -> list[Candidate]:
    """A quote of several paragraphs: «A (no closing) / B», – деді X. Each paragraph is found as X's, for
    statements.py to join them into one statement (one pair of marks)."""
    out = []
    for paragraph, following in zip(paragraphs(text), paragraphs(text)[1:]):
        if not paragraph.text.startswith("«") or "»" in paragraph.text \
                or any(c.start < following.end and paragraph.start < c.end for c in found + out):
            continue
        m = _CLOSING_PARAGRAPH.match(following.text)
        if m is None:
            continue
        ss, se = trim(text, following.start + m.start("spk"), following.start + m.end("spk"))
        verb = _squash(m.group("verb"))
        for start, end in ((paragraph.start + 1, paragraph.end),
                           (following.start + m.start("q"), following.start + m.end("q"))):
            s, e = trim(text, start, end)
            out.append(Candidate(s, e, "direct", verb, ss, se, "quote_then_verb"))
    return out


# "X жобаны «тарихи құжат» деп атады", "X бастаманы маңызды қадам деп бағалады": what a thing was called or judged
# ("атаған еді": had called it, earlier)
_CALLED_AS = re.compile(r"^(?P<body>.+?)\s+деп\s+(?P<verb>атады|атайды|атаған(?:\s+еді)?|бағалады|бағалайды|сипаттады|"
                        r"сипаттайды)\s*[.!]?$", re.S)
# the object in the accusative, then its complement in lower case, quoted or not (a name or a title given is no
# judgement: "ұлын Арман деп атады", "жобаны «Ақ жол» деп атады")
_OBJECT_THEN_COMPLEMENT = re.compile(r"^(?P<object>(?:[^\s«»]+\s+){0,5}?[^\s«»]*(?:ны|ні|ды|ді|ты|ті|н))\s+"
                                     r"(?:«(?P<q>[а-яәғқңөұүһіё][^«»]*)»|(?P<c>[а-яәғқңөұүһіё][^«»]*))$")


def _called_as(text: str, sentence: Span, subject_end) -> Candidate | None:
    """What the speaker called a thing: the quoted words, direct; without quotation marks the object and its
    complement, indirect (as "назвал X Y" in Russian)."""
    m = _CALLED_AS.match(sentence.text)
    speaker = subject_end(sentence) if m else None
    if speaker is None:
        return None
    ss, se = speaker
    s, e = trim(text, se, sentence.start + m.end("body"))
    vehicle = _VEHICLE.match(text, s, e)
    if vehicle:  # "… берген сұхбатында жобаны …": where it was called so, not what
        s = vehicle.end()
    said = _OBJECT_THEN_COMPLEMENT.match(text[s:e])
    if said is None:
        return None
    if said.group("q"):
        return Candidate(s + said.start("q"), s + said.end("q"), "direct", m.group("verb"), ss, se, "kk_reported")
    return Candidate(s, e, "indirect", m.group("verb"), ss, se, "kk_reported")


# "X маған берген пікірінде «…» деді": the quote closing the sentence before its verb, with no dash, the speaker
# heading the sentence
# (… or after a dash with no speaker after the verb: "X … деген сұраққа: «…», – деп жауап берді")
_QUOTE_THEN_SAID = re.compile(rf"\s«(?P<q>(?:[^«»]|«[^«»]*»)+)»\s*(?:[,.!?…]?\s*{_DASH}\s*)?(?P<verb>{KK_AFTER_QUOTE})\s*[.!]?$")


def _quote_after_subject(text: str, sentence: Span, subject_end) -> Candidate | None:
    """The quoted words, direct, of the subject heading the sentence; after an object in the accusative only a
    judgement in lower case ("жобаны «тарихи құжат» деді"), not a title ("жобаны «Ақ жол» деді")."""
    m = _QUOTE_THEN_SAID.search(sentence.text)
    speaker = subject_end(sentence) if m else None
    if speaker is None or speaker[1] > sentence.start + m.start("q"):
        return None
    between = text[speaker[1]:sentence.start + m.start()].split()
    if between and _ACCUSATIVE_CLAUSE_END.search(between[-1]) and not m.group("q")[:1].islower():
        return None
    s, e = trim(text, sentence.start + m.start("q"), sentence.start + m.end("q"))
    return Candidate(s, e, "direct", _squash(m.group("verb")), speaker[0], speaker[1], "quote_then_verb")


def _reported(text: str, sentence: Span, m: re.Match | None, subject_end) -> list[Candidate]:
    """"X … екенін айтты": the reported clause, or two where a converb of speech joins them ("X … екенін атап өтіп,
    … қолдайтынын мәлімдеді"); none when the clause is no reported speech."""
    base = sentence.start
    if not m:
        return []
    clause_end = m.end("body")
    last_word = m.group("body").split()[-1] if m.group("body").split() else ""
    # "… болатынына сенім білдірді": confidence takes the dative
    believes = m.group("verb").startswith("сенім") and re.search(r"(?:атын|етін|йтын|йтін)(?:ына|іне)$", last_word)
    # "… қажет деді": the verb "де-" quotes the clause it follows, which needs no complementiser (a quoted word before
    # it is a name given, "жобаны «тарихи құжат» деді", whose words are the quoted ones, not this clause)
    said = m.groupdict().get("said") and not last_word.endswith("»")
    if not (m.group("comp") or m.group("dep") or _ACCUSATIVE_CLAUSE_END.search(last_word) or believes or said):
        return []
    if last_word in ("туралы", "жайында", "жөнінде"):
        return []
    dative = bool(m.group("comp") and m.group("comp").endswith("е"))
    if m.groupdict().get("dwelt") and not dative or dative and not (m.group("dwelt") or m.group("verb").startswith("сенім")):
        # "… мәселесіне тоқталды" names a topic; the dative "екеніне" goes with dwelling on a point or with confidence
        return []
    if not (m.group("comp") or m.group("dep")) and re.search(r"(?<!\w)(?:қалай|қандай|неліктен|не\s+үшін)(?!\w)", m.group("body")):
        return []  # "… жұмысы қалай жүргізіліп жатқанын баяндады": how something goes, a topic, not a claim
    if m.group("verb").startswith(("түсіндір", "қорытындыла", "түйінде", "түйді", "баянда", "құпта")) \
            and not (m.group("comp") or m.group("dep")) and not _NOMINALISED.search(last_word):
        # "тұрғындарға жобаның нормаларын түсіндірді": explaining a thing to people, not saying something; nor is
        # summing up a work ("жұмысын қорытындылады"), reporting on a topic ("дайындық барысын баяндады") or approving
        # a thing ("жобаны құптады"); a quality judged is said ("сұрақтың қарапайымдылығын құптады")
        return []
    if m.group("verb").startswith("білдір") and not (m.group("comp") or m.group("dep")) \
            and not _PARTICIPLE_CLAUSE.search(last_word):
        return []  # "алғысын білдірді", "қарсылығын білдірді": a feeling or a stance named, no clause said
    if m.group("verb").startswith("көтер") and not (m.group("comp") or m.group("dep")):
        # "жалақысын көтерді": a wage raised; "су тапшылығы мәселесін көтерді": an issue raised names a topic, not
        # words (tests/nlp/eval/README.md, "a topic only")
        return []
    speaker = subject_end(sentence)
    if speaker is None:
        return []
    ss, se = speaker
    s, e = trim(text, se, base + clause_end)
    lead = _CLAUSE_CONNECTIVE.match(text, s, e)
    if lead:  # "Ол сондай-ақ … екенін айтты": the adverb belongs to the speaker's act, not to what was said
        s = lead.end()
    action = _CONVERB_CLAUSE.match(text, s, e)
    if action and not _CONVERB_OWN_SUBJECT.match(text, s, action.end()):
        # "жобасын Президентке табыс етіп, құжат … тұратынын мәлім етті": the act before is no speech
        s, e = trim(text, action.end(), e)
    vehicle = _VEHICLE.match(text, s, e)
    if vehicle:  # "… тілшісіне берген түсініктемесінде бұл …": where it was said, not what
        s = vehicle.end()
    if e - s < 8:
        return []
    out = []
    joined = _SPEECH_CONVERB_JOIN.search(text, s, e)
    if joined:  # "… екенін атап өтіп, … мәлімдеді": two things said, each its clause
        a, b = trim(text, s, joined.start())
        if b - a >= 8:
            out.append(Candidate(a, b, "indirect", _squash(joined.group("verb")), ss, se, "kk_reported"))
        s = joined.end()
    out.append(Candidate(s, e, "indirect", _squash(m.group("verb")), ss, se, "kk_reported"))
    return out


# a converb of speech inside a reported clause, joining a second one: "… екенін атап өтіп, … мәлімдеді"
_SPEECH_CONVERB_JOIN = re.compile(r"\s+(?P<comp>екенін|екендігін|деп)\s+(?P<verb>айтып|атап\s+өтіп|атап\s+көрсетіп|баса\s+айтып|"
                                  r"мәлімдеп|мәлім\s+етіп|жеткізіп|еске\s+салып)\s*,\s+")


# where something was said, heading the reported clause: "агенттікке берген сұхбатында", "брифингте сөйлеген сөзінде"
# (a dot inside a word is a web address's, no sentence end: "Tengrinews.kz сайтына берген сұхбатында")
_VEHICLE = re.compile(r"(?:(?:[^,.]|\.(?=\w)){0,60}?\s)?(?:(?:берген|жасаған|сөйлеген|жариялаған|жолдаған)\s+(?:[\w-]+\s+)?\w+(?:інде|ында|сында|сінде)|"
                      r"\w*(?:сұхбатында|түсініктемесінде|мәлімдемесінде|сөзінде|баяндамасында)|"
                      # … or the press event alone, with what tells which: "түстен кейінгі брифингте"
                      r"(?:[\w-]+\s+){0,2}?(?:брифингте|брифинг\s+барысында|баспасөз\s+конференциясында))\s+"
                      # whom it was told, at the clause's head: "Kazinform тілшісіне", "журналистерге", "БАӘ өкілдеріне"
                      r"|(?:[\w.-]+\s+)?(?:тілшісіне|тілшілеріне|журналистерге|журналистке|корреспондентіне|басылымға)\s+")


def _squash(verb: str) -> str:
    return re.sub(r"\s+", " ", verb)


def head_subject(text: str, sentence: Span, names: list[tuple[int, int]], role_or_collective) -> tuple[int, int] | None:
    """The speaker phrase heading a sentence: up to the end of a person's name found in its first words,
    or a single role / collective / pronoun word ("Президент", "Қатысушылар", "Ол")."""
    limit = sentence.start + min(len(sentence.text), 90)
    for start, end in names:
        if sentence.start <= start < limit and end <= sentence.end:
            return sentence.start, end
    lead = _CONNECTIVE.match(sentence.text)
    offset = lead.end() if lead else 0
    opening = offset
    manner = _MANNER_LEAD.match(sentence.text, offset)
    if manner:  # "Сұрақтарға жауап бере отырып, ол …": how the speaker spoke, a clause before the subject
        offset = opening = manner.end()
    where = _WHERE_LEAD.match(sentence.text, offset)
    if where and role_or_collective(where.group(0).split()[0]):
        where = None  # "Профессор соңында …": the speaker, then "in the end", no occasion
    if where:  # "Кездесуде Президент … атап өтті": where it was said is no part of the speaker
        offset = where.end()
    after_act = _AFTER_ACT_LEAD.match(sentence.text, offset)
    if after_act and not any(role_or_collective(w) for w in after_act.group(0).split()):
        # "Жарлыққа қол қойған соң Мемлекет басшысы …": the act the words followed, a clause before the subject (one
        # with a role in it is the speaker's own: "Президент жарлыққа қол қойған соң …")
        offset = opening = after_act.end()
    # six words: a group told by a participle clause may be long ("Участке ашылған сәттен келген сайлаушылар")
    words = list(re.finditer(r"\S+", sentence.text[offset:]))[:6]
    # a role of up to three words ends the subject: "Комиссия басшысы", "ОСК төрағасы", "Сарапшы"; a head with the
    # possessive ending takes bare nouns before it as its modifiers, up to four words: "Дөңгелек үстел
    # қатысушылары", "Халықаралық байқаушылар миссиясының өкілдері"
    def heads(i: int, word) -> bool:
        if _INSTITUTION_HEAD.match(word.group(0)) and all(
                w.group(0)[:1].isupper() or _BARE_NOUN.match(w.group(0)) for w in words[:i]):
            return True  # a body speaks: "Орталық референдум комиссиясы … бастағанын хабарлады"
        plural = bool(_PLURAL_HEAD.search(word.group(0)))
        possessed = bool(_POSSESSIVE_HEAD.search(word.group(0)))
        if plural and i > 0 and _told_by_participle(words, i) and role_or_collective(word.group(0)):
            return True  # "Учаскеде жұмыс істеген бақылаушылар": the group told by what its members did
        return role_or_collective(word.group(0)) and (i == 0 or all(
            w.group(0)[:1].isupper() or _GENITIVE_OR_NOUN.search(w.group(0)) or plural and _DATIVE.search(w.group(0))
            or possessed and _BARE_NOUN.match(w.group(0)) for w in words[:i]))

    found = next((i for i, word in enumerate(words) if heads(i, word)
                  and (i < 3 or i == 3 and _POSSESSIVE_HEAD.search(word.group(0))
                       or _told_by_participle(words, i))), None)
    if found is None:
        return None
    # a possessed head further on is the head the first one modifies: "Халықаралық сарапшылар тобының мүшелері"
    # … unless a word in the locative stands between, which ends the subject: "Қошанов сөзінде Курултай депутаттары
    # … керек екенін айтты" is Қошанов, "in his speech", and the clause
    # (a pronoun in the nominative modifies nothing: "Ол жобада … өкілеттіктері … екенін атап өтті" is "ол")
    later = [] if _NOMINATIVE_PRONOUN.match(words[found].group(0)) else [
             j for j in range(found + 1, min(len(words), 4))
             if _POSSESSIVE_HEAD.search(words[j].group(0)) and heads(j, words[j])
             and not any(_SPOKEN_IN.match(w.group(0)) for w in words[found + 1:j])]
    if later:
        found = later[0]
    if found + 1 < len(words) and re.search(r"[ыі]$", words[found + 1].group(0)) \
            and ROLE_HEAD_RE["kk"].match(words[found + 1].group(0)):
        found += 1  # "Әкім орынбасары": a role the one before it modifies ("the akim's deputy") is the head
    if where and found > 0 and _PARTICIPLE.search(words[found - 1].group(0)):
        # "Учаскелерде жұмыс істеген бақылаушылар": the place is where the members worked, part of the group's name
        return sentence.start + opening, sentence.start + offset + words[found].end()
    return sentence.start + offset, sentence.start + offset + words[found].end()


_NOMINATIVE_PRONOUN = re.compile(r"^(?:ол|олар)$", re.I)
# where the speaker said it, in the locative after the subject: "сөзінде" (in his speech), "баяндамасында", "сұхбатында"
_SPOKEN_IN = re.compile(r"^(?:сөз|баяндама|сұхбат|үндеу|жолдау|мақала|хат|пост|өтініш|мәлімдеме)\w*"
                        r"(?:нда|нде|да|де|та|те)$")
# a sentence opened by the occasion in the locative: "Кездесуде", "Брифингте", "Отырыста", "Жиында"
# (or by a postposition on it: "Кездесу соңында", "Отырыс барысында", "Брифинг кезінде")
_WHERE_LEAD = re.compile(r"(?:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?:нда|нде|да|де|та|те)|[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+\s+"
                         r"(?:соңында|барысында|кезінде|басында|аясында)|"
                         # … or the time after it: "Жолдаудан кейін", "Отырыстан соң"
                         r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?:дан|ден|тан|тен|нан|нен)\s+(?:кейін|соң)|"
                         # … or pointed back to: "Сол жиында", "Осы кездесуде"
                         r"(?:Сол|Осы|Бұл)\s+[а-яәғқңөұүһі]+(?:нда|нде|да|де|та|те)),?\s+(?=\S)")
# a participle clause of what came before, heading the sentence: "Жарлыққа қол қойған соң ", "Құжатты оқығаннан кейін, "
_AFTER_ACT_LEAD = re.compile(r"(?:[^\s,.!?«»]+\s+){0,4}?[^\s,.!?«»]+(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)?\s+(?:соң|кейін),?\s+"
                             r"(?=\S)")
# a converb clause of the speaker's manner heading the sentence: "Сұрақтарға жауап бере отырып, ", "Сөзін қорыта келе, "
_MANNER_LEAD = re.compile(r"[^,.!?«»]{1,80}?\s\w+(?:а|е|й)\s+(?:отырып|тұрып|келе),\s+(?=\S)")
# an institution at the head of the sentence, in the possessive its modifiers give it: "Орталық сайлау комиссиясы",
# "Конституциялық Соты", "Әділет министрлігі" (the body's words are its statement, as "the Commission said")
_INSTITUTION_HEAD = re.compile(r"^(?:комиссиясы|[Сс]оты|министрлігі|комитеті)$")
# a group named by what it took part in: "Дөңгелек үстелге қатысушылар", "Жиынға келген тұрғындар"
_PLURAL_HEAD = re.compile(r"(?:лар|лер|дар|дер|тар|тер)\w{0,3}$")
_PARTICIPLE = re.compile(r"\w(?:ған|ген|қан|кен)$")
# an adjective between the participle and the group: "Отырысқа қатысқан халықаралық байқаушылар"
_ADJECTIVE = re.compile(r"\w(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$")


def _told_by_participle(words, i: int) -> bool:
    """Whether the word before the group's head is the participle that tells the group ("Жиынға келген тұрғындар"),
    an adjective standing between them."""
    if i > 0 and _PARTICIPLE.search(words[i - 1].group(0)):
        return True
    return i > 1 and bool(_ADJECTIVE.search(words[i - 1].group(0))) and bool(_PARTICIPLE.search(words[i - 2].group(0)))


_DATIVE = re.compile(r"\w(?:ға|ге|қа|ке)$")
# the third-person possessive of a plural head ("қатысушылары", "өкілдері", "мүшелері"), and a word with no case
# ending that can stand before it as a modifier ("үстел", "байқаушылар"): no verb, converb or comma
_POSSESSIVE_HEAD = re.compile(r"(?:лары|лері|дары|дері|тары|тері)$")
_BARE_NOUN = re.compile(r"^[а-яәғқңөұүһіё-]+$(?<!ды)(?<!ді)(?<!ты)(?<!ті)(?<!ып)(?<!іп)(?<!п)", re.I)
_GENITIVE_OR_NOUN = re.compile(r"(?:ның|нің|дың|дің|тың|тің|комиссия|комиссиясы|сот|соты|министрлік|министрлігі)$", re.I)


def name_pairs(text: str):
    """Every "First Last" pair, trying again from the second word when a pair is rejected ("Төрағасы Эльвира
    Әзімова": the pair starts at "Эльвира")."""
    pos = 0
    while True:
        m = NAME_PAIR.search(text, pos)
        if not m:
            return
        accepted = yield m
        pos = m.end() if accepted else m.start("last")


NAME_PAIR = re.compile(rf"(?<![\w-])(?P<first>{_NAME_WORD})\s+(?P<last>{_NAME_WORD})(?![\w-])")
