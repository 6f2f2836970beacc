"""Who a speaker phrase refers to: a named person, a pronoun, a role alone, the head of state, a collective
or an organisation. A role or pronoun refers back to the last person named before it (sources.md)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp import russian
from pipeline.nlp.lexicon import (AGENCY, COLLECTIVE_HEADS, COLLECTIVE_PLURAL_RU, HEAD_OF_STATE, PRONOUNS, ROLE_GENERIC,
                                  ROLE_HEAD_RE, ROLE_HEADS, ROLE_SYNONYMS)
from pipeline.nlp.names import looks_like_surname, same_surname, strip_kazakh_case
from pipeline.nlp.persons import PATRONYMIC, PersonMention

# The head of state during the reform (2025-2026); "Глава государства" names him without his name.
PRESIDENT = {
    "ru": ("Касым-Жомарт Токаев", "Президент Республики Казахстан"),
    "kk": ("Қасым-Жомарт Тоқаев", "Қазақстан Республикасының Президенті"),
    "en": ("Kassym-Jomart Tokayev", "President of Kazakhstan"),
}
_ORG_WORDS = re.compile(
    r"\b(?:Commission|Court|Ministry|Office|Government|Committee|Council|Administration|Akimat|CEC|комисси\w*|ЦИК|"
    r"суд\w*|министерств\w*|правительств\w*|прокуратур\w*|акимат\w*|администраци\w*|ОСК|комиссиясы|соты|министрлі\w*|комитет\w*|"
    r"әкімді\w*)\b",
    re.I,
)
_COLLECTIVE_RE = {lang: re.compile(rf"^(?:{pattern})$", re.I) for lang, pattern in COLLECTIVE_HEADS.items()}
_LEADING_JUNK = re.compile(r"^(?:(?:на|в|во|по|при|после|перед|с|журналистам|брифинге|заседании|встрече|the|Kazakhstan[’']s|"
                           r"also|ранее|также|тогда|позже|затем)\s+)+", re.I)


_TRAILING_ADVERB = re.compile(r"(?:\s+(?:также|тоже|еще|ещё|вновь|уже|же|затем|потом|снова|в\s+свою\s+очередь|also|too|"
                              # when, not who: "Глава государства ранее подчеркнул"
                              r"ранее|прежде|earlier|previously|бұған\s+дейін|"
                              # … or how often: "Глава государства не раз говорил"
                              r"не\s+раз|неоднократно|не\s+однажды|однажды|как-то|repeatedly|бірнеше\s+рет|талай\s+рет|"
                              # "Коллеги из экспертного сообщества часто возражают": how often a group says it
                              r"часто|нередко|порой|иногда|обычно|жиі|кейде|"
                              # how a group speaks is no part of it: "Юристы в один голос повторяют"
                              r"в\s+один\s+голос|единодушно|единогласно|дружно|unanimously|бірауыздан|"
                              r"then|again|сондай-ақ|сонымен\s+қатар|тағы|де|та|да|те))+$", re.I)
# Where a group spoke, after its phrase: "Депутаты … в совместном обращении к гражданам", "Members … in a joint letter"
_VEHICLE_AFTER = {
    "ru": re.compile(r"\s+(?:в|во|на)\s+(?:[\w-]+\s+){0,2}?(?:обращени|заявлени|интервью|ходе|рамках|беседе|письм|комментари|"
                     r"выступлени|стать|сообщени|брифинг|пресс-конференци|"
                     # … or online: "Жители города в соцсетях называли …"
                     r"соцсет|социальных\s+сет)\w*\b.*$"),
    "en": re.compile(r"\s+in\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|appeal|interview|address|"
                     r"comment|post|op-ed)s?\b.*$"),
    # Kazakh puts it last, after where and a participle: "Мемлекет басшысы құрылтайда сөйлеген сөзінде"
    "kk": re.compile(r"\s+(?:[\w-]+(?:да|де|та|те)\s+)?(?:[\w-]+(?:ған|ген|қан|кен)\s+)?(?:сөзінде|сұхбатында|"
                     r"баяндамасында|мәлімдемесінде|үндеуінде|жолдауында|Жолдауында|хатында|жазбасында)$"),
}
# … or the sitting a group of people spoke at: "Члены комиссии на пятом заседании", "Members of the commission at the
# ninth session" (a body named so, "Комиссия в четверг на заседании", is no group of people)
_SITTING_AFTER = {
    "ru": re.compile(r"\s+(?:в|во|на)\s+(?:[\w-]+\s+){0,2}?(?:заседани|совещани|собрани|сесси|слушани|встрече\b|"
                     r"форуме\b|круглом\s+столе\b|"
                     # … or its lobbies, where members talk between sittings: "Депутаты в кулуарах"
                     r"кулуар)\w*.*$"),
    "en": re.compile(r"\s+at\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:session|sitting|meeting|hearing|forum|"
                     r"round\s*table|briefing)\b.*$"),
}
# … or the occasion it was said at, one word in the locative after a speaker put after the verb: "– деді Мемлекет
# басшысы кездесуде", "– деді төраға отырыста" (lower case: a place's name or a person's stays)
_SETTING_AFTER = {"kk": re.compile(r"(?<=\w)\s+[а-яәғқңөұүһі]{3,}(?:да|де|та|те)$")}
_NEVER = re.compile(r"(?!)")
_ROLE_PAIR = re.compile(r"^(?:the\s+)?([\w-]+)\s+(?:и|and|мен|және)\s+(?:the\s+)?([\w-]+)$", re.I)
# Words that quantify a collective without being its head: "Some deputies", "Ряд экспертов", "Кейбір депутаттар".
_QUANTIFIER = re.compile(r"^(?:(?:"
                         # part of a group someone has: "Some of my colleagues", "Many of our readers"
                         r"(?:some|many|several|most|a\s+few|few|all|both)\s+of\s+(?:my|our|his|her|their|the)|"
                         r"some|many|several|most|a\s+few|few|other|both|all|a\s+number\s+of|a\s+group\s+of|"
                         r"ряд|часть|большинство|несколько|многие\s+из|некоторые\s+из|обе|оба|кейбір|бірқатар|көптеген|"
                         r"барлық|басқа)\s+)+", re.I)


# who was spoken to, written after the speaker: "деді ол журналистерге", "сказала она журналистам"
_ADDRESSEE = re.compile(r"\s+(?:журналист\w*|тілші\w*|баспасөзге|корреспондент\w*|әріптестеріне|коллегам|"
                        # whom a named speaker turned to: "– обратился Жандосов к собравшимся"
                        r"(?<=[А-ЯЁ][а-яё])к\s+[а-яё-]+)$", re.I)
# an outlet in Latin letters told, after a speaker in Cyrillic: "сказал он Informburo.kz", "деді ол Kazinform-ға"
# (a web address may be written in lower case: "сказал он zakon.kz")
_OUTLET_TOLD = re.compile(r"(?<=[а-яёәғқңөұүһі])\s+(?:[A-Z][A-Za-z]+(?:\.[a-z]{2,4})?|[a-z][a-z-]+\.[a-z]{2,4})(?:-\w+)?$")


# a pronoun after the verb, then whom it was told, in lower case: "сказал он молодым сотрудникам", "деді ол жастарға"
# (a subject pronoun only: "их коллеги по фракции" is a group, not "их")
_PRONOUN_TOLD = re.compile(r"^(?P<p>он|она|они|ол|олар)(?:\s+[а-яёәғқңөұүһі-]+){1,3}$", re.I)


_GENITIVE_PLURAL = re.compile(r"(?:ов|ев|ий|ей|ых|их|ств)$", re.I)
# whose group it is, one word in the genitive: "представители партий", "коллеги юриста"
_GENITIVE_AFTER = re.compile(r"(?:ов|ев|ий|ей|ых|их|ств|[^аеиоуыэюяё][аяы])$", re.I)
# an adverb of manner in "-ски"/"-ично"/"-но" ("Скептически", "Критично", "Негативно")
_MANNER_ADVERB = re.compile(r"^[А-ЯЁа-яё]+(?:ски|чно|тно|вно)$")


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str
    org: str
    collective: bool
    organisation: bool
    method: str  # named, surname, pronoun, role, head_of_state, collective, organisation
    position: int
    said_as: str = ""  # the role word that named a person the document gives no such role ("Кандидат ответила")


# a group word, a few words before it, then a relative clause saying what its members did
# (or where they are: "Western diplomats in Astana")
_GROUP_DESCRIBED = {
    "en": re.compile(r"^(?i:(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+)(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+(?:who|[a-z]+ed\s+by)\s)|"
                     r"^(?:[A-Z]?[a-z-]+\s+){0,2}?(?P<place_head>[A-Za-z]+)\s+(?:in|from|based\s+in)\s+[A-Z][\w-]+"
                     r"(?:\s+[A-Z][\w-]+)?"
                     # "Rural akims in Akmola region": the place and what kind of place it is
                     r"(?:\s+(?:region|oblast|district|province))?$"),
    # "Эксперты, опрошенные Zakon.kz": the group and a plural participle set off after it
    # (and whose or where the group is: "Жители Алматы, опрошенные …")
    "ru": re.compile(r"^(?P<head>[А-ЯЁ][а-яё]+[ыи])(?:\s+[А-ЯЁ]?[а-яё-]+){0,2},\s+[а-яё]+(?:нные|тые|вшие|щие|мые)\s+"
                     r"[^,]{1,60}$|"
                     # "Наблюдатели от партий, с которыми удалось поговорить": a plural relative clause
                     r"^(?P<rel_head>[А-ЯЁ][а-яё]+[ыи])(?:\s+[а-яё-]+){0,3},\s+(?:[а-яё]{1,3}\s+)?котор(?:ые|ых|ым|ыми)"
                     r"\s+[^,]{1,60}$"),
}


# a person the text leaves unnamed, by what he does or did: "A former Senate staffer", "A senior official at the ministry"
_ANONYMOUS = {
    "en": re.compile(r"^(?P<who>(?:A|An|a|an)\s+(?:[\w-]+\s+){0,4}?(?:staffer|source|insider|employee|aide|official|"
                     # (the body's name may hold "of", "and": "at the Ministry of National Economy")
                     r"diplomat|civil\s+servant)(?:\s+(?:at|in|of|from)\s+(?:the\s+)?[A-Z][\w-]*"
                     r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w-]*){0,4})?|"
                     # … or by a role and a place it leaves unnamed: "a maslikhat deputy in a rural district"
                     # (or by the role alone: "a village teacher"; the article says it is no one named before)
                     r"(?:A|An|a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + ROLE_HEADS["en"] + r")(?:\s+(?:in|from|at|of)\s+(?:a|an)\s+"
                     r"(?:[\w-]+\s+){0,3}?[a-z][\w-]*)?)"
                     r"(?:,?\s+who\s+(?:asked|spoke|requested|declined)\b[^,]*,?)?$"),
}


# a group by the body its members come from: "Observers from the mission of …", "Members of the …"
_GROUP_OF_BODY = {"en": re.compile(r"^(?P<head>[A-Z][a-z]+)\s+(?:of|from)\s+(?:the|a|an)\s+[^,]+$")}


# a relative of someone named, by a possessive and the kinship word, then the first name alone: "Her grandson Arman"
_KIN_FIRST_NAME = {"en": re.compile(r"^(?:Her|His|Their|her|his|their)\s+(?:[a-z-]+\s+)?(?:son|daughter|grandson|"
                                    r"granddaughter|wife|husband|mother|father|brother|sister|nephew|niece|cousin)\s+"
                                    r"(?P<name>[A-Z][\w’'-]+)$")}


def resolve(phrase: str, start: int, language: str, people: list[PersonMention], history: list[Speaker],
            pronoun: str = "", case: str = "nomn", said: list[tuple[int, int]] | None = None,
            surnames: list[PersonMention] | None = None, quoted: bool = False) -> Speaker | None:
    if language == "ru" and (group := _GROUP_DESCRIBED["ru"].match(phrase.strip(" ,–—-"))) \
            and _COLLECTIVE_RE["ru"].match(group.group("head") or group.group("rel_head")):
        # "Эксперты, опрошенные Zakon.kz": the outlet that asked them is part of the group's name as written
        phrase = phrase.strip(" ,–—-")
        return Speaker(phrase[:1].upper() + phrase[1:], "", "", True, False, "collective", start)
    phrase = _OUTLET_TOLD.sub("", _ADDRESSEE.sub("", phrase.strip(" ,–—-")))
    told = _PRONOUN_TOLD.match(phrase)
    if told:
        phrase = told.group("p")  # "сказал он молодым сотрудникам": whom he told is no part of who spoke
    if not pronoun and _TRAILING_ADVERB.sub("", phrase).lower() in PRONOUNS[language]:
        pronoun = _TRAILING_ADVERB.sub("", phrase).lower()  # "Он также добавил", "She too noted"
    if pronoun or phrase.lower() in PRONOUNS[language]:
        return _previous(start, people, history, "pronoun", said or [], (pronoun or phrase).lower(), language,
                         surnames or [])
    group = _GROUP_DESCRIBED.get(language, _NEVER).match(phrase)
    if group and _COLLECTIVE_RE[language].match(next(filter(None, group.groupdict().values()), "")):
        # "International observers who visited stations in Astana", "Voters interviewed by Kazinform": the group as
        # written, whoever or whatever its clause names
        return Speaker(phrase[:1].upper() + phrase[1:], "", "", True, False, "collective", start)
    of_body = _GROUP_OF_BODY.get(language, _NEVER).match(phrase)
    if of_body and _COLLECTIVE_RE[language].match(of_body.group("head")) and _plural(of_body.group("head"), language) \
            and any(start <= p.start < start + len(phrase) for p in people):
        # "Observers from the mission of the Commonwealth of Independent States": the body the group comes from is
        # part of the group as written, whatever capitalised words its name holds (they name no person in it)
        group = _SITTING_AFTER[language].sub("", _VEHICLE_AFTER[language].sub("", phrase))
        return Speaker(group, "", "", True, False, "collective", start)
    anonymous = _ANONYMOUS.get(language, _NEVER).match(phrase)
    if anonymous and not any(start <= p.start < start + len(phrase) for p in people):
        # "A former Senate staffer, who asked not to be named, pointed out": one person the text does not name, as
        # written; the indefinite article says it is no one named before
        name = anonymous.group("who")
        return Speaker(name[:1].upper() + name[1:], "", "", False, False, "role", start)
    agency = AGENCY.search(phrase) if phrase else None
    if agency:
        # "в беседе с корреспондентом председатель комиссии Эльвира Азимова": a person after the agency words
        after = [p for p in people if start + agency.end() <= p.start < start + len(phrase) + 1]
        # "Министр Арман Сеитов в интервью Kazinform рассказал": the person named before the agency words
        before = [p for p in people if start <= p.start and p.end <= start + agency.start()]
        if after or before:
            person = after[0] if after else before[0]
            return Speaker(_full_name(person.name, people, person.start),
                           person.role or _known_role(person.name, people),
                           person.org or _known_org(person.name, people), False, False, "named", start)
        rest = phrase[:agency.start()].strip()
        if not (len(rest.split()) == 1 and ROLE_HEAD_RE[language].match(rest)):
            return None
        phrase = rest  # "Собеседница Tengrinews.kz": the outlet's interviewee, named by the role alone
    if not phrase:
        return None
    if case == "name" and re.fullmatch(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?", phrase):
        # a bare name set off as an apposition ("a teacher who gave only her first name, Aigul, said")
        return Speaker(phrase, "", "", False, False, "named", start)
    kin = _KIN_FIRST_NAME.get(language, _NEVER).match(phrase)
    if kin and not any(start <= p.start < start + len(phrase) for p in people):
        # "Her grandson Arman": a relative of someone in the story, named by the first name alone
        return Speaker(kin.group("name"), "", "", False, False, "named", start)
    named = [p for p in people if start <= p.start < start + len(phrase) + 1]
    first = _by_first_name(phrase, start, people)
    if first is not None and (not named or len(named[0].name.split()) == 1):
        # "– дейді Айдос", "– говорит Арман": a person named in full before, met again by the first name alone
        return Speaker(first.name, first.role or _known_role(first.name, people),
                       first.org or _known_org(first.name, people), False, False, "named", start)
    if named:
        person = named[0]
        role = person.role or _known_role(person.name, people) or _role_in_phrase(phrase[:person.start - start], language)
        name = _full_name(person.name, people, person.start)
        return Speaker(_role_for_first_name(name, language, people), role,
                       person.org or _known_org(person.name, people), False, False, "named", start)
    honoured = _KK_HONORIFIC_NAME.search(phrase) if language == "kk" else None
    if honoured:
        # "Нұрлан ағай маған: «…»": a person the text names by the first name and a word of respect, as written
        return Speaker(honoured.group(0), "", "", False, False, "named", start)
    cleaned = _TRAILING_ADVERB.sub("", _LEADING_JUNK.sub("", phrase).strip())
    stripped = _VEHICLE_AFTER.get(language, _NEVER).sub("", cleaned) or cleaned
    stripped = _SETTING_AFTER.get(language, _NEVER).sub("", stripped)
    group = _SITTING_AFTER.get(language, _NEVER).sub("", stripped)
    if group and group != stripped and _COLLECTIVE_RE[language].match(group.split()[0]) \
            and _plural(group.split()[0], language):
        stripped = group
    for described in (cleaned, stripped) if language == "ru" else ():
        whole = described.split()
        # "Скептически настроенные коллеги": an adverb before the participle describes it
        opening = whole[1] if len(whole) > 3 and _MANNER_ADVERB.search(whole[0]) else whole[0]
        if len(whole) > 2 and re.search(r"(?:ые|ие|иеся|ыеся)$", opening.lower()) \
                and (COLLECTIVE_PLURAL_RU.match(whole[-1].strip(",")) or len(whole) > 3
                     and COLLECTIVE_PLURAL_RU.match(whole[-2]) and _GENITIVE_AFTER.search(whole[-1].strip(","))):
            # "Присутствовавшие на заседании международные наблюдатели": a plural participle or adjective opening
            # the phrase and a plural group word closing it make one group, however many words describe it between
            # them (the group word may take a genitive after it, and the participle a press event:
            # "Присутствовавшие на брифинге представители партий")
            return Speaker(described[:1].upper() + described[1:], "", "", True, False, "collective", start)
    cleaned = stripped
    words = cleaned.split()
    if not words:
        return None
    if language == "ru" and len(words) > 1 and re.search(r"(?:ые|ие)$|^(?:наши|мои|ваши)$", words[0], re.I) \
            and _COLLECTIVE_RE["ru"].match(words[1]):
        # "Международные наблюдатели", "Наши собеседники": an adjective or a possessive before the collective head
        if COLLECTIVE_PLURAL_RU.match(words[1]) and not re.search(r"(?:ые|ие)$", words[0]):
            return Speaker(cleaned[:1].upper() + cleaned[1:], "", "", True, False, "collective", start)
        words = words[1:]
    if language == "en" and 1 < len(words) <= 3 and _COLLECTIVE_RE["en"].match(words[-1]) \
            and not any(w in p.name.split() for p in people for w in words[:-1]):
        words = words[-1:]  # "Political scientists", "Local election observers": words before the head describe it
    if HEAD_OF_STATE.match(cleaned) or HEAD_OF_STATE.match(re.sub(r"^(?:Kazakh|the)\s+", "", cleaned, flags=re.I)):
        name, role = PRESIDENT[language]
        return Speaker(name, role, "", False, False, "head_of_state", start)
    if language == "ru" and case == "gent" and _COLLECTIVE_RE["ru"].match(words[0].strip(",")) \
            and words[0].lower().endswith(("ов", "ев", "ей", "их", "ых")):
        # "По словам участников круглого стола": the group in the nominative
        name = russian.nominative_phrase(cleaned)
        return Speaker(name[:1].upper() + name[1:], "", "", True, False, "collective", start)
    if language == "kk":
        cleaned = _kk_group_nominative(cleaned)  # "Учаске комиссиясы мүшелерінің айтуынша": the group's nominative
        words = cleaned.split()
    if language == "kk" and len(words) > 1 and _COLLECTIVE_RE["kk"].match(words[-1].strip(",")):
        # Kazakh puts the head last: "Тыңдауға қатысушылар", "Жиынға келген тұрғындар"
        return Speaker(cleaned[:1].upper() + cleaned[1:], "", "", True, False, "collective", start)
    pair = _ROLE_PAIR.match(cleaned)
    if pair and all(ROLE_HEAD_RE[language].match(w) for w in (pair.group(1), pair.group(2))) \
            and not any(start <= p.start < start + len(phrase) for p in people):
        # "Депутат и предприниматель ответили, что …": two people named by their roles speak together, as written
        return Speaker(cleaned[:1].upper() + cleaned[1:], "", "", True, False, "collective", start)
    quantified = _QUANTIFIER.match(cleaned)
    head = cleaned[quantified.end():].split()[:1] if quantified else words[:1]
    if language == "ru" and head and "-" in head[0]:
        head = head[0].split("-")[:1]  # "Коллеги-адвокаты", "Юристы-практики": the group word opens the compound
    if head and _COLLECTIVE_RE[language].match(head[0].strip(",")) and (
            _plural(head[0], language) or (quantified and language == "ru" and head[0].endswith(("ов", "ев", "ей")))):
        # "Some deputies", "Ряд экспертов" (a genitive plural after a quantifier): the phrase as written
        return Speaker(cleaned[:1].upper() + cleaned[1:], "", "", True, False, "collective", start)
    surname = _surname_word(words, language) or _known_surname(words, language, people)
    if surname:
        full = _full_name(surname, people, start)
        role_words = " ".join(words[: words.index(surname)]) if surname in words else ""
        return Speaker(full, role_words or _known_role(full, people), _known_org(full, people), False, False,
                       "surname", start)
    # (a role of two words counts whole: "молодого человека"); a Russian body whose name holds a role in the
    # genitive after it ("Администрации Президента") is that body, not the person holding the role (Kazakh and
    # English put the head last: "Комиссия басшысы", "CEC Chairman")
    if (any(ROLE_HEAD_RE[language].match(w.strip(",")) for w in words) or ROLE_HEAD_RE[language].match(cleaned)) \
            and len(words) <= 6 and not (language == "ru" and _ORG_WORDS.fullmatch(words[0])):
        return _by_role(cleaned, start, language, people, history, surnames or [], quoted)
    if _ORG_WORDS.search(cleaned) and len(words) <= 6:
        name = russian.nominative_phrase(cleaned) if language == "ru" else cleaned
        if language == "en" and phrase.startswith("The ") and not cleaned.startswith("The "):
            name = "The " + name  # "The city's administration said": the body as it opens the sentence
        return Speaker(name[:1].upper() + name[1:], "", name[:1].upper() + name[1:], False, True, "organisation", start)
    return None


# a first name and a kinship word of respect: "Нұрлан ағай", "Сәуле апай", "Асқар ата", "Бибігүл әже"
# ("аға" is also "senior", "аға ғылыми қызметкер"; "ата заң" is the Constitution)
_KK_HONORIFIC_NAME = re.compile(r"(?<![\w-])[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+\s+(?:ағай|апай|ата|әже|әпке)(?![\w-])"
                                r"(?!\s+[Зз]аң)")


# the genitive on a Kazakh group's last word: "мүшелерінің" (мүшелері), "сарапшылардың" (сарапшылар)
_KK_GROUP_GENITIVE = re.compile(r"(?:(?<=[аәеиоөуұүыі])н(?:ың|ің)|(?<=[лрмнңжзй])д(?:ың|ің)|"
                                r"(?<=[кқпстшбгғ])т(?:ың|ің))$")


def _by_first_name(phrase: str, start: int, people: list[PersonMention]) -> PersonMention | None:
    """The one person named in full before `start` whose first name is the whole phrase ("Айдос" after "студент Айдос
    Қуанышев"); None when no one, or more than one, has that first name."""
    word = phrase.strip(" ,.")
    if not re.fullmatch(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]+", word):
        return None
    found = {p.name: p for p in people if p.end <= start and len(p.name.split()) >= 2 and p.name.split()[0] == word}
    return next(iter(found.values())) if len(found) == 1 else None


def _role_in_phrase(before: str, language: str) -> str:
    """The role the speaker phrase writes before the name, where the name has none of its own (a title too long to be
    read as one: "Chairperson of the Commission and of the Constitutional Court Elvira Azimova")."""
    words = before.split()
    if language != "en" or not any(ROLE_HEAD_RE[language].match(w.strip(",")) for w in words):
        return ""
    return " ".join(words)


def _kk_group_nominative(phrase: str) -> str:
    """A Kazakh group phrase with its head in the genitive, the way "X-тың айтуынша" names it, in the nominative; any
    other phrase as it is."""
    words = phrase.split()
    if not words:
        return phrase
    bare = _KK_GROUP_GENITIVE.sub("", words[-1])
    if bare == words[-1] or not _COLLECTIVE_RE["kk"].match(bare) or not _plural(bare, "kk"):
        return phrase
    return " ".join([*words[:-1], bare])


def _plural(word: str, language: str) -> bool:
    if language == "ru":
        return word.lower().endswith(("и", "ы", "е", "ие"))
    if language == "kk":
        return bool(re.search(r"(лар|лер|дар|дер|тар|тер)\w*$", word.lower())) or word.lower().endswith(("лері", "лары"))
    return word.lower().endswith("s")


def _surname_word(words: list[str], language: str) -> str | None:
    for word in words:
        bare = word.strip(",.«»")
        if bare[:1].isupper() and looks_like_surname(bare) and not ROLE_HEAD_RE[language].match(bare):
            return strip_kazakh_case(bare) if language == "kk" else bare
    return None


def _known_surname(words: list[str], language: str, people: list[PersonMention]) -> str | None:
    """A capitalised word that is the surname of someone the document names ("По словам Карина", "Сейітқали")."""
    for word in words:
        bare = word.strip(",.«»")
        if bare[:1].isupper() and not ROLE_HEAD_RE[language].match(bare):
            for person in people:
                parts = person.name.split()
                if len(parts) >= 2 and same_surname(bare, parts[-1]):
                    return parts[-1]
    return None


def _full_name(name: str, people: list[PersonMention], position: int) -> str:
    """The fullest spelling of the same person anywhere in the document ("Асылов" -> "Берик Асылов")."""
    last = name.split()[-1]
    best = name
    for person in people:
        if same_surname(last, person.name.split()[-1]) and (
                _full_words(person.name) > _full_words(best)
                or _full_words(person.name) == _full_words(best) and _inflected(best, person.name)):
            best = person.name  # "Алмаса Туребекова" (a genitive) is "Алмас Туребеков" where the document has both
    if best == name and len(name.split()) == 1:
        best = _nominative_surname(name)
        for president, _ in PRESIDENT.values():
            if same_surname(best, president.split()[-1]):
                return president
    return _without_glued_word(best, people)


def _without_glued_word(name: str, people: list[PersonMention]) -> str:
    """"руководитель отдела юстиции Тараза Алия Мусина": a Cyrillic name of three words with no patronymic is no
    full name; where the document writes the last two alone ("– продолжила Алия Мусина"), the first is a word glued
    onto them (the town the office serves)."""
    words = name.split()
    if len(words) != 3 or not re.fullmatch(r"[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі\s-]+", name) \
            or any(PATRONYMIC.search(w) for w in words):
        return name
    tail = " ".join(words[1:])
    return tail if any(p.name == tail for p in people) else name


def _role_for_first_name(name: str, language: str, people: list[PersonMention]) -> str:
    """"Құқықтанушы Жұмабаевтың пікірінше" after "Серік Жұмабаев": a role word capitalised at a sentence's start before
    a surname the document gives with a first name elsewhere is the role of that person, not a first name (some role
    words are first names as well: "Ғалым", so the document's other spelling decides)."""
    words = name.split()
    if len(words) != 2 or not ROLE_HEAD_RE[language].match(words[0]):
        return name
    named = [p.name for p in people if len(p.name.split()) == 2 and same_surname(words[1], p.name.split()[-1])
             and not ROLE_HEAD_RE[language].match(p.name.split()[0])]
    return named[0] if len(set(named)) == 1 else name


def _inflected(form: str, base: str) -> bool:
    """Whether `form` is `base` with Russian case endings on its words ("Алмаса Туребекова" of "Алмас Туребеков")."""
    words, bases = form.split(), base.split()
    return len(words) == len(bases) and form != base and all(
        w == b or any(w == b + ending for ending in ("а", "у", "ым", "ом", "е"))
        # a woman's first name in a soft sign: "Асели" (genitive) of "Асель"
        or b.endswith("ь") and w in (b[:-1] + "и", b[:-1] + "ью") for w, b in zip(words, bases))


def _full_words(name: str) -> int:
    """Words of a name that are not initials: "Эльвира Азимова" (2) is fuller than "Э. Азимова" (1)."""
    return sum(1 for w in name.split() if len(w.strip(".")) > 1)


def _nominative_surname(word: str) -> str:
    for ending, replacement in (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("овым", "ов"), ("евым", "ев")):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    return word


def _known_role(name: str, people: list[PersonMention]) -> str:
    for person in people:
        if person.role and same_surname(name.split()[-1], person.name.split()[-1]):
            return person.role
    return ""


def _known_org(name: str, people: list[PersonMention]) -> str:
    for person in people:
        if person.org and same_surname(name.split()[-1], person.name.split()[-1]):
            return person.org
    return ""


def _previous(position: int, people: list[PersonMention], history: list[Speaker], method: str,
              said: list[tuple[int, int]] | None = None, pronoun: str = "", language: str = "",
              surnames: list[PersonMention] = ()) -> Speaker | None:
    told = [s for s in history if s.position < position]
    if pronoun and PRONOUNS.get(language, {}).get(pronoun) == "p" and told and told[-1].collective:
        # "International observers said … . They also noted …": "they" is the group that spoke last, not a person
        group = told[-1]
        return Speaker(group.name, group.role, group.org, True, False, "collective", position)
    earlier = [s for s in history if s.position < position and not s.collective and not s.organisation]
    last = earlier[-1] if earlier else None
    if pronoun and pronoun != "continued" and last is not None and not _gender_fits(last.name, pronoun, language):
        # "he added" after a woman spoke: the latest man who spoke
        last = next((s for s in reversed(earlier) if _gender_fits(s.name, pronoun, language)), last)
    if said is not None and pronoun and pronoun != "continued":
        # a person named after the last speaker, outside what anyone said, is who "he"/"оның" now refers to
        # ("Комиссия төрағасының орынбасары Ерлан Қарин де сөз сөйледі. Оның айтуынша, …"); so is one met again by the
        # surname alone ("Әзімова баяндады. Оның айтуынша, …"), though the lead named others after her full name
        candidates = sorted([*people, *surnames], key=lambda p: p.start)
        named = [p for p in candidates if p.end <= position and (last is None or p.start > last.position)
                 and not any(s <= p.start < e for s, e in said) and _gender_fits(p.name, pronoun, language)
                 and not any(same_surname(p.name.split()[-1], s.name.split()[-1]) for s in history[-1:])]
        if named:
            person = named[-1]
            return Speaker(_full_name(person.name, people, person.start), person.role or _known_role(person.name, people),
                           person.org, False, False, method, position)
    if last is not None:
        return Speaker(last.name, last.role, last.org, False, False, method, position)
    before = [p for p in people if p.end <= position]
    if before:
        person = before[-1]
        return Speaker(_full_name(person.name, people, person.start), person.role, person.org, False, False, method,
                       position)
    return None


def _gender_fits(name: str, pronoun: str, language: str) -> bool:
    gender = PRONOUNS.get(language, {}).get(pronoun, "?")
    if gender not in ("m", "f"):
        return True
    last = name.split()[-1].lower()
    if language == "ru":
        female = last.endswith(("ова", "ева", "ина", "ына", "ая", "ёва"))
    else:
        female = last.endswith(("ova", "eva", "ina", "yna", "ова", "ева", "ина"))
    male = last.endswith(("ов", "ев", "ин", "ын", "ий", "ov", "ev", "in", "yn", "iy"))
    return (gender == "f" and not male) or (gender == "m" and not female)


def _stem(member: str) -> str:
    return member[:-1] if member.endswith("*") else member[:6]


# English "deputy" before another role is the second in command, not a member of parliament: "the deputy chair" is
# not the chair
_EN_DEPUTY_OF = re.compile(r"\bdeputy[\s-]+(?:chair\w*|head|director|speaker)\b")


def _role_text(role: str) -> str:
    if HEAD_OF_STATE.match(role.strip()):
        return ""  # "Мемлекет басшысы", "Глава государства": the head of the state chairs no body a role names
    return _EN_DEPUTY_OF.sub("vice-chair", role.lower())


def _role_words(role: str) -> set[str]:
    out = set()
    for word in re.findall(r"[\w-]+", _role_text(role)):
        for group in ROLE_SYNONYMS:
            if any(word.startswith(_stem(member)) for member in group):
                out.add(min(group))
        for generic, roles in ROLE_GENERIC.items():
            if word.startswith(_stem(generic)):
                out |= _role_words(" ".join(roles))
    return out


def _role_head(role: str, language: str) -> str:
    """The word that says what the person is: the first role word in Russian and English ("заместитель
    председателя" is a deputy), the last in Kazakh ("төрағасының орынбасары" is a deputy)."""
    groups = []
    for word in re.findall(r"[\w-]+", _role_text(role)):
        for group in ROLE_SYNONYMS:
            if any(word.startswith(_stem(member)) for member in group):
                groups.append(min(group))
                break
    if not groups:
        return ""
    return groups[-1] if language == "kk" else groups[0]


# the head of a district, a region or a city ("руководитель района", "глава области", "the head of the region")
_HEAD_OF_UNIT = re.compile(r"\b(?:руководител|глав|head|басшы)\w*\s+(?:of\s+(?:the\s+)?)?(?P<unit>район|област|город|"
                           r"district|region|city|аудан|облыс|қала|регион|өңір)\w*", re.I)
# a region is the unit of an oblast: "глава региона" is the akim "Туркестанской области"
_UNIT_OF_REGION = {"реги": r"(?:област|облыс|регион|region)", "өңір": r"(?:облыс|област|өңір)"}


def _akim_of(phrase: str, language: str, before: list[PersonMention]) -> PersonMention | None:
    """"По словам руководителя района, …": a territory is headed by its akim, the last one named with that unit in
    his role ("аким Мендыкаринского района"), whoever else was named since."""
    m = _HEAD_OF_UNIT.search(phrase)
    if m is None:
        return None
    unit = m.group("unit").lower()[:4]
    unit = _UNIT_OF_REGION.get(unit, unit)
    for person in before:
        role = person.role.lower()
        if _role_head(role, language) == _role_head("аким", "ru") and re.search(rf"\b{unit}", role):
            return person
    return None


def _by_role(phrase: str, position: int, language: str, people: list[PersonMention],
             history: list[Speaker], surnames: list[PersonMention] = (), quoted: bool = False) -> Speaker | None:
    wanted = _role_words(phrase)
    head = _role_head(phrase, language)
    before = sorted((p for p in people if p.end <= position), key=lambda p: -p.start)
    last = next((s for s in reversed(history) if s.position < position), None)
    if quoted and last is not None and last.method in ("named", "surname") and not last.role and not any(
            last.position < p.start < position and not same_surname(p.name.split()[-1], last.name.split()[-1])
            for p in [*people, *surnames]):
        # a quote right after a person the document names without a role, with no one named in between, goes on in
        # that person's voice, and the role word after it tells the role: "Ерлан Қарин … екенін айтты. – …, – деді
        # төраға орынбасары" is Қарин, not the other deputy chair named earlier (a sentence that opens with a role
        # word names someone afresh)
        return Speaker(last.name, "", last.org, False, False, "role", position)
    for person in before:
        if head and _role_head(person.role, language) == head:
            return Speaker(_full_name(person.name, people, person.start), person.role, person.org, False, False,
                           "role", position)
    for person in before:
        if wanted & _role_words(person.role):
            return Speaker(_full_name(person.name, people, person.start), person.role, person.org, False, False,
                           "role", position)
    for speaker in reversed(history):
        if speaker.position < position and not speaker.collective and wanted & _role_words(speaker.role):
            return Speaker(speaker.name, speaker.role, speaker.org, False, False, "role", position)
    for speaker in reversed(history):
        if speaker.position < position and wanted & _role_words(speaker.said_as):
            # the same role word named her before: "Кандидат рассказала … . Пенсионерка спросила … . Кандидат
            # ответила …" is the candidate again, not the person named since
            return Speaker(speaker.name, speaker.role, speaker.org, False, False, "role", position, speaker.said_as)
    akim = _akim_of(phrase, language, before)
    if akim is not None:
        return Speaker(_full_name(akim.name, people, akim.start), akim.role, akim.org, False, False, "role", position)
    # no role fits: a person named since the last speaker, whose role the document does not give, is who the role
    # word now describes ("Профессор … Асхат Жумабеков выступил …. По мнению ученого, …")
    spoken = max((s.position for s in history if s.position < position), default=-1)
    # a person met again by the surname alone since the last speaker counts as named there ("Karin outlined the
    # schedule. According to the deputy chair, …")
    before = sorted(before + [p for p in surnames if p.end <= position], key=lambda p: -p.start)
    fresh = [p for p in before if p.start > spoken and not p.role and not _known_role(p.name, people)]
    if fresh:
        person = fresh[0]
        return Speaker(_full_name(person.name, people, person.start), "", person.org, False, False, "role", position,
                       phrase)
    # no one holds the role in the document's words: the person named since the last speaker is who it describes,
    # whatever other role was written next to the name ("Эрлан Карин проинформировал … Государственный советник
    # отметил, что …"), not the last person who spoke
    named_since = [p for p in before if p.start > spoken]
    if named_since and not any(wanted & _role_words(s.role) for s in history if s.position < position):
        person = named_since[0]
        return Speaker(_full_name(person.name, people, person.start), person.role or _known_role(person.name, people),
                       person.org or _known_org(person.name, people), False, False, "role", position, phrase)
    found = _previous(position, people, history, "role")
    return found
