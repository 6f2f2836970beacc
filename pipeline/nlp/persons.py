"""People named in a document, with the role written next to the name and their position in the text.

Russian names come from natasha NER (run only on sentences with a surname-like word or a role word); Kazakh
and English names from rules: two capitalised words, the second shaped like a surname.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp import russian
from pipeline.nlp.attribution_kk import name_pairs
from pipeline.nlp.lexicon import ROLE_HEAD_RE
from pipeline.nlp.names import kazakh_surname, looks_like_surname, same_surname
from pipeline.nlp.spans import Span


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str  # nominative, as the document spells it
    role: str
    org: str


_RU_SURNAMEISH = re.compile(r"(?<!^)(?<![.!?]\s)\b[А-ЯЁ][а-яё]+(?:ов|ев|ин|ын|ова|ева|ина|ына|ой|ым|ому|ого|ову|еву|"
                            # surnames of other shapes: "Ковальчук", "Шевченко", "Рахимбекулы", "Петросян", "Ковальский"
                            r"ове|еве|чук|щук|юк|енко|ько|ский|ская|цкий|цкая|ович|евич|ян|дзе|швили|улы|кызы|"
                            # a foreign observer's or diplomat's: "Йоханна Линдквист", "Эрик Андерссон", "Анна Вайсберг"
                            r"квист|ссон|берг|штейн)\b")
_RU_ROLEWORD = re.compile(r"председател|заместител|глав[аеыу]\b|министр|прокурор|депутат|член|эксперт|политолог|"
                          r"президент|доктор|руководител|спикер|аким|"
                          # occupations a commentator is introduced by: "Профессор кафедры … Ольга Ким: «…»"
                          r"профессор|доцент|ректор|декан|директор|юрист|адвокат|судь[яи]|аналитик|социолог|экономист|"
                          r"историк|пенсионер|учител|наблюдател|координатор|журналист|"
                          # … and a voter a report introduces by what he is: "Студентка Аружан Сейткали рассказала"
                          r"студент|педагог|предпринимател|ветеран|кандидат|специалист|избирател|фермер|жител", re.I)
_RU_ORG_NOUN = re.compile(r"(?:комисси|суд|министерств|прокуратур|ЦИК|Мажилис|Сенат|Парламент|Курултай|Администраци|"
                          r"Правительств|юстици|област|акимат|Кенеси|партии|университет|академи)", re.I)
_RU_STOP_BACK = re.compile(r"^(?:и|а|но|с|со|к|у|от|при|—|–|-)$|[.,;:!?»«]$|(?:ла|ли|ло|л|лся|лась|ет|ют|ит|ят)$")
_EN_NOT_NAME = {
    "Constitutional", "Commission", "Central", "Election", "Court", "Head", "State", "President", "The", "Times",
    "Asia", "National", "Kurultai", "Halyk", "Kenesi", "Akorda", "Mazhilis", "Senate", "Parliament", "News",
    "Agency", "Kazakhstanskaya", "Pravda", "Egemen", "Qazaqstan", "Republic", "Kazakhstan", "Chairman", "Chair",
    "Deputy", "Kazakh", "Constitution", "Interview", "According", "Voters", "Critics", "Turnout", "Sunday",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Prosecutor", "General", "Office",
    "Ministry", "Justice", "Law", "Academy", "Supreme", "Council", "Astana", "Almaty", "Kyzylorda", "Feb",
    "Sept", "March", "January", "February", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "ASTANA", "KAZINFORM", "Do", "You", "We", "It", "He", "She", "They", "In", "On",
    "Economy", "Finance", "Foreign", "Affairs", "Energy", "Education", "Health", "Culture", "Information", "Digital",
    "Development", "Trade", "Agriculture", "Defence", "Defense", "Ecology", "Security", "Counsellor", "Counselor",
    "Minister", "Secretary", "Senator", "Professor", "Political", "Analyst", "Ambassador", "Telegram", "Not", "By",
    "At", "After", "Before", "Delivering", "Preliminary", "Almaty-based", "Astana-based", "Address",
    # the last word of a place's or a building's name: "Alatau City", "Abai Region", "Independence Palace"
    "City", "Region", "District", "Oblast", "Province", "Village", "Street", "Square", "Avenue", "Palace", "Hall",
    "Airport", "Park", "Centre", "Center", "University", "Administration",
    # a courtesy title before a surname: "Ms Abenova" is the Dana Abenova named before, not a person of her own
    "Mr", "Ms", "Mrs", "Miss", "Dr",
    # an occupation written as a title before the name: "Economist Nurlan Seitkali", "Lawyer Dana Abenova"
    "Economist", "Lawyer", "Attorney", "Lecturer", "Sociologist", "Historian", "Researcher", "Scholar", "Student",
    "Teacher", "Journalist", "Pensioner", "Entrepreneur", "Farmer", "Engineer", "Activist", "Blogger", "Scientist",
    "Expert", "Observer", "Commentator",
    # the last word of a firm's or a think tank's name: "Qogam Analytics", "Steppe Research", "Nomad Institute"
    "Analytics", "Research", "Institute", "Foundation", "Group", "Consulting", "Partners", "Associates", "Holding",
}
_KK_NOT_NAME = {"Қазақстан", "Республикасы", "Республикасының", "Конституциялық", "Орталық", "Мемлекет", "Бас",
                "Халық", "Кеңесі", "Ата", "Заң", "Заңның", "Заңы", "Парламент", "Мәжіліс", "Сенат", "Құрылтай", "Жарлық", "Астана", "Астанада"}

# the occasion in the locative opening a sentence is where someone spoke, not a first name: "Кездесуде Әбдіров …",
# "Брифингте Сейітова …"
_KK_OCCASION_IN = re.compile(r"^(?:Кездесу|Отырыс|Жиын|Брифинг|Форум|Сессия|Жиналыс|Басқосу|Конференция|Сұхбат|"
                             r"Пленарлық|Тыңдау|Талқылау)\w*(?:нда|нде|да|де|та|те)$")


def find(text: str, language: str, sentences: list[Span]) -> list[PersonMention]:
    if language == "ru":
        found = _by_patronymic(_russian(text, sentences))
    elif language == "kk":
        found = _by_patronymic(_kazakh(text, sentences), _kazakh_address(text))
    else:
        found = _english(text, sentences)
    return _colleagues(text, found)


# a first name and a patronymic, the polite address of an interview ("– Тимур Маратович, что …?")
_NAME_AND_PATRONYMIC = re.compile(r"^[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овна|евна|ична)$")
# the Kazakh address ("– Дана Ерланқызы, …?"): "-қызы" / "-ұлы" also end surnames of their own, so only a name a
# question opens with, set off by a comma, is taken for one
_KK_ADDRESS = re.compile(r"^[–—-]\s*(?P<name>[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+\s+[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+"
                         r"(?:қызы|ұлы|кызы|улы)),", re.M)


def _kazakh_address(text: str):
    starts = {m.start("name") for m in _KK_ADDRESS.finditer(text)}
    return lambda person: person.start in starts


def _by_patronymic(found: list[PersonMention], addressed=lambda person: bool(_NAME_AND_PATRONYMIC.match(person.name))
                   ) -> list[PersonMention]:
    """"Мы поговорили с … Тимуром Ахметжановым. – Тимур Маратович, …": a person addressed by the first name and the
    patronymic is the one the document names with that first name and a surname, not a person of his own."""
    out = []
    for person in found:
        if addressed(person):
            first = person.name.split()[0]
            named = [p for p in found if len(p.name.split()) == 2 and p.name.split()[0] == first
                     and not addressed(p)]
            if len({p.name for p in named}) == 1:
                person = PersonMention(person.start, person.end, named[0].name, person.role or named[0].role,
                                       person.org or named[0].org)
        out.append(person)
    return out


# "Ее коллега Руслан Ибраев", "His colleague Dana Ospan", "Оның әріптесі Ерлан Нұров": a colleague has the occupation of
# the person named before, so a later "эксперт" / "the analyst" can find him
_COLLEAGUE_BEFORE = re.compile(r"(?:\b(?:коллег[аиу]|colleague|әріптес(?:і|тері))(?:\s+по\s+цеху)?,?\s*)$", re.I)


def _colleagues(text: str, found: list[PersonMention]) -> list[PersonMention]:
    out: list[PersonMention] = []
    for person in found:
        if not person.role and _COLLEAGUE_BEFORE.search(text, max(0, person.start - 30), person.start):
            earlier = next((p for p in reversed(out) if p.role), None)
            if earlier is not None:
                person = PersonMention(person.start, person.end, person.name, earlier.role, person.org)
        out.append(person)
    return out


def _russian(text: str, sentences: list[Span]) -> list[PersonMention]:
    windows = [(s.start, s.end) for s in sentences if _RU_SURNAMEISH.search(s.text) or _RU_ROLEWORD.search(s.text)
               or re.search(r"\b[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+\b", s.text)]
    out = []
    for entity in russian.entities(text, windows):
        if entity.type != "PER":
            continue
        if not any(ch.isupper() for ch in entity.text[1:]) and " " not in entity.text.strip():
            # a single word: keep it only when it looks like a surname ("Азимова"), not a common noun
            if not looks_like_surname(entity.text):
                continue
        if _KAZAKH_LETTER.search(entity.text) and not looks_like_surname(entity.text.split()[-1]):
            # a Russian text spells people in Russian letters; Kazakh letters mark a Kazakh term the model took for a
            # name ("Халық Кеңесі", "Мәжіліс")
            continue
        start, normal = entity.start, entity.normal
        if _FEMININE_PAIR.match(entity.text) and _VERB_AFTER.match(text, entity.end):
            # "Политолог Дана Ахметова сразу оговаривается": a name with a verb of its own after it is the subject,
            # in the nominative as written; next to some verbs the model reads it as a man's genitive ("Дан Ахметов")
            normal = entity.text
        elif _FEMININE_PAIR.match(entity.text):
            normal = _masculine_genitive(entity.text, text) or normal
        role, org = _role_before(text, start, "ru")
        words = entity.text.split()
        if len(words) == 3 and len(normal.split()) == 3 and _REGION_BEFORE.search(text, 0, start) \
                and not PATRONYMIC.search(words[1]):
            # "аким области Абай Ерболат Мукашев": the region's name in the nominative is glued onto the person's
            start, normal, role = start + len(words[0]) + 1, " ".join(normal.split()[1:]), f"{role} {words[0]}".strip()
        if len(words) == 3 and len(normal.split()) == 3 and _is_verb(words[0]):
            # "Докладывал Бакыт Нурмуханов.": a sentence opening with its verb, capitalised, glued onto the name
            start, normal = start + len(words[0]) + 1, " ".join(normal.split()[1:])
        if len(words) == 3 and len(normal.split()) == 3 and _is_occupation(words[0]):
            # "Шахтер Ерлан Байтурсынов заявил": an occupation capitalised at the start of the sentence is his role
            start, normal = start + len(words[0]) + 1, " ".join(normal.split()[1:])
            role = role or words[0].lower()
        out.append(PersonMention(start, entity.end, _nominative_written(_initials_joined(_feminine_surname(normal)), text),
                                 role, org))
    return out


def _masculine_genitive(name: str, text: str) -> str | None:
    """"расспросила доктора наук Ерлана Сапарова": the pair reads as a woman's nominative or a man's genitive; the
    man's surname written alone elsewhere ("– говорит Сапаров") shows the man, put in the nominative."""
    first, surname = name.split()
    masculine = surname[:-1]
    if not re.search(rf"(?<![\w-]){re.escape(masculine)}(?![\w-])", text):
        return None
    parses = [p for p in russian.morph_vocab().parse(first)
              if p.tag.POS == "NOUN" and "Name" in p.tag and "masc" in p.tag and p.tag.case == "gent"]
    if not parses:
        return None
    return f"{parses[0].normal.capitalize()} {masculine}"


def _is_verb(word: str) -> bool:
    parses = russian.morph_vocab().parse(word.lower())
    return bool(parses) and str(parses[0].tag).startswith("VERB")


def _is_occupation(word: str) -> bool:
    """An animate common noun no reading of which is a name ("Шахтер", "Врач"; not "Роза", "Марат")."""
    parses = russian.morph_vocab().parse(word.lower())
    return bool(parses) and all("Name" not in p.tag and "Surn" not in p.tag and "Patr" not in p.tag for p in parses) \
        and any(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" for p in parses)


# a woman's first name left in an oblique case by the model ("встретился с Ханной Линдквист", a surname that does not
# decline): the nominative the document writes elsewhere ("Ханна Линдквист отметила")
_OBLIQUE_FIRST_NAME = re.compile(r"^([А-ЯЁ][а-яё]+?)(?:ой|ей|ою|ею|ы|и|у|ю|е)$")


# … or a man's, in "-а", "-у", "-ом", "-е" after a consonant ("встреча акима Бауыржана Тлеубергена")
_OBLIQUE_MASCULINE_FIRST_NAME = re.compile(r"^([А-ЯЁ][а-яё]+?[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$")


def _nominative_written(name: str, text: str) -> str:
    words = name.split()
    if len(words) != 2:
        return name
    candidates = []
    m = _OBLIQUE_FIRST_NAME.match(words[0])
    if m is not None:
        candidates += [f"{m.group(1)}{ending} {words[1]}" for ending in ("а", "я")]
    m = _OBLIQUE_MASCULINE_FIRST_NAME.match(words[0])
    if m is not None:
        candidates.append(f"{m.group(1)} {words[1]}")
    for nominative in candidates:
        if nominative != name and re.search(rf"(?<![\w-]){re.escape(nominative)}(?![\w-])", text):
            return nominative
    return name


# a region named after its noun ("области Абай", "области Улытау", "района Байдибек"): the name that follows is the region's
_REGION_BEFORE = re.compile(r"\b(?:области|района|округа)\s+$")
# a first name in -а/-я and a surname in -ова/-ина: a woman in the nominative, or a man in the genitive
_FEMININE_PAIR = re.compile(r"^[А-ЯЁ][а-яё]*[ая]\s+[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына)$")
# a finite verb right after the name, maybe after an adverb: the name is its subject
_VERB_AFTER = re.compile(r"\s+(?:(?:также|сразу|уже|еще|ещё|тоже|вновь|не)\s+)*[а-яё]+(?:ет|ит|ют|ят|ется|ится|ются|"
                         r"ала|ила|ела|яла|алась|илась|елась)\b")
# the ending of a Russian or Kazakh patronymic: the third word that makes a three-word name whole
PATRONYMIC = re.compile(r"(?:вич|вна|ична|улы|ұлы|кызы|қызы)$")
_KAZAKH_LETTER = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _initials_joined(name: str) -> str:
    """"Э . Азимова" (the model's tokens) -> "Э. Азимова"."""
    return re.sub(r"\b([А-ЯЁA-Z])\s+\.", r"\1.", name)


def _feminine_surname(name: str) -> str:
    """The morphology model sometimes gives a woman's surname the man's form ("Алия Касенов"): a woman's first
    name takes the feminine surname."""
    words = name.split()
    if len(words) >= 2 and re.search(r"[ая]$", words[0]) and re.search(r"(?:ов|ев|ёв|ин|ын)$", words[-1]):
        return " ".join(words[:-1] + [words[-1] + "а"])
    return name


def _role_before(text: str, name_start: int, language: str) -> tuple[str, str]:
    """The role phrase written just before a name: "председатель Конституционного суда Эльвира Азимова"."""
    line_start = max(text.rfind("\n", 0, name_start), text.rfind(". ", 0, name_start) + 1, 0)
    words = list(re.finditer(r"\S+", text[line_start:name_start]))[-7:]
    head_re = ROLE_HEAD_RE[language]
    chosen = None
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group(0)
        bare = word.strip("«»\"“”(),")
        if language == "ru" and _RU_STOP_BACK.search(word) and not head_re.match(bare):
            break
        if bare[:1].isupper() and looks_like_surname(bare) and not head_re.match(bare):
            break
        if language == "en" and not (bare[:1].isupper() or head_re.match(bare) or bare in ("of", "the")):
            break
        if word.endswith(",") or word.endswith("."):
            break
        if head_re.match(bare) or (language == "ru" and bare.lower().startswith(("генеральн", "вице-"))):
            chosen = i
    if chosen is None:
        return "", ""
    # adjectives before the head ("генеральный прокурор", "Вице-министр")
    while chosen > 0 and re.search(r"(ый|ий|ой|ая|яя|ого|его|ому|ой)$", words[chosen - 1].group(0)) and language == "ru":
        chosen -= 1
    phrase = text[line_start + words[chosen].start(): name_start].strip(" ,")
    if language == "ru":
        return _russian_role_and_org(phrase)
    if language == "en":
        org = re.sub(r"\s*\b(?:chair(?:man|woman)?|deputy|head|member|secretary)\b.*$", "", phrase, flags=re.I).strip()
        return phrase, org if org and org[0].isupper() and org != phrase else ""
    return phrase, ""


def _russian_role_and_org(phrase: str) -> tuple[str, str]:
    role = russian.nominative_phrase(phrase)
    words = phrase.split()
    org = ""
    if not any(w[:1].isupper() for w in words[1:]):
        return role, ""  # "прокурор области", "член комиссии": no institution named
    for i, word in enumerate(words[1:], start=1):
        if _RU_ORG_NOUN.match(word) or (word[:1].isupper() and i > 0):
            start = i
            while start > 1 and re.search(r"(ого|его|ой|ей|ых|их)$", words[start - 1]):
                start -= 1
            tail = " ".join(words[start:])
            org = russian.nominative_phrase(tail)
            org = org[:1].upper() + org[1:]
            break
    return role, org


def _kazakh(text: str, sentences: list[Span]) -> list[PersonMention]:
    out = []
    pairs = name_pairs(text)
    m = next(pairs, None)
    while m is not None:
        first, last = m.group("first"), m.group("last")
        # (a role is no longer than the text since the person named before: "… төрағасы Эльвира Әзімова Мемлекет
        # басшысы Қасым-Жомарт Тоқаевқа" gives him "Мемлекет басшысы")
        role = _kazakh_role(text, m.start(), out[-1].end if out else 0)
        # a surname without a Russian-type ending counts when a role word stands before it ("профессор Гүлнар
        # Сейітқалимен"), and so does the same name met again without its role ("– деді Гүлнар Сейітқали")
        accepted = not (first in _KK_NOT_NAME or last in _KK_NOT_NAME or _role_opening_a_name(text, m)
                        or _KK_OCCASION_IN.match(first)) and (
            looks_like_surname(last) or _role_word_before(text, m.start()) or _named_before(first, last, out))
        if accepted:
            out.append(PersonMention(m.start(), m.end(), f"{first} {kazakh_surname(last)}", role, ""))
        try:
            m = pairs.send(accepted)
        except StopIteration:
            m = None
    return out


def _named_before(first: str, last: str, found: list[PersonMention]) -> bool:
    return any(p.name.split()[:1] == [first] and same_surname(last, p.name.split()[-1]) for p in found)


_KK_NAME_AFTER = re.compile(r"\s+[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+")


def _role_opening_a_name(text: str, pair: re.Match) -> bool:
    """"Саясаттанушы Айбек Нұрғалиев": a role word capitalised at the start of a sentence, before a first name shaped
    like a surname ("Айбек", "Ербол"), is the person's role, not his first name. A surname after the pair is needed,
    since some role words are first names as well ("Ғалым Нұрланов айтты", "Ғалым Дүйсенбаев Азаттыққа айтты")."""
    after = _KK_NAME_AFTER.match(text, pair.end())
    return bool(ROLE_HEAD_RE["kk"].match(pair.group("first")) and after and looks_like_surname(after.group(0).strip()))


def _role_word_before(text: str, name_start: int) -> bool:
    words = text[max(0, name_start - 40):name_start].split()
    return bool(words) and _kazakh_role_word(words[-1].strip(","))


def _kazakh_role_word(word: str) -> bool:
    """A role word, or a compound of two joined by a hyphen: "Заңгер-ғалым", "ғалым-саясаттанушы"."""
    return bool(ROLE_HEAD_RE["kk"].match(word)) or "-" in word and all(
        ROLE_HEAD_RE["kk"].match(part) for part in word.split("-"))


def _kazakh_role(text: str, name_start: int, floor: int = 0) -> str:
    line_start = max(text.rfind("\n", 0, name_start), text.rfind(". ", 0, name_start) + 1, floor)
    words = list(re.finditer(r"\S+", text[line_start:name_start]))[-5:]
    if not words or not _kazakh_role_word(words[-1].group(0).strip(",")):
        return ""
    first = len(words) - 1
    while first > 0:
        prev = words[first - 1].group(0)
        if prev.endswith((",", ".")) or prev in ("болып", "және", "мен", "пен", "бен"):
            break
        if not (prev[:1].isupper() or re.search(r"(ның|нің|дың|дің|тың|тің|сы|сі|ы|і)$", prev)):
            break
        first -= 1
    return text[line_start + words[first].start(): name_start].strip(" ,")


# not after a hyphen: "State-of-the-Nation Address" is a compound, not "Nation Address"
# a foreign name keeps its letters with diacritics ("Helena Kovač", "José Núñez")
_EN_UP, _EN_LOW = "A-ZÀ-ÖØ-ÞČĆĐŁŃŚŠŹŽ", "a-zß-öø-ÿā-ſ"
_EN_NAME = re.compile(rf"(?<![\w-])(?P<name>[{_EN_UP}][{_EN_LOW}]+(?:-[{_EN_UP}][{_EN_LOW}]+)?"
                      rf"(?:\s+[{_EN_UP}][{_EN_LOW}]+(?:-[{_EN_UP}][{_EN_LOW}]+)?){{1,5}})\b")


_EN_BODY_OF = re.compile(r"\b(?:Institute|Ministry|University|Academy|Centre|Center|School|Department|Faculty|Agency|"
                         r"Foundation|Bureau|Office|Committee|Council|Commission|Association|Union|Chamber|Society|"
                         r"College|Fund|Court|Party|Movement)\s+(?:of|for|on)\s+(?:the\s+)?$")


def _english(text: str, sentences: list[Span]) -> list[PersonMention]:
    out = []
    for m in _EN_NAME.finditer(text):
        if text[max(0, m.start() - 1): m.start()] in ("“", '"') and text[m.end(): m.end() + 2].lstrip(",.")[:1] in ("”", '"'):
            continue  # a name in quotation marks is an organisation's or a title's ("the civic group “Ashyq Dauys”")
        words = m.group("name").split()
        if _EN_BODY_OF.search(text, max(0, m.start() - 40), m.start()) \
                and not (len(words) > 2 and looks_like_surname(words[-1])):
            # "the Institute of Public Policy": the end of a body's name, no person ("Committee for Legislation Arman
            # Seitov" still ends in one)
            continue
        # the longest tail of the run with no office word: "Deputy Justice Minister Asel Mukasheva" -> "Asel Mukasheva"
        while words and any(w in _EN_NOT_NAME for w in words):
            words = words[1:]
        if len(words) < 2:
            continue
        if len(words) > 2 and looks_like_surname(words[-1]):
            words = words[-2:]  # "National Economy Aidos Kemelbekov": the office ends where the name begins
        start = m.end() - len(" ".join(words))
        role, org = _role_before(text, start, "en")
        out.append(PersonMention(start, m.end(), " ".join(words), role, org))
    return out


@lru_cache(maxsize=256)
def _people_cached(text: str, language: str) -> tuple[PersonMention, ...]:
    from pipeline.nlp.spans import sentences

    return tuple(find(text, language, sentences(text)))


def people_in(text: str, language: str) -> list[PersonMention]:
    """People of a document, computed once per text (statements and events both need them)."""
    return list(_people_cached(text, language))
