"""Russian attribution rules: where a statement is, and which words name its speaker.

Patterns (sources.md): «…», — отметил X; X: «…»; X отметил/заявил/считает, что …; Как подчеркнул X, …;
По словам X, …; По его/ее словам, …; X подчеркнул необходимость … (a noun object);
«…», — сказал, открывая встречу, X (inserted clauses skipped); «A, — сказал X. — B»; X возражают: …;
…, уверена она, …; …, считает X.; «…». Об этом заявил X.; «…» over two paragraphs; X отметил, что A, добавив, что B.;
X напомнил, что A, и заверил, что B (two statements); X, выступая …, где …, сообщил, что …; Критики, в том числе …,
с которыми …, возражают, что …; «…», – говорил тогда Глава государства.
"""
from __future__ import annotations

import re

from pipeline.nlp.candidates import Candidate, continued_quotes, trim
from pipeline.nlp.lexicon import COLLECTIVE_HEADS, ROLE_HEAD_RE, ROLE_HEADS, RU_OBJECT_VERBS, RU_QUOTE_VERB, RU_VERB, RU_VERB_RE
from pipeline.nlp.names import looks_like_surname
from pipeline.nlp.spans import Span, paragraphs

_QUOTE = r"«(?P<q>(?:[^«»]|«[^«»]*»)+)»"
_DASH = r"[–—-]"
# the outlet told may close the sentence in quotation marks: "– рассказала она «Казахстанской правде»"
_OUTLET_QUOTED = r"(?:\s+«[А-ЯЁA-Z][^«»]{0,40}»)?"
_OUTLET_AT_END = re.compile(r"\s+«[А-ЯЁA-Z][^«»]{0,40}»\s*[.!?]?$")
# an outlet's web address told among the speaker's words holds a dot that ends no sentence: "корреспонденту Orda.kz"
_SPEAKER_WORDS = r"(?:[^.!?«»]|\.(?=[a-z]{2,4}\b))+?"
_QUOTE_THEN_VERB = re.compile(
    _QUOTE + rf"\s*[,.!?…]?\s*{_DASH}\s*(?P<verb>{RU_QUOTE_VERB})[\s,]+(?P<spk>{_SPEAKER_WORDS}){_OUTLET_QUOTED}"
    rf"\s*(?=[.!?](?![a-z]{{2,4}}\b)|$)",
    re.I)
# "так" before the speaker and the verb: «…», – так он подытожил. / – так прокомментировала решение министр.
_QUOTE_THEN_SO = re.compile(
    _QUOTE + rf"\s*[,.!?…]?\s*{_DASH}\s*так\s+(?:(?P<spk>[^.!?«»]+?)\s+(?P<verb>{RU_QUOTE_VERB})|"
    rf"(?P<verb2>{RU_QUOTE_VERB})\s+[а-яё]+\s+(?P<spk2>[^.!?«»]+?))\s*(?=[.!?]|$)", re.I)
# the one quoted after "цитирует", then who quotes him: «…», – цитирует генпрокурора пресс-служба ведомства.
# … or whose words a press service gives: «…», – приводит слова Президента пресс-служба Акорды.
_QUOTED_BY = re.compile(
    _QUOTE + rf"\s*[,.!?…]?\s*{_DASH}\s*"
    rf"(?P<verb>цитиру(?:ет|ют)|(?:приводи(?:т|л[аи]?)|приводят|привел[аи]?|привёл)\s+слова)\s+"
    rf"(?P<spk>[Гг]лавы\s+государства|[а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){{0,2}}|"
    rf"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){{0,2}})\s+[^.!?«»]+?\s*(?=[.!?]|$)")
# a quote broken by its attribution: «Первая часть готова, – подчеркнул Карин. – Вторая потребует времени».
# (an outlet's web name may close the speaker: "– говорит собеседница Vlast.kz. – …")
_SPLIT_HEAD = (rf"«(?P<q>[^«»]+?)[,.!?…]?\s*{_DASH}\s*(?P<verb>{RU_QUOTE_VERB})[\s,]+"
               rf"(?P<spk>(?:[^.!?«»–—]|(?<=\w)\.(?=[a-z]{{2,4}}\b))+?)\s*[.,:]"
               rf"\s*{_DASH}\s*")
_SPLIT_QUOTE = re.compile(_SPLIT_HEAD + r"(?P<q2>[^«»]+)»", re.I)
# … its second part going on into the next paragraph, which closes the quote: «A, – говорит он. – B. / C».
_SPLIT_QUOTE_OPEN = re.compile("^" + _SPLIT_HEAD + r"(?P<q2>[^«»]+)$", re.I)
_CLOSING_PARAGRAPH = re.compile(r"^(?P<q>[^«»]+)»[.!?…]?$")
# the speech may hold a dash of its own ("Одно дело – слова, другое – дела"): any dash not followed by the verb
_DASH_SPEECH_THEN_VERB = re.compile(
    rf"^{_DASH}\s*(?P<q>(?:[^–—]|[–—](?!\s*(?:{RU_QUOTE_VERB})[\s,]))+?)[,.!?…]?\s*{_DASH}\s*(?P<verb>{RU_QUOTE_VERB})[\s,]+(?P<spk>[^.!?«»]+?){_OUTLET_QUOTED}\s*(?=[.!?]|$)", re.I
)
_DASH_SPEECH_GOES_ON = re.compile(rf"\s*[.:]\s*{_DASH}\s*(?P<q>[^–—«»]+?)[.!?…]?$")
_SPEAKER_VERB_COLON = re.compile(rf"(?:^|(?<=[.!?]\s))[^.!?«»:]{{3,150}}?(?P<verb>{RU_VERB}):$", re.I)
_LONE_QUOTE = re.compile(rf"^(?:{_DASH}\s*)?«(?P<q>(?:[^«»]|«[^«»]*»)+)»[.!?…]?$")
_SPEAKER_COLON_QUOTE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<spk>[^.!?:«»]{3,200}?):\s*" + _QUOTE)
# … or the forecast a person gives: "По прогнозу политолога, …"
_PO_SLOVAM = re.compile(r"\b(?:По\s+(?:словам|мнению|оценке|оценкам|убеждению|прогнозу|прогнозам)|Со\s+слов)\s+(?P<spk>[^,]{2,120}?),\s*(?P<c>.+)$", re.I | re.S)
# "По данным спикера, …": figures a person gives are a statement; "По данным министерства" (an institution's data) is not,
# so the speaker must resolve to a person (statements.py drops the rest)
_PO_DANNYM = re.compile(r"\bПо\s+(?:данным|информации)\s+(?P<spk>[^,]{2,80}?),\s*(?P<c>.+)$", re.I | re.S)
# (… or the figures a person gives: "По ее данным, …", as "По данным спикера")
_PO_EGO = re.compile(r"\bПо\s+(?P<pron>его|ее|её|их)\s+(?:словам|мнению|оценке|оценкам|прогнозу|прогнозам|данным)\s*,\s*(?P<c>.+)$", re.I | re.S)
# … also after a clause of its own joined by "а", "но", "однако": "Раздел короткий, однако, как считает X, …"
_KAK = re.compile(rf"^(?:[^«»]*?[,;]\s*(?:и|а|но|однако|причем|причём|зато)\s*,?\s+)?"
                  rf"(?:(?:Кроме того|Также|При этом|Вместе с тем|Однако|Между тем|В свою очередь),?\s+)?"
                  # "Как ранее отмечала X, …": an adverb of time before the verb
                  rf"(?:[Кк]ак|Так,?\s+как)\s+(?:(?:ранее|уже|не\s+раз|неоднократно)\s+)?(?P<verb>{RU_VERB})\s+"
                  rf"(?P<spk>[^,]{{2,150}}?),\s*(?P<c>.+)$", re.I | re.S)
# a role set off by a comma, then the person's name after a second role: "член комиссии, депутат Мажилиса Аскар
# Бектуров, …", "члена комиссии, депутата Мажилиса Аскара Бектурова, …"
_APPOSITION = re.compile(r"(?:[а-яё-]+\s+){1,4}?(?:[А-ЯЁ][а-яё-]+\s+){0,2}(?P<first>[А-ЯЁ][а-яё]+)\s+(?P<last>[А-ЯЁ][а-яё-]+),\s*")


def _apposition(body: str, m: re.Match) -> tuple[int, int]:
    """Where what was said starts and where the speaker ends, for "Как отметил <role>, <role> <Name>, …" and "По
    словам <role>, <role> <Name>, …": a role of no name before the comma is set off from the name that follows it,
    which is the speaker; the said clause starts after the second comma."""
    if re.search(r"[А-ЯЁ]", re.sub(r"«[^«»]*»", "", m.group("spk"))):  # an outlet told in quotes names no one
        return _past_relative(body, m.start("c")), m.end("spk")
    a = _APPOSITION.match(body, m.start("c"))
    if a is None or not ROLE_HEAD_RE["ru"].match(a.group(0).split()[0]) or not looks_like_surname(a.group("last")):
        return _past_relative(body, m.start("c")), m.end("spk")
    return _past_relative(body, a.end()), a.start() + len(a.group(0).rstrip(" ,"))


# a relative clause set off after the speaker's name: "По словам юриста X, которая первой отправила замечания, …"
_RELATIVE_AFTER_SPEAKER = re.compile(r"(?:(?:с|со|в|во|о|об|на|по|для|от|у|к|из|за|при)\s+)?котор\w+\s[^,«»]+,\s*",
                                     re.I)


def _past_relative(body: str, at: int) -> int:
    """Where what was said starts past a relative clause about the speaker (up to its comma): it tells who the
    speaker is, not what was said."""
    r = _RELATIVE_AFTER_SPEAKER.match(body, at)
    return r.end() if r and r.end() < len(body.rstrip(" .!?")) else at


# "Как он рассказал Tengrinews.kz, …", "Как глава ведомства пояснил журналистам, …": the subject before the verb
_KAK_SUBJECT = re.compile(
    rf"^(?:(?:Кроме того|Также|При этом|Вместе с тем|Однако|Между тем|В свою очередь),?\s+)?[Кк]ак\s+"
    rf"(?P<spk>[^,.!?«»:]{{2,60}}?)\s+(?:уже\s+|ранее\s+|также\s+)?(?P<verb>{RU_VERB})"
    rf"(?:\s+(?:журналистам|корреспонденту|изданию|нам|[A-ZА-ЯЁ][\w.-]*)){{0,2}}\s*,\s*(?P<c>.+)$", re.S)
# the verb, an addressee at most ("рассказала Orda.kz", "сообщил журналистам"), then "что"
_VERB_CHTO = re.compile(
    # … or an outlet named in quotes: "рассказала «Казахстанской правде», что"
    rf"(?P<verb>{RU_VERB})(?:\s+(?:журналистам|корреспонденту|изданию|нам|[A-ZА-ЯЁ][\w.-]*|«[^«»]{{1,60}}»)){{0,2}}"
    # "проинформировал Президента о том, что …": the clause announced by "о том" after whom it was told
    rf"(?:\s+о\s+том)?"
    rf"(?:\s+(?:в|во|на)\s+(?:[\w-]+\s+){{0,3}}?[\w.-]+)?"
    # … or when it was said: "сказала журналистам после заседания, что …"
    rf"(?:\s+(?:после|перед|по\s+итогам|по\s+завершении|во\s+время|в\s+ходе)\s+(?:[\w-]+\s+){{0,2}}?[\w.-]+)?\s*,\s*"
    rf"(?:что|чтобы)\s+(?P<c>.+)$", re.I | re.S)
# "«…». Об этом журналистам заявил министр юстиции Азамат Ескараев." names who said the sentence before
# … and "Такое мнение высказал X", "Такую оценку дал X", "Такое заявление сделал X"
_OB_ETOM = re.compile(rf"^(?:Об\s+этом|Так(?:ое|ую|ой)\s+(?:мнение|оценку|заявление|прогноз|позицию|точку\s+зрения))\s+"
                      rf"(?:[\w-]+\s+){{0,6}}?(?P<verb>{RU_VERB}|(?:сделал|дал|озвучил|выразил)(?:а|и)?)\s+(?P<spk>[^.!?«»]+?)\s*[.!?]?$", re.I)
# the sentence "Об этом" points back to tells that results were announced, not what they are: "Комиссия объявила
# итоги выборов. Об этом сообщил ее председатель" names who spoke for the act, and no words (blind34, blind44, blind50)
_RESULTS_ANNOUNCED = re.compile(r"\b(?:объявил|подвел|подвёл|огласил|обнародовал)[аои]?\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:итог|результат)", re.I)
# "Закон нужно принимать без спешки, считает политолог Марат Шибутов."
_REVERSE = re.compile(rf"^(?P<c>[^«»]{{12,}}?),\s*(?:{_DASH}\s*)?(?P<verb>{RU_VERB})\s+(?P<spk>[^,.!?«»–—]{{2,80}}?)\s*[.!?]?$", re.S)
# "Первое, о чем говорит юрист, – ожидания завышены": what the speaker says first, after a dash
_FIRST_SAID = re.compile(rf"^(?:Первое|Главное|Самое\s+главное|Основное|Единственное),?\s+(?:о\s+чем|что)\s+"
                         rf"(?P<verb>{RU_VERB})\s+(?P<spk>[^,«»–—]{{2,80}}?)\s*,\s*[–—]\s*(?P<c>.+)$", re.I | re.S)
# "Скептики возражают: подобные эксперименты ..."
_VERB_COLON = re.compile(rf"(?P<verb>{RU_VERB}):\s*(?P<c>[^«].+)$", re.I | re.S)
# "Первые выборы, уверена она, станут проверкой ...": the speaker inserted between commas
_INSERTED = re.compile(
    r"^(?P<a>[^,«»]{3,}?),\s*(?P<verb>уверен[аы]?|убежден[аы]?|считает|считают|полагает|полагают|говорит|"
    r"отмечает|подчеркивает|уверяет|признает)\s+(?P<spk>[^,«»]{2,60}?),\s*(?P<b>.+)$", re.S)
# … after an opening word of the sentence alone, which is no part of the words: "Правда, сразу оговаривается юрист,
# поток жалоб будет большим"
_INSERTED_AFTER_OPENER = re.compile(
    r"^(?:Правда|Впрочем|Однако|Но|Кстати|Причем|Причём|Притом|При\s+этом|Тем\s+не\s+менее|Вместе\s+с\s+тем),\s*"
    rf"(?:(?:сразу|тут\s+же|тоже|также|все\s+же|всё\s+же|честно)\s+)?(?P<verb>{RU_VERB})\s+(?P<spk>[^,«»]{{2,60}}?),\s*"
    r"(?P<b>(?!что\b|чтобы\b)[^«»]+)$", re.S)
# the next reported clause of the same subject: "…, однако считает, что …", "…, и добавил, что …"
_NEXT_CLAUSE = re.compile(rf",\s*(?:(?:(?:однако|но|а|и|также|при\s+этом)\s+)+(?:также\s+)?(?P<verb>{RU_VERB})|"
                          rf"(?P<gerund>добавив|подчеркнув|отметив|указав|уточнив|пояснив))\s*,\s*(?:что|чтобы)\s+|"
                          # "…, однако, как он отметил, …": the same subject's second clause, set off without "что"
                          rf",\s*(?:однако|но|а|и)\s*,?\s*как\s+(?:он|она|они)\s+(?:также\s+)?(?P<as_verb>{RU_VERB})\s*,\s*|"
                          # "отметил, что A, и что B": the verb's second object clause, a statement of its own
                          r",\s*(?:и|а\s+также)\s+что\s+", re.I)
# the same subject's next act that reports nothing ("Она признает, что A, однако напоминает о B"): the clause ends
_NEXT_ACT = re.compile(rf",\s*(?:(?:однако|но|а|и|также|при\s+этом)\s+)+(?:также\s+)?(?:{RU_VERB})\b(?!\s*,?\s*(?:что|чтобы)\b)",
                       re.I)
# a new subject after a comma: two people named by their roles ("…, политолог и юрист свой выбор не раскрыли")
_OTHER_PAIR = re.compile(rf",\s*(?:{ROLE_HEADS['ru']})\s+и\s+(?:{ROLE_HEADS['ru']})\s", re.I)
# a comma piece that is a clause about the speaker, not the speaker: "возглавляющая комиссию", "открывая встречу",
# "который работает в парламенте с 2004 года"
_CLAUSE_PIECE = re.compile(
    # an adverb may open the participle clause: "Член ЦИК X, также выступившая на брифинге, рассказала"
    r"^(?:(?:также|тоже|ранее|уже)\s+(?=[а-яё]+(?:вш|ющ|ящ|ущ|ащ)))?"
    r"(?:(?:с|со|в|во|о|об|на|по|для|от|у|к|из|за|при)\s+котор\w+|в\s+том\s+числе|где|когда|куда|откуда|котор\w+|кто|чей|чья|[а-яё]+(?:ющ|ящ|вш|ущ|ащ)\w*|[а-яё]+(?:дш|тш|сш|зш|бш|кш|гш|рш)(?:ий|ая|ее|ие|его|ей|их|им|ими|ую)|[а-яё]+(?:я|ясь|вшись|учи|ючи)|по\s+(?:ее|её|его)\s+словам|"
    # a passive participle set off after the name: "Политолог X, опрошенный изданием, назвал …" (not a role or an
    # adjective of that form before a name: "уполномоченный по правам человека X", "государственный советник X")
    r"(?!уполномоч)[а-яё]+(?:енн|анн|янн|ённ)(?:ый|ая)(?![^,]*(?-i:[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)))\b",
    re.I)


def _clause_piece(chunk: str) -> bool:
    """Whether a comma-separated piece is an inserted clause, not the subject: a word ending like a gerund must be one
    ("отвечая на вопрос", not "судья в отставке X"); "которая", "чья" end so too and are relatives."""
    m = _CLAUSE_PIECE.match(chunk)
    if not m or not re.fullmatch(r"(?!котор|чья$)[а-яё]+(?:я|ясь)", m.group(0), re.I):
        return m is not None
    from pipeline.nlp.russian import morph_vocab

    return any(str(p.tag).startswith(("GRND", "PRTF")) for p in morph_vocab().parse(m.group(0).lower()))


_VERB_OBJECT = re.compile(rf"(?P<verb>{RU_VERB})\s+(?P<c>(?!что\b|как\b|на\s+брифинге|журналистам)[а-яё].+)$", re.S)
# "назвал предложение Президента логичным продолжением реформ": the object and what it was called are the claim
# (… or what it is held to be: "считает публикацию проекта важным шагом"; a pronoun is the object only as a possessive
# before a noun and the quoted words: "назвал их работу «образцом …»", not "назвал его лучшим")
_NAMED_AS = re.compile(r"(?<![\w-])(?P<verb>назвал[аи]?|называ(?:ет|ют|л|ла|ли)|счита(?:ет|ют|л|ла|ли))\s+(?P<c>(?!себя\b|(?:его|ее|её|их)\b(?!\s+[а-яё-]+\s+«))"
                       # (a document's own name may be the object: "назвал Послание своевременным")
                       # (or the quoted words at once, the object put before the subject: "Модель она назвала «…»")
                       r"(?:[а-яёА-ЯЁ]|«).+)$", re.S)


# "назвала заседание «историческим»": the object, then what it was called in quotation marks, closing the clause
_OBJECT_THEN_QUOTE = re.compile(r"^[^«»]{1,60}?\s«(?P<q>[^«»]+)»$")


def _judgement_quoted(text: str, candidate: Candidate) -> Candidate:
    """What someone called a thing, when quoted, is the words said: the inside of the quotation marks."""
    m = _OBJECT_THEN_QUOTE.match(text[candidate.start:candidate.end])
    if not m:
        return candidate
    return Candidate(candidate.start + m.start("q"), candidate.start + m.end("q"), "direct", candidate.verb,
                     candidate.speaker_start, candidate.speaker_end, candidate.pattern)


# "назвал работу «экзаменом для всех»": the speaker's own words are in the quotes, a few words of object before them
_NAMED_QUOTE = re.compile(r"^(?:[а-яё-]+\s+){0,5}?«(?P<q>[^«»]+)»")


def _predicate_noun(said: str, quoted: bool = False) -> bool:
    """Whether the words after "назвал" hold what the object was called: a noun or adjective in the instrumental
    among the first words, before or after the object ("эту цифру свидетельством доверия", "главной задачей рост
    доходов"). Inside quotation marks any adjective reading counts: what is quoted after "назвал" is what the thing
    was called ("«рабочим и спокойным»", though "рабочим" reads first as a dative noun)."""
    from pipeline.nlp.russian import morph_vocab

    vocab = morph_vocab()
    words = re.findall(r"[а-яё-]+|[^\sа-яё-]", said.lower())[:8]
    for word in words:
        if word in "«»\"":
            continue  # the judgement in quotation marks: "назвала заседание «историческим»"
        if not re.fullmatch(r"[а-яё-]+", word):
            return False  # a dash, a comma or a figure before it: "срок – 2027 год", "имена, …"
        parses = vocab.parse(word)
        tags = [str(p.tag) for p in parses[:1]]
        if quoted:  # (an adjective's other readings; a letter read as a noun is no judgement: "«О выборах»")
            tags += [str(p.tag) for p in parses[1:] if str(p.tag).startswith(("ADJF", "PRTF"))]
        # (a participle serves as an adjective: "назвал темп «напряженным»")
        if any("ablt" in tag and tag.startswith(("NOUN", "ADJF", "PRTF")) for tag in tags):
            return True
    return False


_PARENTHETICAL = re.compile(
    r"^(?:впрочем|однако|в свою очередь|также|в частности|кроме того|при этом|вместе с тем|между тем|по сути|"
    r"в целом|как известно|напомним|в итоге|наконец|напротив|наоборот|тем не менее|со своей стороны|"
    # how many of a group said it: "Жители, опрошенные …, в большинстве своем говорили"
    r"в\s+большинстве\s+сво(?:ем|ём)|в\s+основном|по\s+большей\s+части|"
    # when, after an apposition set off: "Мой коллега, юрист X, как-то заметил, что …"
    r"как-то(?:\s+раз)?|однажды|когда-то|не\s+раз|неоднократно|"
    # … or a time alone after it: "Депутат X, ранее говорил, что …" (the name before it is the subject)
    r"ранее|прежде|раньше)$", re.I
)
_LEAD_ADVERB = re.compile(
    r"^(?:(?:ранее|также|кроме того|при этом|затем|позже|позднее|сегодня|вчера|в свою очередь|однако|а|и|но|"
    r"вместе с тем|в частности|тогда|впрочем|"
    # where it was said, told before: "Там Глава государства заявил"
    r"там|здесь|тут|"
    # "Сам он считает": the emphasis before a pronoun is no part of who spoke
    r"сам[аи]?(?=\s+(?:он|она|они)\b)|"
    # a date before the subject is when, not who: "29 января комиссия пришла к выводу"
    r"\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?:\s+\d{4}\s+года)?|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))[\s,]+)+", re.I
)


# a sentence of the writer's own ended right before a quote opens
_SENTENCE_END_BEFORE = re.compile(r"[.!?…]\s+$")


def find(text: str, sentences: list[Span]) -> list[Candidate]:
    found: list[Candidate] = []
    for paragraph in paragraphs(text):
        # dialogue ("– …, – сказал X.") may hold several sentences: read it paragraph-wide
        m = _DASH_SPEECH_THEN_VERB.match(paragraph.text)
        if m:
            first = _quote_candidate(text, paragraph.start, m, "dash_then_verb")
            found.append(first)
            # "– A, – говорит X. – B.": the speech goes on after its attribution, in X's voice
            more = _DASH_SPEECH_GOES_ON.match(paragraph.text, m.end())
            if more:
                s, e = trim(text, paragraph.start + more.start("q"), paragraph.start + more.end("q"))
                found.append(Candidate(s, e, "direct", first.verb, first.speaker_start, first.speaker_end,
                                       "split_quote"))
    for paragraph, following in zip(paragraphs(text), paragraphs(text)[1:]):
        # a quote of several paragraphs: «… (no closing) / … », – сказал X.
        # (the Russian custom opens each paragraph of a long quote again: «… / «…», – сказал X.)
        # Each paragraph is found as X's ("Вместе с тем …" at the head of the second goes on in X's voice);
        # statements.py joins the parts of one pair of marks into one statement, the reopened quote staying two.
        closing_text = _OUTLET_AT_END.sub("", following.text)  # the outlet told in quotes opens no quote
        # (or opened after the writer's own sentence: "Юрист считает, что … . «Первая часть. / Вторая», – поясняет он.")
        opening = paragraph.text.rfind("«")
        if opening >= 0 and "»" not in paragraph.text[opening:] and closing_text.count("«") <= 1 \
                and (paragraph.text.startswith("«") or _SENTENCE_END_BEFORE.search(paragraph.text, 0, opening)) \
                and (closing_text.startswith("«") or "«" not in closing_text):
            m = re.match(rf"^«?(?P<q>[^«»]+)»\s*[,.!?…]?\s*{_DASH}\s*(?P<verb>{RU_QUOTE_VERB})[\s,]+(?P<spk>[^.!?«»]+?)"
                         rf"{_OUTLET_QUOTED}\s*(?=[.!?]|$)",
                         following.text, re.I)
            if m:
                one = _quote_candidate(text, following.start, m, "quote_then_verb")
                s, e = trim(text, paragraph.start + opening + 1, paragraph.end)
                found += [Candidate(s, e, "direct", one.verb, one.speaker_start, one.speaker_end, "quote_then_verb"), one]
                continue
            split, closing = _SPLIT_QUOTE_OPEN.match(paragraph.text), _CLOSING_PARAGRAPH.match(following.text)
            if split and closing:
                first = _quote_candidate(text, paragraph.start, split, "split_quote")
                found.append(first)
                for at, m, group in ((paragraph.start, split, "q2"), (following.start, closing, "q")):
                    s, e = trim(text, at + m.start(group), at + m.end(group))
                    found.append(Candidate(s, e, "direct", first.verb, first.speaker_start, first.speaker_end,
                                           "split_quote"))
    for paragraph, following in zip(paragraphs(text), paragraphs(text)[1:]):
        # "Министр заявил:" closing a paragraph, the quote in the next one
        m = _SPEAKER_VERB_COLON.search(paragraph.text)
        quote = _LONE_QUOTE.match(following.text)
        if m and quote and not any(c.start < following.end and following.start < c.end for c in found):
            s, e = trim(text, following.start + quote.start("q"), following.start + quote.end("q"))
            subject = _subject_before(m.group(0), m.start("verb") - m.start())
            if subject is not None:
                base = paragraph.start + m.start()
                found.append(Candidate(s, e, "direct", m.group("verb").lower(), base + subject[0], base + subject[1],
                                       "speaker_colon_quote"))
    for previous, sentence in zip([None] + sentences, sentences):
        if any(c.start < sentence.end and sentence.start < c.end for c in found):
            continue
        m = _LONE_QUOTE.match(sentence.text)
        if m and previous is not None and previous.paragraph == sentence.paragraph:
            # «A», — сказал X. — «B».: a quote standing alone right after X's quote goes on in X's voice
            before = [c for c in found if previous.start <= c.start < previous.end]
            if before and before[-1].kind == "direct":
                s, e = trim(text, sentence.start + m.start("q"), sentence.start + m.end("q"))
                found.append(Candidate(s, e, "direct", before[-1].verb, sentence.start, sentence.start,
                                       "continued_quote", pronoun="continued"))
                continue
        m = _OB_ETOM.match(sentence.text)
        if m and previous is not None and _RESULTS_ANNOUNCED.search(previous.text):
            m = None
        if m and previous is not None and not any(c.start < previous.end and previous.start < c.end for c in found):
            s, e = trim(text, previous.start, previous.end)
            kind = "indirect"
            if text[s] == "«" and text[e - 1] == "»":
                s, e, kind = s + 1, e - 1, "direct"
            start, end = _speaker_span(m.group("spk"))
            ss, se = trim(text, sentence.start + m.start("spk") + start, sentence.start + m.start("spk") + end)
            found.append(Candidate(s, e, kind, m.group("verb").lower(), ss, se, "ob_etom"))
            continue
        found.extend(_direct(text, sentence))
    taken = [(c.start, c.end) for c in found]
    for sentence in sentences:
        if any(s < sentence.end and sentence.start < e for s, e in taken):
            continue
        candidate = _indirect(text, sentence)
        if isinstance(candidate, list):
            found.extend(candidate)
        elif candidate is not None:
            found.append(candidate)
    found.extend(_quote_after_reported(text, sentences, found))
    found.extend(continued_quotes(text, paragraphs(text), found))
    return sorted(found, key=lambda c: (c.start, c.end))


def _quote_after_reported(text: str, sentences: list[Span], found: list[Candidate]) -> list[Candidate]:
    """A quote standing alone right after a sentence that ends in what someone said, in the same paragraph, goes on in
    that voice: "Реформа, считает он, нужна. «Но спешить не стоит»." (the quote after a quote is read in find())."""
    out = []
    for previous, sentence in zip(sentences, sentences[1:]):
        m = _LONE_QUOTE.match(sentence.text)
        if not m or previous.paragraph != sentence.paragraph \
                or any(c.start < sentence.end and sentence.start < c.end for c in found):
            continue
        before = [c for c in found if previous.start <= c.start < previous.end]
        if before and before[-1].kind == "indirect" and previous.end - before[-1].end <= 3:
            s, e = trim(text, sentence.start + m.start("q"), sentence.start + m.end("q"))
            out.append(Candidate(s, e, "direct", before[-1].verb, sentence.start, sentence.start, "continued_quote",
                                 pronoun="continued"))
    return out


def _direct(text: str, sentence: Span) -> list[Candidate]:
    out = []
    base = sentence.start
    for m in _SPLIT_QUOTE.finditer(sentence.text):
        first = _quote_candidate(text, base, m, "split_quote")
        s, e = trim(text, base + m.start("q2"), base + m.end("q2"))
        out += [first, Candidate(s, e, "direct", first.verb, first.speaker_start, first.speaker_end, "split_quote")]
    if out:
        return out
    for m in _QUOTED_BY.finditer(sentence.text):
        out.append(_quote_candidate(text, base, m, "quote_then_verb"))
    for m in _QUOTE_THEN_VERB.finditer(sentence.text) if not out else ():
        out.append(_quote_candidate(text, base, m, "quote_then_verb"))
    for m in _QUOTE_THEN_SO.finditer(sentence.text) if not out else ():
        out.append(_so_candidate(text, base, m))
    if not out:
        m = _DASH_SPEECH_THEN_VERB.match(sentence.text)
        if m:
            out.append(_quote_candidate(text, base, m, "dash_then_verb"))
    if not out:
        for m in _SPEAKER_COLON_QUOTE.finditer(sentence.text):
            s, e = trim(text, base + m.start("q"), base + m.end("q"))
            said = _VERB_CHTO.search(m.group("spk"))
            subject = _subject_before(m.group("spk"), said.start("verb")) if said else None
            if subject is not None:
                # "Собеседница уверена, что A: «B»": the reported clause, then the quote, both the subject's
                at = base + m.start("spk")
                cs, ce = trim(text, at + said.start("c"), at + said.end("c"))
                out += [Candidate(cs, ce, "indirect", said.group("verb").lower(), at + subject[0], at + subject[1],
                                  "verb_chto"),
                        Candidate(s, e, "direct", said.group("verb").lower(), at + subject[0], at + subject[1],
                                  "speaker_colon_quote")]
                continue
            ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
            verb = re.search(rf"\s+(?:{RU_VERB})$", text[ss:se], re.I)  # "Глава государства подчеркнул: «…»"
            if verb:
                se = ss + verb.start()
                if "," in text[ss:se]:
                    # "Отвечая на вопрос о сроках, член комиссии заявила: «…»": the subject, not the clause before
                    subject = _subject_before(text[ss:se], se - ss)
                    if subject is not None:
                        ss, se = ss + subject[0], ss + subject[1]
            out.append(Candidate(s, e, "direct", "", ss, se, "speaker_colon_quote"))
    return out


_SPEAKER_TAIL = re.compile(r"\s+(?:в|во|на|по|после|перед|при|журналистам|корреспонденту|отвечая|изданию)(?:\s|$)")


def _quote_candidate(text: str, base: int, m: re.Match, pattern: str) -> Candidate:
    s, e = trim(text, base + m.start("q"), base + m.end("q"))
    start, end = _speaker_span(m.group("spk"))
    ss, se = trim(text, base + m.start("spk") + start, base + m.start("spk") + end)
    return Candidate(s, e, "direct", m.group("verb").lower(), ss, se, pattern)


def _so_candidate(text: str, base: int, m: re.Match) -> Candidate:
    spk, verb = ("spk", "verb") if m.group("spk") else ("spk2", "verb2")
    s, e = trim(text, base + m.start("q"), base + m.end("q"))
    ss, se = trim(text, base + m.start(spk), base + m.end(spk))
    return Candidate(s, e, "direct", m.group(verb).lower(), ss, se, "quote_then_verb")


_ROLE_AND_NAME = re.compile(rf"^(?:{ROLE_HEADS['ru']})\s+(?:[\w-]+\s+){{0,3}}?[А-ЯЁ][а-яё]+\s+(?P<last>[А-ЯЁ][а-яё-]+)$")


# a place and a day right after the verb, before the speaker: "на заседании в пятницу", "вчера на брифинге"
# (whom it was told may come first: "— сказал журналистам после заседания депутат X")
_WHERE_AND_WHEN = re.compile(r"\s*(?:(?:(?:в|во|на|после|перед|при)\s+[а-яё-]+|вчера|сегодня|накануне|журналистам|"
                             # … the outlet in Latin letters with it: "корреспонденту Orda.kz"
                             r"(?:корреспонденту|изданию)(?:\s+[A-Z][A-Za-z-]*(?:\.[a-z]{2,4})?)?)(?:\s+|$))+")


def _speaker_span(phrase: str) -> tuple[int, int]:
    """The words naming the speaker after the verb, past inserted clauses: "председатель Конституционного суда,
    возглавляющая комиссию, Эльвира Азимова"; "открывая встречу, Генеральный прокурор Берик Асылов"."""
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", phrase)]
    kept: list[tuple[int, int]] = []
    for s, e in pieces:
        chunk = phrase[s:e].strip()
        if not chunk or _clause_piece(chunk):
            continue
        if kept and not chunk[:1].isupper() and not _ROLE_AND_NAME.match(chunk):
            break  # a later piece continues the speaker only as a name, or as a role with the name ("один из
            # спикеров заседания, сенатор Ерлан Тулегенов": the person the first piece describes)
        kept.append((s, e))
    if not kept:
        return 0, len(phrase)
    start, end = kept[0][0], kept[-1][1]
    where = _WHERE_AND_WHEN.match(phrase, start)
    if where and where.end() < end and len(kept) == 1:
        # "— сказал на заседании в пятницу член комиссии X": where and when come first; the speaker after them
        start = where.end()
    tail = _SPEAKER_TAIL.search(phrase, start if len(kept) == 1 else kept[-1][0], end)
    if tail and tail.start() > kept[-1][0] + 1:
        end = tail.start()
    return start, end


# a group's doubt put as a question: "Скептики спрашивают, хватит ли месяца на агитацию" (the question with its "ли");
# one person asking puts a question to someone and says nothing
_GROUP_ASKS = re.compile(rf"^(?P<spk>(?:(?:Многие|Некоторые|Другие)\s+)?(?i:{COLLECTIVE_HEADS['ru']}))\s+"
                         r"(?:также\s+|по-прежнему\s+|все\s+еще\s+)?"
                         r"(?P<verb>спрашива(?:ют|ли)|зада(?:ются|вались)\s+вопросом)"
                         r"\s*,\s*(?P<c>[а-яё-]+\s+ли\s.+?)[.?]?$", re.S)


# "Депутат Дина Абилова, которая, по ее словам, намерена баллотироваться, назвала …": "по ее словам" inside a relative
# clause reports only that clause, and "ее" is the person the clause describes
_RELATIVE_PO_EGO = re.compile(r"^(?P<spk>[^,«»]{3,120}?),\s*(?:который|которая|которые)\s*,\s*по\s+(?:его|ее|её|их)\s+"
                              r"(?:словам|мнению)\s*,\s*(?P<c>[^,«»]+?)\s*,\s*(?=\w)", re.I)


def _indirect(text: str, sentence: Span) -> Candidate | list[Candidate] | None:
    base, body = sentence.start, sentence.text
    m = _GROUP_ASKS.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        return Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "verb_chto")
    m = _RELATIVE_PO_EGO.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        own = Candidate(s, e, "indirect", "по словам", ss, se, "po_ego_slovam")
        # the rest of the sentence is the subject's own: the relative clause blanked, offsets kept
        masked = body[: m.end("spk")] + " " * (m.end() - m.end("spk")) + body[m.end():]
        rest = _indirect(text, Span(sentence.start, sentence.end, masked, sentence.paragraph))
        return [own, *([] if rest is None else rest if isinstance(rest, list) else [rest])]
    m = _PO_EGO.search(body)
    if m:
        s, e, kind = _quoted_whole(text, *trim(text, base + _clause_start(body, m), base + _aside_end(body, m)))
        return Candidate(s, e, kind, "по словам", base + m.start("pron"), base + m.end("pron"),
                         "po_ego_slovam", pronoun=m.group("pron").lower())
    m = _PO_SLOVAM.search(body)
    if m:
        said_from, speaker_end = _apposition(body, m)
        s, e, kind = _quoted_whole(text, *trim(text, base + (said_from if said_from != m.start("c") else
                                                              _clause_start(body, m)), base + _aside_end(body, m)))
        ss, se = trim(text, base + m.start("spk"), base + speaker_end)
        return Candidate(s, e, kind, "по словам", ss, se, "po_slovam", case="gent")
    m = _KAK.match(body)
    if m:
        said_from, speaker_end = _apposition(body, m)
        s, e = trim(text, base + said_from, base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + speaker_end)
        return Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "kak_verb")
    m = _KAK_SUBJECT.match(body)
    if m and not RU_VERB_RE.search(m.group("spk")):
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        spk = m.group("spk").strip().lower()
        return Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "kak_verb",
                         pronoun=spk if spk in ("он", "она", "они") else "")
    m = _FIRST_SAID.match(body)
    if m:
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        spk = m.group("spk").strip().lower()
        return Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "verb_chto",
                         pronoun=spk if spk in ("он", "она", "они") else "")
    m = _PO_DANNYM.search(body)
    if m:
        s, e = trim(text, base + _clause_start(body, m), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        return Candidate(s, e, "indirect", "по данным", ss, se, "po_dannym", case="gent")
    m = _INSERTED_AFTER_OPENER.match(body)
    if m:
        s, e = trim(text, base + m.start("b"), base + m.end("b"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        spk = m.group("spk").strip().lower()
        return [Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "inserted",
                          pronoun=spk if spk in ("он", "она", "они") else "")]
    m = _INSERTED.match(body)
    if m and not re.search(r"\b(?:что|чтобы)\b", m.group("a")):
        s, e = trim(text, base + m.start("a"), base + m.end("b"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        spk = m.group("spk").strip().lower()
        return [Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "inserted",
                          pronoun=spk if spk in ("он", "она", "они") else "")]
    reverse = _REVERSE.match(body)
    for regex, pattern in ((_VERB_CHTO, "verb_chto"), (_VERB_COLON, "verb_colon"), (_VERB_OBJECT, "verb_object"),
                           (_NAMED_AS, "verb_object")):
        for m in regex.finditer(body):
            verb = m.group("verb")
            if pattern == "verb_object" and regex is _VERB_OBJECT and not RU_OBJECT_VERBS.match(verb):
                continue
            quoted = _NAMED_QUOTE.match(m.group("c")) if regex is _NAMED_AS else None
            if quoted and _predicate_noun(" ".join(quoted.group("q").split()[:2]), quoted=True):
                # what the object was called, in quotes, is said word for word; its first words are in the
                # instrumental (a title in quotes is no judgement: "назвал закон «О выборах»")
                subject = _subject_before(body, m.start("verb"))
                if subject is None:
                    continue
                if m.group("c").startswith("«"):
                    fronted = _OBJECT_THEN_PRONOUN.match(body[:subject[1]], subject[0])
                    if fronted is None:
                        continue  # no object anywhere: "назвал «…»" names nothing judged
                    subject = (fronted.start("p"), fronted.end("p"))
                s, e = trim(text, base + m.start("c") + quoted.start("q"), base + m.start("c") + quoted.end("q"))
                return [Candidate(s, e, "direct", verb.lower(), base + subject[0], base + subject[1], pattern)]
            if regex is _NAMED_AS and not _predicate_noun(m.group("c")):
                continue  # "назвал ориентировочный срок – 2027 год": a thing named, no judgement of it
            if regex is _NAMED_AS and verb.lower().startswith("счита") and _predicate_noun(m.group("c").split()[0]):
                continue  # "считает необходимым провести …": a course held needed, with no object judged
            if pattern == "verb_object" and reverse and reverse.start("verb") == m.start("verb") \
                    and _SPEAKER_AFTER.match(reverse.group("spk")):
                continue  # "…, отметил вице-министр.": the speaker after the verb, not its object (_REVERSE)
            subject = _subject_before(body, m.start("verb"))
            if subject is None or _addressee_only(body[subject[0]:subject[1]]):
                continue
            other = _OTHERS_SAY.search(body, m.start("c")) if pattern == "verb_chto" else None
            if other:
                # "Сторонники считают, что …, а критики уверены, что …": the second group's words end the first's
                s, e = trim(text, base + other.end(), base + len(body))
                return _clauses(text, base, body[: other.start()], m, verb, subject, pattern) + [
                    Candidate(s, e, "indirect", other.group("verb").lower(), base + other.start("spk"),
                              base + other.end("spk"), pattern)]
            found = _clauses(text, base, body, m, verb, subject, pattern)
            if regex is _NAMED_AS:
                found = [_judgement_quoted(text, c) for c in found]
            elif pattern == "verb_chto":
                found += _named_next(text, base, body, m.end("verb"), verb, subject)
            return found
    m = _REVERSE.match(body)
    if m and not re.search(r"\b(?:что|чтобы)\b", m.group("spk")) and not _SUBJECT_APPOSITION.match(m.group("c")):
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        ss, se = trim(text, base + m.start("spk"), base + m.end("spk"))
        spk = m.group("spk").strip().lower()
        return [Candidate(s, e, "indirect", m.group("verb").lower(), ss, se, "reverse",
                          pronoun=spk if spk in ("он", "она", "они") else "")]
    m = _PROMISED.search(body)
    subject = _subject_before(body, m.start("verb")) if m else None
    if subject is not None:
        # "Он пообещал публиковать все проекты": what the speaker commits to do is a statement (README, session 12),
        # in a sentence of its own as after "…, и пообещала"
        s, e = trim(text, base + m.start("c"), base + m.end("c"))
        return [Candidate(s, e, "indirect", m.group("verb").lower(), base + subject[0], base + subject[1],
                          "verb_object")]
    return None


# a promise with its infinitive, the sentence's own verb: "Министр пообещала отчитываться каждый месяц"
_PROMISED = re.compile(r"(?<![\w-])(?P<verb>пообещал[аи]?|обещал[аи]?|пообещает|пообещают)\s+"
                       r"(?P<c>(?:не\s+)?[а-яё]+(?:ть|ти|чь)(?:ся)?\b[^«»]*?)\s*[.!]?$", re.I)


# the object put first, then the pronoun subject: "Однопалатную модель она назвала «испытанием …»"
_OBJECT_THEN_PRONOUN = re.compile(r"[а-яёА-ЯЁ-]+(?:\s+[а-яё-]+){0,3}\s+(?P<p>он|она|они)\s*$")


def _named_next(text: str, base: int, body: str, after: int, verb: str, subject) -> list[Candidate]:
    """"отметил, что …, и назвал работу «примером …»": the same subject's next act names a thing by quoted words,
    a statement of its own (the clause before ends there, _same_subject_act)."""
    out = []
    for n in _NAMED_AS.finditer(body, after):
        quoted = _NAMED_QUOTE.match(n.group("c"))
        if not quoted or not _predicate_noun(" ".join(quoted.group("q").split()[:2]), quoted=True) \
                or not _AND_BEFORE.search(body, 0, n.start("verb")) \
                or _past_form(n.group("verb")) != _past_form(verb.split()[0]):
            continue
        s, e = trim(text, base + n.start("c") + quoted.start("q"), base + n.start("c") + quoted.end("q"))
        out.append(Candidate(s, e, "direct", n.group("verb").lower(), base + subject[0], base + subject[1],
                             "verb_object"))
    return out


_AND_BEFORE = re.compile(r",\s+(?:и|а\s+также|а\s+затем)\s+(?:также\s+|затем\s+)?$")


def _quoted_whole(text: str, s: int, e: int) -> tuple[int, int, str]:
    """"По ее словам, «…»": words given whole in quotation marks are direct speech, without the marks."""
    if text[s:s + 1] == "«" and text[e - 1:e] == "»" and "«" not in text[s + 1:e - 1]:
        return s + 1, e - 1, "direct"
    return s, e, "indirect"


# who speaks after the verb: a name or a role ("отметил Сейтказин", "отметил вице-министр"), not an object ("заявили о
# поддержке …")
_SPEAKER_AFTER = re.compile(rf"^(?:[А-ЯЁ]|(?:[а-яё-]+\s+)?(?i:{ROLE_HEADS['ru']})(?![\w-]))")


# "Член рабочей группы, профессор Карлыгаш Темирбаева, обратила внимание …": a role and a name before the verb are
# its subject, not words said
_SUBJECT_APPOSITION = re.compile(rf"^(?i:{ROLE_HEADS['ru']})\b[^.!?«»]*,\s*"
                                 r"[^,.!?«»]*\b[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+$")


# words that open a sentence without being part of what was said ("Как бы то ни было, по мнению юриста, …")
_CONNECTIVE = re.compile(r"^(?:как|если|хотя|итак|так|тем|поэтому|однако|впрочем|словом|в\s+итоге|в\s+целом|в\s+общем|"
                         r"в\s+любом\s+случае|по\s+сути|при\s+этом|а|и|но|да|или|кроме|помимо|наконец|между\s+тем|"
                         r"вместе\s+с\s+тем|таким\s+образом|во-первых|во-вторых|также|тогда|сейчас|ранее|сегодня|вчера)\b",
                         re.I)


# a coordinating conjunction set off right before the inserted attribution: the words before it are a finished clause
_JOINED_CLAUSE = re.compile(r"[,;]\s*(?:и|а|но|однако|причем|причём|зато)\s*,\s*$", re.I)


def _clause_start(body: str, m: re.Match) -> int:
    """"Бюджет, по словам министра, будет исполнен": the words before an inserted "по словам" belong to the clause.
    The statement is one stretch of text, so it either takes the inserted attribution with it or leaves the words
    before out: whichever is the smaller part."""
    before = body[: m.start()]
    if _JOINED_CLAUSE.search(before):
        return m.start("c")  # "Ему посвящен раздел, и, по мнению юриста, …": a clause of its own joined before it
    if re.search(r"[^\W\d_]", before) and before.rstrip().endswith(",") and not re.search(r"[«»:]|\bчто\b", before) \
            and not _CONNECTIVE.match(before.strip(" ,")) and not _PARENTHETICAL.match(before.strip(" ,")) \
            and len(before.split()) >= len(body[m.start(): m.start("c")].split()):
        return 0
    return m.start("c")


_OTHERS_SAY = re.compile(rf",\s+(?:а|но|тогда\s+как|в\s+то\s+время\s+как)\s+(?P<spk>(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{COLLECTIVE_HEADS['ru']}))\s+(?P<verb>{RU_VERB}),\s*что\s+", re.I)


# the report's source tag closing the sentence: "…, сообщила пресс-служба комиссии", "…, передает корреспондент X"
_SOURCE_TAG = re.compile(r",\s+(?:сообщил[аи]?|сообщает|сообщают|передает|передаёт|передал[аи]?)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:пресс-служб\w*|корреспондент\w*|агентств\w*)(?:\s+[^,.!?«»]{1,60})?\s*[.!]?$",
                         re.I)


# the writer's aside on where a figure the speaker gave came from, set off by a dash: "…, поступило свыше тысячи
# предложений — эту цифру накануне назвали в министерстве"
_FIGURE_ASIDE = re.compile(r"\s+[—–-]\s+(?:эту|эти|этот|это|эта)\s+(?:цифр|данн|числ|показател|сведени)\w*\s")


def _aside_end(body: str, m: re.Match) -> int:
    aside = _FIGURE_ASIDE.search(body, m.start("c"), m.end("c"))
    return aside.start() if aside else m.end("c")


def _clauses(text: str, base: int, body: str, m: re.Match, verb: str, subject, pattern: str) -> list[Candidate]:
    """The reported clause, split where the same subject reports a second one ("…, однако считает, что …")."""
    out = []
    start = m.start("c")
    while True:
        nxt = _NEXT_CLAUSE.search(body, start)
        end = nxt.start() if nxt else len(body)
        act = _NEXT_ACT.search(body, start, end)
        if act:
            end = act.start()  # "…, однако напоминает о тысячах предложений": the speaker's next act, not the words
        pair = _OTHER_PAIR.search(body, start, end)
        if pair:
            end = pair.start()  # "…, что проголосуют «за», политолог и юрист …": two others, a clause of their own
        tag = _SOURCE_TAG.search(body, start, end) or _FIGURE_ASIDE.search(body, start, end)
        if tag:
            end = tag.start()  # "…, сообщила пресс-служба комиссии": the report's source, not what was said
        same = _same_subject_act(body, start, end, verb, pattern == "verb_object")
        if same is not None:
            end = same  # "отметили, что …, и направили предложения": the subject's next act in the verb's own form
        s, e = trim(text, base + start, base + end)
        kind = "indirect"
        inner = text[s:e]
        if inner.startswith("«") and inner.endswith("»") and "«" not in inner[1:-1]:
            s, e, kind = s + 1, e - 1, "direct"
        out.append(Candidate(s, e, kind, verb.lower(), base + subject[0], base + subject[1], pattern))
        promised = _AND_PROMISED.match(body, end) if not nxt else None
        if promised and _past_form(promised.group("verb")) == _past_form(verb.split()[0]):
            # "ответила, что …, и пообещала отчитываться …": what the speaker commits to is said too (as "promised
            # to" in English); a proposal or a call to act is not
            s, e = trim(text, base + promised.start("c"), base + promised.end("c"))
            out.append(Candidate(s, e, "indirect", promised.group("verb").lower(), base + subject[0],
                                 base + subject[1], pattern))
        if not nxt:
            return out
        verb, start = nxt.group("verb") or nxt.group("gerund") or nxt.group("as_verb") or verb, nxt.end()


# the same subject's promise closing the sentence, an infinitive after it: "…, и пообещала отчитываться каждый месяц"
_AND_PROMISED = re.compile(r",?\s+(?:и|а\s+также)\s+(?:также\s+)?(?P<verb>пообещал[аи]?|обещал[аи]?)\s+"
                           r"(?P<c>(?:не\s+)?[а-яё]+(?:ть|ти|чь)(?:ся)?\b[^«»]*?)\s*[.!]?$", re.I)
# a verb joined to the reported clause after a comma: "…, и направили свои предложения", "…, а затем назвал …",
# "…, но предложил …" (a proposal after the words is no part of them)
_AND_VERB = re.compile(r",\s+(?:и|но|однако|а\s+также|а\s+затем|и\s+затем)\s+(?:также\s+|затем\s+)?(?P<w>[а-яё]+)\b",
                       re.I)
# … or without the comma after a noun object, which holds no verb of its own: "выразили поддержку проекту и решили …"
_AND_VERB_BARE = re.compile(r"\s+и\s+(?:также\s+|затем\s+)?(?P<w>[а-яё]+)\b", re.I)


def _same_subject_act(body: str, start: int, end: int, verb: str, noun_object: bool = False) -> int | None:
    """Where the speaker's next act starts inside a reported clause: a past-tense verb joined by "и" or "но" in the
    speech verb's own number and gender ("Президент заявил, что …, и назвал срок"; "Участники отметили, что …, и
    направили …"). A verb of the clause's own subject differs in form ("сказал, что комиссия рассмотрела …, и
    направила …") or in tense, and stays."""
    form = _past_form(verb.split()[0])
    if form is None:
        return None
    for a in (_AND_VERB_BARE if noun_object else _AND_VERB).finditer(body, start, end):
        if re.match(r"\s*,?\s*(?:что|чтобы)\b", body[a.end():]):
            continue  # "…, и добавил, что …" is the next reported clause (_NEXT_CLAUSE)
        if _past_form(a.group("w")) == form:
            return a.start()
    return None


def _past_form(word: str) -> str | None:
    """"plur", "masc", "femn" or "neut" for a past-tense verb; None for any other word."""
    if not re.search(r"л(?:[аио]|ся|ась|ись|ось)?$", word.lower()):
        return None
    from pipeline.nlp.russian import morph_vocab

    parses = morph_vocab().parse(word.lower())
    tag = str(parses[0].tag) if parses else ""
    if not tag.startswith("VERB") or "past" not in tag:
        return None
    return next((f for f in ("plur", "masc", "femn", "neut") if f in tag), None)


# a plural group word opening the sentence, and whose or where the group is: "Жители Алматы", "Студенты вуза"
_GROUP_HEAD = re.compile(r"\s*[А-ЯЁ][а-яё]+[ыи](?:\s+[А-ЯЁ]?[а-яё-]+){0,2}\s*")
_GROUP_PARTICIPLE = re.compile(r"\s*[а-яё]+(?:нные|тые|вшие|щие|мые)\b")
_GROUP_RELATIVE = re.compile(r"\s*(?:(?:с|со|в|во|о|об|на|по|для|от|у|к|из|за|при)\s+)?котор(?:ые|ых|ым|ыми)\b")
# a plural group word opening the sentence, with up to three words naming whose group it is ("от партий")
_GROUP_BEFORE_RELATIVE = re.compile(rf"\s*(?i:{COLLECTIVE_HEADS['ru']})(?:\s+[а-яёА-ЯЁ-]+){{0,3}}\s*")


def _subject_before(body: str, verb_at: int) -> tuple[int, int] | None:
    """The clause subject just before the verb: the last comma-separated piece that is not a parenthetical."""
    head = body[:verb_at]
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", head)]
    while pieces:
        s, e = pieces[-1]
        chunk = head[s:e].strip()
        if chunk and not _PARENTHETICAL.match(chunk) and not (
                (_clause_piece(chunk) or _VEHICLE_PIECE.match(chunk) or _occasion_piece(chunk)) and len(pieces) > 1):
            break
        if len(pieces) > 1 and _GROUP_PARTICIPLE.match(chunk) \
                and _GROUP_HEAD.fullmatch(head[pieces[-2][0]:pieces[-2][1]]):
            break  # "Преподаватели вуза, выступавшие на форуме, отметили": the participle says which of the group spoke
        if len(pieces) > 1 and _GROUP_RELATIVE.match(chunk) \
                and _GROUP_BEFORE_RELATIVE.fullmatch(head[pieces[-2][0]:pieces[-2][1]]):
            # "Наблюдатели от партий, с которыми удалось поговорить, заявили": a plural relative clause says which of
            # the group spoke, and belongs to the group's phrase as written
            pieces[-2:] = [(pieces[-2][0], e)]
            break
        pieces.pop()
    if not pieces:
        return None
    s, e = pieces[-1]
    if len(pieces) > 1 and re.fullmatch(r"\s*(?:но|однако|а)\s*", head[s:e]):
        # "X согласился с оценками, но заметил, что …": the subject heads the first verb's clause, and ends before it
        s, e = pieces[-2]
        first = _first_verb(head[s:e].strip())
        if first is None:
            return None
        e = s + len(head[s:e]) - len(head[s:e].lstrip()) + first
    if len(pieces) > 1 and _GROUP_PARTICIPLE.match(head[s:e]) \
            and _GROUP_HEAD.fullmatch(head[pieces[-2][0]:pieces[-2][1]]):
        # "Эксперты, опрошенные Zakon.kz, сходятся во мнении": the group and the participle set off after it
        s = pieces[-2][0]
    chunk = head[s:e]
    lead = _LEAD_ADVERB.match(chunk.strip())
    offset = len(chunk) - len(chunk.lstrip())
    if lead:
        offset += lead.end()
    s += offset
    chunk = head[s:e].rstrip()
    if re.search(r"\sи$", chunk):
        # "Глава государства поблагодарил членов комиссии и отметил, что …": two verbs of one subject, which ends
        # before the first
        first = _first_verb(chunk)
        if first is not None:
            chunk = chunk[:first].rstrip()
    press = _PRESS_AFTER.search(chunk)
    if press and re.search(r"\s[А-ЯЁ][а-яё-]+$", chunk[: press.start()]):
        chunk = chunk[: press.start()]
    vehicle = _VEHICLE_AFTER.search(chunk)
    if vehicle and vehicle.start() > 0:
        chunk = chunk[: vehicle.start()].rstrip()  # "X в разговоре с журналистами отметил": where, not who
    if _PLACE_BEFORE.match(chunk):
        # "На брифинге в Центральной избирательной комиссии ее председатель Нурлан Абдиров": the place before the
        # subject is no part of it; the subject starts at its role (a possessive before it kept)
        role = next((w for w in re.finditer(r"[\w-]+", chunk) if w.start() > 0 and ROLE_HEAD_RE["ru"].match(w.group(0))), None)
        if role is None:
            # "После голосования он сказал журналистам": a pronoun after the place or time is the subject
            role = next((w for w in re.finditer(r"[\w-]+", chunk) if w.start() > 0
                         and re.fullmatch(r"(?:он|она|они)", w.group(0))), None)
        if role is None:
            # "На вопрос о сроках выступавшие ответили": a group in the plural after the occasion is the subject
            role = next((w for w in re.finditer(r"[\w-]+", chunk) if w.start() > 0
                         and w.group(0).endswith(("ие", "ые"))
                         and re.fullmatch(rf"(?:{COLLECTIVE_HEADS['ru']})", w.group(0), re.I)), None)
        if role is not None:
            before_role = re.search(r"(?:^|\s)(?:его|ее|её|их)\s+$", chunk[: role.start()])
            cut = before_role.start() + (1 if before_role.group(0)[:1].isspace() else 0) if before_role else role.start()
            s, chunk = s + cut, chunk[cut:]
    # an organisation named in quotes is part of the subject ("объединения «Правовой диалог» Кайрат Мусин"); a quote
    # left open is what was said
    if not chunk or len(chunk.split()) > _subject_words(chunk) or "«" in re.sub(r"«[^«»]*»", "", chunk) \
            or "»" in re.sub(r"«[^«»]*»", "", chunk) or chunk.lstrip().startswith("«"):
        return None
    return s, s + len(chunk)


def _subject_words(chunk: str) -> int:
    """How many words a subject may have: a role with its institution and a person's name closing it runs longer
    ("профессор Евразийского национального университета имени Л. Н. Гумилева Сабит Ермеков") than a clause can
    pass for one."""
    return 13 if re.search(r"\s[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё-]+$", chunk) else 9


# where the words were said, set off after the subject: "X, …, в беседе с нашим корреспондентом пояснил"
_VEHICLE_PIECE = re.compile(r"^(?:в|во)\s+(?:беседе|интервью|разговоре|комментарии|эфире)\b", re.I)
_VEHICLE_AFTER = re.compile(r"\s(?:в|во)\s+(?:беседе|интервью|разговоре|комментарии|эфире)\b[^,]*$", re.I)
# … or at a press event, with its hour, after the speaker's name: "Председатель … Ержан Муканов на брифинге в 14:00
# сообщил" (not inside a group's name: "Присутствовавшие на брифинге представители партий")
_PRESS_AFTER = re.compile(r"\s+на\s+(?:брифинге|пресс-конференции|пресс-подходе)(?![\w-])[^,]*$")
_PLACE_BEFORE = re.compile(r"^(?:на|в|во|по|после|перед|при|во\s+время|в\s+ходе|в\s+рамках)\s", re.I)


def _occasion_piece(chunk: str) -> bool:
    """Whether a piece after an apposition set off is where or when the speaker spoke, with nobody in it: "Моя коллега,
    профессор X, на одной из встреч сказала" (not "…, на встрече министр сказал", which names the subject)."""
    return bool(_PLACE_BEFORE.match(chunk)) and not re.search(r"[А-ЯЁA-Z]", chunk) and not any(
        ROLE_HEAD_RE["ru"].match(w) for w in re.findall(r"[\w-]+", chunk))


def _addressee_only(chunk: str) -> bool:
    """"Президенту доложили, что …": a noun in the dative alone before a verb in the plural is whom the words were
    told, with no one named who told them."""
    from pipeline.nlp.russian import morph_vocab

    words = re.findall(r"[А-ЯЁа-яё-]+", chunk)
    if len(words) != 1:
        return False
    parses = morph_vocab().parse(words[0])
    return bool(parses) and all(p.tag.case == "datv" for p in parses if p.tag.POS == "NOUN") \
        and any(p.tag.POS == "NOUN" for p in parses)


def _first_verb(chunk: str) -> int | None:
    """Where the first finite verb of a clause begins (a dictionary lookup per word, no model run)."""
    from pipeline.nlp.russian import morph_vocab

    vocab = morph_vocab()
    for m in re.finditer(r"[а-яё-]+", chunk):
        if m.start() == 0:
            continue
        parses = vocab.parse(m.group(0))
        if parses and str(parses[0].tag).startswith("VERB"):
            return m.start()
    return None
