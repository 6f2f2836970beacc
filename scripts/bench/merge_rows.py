"""Synthetic rows of core_document_events, core_statements and core_nlp_processed for the merge benchmark.

Shaped like the NLP step's output on a news archive: about 0.5 event reports and 2 statements per document,
dated over a year (or `days`), in ru (60%), kk (25%) and en (15%). Reports describe a pool of happenings (one per
12 documents): the same happening is reported in several documents and languages with titles that share its
topic words, its type's words and the city, sometimes a day off or without a place, so that some merge and
some do not. Speakers come from a pool that grows with the archive, spelled per language so that the
spelling-free key joins them, sometimes by surname alone.
"""
from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from typing import Iterator

from pipeline.metadata.statements import EVENT_TYPES

LANGUAGE_WEIGHTS = (("ru", 0.60), ("kk", 0.25), ("en", 0.15))
SOURCES = ("akorda", "govkz", "kazinform", "tengrinews", "election", "egemen", "astanatimes", "vlast")
YEAR = date(2026, 1, 1)
DOCUMENTS_PER_HAPPENING = 12

_TYPE_WORDS = {
    "ru": {"address": "послание народу", "decree": "подписан указ", "working_group": "рабочая группа собралась",
           "commission_meeting": "заседание конституционной комиссии", "publication": "опубликован проект",
           "public_discussion": "общественное обсуждение проекта", "round_table": "круглый стол",
           "briefing": "брифинг пресс-службы", "meeting": "встреча с избирателями",
           "parliament_session": "пленарное заседание мажилиса", "referendum": "республиканский референдум",
           "election": "выборы депутатов", "results": "итоги голосования", "law_signed": "подписал закон",
           "other": "прошло мероприятие"},
    "kk": {"address": "халыққа жолдау", "decree": "жарлыққа қол қойды", "working_group": "жұмыс тобы жиналды",
           "commission_meeting": "конституциялық комиссияның отырысы", "publication": "жобасы жарияланды",
           "public_discussion": "жобасын қоғамдық талқылау", "round_table": "дөңгелек үстел",
           "briefing": "баспасөз брифингі", "meeting": "сайлаушылармен кездесу",
           "parliament_session": "мәжілістің жалпы отырысы", "referendum": "республикалық референдум",
           "election": "депутаттар сайлауы", "results": "дауыс беру қорытындысы", "law_signed": "заңға қол қойды",
           "other": "іс-шара өтті"},
    "en": {"address": "state of the nation address", "decree": "decree signed", "working_group": "working group met",
           "commission_meeting": "constitutional commission meeting", "publication": "draft published",
           "public_discussion": "public discussion of the draft", "round_table": "round table",
           "briefing": "press briefing", "meeting": "meeting with voters",
           "parliament_session": "mazhilis plenary session", "referendum": "national referendum",
           "election": "parliamentary election", "results": "voting results", "law_signed": "signed the law",
           "other": "event held"},
}
# Types with many happenings a day weigh more than the once-a-day ones.
_TYPE_WEIGHTS = {"address": 1, "decree": 3, "working_group": 4, "commission_meeting": 6, "publication": 3,
                 "public_discussion": 8, "round_table": 8, "briefing": 6, "meeting": 10, "parliament_session": 4,
                 "referendum": 1, "election": 1, "results": 1, "law_signed": 2, "other": 4}
_CITIES = {"ru": ["Астане", "Алматы", "Шымкенте", "Караганде", "Актобе", "Павлодаре", "Костанае", "Таразе",
                  "Атырау", "Семее", "Туркестане", "Кызылорде"],
           "kk": ["Астанада", "Алматыда", "Шымкентте", "Қарағандыда", "Ақтөбеде", "Павлодарда", "Қостанайда",
                  "Таразда", "Атырауда", "Семейде", "Түркістанда", "Қызылордада"],
           "en": ["Astana", "Almaty", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Kostanay", "Taraz", "Atyrau",
                  "Semey", "Turkistan", "Kyzylorda"]}
_PLACE_KEYS = ["stn", "lmt", "shmknt", "krgnd", "ktb", "pvldr", "kstn", "trz", "tr", "sm", "trkstn", "kzlrd"]
_TOPICS = {
    "ru": ["конституции", "парламента", "курултая", "выборов", "права", "граждан", "суда", "прокуратуры", "регионов",
           "молодежи", "экономики", "образования", "здравоохранения", "поправок", "статьи", "преамбулы", "закона",
           "реформы", "депутатов", "сената", "мажилиса", "акимов", "бюджета", "земли", "языка", "культуры",
           "семьи", "предпринимателей", "ветеранов", "студентов"],
    "kk": ["конституцияның", "парламенттің", "құрылтайдың", "сайлаудың", "құқықтың", "азаматтардың", "соттың",
           "прокуратураның", "өңірлердің", "жастардың", "экономиканың", "білімнің", "денсаулықтың", "түзетулердің",
           "баптың", "преамбуланың", "заңның", "реформаның", "депутаттардың", "сенаттың", "мәжілістің",
           "әкімдердің", "бюджеттің", "жердің", "тілдің", "мәдениеттің", "отбасының", "кәсіпкерлердің",
           "ардагерлердің", "студенттердің"],
    "en": ["constitution", "parliament", "kurultai", "elections", "rights", "citizens", "court", "prosecutors",
           "regions", "youth", "economy", "education", "healthcare", "amendments", "article", "preamble", "law",
           "reform", "deputies", "senate", "mazhilis", "akims", "budget", "land", "language", "culture", "family",
           "entrepreneurs", "veterans", "students"],
}
_FILLER = {"ru": ["также", "вопросы", "участие", "приняли", "представители", "обсудили", "рассмотрели", "вопрос",
                  "предложения", "мнения", "итогам", "работы"],
           "kk": ["сондай-ақ", "мәселелер", "қатысты", "өкілдері", "талқыланды", "қаралды", "ұсыныстар",
                  "пікірлер", "жұмыс", "барысында", "нәтижесі", "туралы"],
           "en": ["also", "issues", "representatives", "discussed", "considered", "proposals", "opinions", "results",
                  "work", "during", "about", "took"]}
_FIRST = ["Ерлан", "Марат", "Бауыржан", "Нурлан", "Серик", "Аскар", "Данияр", "Тимур", "Арман", "Кайрат", "Алмас",
          "Руслан", "Жандос", "Ержан", "Галым", "Берик", "Айгуль", "Динара", "Жанар", "Салтанат", "Гульнара", "Асель",
          "Мадина", "Камила", "Алия", "Лаура"]
_SYLLABLES = ["са", "ке", "ну", "ба", "жу", "та", "ра", "ма", "да", "ку", "се", "ту", "бе", "ка", "ос", "ах",
              "ес", "ул", "ай", "ер", "жан", "бек", "гал", "тле", "мус", "ом"]
_ENDINGS = ["ов", "ев", "ин", "баев", "беков", "улы"]
_KK_LETTERS = str.maketrans({"у": "ұ", "к": "қ", "г": "ғ", "о": "ө", "н": "ң"})
_EN_LETTERS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
               "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
               "ф": "f", "х": "kh", "ы": "y", "ь": "", "я": "ya", "ю": "yu"}
_ROLES = {"ru": [("председатель", "Конституционная комиссия"), ("депутат", "Мажилис"), ("министр юстиции",
                 "Министерство юстиции"), ("генеральный прокурор", "Генеральная прокуратура"), ("аким", ""),
                 ("эксперт", ""), ("председатель ЦИК", "ЦИК"), ("сенатор", "Сенат")],
          "kk": [("төраға", "Конституциялық комиссия"), ("депутат", "Мәжіліс"), ("юстиция министрі",
                 "Юстиция министрлігі"), ("бас прокурор", "Бас прокуратура"), ("әкім", ""), ("сарапшы", ""),
                 ("ОСК төрағасы", "ОСК"), ("сенатор", "Сенат")],
          "en": [("chair", "Constitutional Commission"), ("deputy", "Mazhilis"), ("Minister of Justice",
                 "Ministry of Justice"), ("Prosecutor General", "Prosecutor General's Office"), ("akim", ""),
                 ("expert", ""), ("CEC Chair", "Central Election Commission"), ("senator", "Senate")]}
_ORGANISATION_SPEAKERS = {"ru": "Пресс-служба Акорды", "kk": "Ақорданың баспасөз қызметі",
                          "en": "Akorda press service"}
_COLLECTIVE = {"ru": "Участники", "kk": "Қатысушылар", "en": "Participants"}


def _id(prefix: str, *parts: object) -> str:
    return prefix + "_" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _person(rng: random.Random) -> dict[str, tuple[str, str]]:
    first = rng.choice(_FIRST)
    surname = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize() + rng.choice(_ENDINGS)
    ru = (first, surname)
    kk = (first.translate(_KK_LETTERS), surname.translate(_KK_LETTERS))
    en = tuple("".join(_EN_LETTERS.get(ch, ch) for ch in w.lower()).capitalize() for w in ru)
    return {"ru": ru, "kk": kk, "en": en}


class MergeRows:
    """The three tables of an archive of `documents` documents, the same for the same seed."""

    def __init__(self, documents: int, seed: int = 2026, days: int = 365):
        self.documents = documents
        self.days = days
        self.rng = random.Random(seed)
        self.types = list(_TYPE_WEIGHTS)
        assert set(self.types) == set(EVENT_TYPES)
        count = max(20, documents // DOCUMENTS_PER_HAPPENING)
        self.happenings = [self._happening() for _ in range(count)]
        self.people = [_person(self.rng) for _ in range(1000 + documents // 40)]
        self.languages = [l for l, _ in LANGUAGE_WEIGHTS]
        self.language_weights = [w for _, w in LANGUAGE_WEIGHTS]

    def _happening(self) -> dict:
        rng = self.rng
        return {"date": YEAR + timedelta(days=rng.randrange(self.days)),
                "type": rng.choices(self.types, weights=[_TYPE_WEIGHTS[t] for t in self.types])[0],
                "city": rng.randrange(len(_PLACE_KEYS)) if rng.random() < 0.8 else None,
                "topic": rng.sample(range(len(_TOPICS["ru"])), 3)}

    def _popular(self, pool: list):
        # A few happenings and speakers are in many documents, most in a few.
        if self.rng.random() < 0.3:
            return pool[self.rng.randrange(max(1, len(pool) // 20))]
        return self.rng.choice(pool)

    def tables(self) -> Iterator[tuple[str, dict]]:
        """(table, row) for every document in order: "events", "statements" or "processed"."""
        for number in range(self.documents):
            document_id = f"doc-{number:07d}"
            language = self.rng.choices(self.languages, weights=self.language_weights)[0]
            source = self.rng.choice(SOURCES)
            yield "processed", {"document_id": document_id, "treatment_key": _id("tk", document_id)}
            reports = self.rng.choices((0, 1, 2), weights=(0.6, 0.3, 0.1))[0]
            for index in range(reports):
                yield "events", self._report(document_id, index, language, source)
            for index in range(self.rng.choices(range(6), weights=(25, 15, 20, 20, 12, 8))[0]):
                yield "statements", self._statement(document_id, index, language)

    def _report(self, document_id: str, index: int, language: str, source: str) -> dict:
        rng = self.rng
        happening = self._popular(self.happenings)
        event_date = happening["date"] + timedelta(days=rng.choice((0,) * 9 + (-1,)))
        city = happening["city"]
        words = [_CITIES[language][city]] if city is not None else []
        trigger = _TYPE_WORDS[language][happening["type"]]
        words += [trigger] + [_TOPICS[language][i] for i in happening["topic"] if rng.random() < 0.8]
        words += rng.sample(_FILLER[language], rng.randint(0, 4))
        if rng.random() < 0.2:  # an unrelated topic: a different happening or a loose report
            words.append(rng.choice(_TOPICS[language]))
        title = " ".join(words).capitalize() + "."
        start = rng.randrange(5000)
        participants = [self._name(rng.choice(self.people), language) for _ in range(rng.choice((0, 0, 1, 2, 3)))]
        return {
            "document_event_id": _id("dev", document_id, index), "document_id": document_id,
            "event_date": event_date, "event_type": happening["type"], "title": title,
            "location": _CITIES[language][city] if city is not None and rng.random() < 0.9 else "",
            "place_key": _PLACE_KEYS[city] if city is not None and rng.random() < 0.7 else "",
            "organiser": rng.choice(("", "", _ROLES[language][0][1], _ROLES[language][1][1])),
            "participants": participants, "language": language, "source": source, "trigger": trigger,
            "char_start": start, "char_end": start + len(title), "confidence": round(rng.uniform(0.5, 0.95), 2),
            "is_sample": False,
        }

    def _name(self, person: dict, language: str) -> str:
        first, surname = person[language]
        return surname if self.rng.random() < 0.15 else f"{first} {surname}"

    def _statement(self, document_id: str, index: int, language: str) -> dict:
        rng = self.rng
        kind = rng.random()
        collective, organisation = kind < 0.05, 0.05 <= kind < 0.10
        role, org = rng.choice(_ROLES[language]) if rng.random() < 0.6 else ("", "")
        if collective:
            speaker, role, org = _COLLECTIVE[language], "", ""
        elif organisation:
            speaker, role, org = _ORGANISATION_SPEAKERS[language], "", _ORGANISATION_SPEAKERS[language]
        else:
            speaker = self._name(self._popular(self.people), language)
        text = " ".join(rng.sample(_TOPICS[language], 6))
        start = rng.randrange(5000)
        return {
            "statement_id": _id("st", document_id, index), "document_id": document_id, "speaker_name": speaker,
            "speaker_role": role, "speaker_org": org, "statement_text": text,
            "kind": rng.choice(("direct", "indirect")), "speech_verb": "", "char_start": start,
            "char_end": start + len(text), "statement_date": YEAR + timedelta(days=rng.randrange(self.days)),
            "language": language, "confidence": 0.9, "is_collective": collective, "is_organisation": organisation,
            "attribution": "quote_then_verb", "resolution": "named", "is_sample": False,
        }
