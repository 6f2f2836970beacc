"""Words the attribution rules look for, per language: speech verbs, roles, collective subjects, agency tags.

Kept in one place so a missed pattern is fixed by adding a word, not by touching a rule.
"""
from __future__ import annotations

import re

# --- Russian -------------------------------------------------------------------------------------------
# Past-tense stems take -л/-ла/-ли/-ло; present forms are listed whole.
_RU_PAST = (
    "отмети|подчеркну|заяви|сообщи|сказа|добави|поясни|уточни|напомни|рассказа|замети|указа|доложи|"
    "констатирова|призна|предупреди|резюмирова|ответи|выразил уверенность, что|счита|подытожи|акцентирова внимание на том, что"
)
_RU_PRESENT = (
    "считает|считают|говорит|говорят|отмечает|отмечают|подчеркивает|подчеркивают|заявляет|заявляют|"
    "напоминает|напоминают|указывает|указывают|полагает|полагают|уверен|уверена|уверены|убежден|убеждена|"
    "поясняет|добавляет|сообщает|рассказывает|признает|предупреждает|предупреждают"
)
RU_VERB = rf"(?:(?:{_RU_PAST})(?:л|ла|ли|ло)|{_RU_PRESENT})"
RU_VERB_RE = re.compile(rf"\b{RU_VERB}\b", re.I)
# Verbs that also report a noun object ("подчеркнул необходимость ...", "заявили о поддержке ...").
RU_OBJECT_VERBS = re.compile(r"^(?:отмети|подчеркну|заяви|указа|констатирова)(?:л|ла|ли|ло)$|^(?:подчеркивает|отмечает)$", re.I)
RU_OPINION_INTRO = re.compile(r"\bПо\s+(словам|мнению|оценке|убеждению|утверждению|информации)\s+", re.I)
RU_PRONOUN_INTRO = re.compile(r"\bПо\s+(его|ее|её|их)\s+(словам|мнению|оценке)\s*,\s*", re.I)

# --- Kazakh --------------------------------------------------------------------------------------------
KK_AFTER_QUOTE = r"(?:деді|дейді|деп\s+атап\s+өтті|деп\s+мәлімдеді|деп\s+айтты|деп\s+түсіндірді|деп\s+қосты|деп\s+пікір\s+білдірді|деп\s+сендірді|деп\s+жазды|деп\s+атап\s+көрсетті)"
KK_REPORT_VERB = (
    r"(?:атап\s+өтті|атап\s+көрсетті|айтты|айтады|мәлім\s+етті|мәлімдеді|жеткізді|түсіндірді|хабарлады|"
    r"баса\s+айтты|сенім\s+білдірді|есіне\s+салды|пікірде|санайды|атап\s+өтеді|қосты)"
)
KK_OPINION = re.compile(r"(айтуынша|сөзінше|пікірінше|пайымдауынша)\s*,\s*")

# --- English -------------------------------------------------------------------------------------------
EN_VERB = (
    r"(?:said|says|noted|notes|stressed|stresses|added|adds|argued|argues|told(?:\s+(?:reporters|journalists|the\s+meeting|the\s+\w+))?|"
    r"say|note|stress|emphasized|emphasised|underlined|explained|reported|stated|announced|believes|believe|pointed\s+out|"
    r"warned|insisted|claimed|remarked|observed|concluded|assured)"
)
EN_VERB_RE = re.compile(rf"\b{EN_VERB}\b")

# --- roles ---------------------------------------------------------------------------------------------
# Role heads: the word that makes a phrase a role ("заместитель председателя комиссии").
ROLE_HEADS = {
    "ru": r"председател\w*|заместител\w*|глав[аеуы]|министр\w*|вице-министр\w*|прокурор\w*|депутат\w*|член\w*|"
          r"политолог\w*|эксперт\w*|юрист\w*|президент\w*|доктор\w*|секретар\w*|руководител\w*|спикер\w*|аким\w*|"
          r"посол|посла|судь[яи]|советник\w*|госсоветник\w*|государственн\w+\s+советник\w*|директор\w*|ректор\w*|профессор\w*|помощник\w*|уполномоченн\w*|"
          r"представител\w*|вице-президент\w*|премьер-министр\w*|конституционалист\w*|сенатор\w*|"
          r"генеральн\w+\s+прокурор\w*|спикер\w*",
    "kk": r"төраға\w*|орынбасар\w*|басшы\w*|министр\w*|вице-министр\w*|прокурор\w*|депутат\w*|мүше\w*|"
          r"сарапшы\w*|заңгер\w*|Президент\w*|докторы|хатшы\w*|ғалым\w*|судья\w*|кеңесші\w*|өкіл\w*|саясаттанушы\w*",
    "en": r"[Cc]hair(?:man|woman|person)?|[Dd]eputy|[Mm]inister|[Pp]rosecutor|[Pp]resident|[Mm]ember|[Ee]xpert|"
          r"[Ss]cholar|[Ss]ecretary|[Hh]ead|[Ss]peaker|[Aa]mbassador|[Jj]udge|[Aa]dviser|[Aa]dvisor|[Dd]irector|"
          r"[Pp]rofessor|[Aa]nalyst|[Ll]awyer|[Oo]mbudsman|[Ss]enator|[Cc]hief",
}
ROLE_HEAD_RE = {lang: re.compile(rf"^(?:{pattern})$", re.I) for lang, pattern in ROLE_HEADS.items()}

# Roles that name the sitting head of state without naming him.
HEAD_OF_STATE = re.compile(
    r"^(?:глав[аеыу]\s+государства|президент[аеуом]*(?:\s+(?:Казахстана|республики\s+Казахстан|РК))?|"
    r"мемлекет\s+басшы(?:сы|сының|сына)?|президент(?:тің|ке|)|"
    r"(?:the\s+)?head\s+of\s+state|(?:the\s+)?president)$",
    re.I,
)
# Equivalent role heads: a later "глава комиссии" refers back to an earlier "председатель комиссии".
ROLE_SYNONYMS = [
    {"председатель", "глава", "руководитель", "төраға", "басшы", "chair", "chairman", "chairwoman", "head"},
    {"прокурор", "генеральный", "prosecutor"},
    {"депутат", "deputy"},
    {"заместитель", "орынбасар"},
    {"министр", "minister", "вице-министр"},
    {"эксперт", "политолог", "юрист", "конституционалист", "доктор", "профессор", "сарапшы", "ғалым", "заңгер",
     "expert", "scholar", "analyst", "professor", "lawyer"},
    {"член", "мүше", "member"},
]

# --- collective subjects -------------------------------------------------------------------------------
COLLECTIVE_HEADS = {
    "ru": r"участник\w*|член\w*|депутат\w*|эксперт\w*|скептик\w*|жител\w*|представител\w*|юрист\w*|"
          r"критик\w*|политолог\w*|собравш\w*|спикер\w*|выступающ\w*|сторонник\w*|противник\w*|граждан\w*|"
          r"казахстанц\w*|студент\w*|аналитик\w*|ученые|учёные|парламентари\w*|сенатор\w*",
    "kk": r"қатысушылар\w*|депутаттар\w*|сарапшылар\w*|мүшелері\w*|тұрғындар\w*|өкілдері\w*|ғалымдар\w*|заңгерлер\w*",
    "en": r"participants|members|deputies|experts|critics|residents|representatives|analysts|lawmakers|observers|"
          r"supporters|opponents|"
          r"speakers|scholars|officials|voters",
}
# A plural collective head takes a plural verb; these forms are plural.
COLLECTIVE_PLURAL_RU = re.compile(r"^(?:участники|члены|депутаты|эксперты|скептики|жители|представители|юристы|критики|"
                                  r"политологи|собравшиеся|спикеры|выступающие|сторонники|противники|граждане|"
                                  r"казахстанцы|студенты|аналитики|ученые|учёные|парламентарии|сенаторы)$", re.I)

# --- the report's own attribution, never a statement ---------------------------------------------------
AGENCY = re.compile(
    r"пресс-служб|передает|передаёт|сообщает\s+(?:Kazinform|Tengrinews|zakon|корреспондент|агентство|пресс)|"
    r"корреспондент|Kazinform|Tengrinews|Informburo|Zakon\.kz|хабарлайды|тілшісі|баспасөз\s+қызметі|"
    r"press\s+service|correspondent|News\s+Agency|reports$|сообщени\w+|данным",
    re.I,
)

PRONOUNS = {
    "ru": {"он": "m", "она": "f", "они": "p", "его": "m", "ее": "f", "её": "f", "их": "p"},
    "kk": {"ол": "?", "оның": "?", "олар": "p", "олардың": "p"},
    "en": {"he": "m", "she": "f", "they": "p", "his": "m", "her": "f"},
}
