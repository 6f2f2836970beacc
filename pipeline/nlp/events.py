"""Events one document reports: what happened, when, where, who organised it and who took part.

Row fields (every row):
  document_event_id str   stable: from document_id, type and date
  document_id str
  event_date date         local date; relative dates ("накануне", "в четверг", "25 ақпанда") resolved from the
                          document's own date; a plan (a date after the document's, a future verb) is no event
  event_type str          one of event_rules.EVENT_TYPES
  title str               the document title for its main event, the reporting sentence for another
  location str            venue or city in the nominative ("" when the text gives none)
  place_key str           spelling-free key of the city, used to merge reports in different languages
  organiser str           ("" when unknown)
  participants list[str]  people named in the document
  language str, source str
  trigger str             the words that say it happened
  char_start int, char_end int   the reporting sentence in the text (0, 0 for the title)
  confidence float

A document that reports no event (an interview, an opinion piece) gives no rows; nor does what a document only recalls
(a "Напомним" paragraph, a date weeks before it, a month or a year without a day).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.nlp import background, persons, relative_dates, spans
from pipeline.nlp.event_rules import (AFTER_MEETING, AROUND_EVENT, ANAPHORIC_TRIGGERS, BACKGROUND, BACKGROUND_AFTER_DAYS,
                                      BEYOND_LEAD_TYPES, DATED_OPENING, FOLLOW_UP_DATE, FUTURE, HABITUAL, LEAD_PARAGRAPHS,
                                      NEXT_DAY, ORGANISER_BY_TYPE, PARLIAMENT_WORDS, PLAN_AFTER, PLAN_BEFORE, SAME_DAY,
                                      SITTING_TYPES, THIS_MORNING, TODAY, TRIGGER_CONTEXT, TRIGGERS, VAGUE_DATE, VOTE_NOUNS,
                                      VOTE_ON_CONSTITUTION)
from pipeline.nlp.names import skeleton, strip_kazakh_case
from pipeline.nlp.records import check_document, stable_id

_QUOTED = re.compile(r"«(?:[^«»]|«[^«»]*»)*»|“[^”]*”|\"[^\"]*\"")
_CITIES = {
    "ru": r"Астан[аеыу]|Кызылорд[аеыу]|Алмат[ыа]|Караганд[аеыу]|Шымкент[еа]?|Акорд[аеыу]|Актобе|Атырау",
    "kk": r"Астана\w*|Қызылорда\w*|Алматы\w*|Қарағанды\w*|Шымкент\w*|Ақорда\w*",
    "en": r"Astana|Kyzylorda|Almaty|Karaganda|Shymkent|Akorda",
}
_VENUE_RU = re.compile(
    r"\b[Вв]\s+((?:Академии|Университете|[А-ЯЁ][а-яё]+ском\s+университете|Службе|Доме|Дворце|Министерстве|"
    r"Институте|Центре|Библиотеке|Колледже|Палате)(?:\s+(?:[а-яё-]+|[А-ЯЁ][а-яё]+|при|имени|РК))*?)"
    r"(?=\s+(?:состоял\w*|прош\w+|открыл\w*|провел\w*|пров\w+)\b|[,.;]|$)"
)
_VENUE_EN = re.compile(r"\bat\s+the\s+((?:Academy|University|Akorda|Palace|Central\s+Communications\s+Service)[^,.;]*)")
_VENUE_KK = re.compile(r"((?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+){0,5}(?:академиясында|университетінде|Ақордада))")
_ORGANISED_BY = {
    "ru": re.compile(r"организованн\w*\s+([^,.;]+)"),
    "en": re.compile(r"organi[sz]ed\s+by\s+(?:the\s+)?([^,.;]+)"),
    "kk": re.compile(r"([^,.;]{3,60}?)\s+ұйымдастыр"),
}
_SECONDARY_DROPPED_BY = {
    # the venue of another event, not an event of its own
    "briefing": {"results", "referendum", "election", "address", "decree", "publication", "meeting", "commission_meeting"},
    "parliament_session": {"address"},
    # "қорытындысы жарияланды", "results were published": the results, not a publication of their own
    "publication": {"results"},
}


# the act by its reference back to what the sentence before told: "Тиісті бұйрыққа", "Соответствующий приказ"
_RELEVANT_ACT = re.compile(r"^(?:Тиісті|Соответствующ\w+|The\s+(?:relevant|corresponding))\s")
_SAME_DAY_SUBJECT = re.compile(r"^(?:[Вв]\s+тот\s+же\s+день|[Сс]ол\s+күні|[Оо]сы\s+күні|(?:On\s+)?[Tt]he\s+same\s+day),?\s+"
                               # the head of state by his title, whose second word is in lowercase: "Глава государства"
                               r"(?P<who>(?:Глава\s+государства|Мемлекет\s+басшысы|[Tt]he\s+Head\s+of\s+State)\s+|"
                               r"(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w-]+\s+){1,3})")


def _same_actor(body: str, text: str, earlier: list[dict]) -> list[dict]:
    """"В тот же день Касым-Жомарт Токаев подписал указ": the same day as the event of the one named, not of the event
    told last ("Накануне состоялось заседание комиссии" told between the President's meeting and his decree)."""
    m = _SAME_DAY_SUBJECT.match(body)
    if not m:
        return []
    names = [w for w in m.group("who").split() if len(w) > 3]
    first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]  # a title's event is told again there

    def told_by(event: dict) -> str:
        return event["_sentence"] + (" " + first_sentence if event["_title"] else "")
    if _HEAD_OF_STATE.match(m.group("who")):
        # the President is named in many ways: "Осы күні Президент …" after "Мемлекет басшысы Тоқаевқа табыс етті"
        return [e for e in earlier if _HEAD_OF_STATE.search(told_by(e))]
    return [e for e in earlier if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", told_by(e)) for w in names)]


_ALSO_SIGNED = re.compile(r"^(?:Сондай-ақ|Сонымен\s+қатар|Также|Кроме\s+того|Also|In\s+addition),?\s")


# "Earlier on Monday, Lindqvist met …", "Ранее в понедельник …": earlier on a day the report names, not a recall; so is
# "Бұған дейін, кеше …", "Ранее, накануне …": the day just before, named right after "earlier"
_EARLIER_ON_A_DAY = re.compile(r"^(?:(?:Earlier|Ранее)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                               r"Sunday)|today|сегодня|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                               r"воскресенье))|(?:Earlier|Ранее|Бұған\s+дейін|Бұдан\s+бұрын),?\s+(?:yesterday|вчера|"
                               r"накануне|кеше|бүгін))\b")


# "Бұған дейін, кеше, …", "Ранее, во вторник, …", "Earlier in the week, on Tuesday, …": "before that" with a day of the
# last few days set off after it narrates the day before the news, not a recall (a reminder, "Напомним", "Еске
# салайық", stays one whatever its day)
_BEFORE_THAT_DAY = re.compile(r"^(?:Бұған\s+дейін|Бұдан\s+бұрын|Ранее|Before\s+that|"
                              r"Earlier(?:\s+(?:in|this)\s+(?:the\s+)?week)?),\s+")

_SET_OFF = re.compile(r"(?:\s+күні)?,")  # "Бұған дейін, сейсенбі күні, …": the Kazakh weekday with its "day"


def _before_that_recent(body: str, reference: date | None) -> bool:
    m = _BEFORE_THAT_DAY.match(body)
    if m is None or reference is None:
        return False
    day = next((d for d in relative_dates.find(body, reference) if d.start == m.end()), None)
    return day is not None and _SET_OFF.match(body, day.end) is not None and day.value <= reference \
        and (reference - day.value).days <= BACKGROUND_AFTER_DAYS


# A gathering named by the participle of its day ("20 қаңтарда өткен Ұлттық құрылтайдан кейін") is news only when the
# next sentence tells what was done there ("Сол жиында Президент …"); named alone it is what the news followed
_OCCASION_KK = re.compile(r"(?:өткен|болған)\s+(?:[IVX]+\s+)?Ұлттық\s+құрылтай")


_PUBLIC_GATHERINGS = {"public_discussion", "round_table"}
_FROM_SIGNING = re.compile(r"қол\s+қойылған\s+күн\w*\s+бастап|со\s+дня\s+(?:е[её]\s+|его\s+)?подписания|"
                           r"\b(?:from\s+the\s+day\s+of|upon)\s+(?:its\s+)?signing\b", re.I)


def _title_undated(event: dict) -> bool:
    # a sitting or a publication only: a reception the title names is the lead's, and one of another day further on
    # is another
    return event["_title"] and not event["_dated"] and event["event_type"] in (*SITTING_TYPES, "publication")


def extract_events(doc: dict) -> list[dict]:
    check_document(doc)
    text, language = doc["text"], doc["language"]
    reference = relative_dates.local_date(doc.get("published_at"))
    found: dict[str, dict] = {}
    if _is_interview(text) or _is_opinion(doc):
        return []  # an interview or an opinion piece reports what someone thinks, not an event
    background_paragraph = None
    sentences = spans.sentences(text)
    lead_end = next((s.start for s in sentences if s.paragraph >= _paragraph_limit(text)), len(text))
    # the next sentence of the same paragraph, by the start of a sentence
    following = {a.start: b.text for a, b in zip(sentences, sentences[1:]) if a.paragraph == b.paragraph}
    preceding = {b.start: a.text for a, b in zip(sentences, sentences[1:]) if a.paragraph == b.paragraph}
    previous = {b.start: a.text for a, b in zip(sentences, sentences[1:])}  # across paragraphs too
    next_sentence = {a.start: b.text for a, b in zip(sentences, sentences[1:])}
    more: list[dict] = []  # a second event of a type already found, on another day
    headed = _headed_paragraphs(sentences, reference)
    vote_type = _vote_type(doc)
    for kind, start, end, body, is_title, in_lead, paragraph in _lead(doc, sentences):
        if BACKGROUND.match(body) and not SAME_DAY.match(body) and not THIS_MORNING.match(body) \
                and not _EARLIER_ON_A_DAY.match(body) and not _before_that_recent(body, reference):
            # "Ранее в тот же день …", "Earlier that day …" tell the report's own day, not what it recalls
            background_paragraph = paragraph  # "Напомним, … . Тогда же …": the whole paragraph looks back
            continue
        if paragraph is not None and paragraph == background_paragraph:
            continue
        today = bool(TODAY.search(body) or (not is_title and THIS_MORNING.match(body)))
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(body)]
        behind = None  # what the sentence names as background ("после Послания 8 сентября"), read at its first trigger
        hits = _trigger_hits(body, language)
        matches = [(event_type, m) for event_type, found_here in hits[:len(TRIGGERS[language])] for m in found_here
                   if not any(s <= m.start() < e for s, e in quoted)]
        for trigger_type, found_here in hits:
            for m in found_here:
                if behind is None:
                    behind = [] if is_title else background.spans(body, language, relative_dates.find(body, reference))
                # results may be told by their figures in the next paragraph too
                told_there = _told_there(trigger_type, following.get(start), next_sentence.get(start), language) \
                    or _decided_there(body, m, trigger_type, language)
                # "The session came a day after the commission's fifth meeting. On Thursday, …": narrated after all
                came_before = _came_days_after(body, m, trigger_type, next_sentence.get(start),
                                               list(found.values()) + more, reference)
                if any(s <= m.start() < e for s, e in quoted) \
                        or (_LOOKING_BACK.search(body[: m.start()]) and not _narrated_before(body, m, language)
                            and not _narrated_on_its_day(body, m, language, reference)
                            and not told_there and not _WHEN_ON_A_DAY.search(body[: m.start()])
                            and came_before is None) \
                        or background.hides_trigger(behind, m.start(), m.end()) and not _MET_FIRST_KK.match(m.group(0)) \
                        and not told_there and came_before is None:
                    continue
                if _OCCASION_KK.match(m.group(0)) and not told_there:
                    continue  # "… өткен Ұлттық құрылтайдан кейін құрылды" alone: the occasion, background
                event_type = _anaphoric_type(trigger_type, vote_type, body, list(found.values()) + more, start,
                                             preceding.get(start, ""), m, text[:start])
                if event_type is None:
                    continue
                if any(t != event_type and o.start() <= m.start() and m.end() <= o.end() and o.span() != m.span()
                       for t, o in matches):
                    continue  # inside a longer trigger of another type: "тұрғындармен кездесті" is no reception
                if trigger_type == "sitting" and any(t != event_type and o.start() < m.end() <= o.end()
                                                     for t, o in matches):
                    continue  # "седьмое заседание Конституционной комиссии": the body named after it tells its sitting
                if event_type == "decree" and not in_lead and _FORMED_BY_DECREE.search(m.group(0)):
                    continue  # "Комиссия была образована Указом 21 января" past the lead: where the body comes from
                if event_type == "address" and _APPEAL.search(m.group(0)) \
                        and not _HEAD_OF_STATE.search(body) and not (is_title or _HEAD_OF_STATE.search(doc.get("title") or "")):
                    continue  # "председатель комиссии записала видеообращение к гражданам": only the President's is an address
                election = event_type == "commission_meeting" and _election_commission_meant(
                    doc.get("title") or "", text[:start] + body[: m.start()], m.group(0))
                # … or "Перед брифингом состоялось заседание комиссии" where the commission meant is the election one
                before_trigger = body[: m.start()]
                vote_body = event_type == "commission_meeting" and (
                    bool(_VOTE_BODY_SITS.search(before_trigger)) and m.group(0).lower().startswith("комисси")
                    or election and bool(_SITTING_TOOK_PLACE.search(before_trigger)))
                if event_type == "commission_meeting" and not is_title and (vote_body or election):
                    if not vote_body or any(o.span() != m.span() and t != event_type and not _around(body, o)
                                            for t, o in matches):
                        continue  # "ОСК … отырысында … . Комиссия отырысына … қатысты": the election commission sat
                    # "Центральная референдумная комиссия на своем заседании утвердила текст бюллетеня": the sitting of
                    # the body running the vote, named as the subject, with no results told, is news of its own;
                    # commission_meeting is the Constitutional Commission's only
                    event_type = "other"
                context = TRIGGER_CONTEXT.get((language, event_type))
                if context and not (context[0].search(body[max(0, m.start() - 40): m.start()])
                                    or context[1].search(body[m.end(): m.end() + 40])):
                    continue
                opening = DATED_OPENING.match(body) if not in_lead else None
                opens_dated = opening is not None
                # "Жолдаудан кейін …", "Перед началом круглого стола …", "В тот же день …": past the lead, what happened
                # around an event told before, on its day
                after = (AROUND_EVENT.match(body) or SAME_DAY.match(body)) if not in_lead else None
                if in_lead and after is None and (found or more):
                    # "В пятницу ЦИК провела брифинг. Перед брифингом состоялось заседание …": in the lead too, an
                    # opening naming the event just told puts the next one on its day
                    after = AROUND_EVENT.match(body)
                if after and m.start() < after.end():
                    continue  # "Жолдаудан кейін": the event named there is the one before, not a new one
                # past the lead, any other trigger needs a day of its own: checked once the date is read; a digest's
                # paragraph headed by its day ("Пятница. …") is an item of its own, as a sentence opening with a day
                heading = headed.get(paragraph, (None, 0))[0] if start >= headed.get(paragraph, (None, 0))[1] else None
                beyond = not in_lead and event_type not in BEYOND_LEAD_TYPES and not today and not opens_dated \
                    and not after and heading is None
                if not in_lead and event_type == "briefing" and not (
                        (SAME_DAY.match(body) or opens_dated) and _HOLDS_A_BRIEFING.search(body)):
                    # a briefing is news when the lead tells it; further on it is where someone commented, unless a
                    # sentence of its own narrates it held, on the day told ("В тот же день X провела
                    # пресс-конференцию"; "после Послания прошел брифинг депутатов" is where they commented on it)
                    continue
                if event_type == "briefing" and _at_a_briefing(body, m) and not _HOLDS_A_BRIEFING.search(body):
                    continue  # "said at a briefing", "на брифинге сообщил", "брифингте айтты": where someone spoke
                # a date inside another trigger belongs to that event ("итоги состоявшихся вчера выборов")
                # … not one starting inside this one, its own words ("Топты құру туралы өкімге … сәрсенбіде қол қойды")
                others = quoted + [(o.start(), o.end()) for _, o in matches if o is not m and o.span() != m.span()
                                   and not m.start() < o.start() < m.end()]
                when, dated, planned, at = _date_for(body, m, event_type, others, reference, [] if told_there else behind)
                came = _came_days_after(body, m, event_type, next_sentence.get(start), list(found.values()) + more,
                                        reference)
                if came is not None:
                    when, dated, planned, at = came, True, False, None  # "The publication came a day after X signed …"
                if not dated and not planned and not is_title:
                    counted = _next_day_of_before(body, m, preceding.get(start), reference)
                    if counted is not None:
                        when, dated, at = counted
                back = _days_before_now(body, m) if told_there and not dated and reference is not None else None
                if back is not None:
                    when, dated = reference - timedelta(days=back), True
                elif told_there and when is not None:
                    back = _days_after_the_main_day(body, m, at if dated else None)
                    if back is not None:
                        when, dated = when - timedelta(days=back), True
                if when is None or planned or _vague_past(body, m, reference, None if not dated else at):
                    continue
                if event_type == "briefing" and not dated and _TOLD_A_BRIEFING.search(body[: m.start()]) \
                        and any(e["event_type"] in _VOTING | {"results"} for e in list(found.values()) + more):
                    # "Turnout stood at 74 percent, the chair told a briefing" after the results were told: the
                    # briefing, with no day of its own, is where their figures were given
                    continue
                if not dated and heading is not None and not today:
                    # "Понедельник. На заседании комиссии …": the day the paragraph is headed with
                    when, dated = heading, True
                if dated and at is not None and reference is not None and _COUNTED_BACK.match(body, at):
                    # "Днем ранее в Мажилисе прошел круглый стол", "a day earlier": counted from the day told before,
                    # not from the report's own date
                    told = [e for e in list(found.values()) + more if e["_dated"] and e["char_start"] < start]
                    if told:
                        # "алдыңғы күні" after a day told is the day before that one, not two days before it
                        back = timedelta(days=-1) if _PREVIOUS_DAY_KK.match(body, at) else when - reference
                        when = max(told, key=lambda e: e["char_start"])["event_date"] + back
                elif dated and at == 0 and reference is not None and _EVE_OPENING.match(body) and not in_lead:
                    when = _eve_of_told(list(found.values()) + more, start, reference) or when
                if beyond and not (dated or SAME_DAY.search(body)):
                    continue  # past the lead, an undated trigger is background or what someone says
                if beyond and (event_type in _VOTING and _FIGURES.search(body)
                               or event_type in found and found[event_type]["event_date"] != when and not told_there
                               and came is None
                               and not _title_undated(found[event_type])
                               and not (opens_dated and event_type in _PUBLIC_GATHERINGS)):
                    # "At the referendum held on Sunday, 87 percent supported …": the results' figures; "Первое
                    # заседание комиссии состоялось 24 января" after the lead's second: an earlier stage as context,
                    # unless the next sentence tells what was done there ("Тогда комиссия постановила …"); after a
                    # title alone naming it undated ("Неделя реформы: … до первого заседания комиссии") it is the one
                    # the title names, on its day; hearings and meetings with the public run in a series, and one
                    # told in a sentence opening with its own day ("В прошлую пятницу, 3 июля, прошли слушания") is
                    # another of them, not a stage of the lead's
                    continue
                # in the lead too: "… results on Monday. The following day, the President signed a decree"
                next_day = bool((opens_dated or in_lead and not is_title) and not dated and NEXT_DAY.match(body))
                if opens_dated and not (dated and _in_opening(body, opening, at)) and not next_day \
                        and event_type not in BEYOND_LEAD_TYPES and not today:
                    continue  # past the lead, only the day the sentence opens with dates a further item
                if (not today or not in_lead) and _future_clause(body, m, language):
                    # "Сегодня пройдет круглый стол" in the lead is the day's news; further on, after the news told,
                    # "Сегодня комиссия соберется на шестое заседание" is what comes next
                    continue
                if PLAN_BEFORE.search(body[: m.start()]) or PLAN_AFTER.match(body[m.end():]):
                    continue
                if _RECALLED.search(body[: m.start()]) or (language == "kk" and _RECALLED_AFTER_KK.match(body[m.end():])):
                    continue  # "Он напомнил, что проект опубликован 31 января": what a speaker recalls is background
                if language == "kk" and _PLUPERFECT_KK.match(body, m.end()) and not told_there:
                    continue  # "Жоба … отырысында таныстырылған болатын": "had been", the story before the news
                if not dated and not today and paragraph and _reported(body, m, language):
                    continue  # "Она отметила, что проект опубликован …": what a speaker says is so, not the day's news
                if event_type in SITTING_TYPES and (_CONVENED_BEFORE.search(body[: m.start()])
                                                    or _CONVENED_AFTER_KK.match(body, m.end())):
                    continue  # "signed a decree convening the first session of the Kurultai": a sitting called, to come
                if event_type == "other" and _FROM_SIGNING.search(body):
                    continue  # "Құжат қол қойылған күнінен бастап күшіне енді": the act's own force, part of its signing
                if event_type == "results" and _BRIEFED_ON.search(body[: m.start()]):
                    continue  # "The President was briefed on the final results": what he was told, not their day
                if event_type == "results" and (_RESULTS_AWAITED.search(body[: m.start()])
                                                or language in _TOPIC_BEFORE and _TOPIC_BEFORE[language].search(body[: m.start()])):
                    continue  # "Эксперты обсудили итоги референдума", "before the final results are approved": no count told
                if event_type in _VOTING | {"address", "results"} and _TOPIC_PASSIVE_AFTER.match(body, m.end()):
                    continue  # "Кездесуде 23 тамызда өткен сайлау … талқыланды": the vote is what they talked about
                if event_type == "address" and _address_as_topic(body, m, language):
                    continue  # "Жолдауында айтылған міндеттер", "депутаты обсудили Послание": a topic, dated or not
                if not dated and not today and _described_by_participle(body, m, language):
                    continue  # "проект, одобренный комиссией на заседании": the sitting only describes the draft
                if dated and event_type in SITTING_TYPES and _only_describes(body, m, next_sentence.get(start, "")):
                    continue  # "The draft, presented at the sixth session a day earlier, contains …", and no more
                if not dated and not today and event_type in _SERIES_TYPES \
                        and HABITUAL[language].search(body, *_clause(body, m)):
                    continue  # "в регионах проходят встречи": a series going on, not one event of a day
                if event_type in SITTING_TYPES and _counted_sittings(body, m):
                    continue  # "доклад о работе двенадцати заседаний комиссии": sittings summed up, none of them the news
                if not dated and not is_title:
                    follow_up = _follow_up_date(following.get(start), reference)
                    if follow_up is not None:
                        when, dated = follow_up, True
                if not dated and not is_title and in_lead:
                    topic = _topic_day(preceding.get(start), reference) \
                        or _anaphor_day(body, preceding.get(start), reference)
                    if topic is not None:
                        when, dated = topic, True  # "Wednesday was a turning point. The Constitution entered into force …"
                if not dated and not is_title and in_lead and event_type in SITTING_TYPES:
                    # "Проект представил на шестом заседании …" after "проект, представленный в пятницу": the sitting
                    # where the act was done, on the day the text gives that act
                    act = _act_day(body, m, [s.text for s in sentences if s.start <= start], reference)
                    if act is not None:
                        when, dated = act, True
                if not dated and not is_title and _SPEAKING_AT.search(body[: m.start()]):
                    # "Asylov said on Friday that … . Asylov was speaking at a round table …": the event is where the
                    # words told just before were said, on their day
                    spoken = _spoken_date(previous.get(start), reference)
                    if spoken is not None:
                        when, dated = spoken, True
                if dated and reference is not None and (reference - when).days > BACKGROUND_AFTER_DAYS:
                    continue  # dated weeks before the report: something it recalls, not its news
                around = (after or AFTER_MEETING.search(body)) if not dated else None
                named = _event_named(around.group(0), list(found.values()) + more, start, lead_end) if around else None
                if named is not None:
                    # "После встречи … подписал указ": the day of the meeting it names, not of the last date written
                    when, dated = named, True
                if not dated and AFTER_MEETING.search(body) and found.get("meeting", {}).get("_dated"):
                    when, dated = found["meeting"]["event_date"], True
                if not dated and (SAME_DAY.search(body) or after or next_day):
                    # the day of the event reported just before; the lead's event undated is the document's own day
                    # ("Сегодня в номере публикуются указ и проект. … В тот же день …": the paper printing them now
                    # is the report's own act, not the day the next item happened on)
                    earlier = [e for e in list(found.values()) + more if e["char_start"] < start
                               and (e["_dated"] or e["_title"] or e["char_start"] < lead_end)
                               and not (e["event_type"] == "publication" and _PRINTED_NOW.match(e["trigger"]))]
                    earlier = _same_actor(body, text, earlier) or earlier
                    if earlier:
                        # of one sentence, the event told last: the main clause's after "After the commission
                        # wrapped up its work on Feb. 10, Azimova handed …"
                        when, dated = max(earlier, key=lambda e: (e["char_start"], e["_dated"], e["_at"]))["event_date"], True
                        if next_day:
                            when += timedelta(days=1)
                    elif (after or next_day or beyond) and event_type not in BEYOND_LEAD_TYPES and not today:
                        continue  # after an event not dated: nothing tells the day
                current = found.get(event_type)
                event = {"event_type": event_type, "event_date": when, "_dated": dated, "trigger": m.group(0), "_at": m.start(),
                         "char_start": start, "char_end": end, "_sentence": body, "_title": is_title}
                if current is not None and dated and not current["_dated"] and not is_title \
                        and _other_sitting(current, event):
                    # "Комиссияның алтыншы отырысында … . Кеше өткен бесінші отырыста …": the lead's sitting, undated,
                    # is the report's own day; the one of another number dated after it is a second sitting
                    more.append(event)
                elif current is not None and not current["_dated"] and dated and when == current["event_date"] \
                        and event_type in _SERIES_TYPES and SAME_DAY.match(body) and not is_title:
                    # "Президент принял председателя комиссии. … В тот же день Глава государства принял спикера": the
                    # day borrowed from the reception told before is no date of that one, but a second reception
                    more.append(event)
                elif current is None or (dated and not current["_dated"]) \
                        or (dated and event_type in _VOTING and _part_of_results(current, language)
                            and not _part_of_results(event, language)):
                    # "… in Sunday's referendum, according to preliminary results … . Voters went to the polls on
                    # Sunday …": the vote told in a sentence of its own, not the one the results are of
                    found[event_type] = event
                elif dated and current["_dated"] and when != current["event_date"] and not is_title \
                        and not current["_title"] and all(e["event_date"] != when for e in more if e["event_type"] == event_type):
                    # "Вчера слушания прошли в Караганде. Накануне — в Павлодаре": two of a kind, each on its day
                    more.append(event)
                elif when == current["event_date"] and event_type in BEYOND_LEAD_TYPES and _ALSO_SIGNED.match(body) \
                        and not is_title and current["char_start"] < start:
                    # "Сондай-ақ Мемлекет басшысы … Заңына қол қойды", "Также Глава государства подписал …": a release
                    # on signed acts tells each further act signed that day in a sentence opening with "also"
                    more.append(event)
                elif dated and when == current["event_date"] and event_type in _SERIES_TYPES \
                        and (SAME_DAY.match(body) or after) and not is_title and current["char_start"] < start:
                    # "Вчера аким встретился с жителями. … В тот же день он провел встречу со студентами": a sentence
                    # opening with "the same day" (or "После встречи с жителями …") tells another gathering of that day, not
                    # the one told before
                    more.append(event)
                break
    events = _drop_votes_of_results(_drop_turnout_of_the_day(
        _drop_recounted_vote(_drop_venues(list(found.values()) + more), lead_end)), language)
    events = _drop_creation_of_the_body(events, lead_end)
    # "… жұмыс тобы құрылды. Топты құру туралы өкімге … қол қойды": the order told as the group's creation dates the
    # group, the news; it is no decree of its own
    groups = {e["char_start"] for e in events if e["event_type"] == "working_group"}
    group_sentences = {e["_sentence"] for e in events if e["event_type"] == "working_group"}
    # … or in the next sentence by its reference back: "Жұмыс тобы 2 шілдеде құрылды. Тиісті бұйрыққа … қол қойды"
    events = [e for e in events if not (e["event_type"] == "decree" and (
        e["char_start"] in groups
        or _RELEVANT_ACT.match(e["_sentence"]) and preceding.get(e["char_start"]) in group_sentences))]
    if _is_explainer(doc) and not headed \
            and not any(e["_title"] or e["char_start"] < _first_paragraph_end(text) for e in events) \
            and not any(m.value <= reference for m in relative_dates.find(text[: _first_paragraph_end(text)], reference)
                        if reference is not None):
        # an explainer whose title and lead tell no news and no day gone by ("Что меняет проект: пять главных
        # вопросов"): the stages it recalls further on are background; a week's review that "собрал главное" tells in
        # its lead what happened on which day ("а в субботу проект вынесли на обсуждение"), or heads its paragraphs
        # with their days ("Here is what happened, day by day. … Tuesday. …")
        events = []
    people = persons.people_in(text, language)
    participants = _participants(people)
    rows, seen = [], set()
    for index, event in enumerate(sorted(events, key=lambda e: (e["char_start"], e["event_type"]))):
        location, place_key = _location(event["_sentence"], text, language)
        day = (event["event_type"], event["event_date"])
        # a second gathering of a kind on the same day is told by a sentence of its own: its place keeps the ids apart
        parts = day if day not in seen else (*day, event["char_start"])
        seen.add(day)
        rows.append({
            "document_event_id": stable_id("dev", doc["document_id"], *parts),
            "document_id": doc["document_id"],
            "event_date": event["event_date"],
            "event_type": event["event_type"],
            "title": (doc.get("title") or event["_sentence"]) if index == 0 else event["_sentence"][:200],
            "location": location,
            "place_key": place_key,
            "organiser": _organiser(text, language, event["event_type"]),
            "participants": participants,
            "language": language,
            "source": doc.get("source") or "",
            "trigger": event["trigger"],
            "char_start": event["char_start"],
            "char_end": event["char_end"],
            "confidence": 0.9 if event["_dated"] else 0.75,
        })
    return rows


# An appeal to the people ("обращение к гражданам", "addressed the nation", "халыққа үндеу") is an `address` when the
# head of state makes it; a chair of a body recording a video message to citizens is no address to the nation
_APPEAL = re.compile(r"обращени|обратил|үндеу|addressed|address\s+to", re.I)
_HEAD_OF_STATE = re.compile(r"Президент|Глав[аеыу]\s+государства|Токаев|Мемлекет\s+басшы|Тоқаев|President|Head\s+of\s+State|"
                            r"Tokayev")


# A commission named in full: the one a bare "комиссия", "the Commission" means afterwards
_COMMISSION_NAMED = re.compile(
    r"(?P<election>\b(?:Центральн\w+\s+)?(?:избирательн|референдумн)\w+\s+комисси\w*|\bЦИК\b|\bЦРК\b|"
    r"\b(?:Орталық\s+)?(?:сайлау|референдум)\s+комиссия\w*|\bОСК\b|"
    r"\b(?:Central\s+)?(?:Election|Referendum)\s+Commission|\bCEC\b)|"
    r"(?P<constitutional>\bКонституционн\w+\s+комисси|\bКонституциялық\s+комиссия|\bConstitutional\s+Commission)", re.I)


# the body running the vote named right before its sitting: "Центральная референдумная комиссия на своем заседании"
_VOTE_BODY_SITS = re.compile(r"(?:\b(?:Центральн\w+\s+)?(?:избирательн|референдумн)\w+\s+|\b(?:ЦИК|ЦРК)\s+)$", re.I)


# a body formed by a decree, told in the passive: the news in the lead, the body's origin further on
_FORMED_BY_DECREE = re.compile(r"[Уу]казом|Жарлығымен|\bby\s+(?:a|the)\s+(?:presidential\s+)?[Dd]ecree")
# the sitting itself narrated as having taken place: "Перед брифингом состоялось заседание комиссии"
_SITTING_TOOK_PLACE = re.compile(r"(?:^|\s)(?:состоял(?:ось|ся|ись)|прошл?(?:о|и|ло)|прош[её]л)\s+$", re.I)
# an event named only as the time of another: "Перед брифингом", "После заседания"
_AROUND_WORD = re.compile(r"(?:^|\s)(?:[Пп]еред|[Пп]осле|[Дд]о|[Вв]\s+ходе|[Нн]акануне)\s+$")


def _around(body: str, trigger: re.Match) -> bool:
    return bool(_AROUND_WORD.search(body[: trigger.start()]))


def _election_commission_meant(title: str, before: str, trigger: str) -> bool:
    """A sitting of "the commission" not named as the Constitutional one, in a text whose last commission named in full
    is the election commission: the election commission's sitting (its results), not the Constitutional Commission's."""
    if _COMMISSION_NAMED.search(trigger):
        return False
    named = [m.lastgroup for m in _COMMISSION_NAMED.finditer(title + "\n" + before)]
    return bool(named) and named[-1] == "election"


def _vote_type(doc: dict) -> str | None:
    """The vote a document is about: the first referendum or election it names (title first)."""
    text = (doc.get("title") or "") + "\n" + doc["text"]
    m = VOTE_NOUNS[doc["language"]].search(text)
    if m:
        return m.lastgroup
    # no vote noun at all ("Kazakhstan votes on new Constitution"): a vote on a constitution is a referendum
    return "referendum" if VOTE_ON_CONSTITUTION.search(text) else None


# Where the clause of a vote ends: a relative clause or a new clause after it describes something else ("Voters cast
# ballots on a Constitution that would turn the Parliament into a Kurultai", "… the new legislature, which replaces
# the Senate")
# … or where what is elected follows ("Voters went to the polls to choose the deputies of the new chamber")
_VOTE_CLAUSE_END = re.compile(r"[,;:]|\s[–—]\s|\s(?:that|which|who|котор\w+|to\s+(?:elect|choose|pick|fill)|"
                              r"чтобы\s+(?:избрать|выбрать))\b", re.I)


def _vote_clause(body: str, trigger: re.Match) -> str:
    """The vote's sentence up to the end of its own clause: a chamber named there votes, not the people."""
    end = _VOTE_CLAUSE_END.search(body, trigger.end())
    return _ELECTED_BEFORE.sub(r"\1", body[: end.start() if end else len(body)])


# What the voters went to elect, told before the verb in Kazakh: "сайлаушылар Мәжіліс депутаттарын сайлау үшін
# учаскелерге барды", "тұрғындар Мәжіліс депутаттарын сайлауға қатысты" name the chamber elected, not a chamber voting
_ELECTED_BEFORE = re.compile(r"((?:[Сс]айлаушы|[Ққ]азақстандық|[Аа]замат|[Тт]ұрғын)\w*\s)[^.!?]*?\s(?:сайлау|таңдау)"
                             r"(?:\s+үшін|ға)\b")


_GROUP_NOUN = re.compile(r"рабоч\w+\s+групп|working\s+group|жұмыс\s+тоб", re.I)
# the acts a signed "документ" may name back
_SIGNED_ACTS = (("decree", re.compile(r"\b[Уу]каз|\b[Рр]аспоряжени")), ("law_signed", re.compile(r"\b[Зз]акон")))


# The body an ordinal sitting belongs to, named earlier in its sentence: "… established the Constitutional Commission,
# and on Saturday the body held its first session", "… создана рабочая группа, ее первое заседание прошло вчера"
_SITTING_BODIES = (
    ("commission_meeting", re.compile(r"Конституционн\w+\s+комисси|Конституциялық\s+комиссия|Constitutional\s+Commission")),
    ("working_group", re.compile(r"рабоч\w+\s+групп|жұмыс\s+тоб|working\s+group", re.I)),
    ("parliament_session", re.compile(r"Мажилис|Сенат|Парламент|Мәжіліс|Mazhilis|Senate|Parliament")),
)

# the body as a pronoun, the subject before its sitting: "она провела первое заседание", "it held its first session"
_PRONOUN_SUBJECT = re.compile(r"(?:^|\s)(?:[Оо]на|[Оо]но|[Оо]ни|[Оо]л|[Ii]t|[Tt]hey)\s+(?:[\w-]+\s+){0,2}$")

# the body as the subject by its common noun after its sitting, in the same sentence: "на пятом заседании, прошедшем
# вчера, комиссия утвердила …", "at its final session on Monday the commission approved …"
_COMMON_BODY_AFTER = re.compile(r"[^.;]{0,60}?(?:^|[\s,])(?:комиссия|группа|комиссиясы|тобы|the\s+(?:commission|group)|"
                                # … or by its name: "at its sixth session, the Constitutional Commission heard …"
                                r"the\s+Constitutional\s+Commission)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:[\w-]+(?:ла|ло|ли|ал|ил|ыл|ді|ды|ті|ты|ed)|heard|held|met)\b")

_COMMON_BODY_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he\s+(?:commission|group)|[Кк]омиссия(?:сы)?|[Гг]руппа|[Тт]обы)\s+"
                                 r"(?:[\w-]+\s+){1,4}$")

_BODY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:комисси|групп|палат|Мажилис|Сенат|Парламент|Курулта|комиссия|тоб|"
                         r"of\s+the\b|of\s+(?:[A-Z]|its|their))", re.I)


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


def _anaphoric_type(trigger_type: str, vote_type: str | None, body: str, earlier: list[dict], start: int,
                    before: str = "", trigger: re.Match | None = None, document_before: str = "") -> str | None:
    """The event type of a trigger: its own, or for a vote without its noun the document's vote, for a sitting without
    its body the type of the last sitting reported before it (or else the one body its sentence names before it), for
    an act setting up "it" the working group the sentence before names."""
    if trigger_type == "creation":
        # a paragraph may open by naming back the group the paragraph before ends on
        return "working_group" if _GROUP_NOUN.search(before or _last_sentence(document_before)) else None
    if trigger_type == "received_text":
        # the hand-over the report tells as news (its title, its lead), dated by the clause; named only as what the
        # act came after, it is no reception of its own
        return "meeting" if any(e["event_type"] == "meeting" for e in earlier) else None
    if trigger_type == "signed_document":
        # the document is the one act the sentence before names: a decree or a law, not both
        named = [t for t, noun in _SIGNED_ACTS if noun.search(before)]
        return named[0] if len(named) == 1 else None
    if trigger_type == "vote":
        if trigger is not None and PARLIAMENT_WORDS.search(_vote_clause(body, trigger)):
            return None
        # "Kazakhstan has elected its first parliament … . Voters went to the polls on Sunday": the vote the report told
        # before, not the first vote noun of the text (which may be the earlier referendum it recalls)
        told = [e for e in earlier if e["event_type"] in ("referendum", "election") and e["char_start"] <= start]
        return max(told, key=lambda e: e["char_start"])["event_type"] if told else vote_type
    if trigger_type == "sitting":
        # reported before, or earlier in the same sentence ("создана рабочая группа, а вчера прошло ее первое заседание")
        told = [e for e in earlier if e["event_type"] in SITTING_TYPES and (
            e["char_start"] < start or trigger is not None and e["char_start"] == start and e["_at"] < trigger.start())]
        if told:
            return max(told, key=lambda e: e["char_start"])["event_type"]
        if trigger is None or _BODY_AFTER.match(body, trigger.end()):
            return None  # "первое заседание рабочей группы": the body follows, its own trigger tells it
        named = [event_type for event_type, noun in _SITTING_BODIES if noun.search(body[: trigger.start()])]
        if not named and _PRONOUN_SUBJECT.search(body[: trigger.start()]):
            # "… начала работу рабочая группа. В понедельник она провела первое заседание": "she" is the body the
            # sentence before names
            named = [event_type for event_type, noun in _SITTING_BODIES if noun.search(before)]
        if not named and document_before and (_COMMON_BODY_AFTER.match(body, trigger.end())
                                              or _COMMON_BODY_BEFORE.search(body[: trigger.start()])):
            # "на заключительном заседании, состоявшемся накануне, комиссия одобрила текст", "the commission held its
            # final session": the body named by its common noun as the subject is the one the document names in full
            named = [event_type for event_type, noun in _SITTING_BODIES
                     if noun.search(document_before) or noun.search(body, trigger.end())]
        return named[0] if len(named) == 1 else None
    return trigger_type


# The kinds of event the noun of "После встречи", "Отырыстан кейін", "After the session" names
_NAMED_KINDS = (
    (re.compile(r"встреч|переговор|[Кк]ездесу|[Жж]иын|meeting|talks", re.I), {"meeting", "public_discussion"}),
    (re.compile(r"заседани|сесси|[Оо]тырыс|session|sitting", re.I), set(SITTING_TYPES)),
    (re.compile(r"Послани|Жолдау|address", re.I), {"address"}),
    (re.compile(r"кругл\w+\s+стол|[Дд]өңгелек\s+үстел|round\s*table", re.I), {"round_table"}),
    (re.compile(r"брифинг|пресс-конференц|[Бб]рифинг|briefing|press\s+conference", re.I), {"briefing"}),
    (re.compile(r"форум|слушани|[Фф]орум|[Тт]ыңдау|forum|hearing", re.I), {"public_discussion"}),
    (re.compile(r"подписани|signing|^Указ|қол\s+қою", re.I), {"decree", "law_signed"}),
    (re.compile(r"голосовани", re.I), {"referendum", "election"}),
)


def _event_named(opening: str, earlier: list[dict], start: int, lead_end: int) -> date | None:
    """The day of the event told before that an opening "after"/"before" names by its kind; the lead's event undated
    is the document's own day."""
    kinds = next((k for noun, k in _NAMED_KINDS if noun.search(opening)), None)
    if not kinds:
        return None
    told = [e for e in earlier if e["event_type"] in kinds and e["char_start"] < start
            and (e["_dated"] or e["_title"] or e["char_start"] < lead_end)]
    return max(told, key=lambda e: e["char_start"])["event_date"] if told else None


_PRINTED_NOW = re.compile(r"публику(?:ет|ют|ется|ются)\b", re.I)


def _in_opening(body: str, opening: re.Match, at: int | None) -> bool:
    """The date is written in the sentence's opening: at its start, inside the opening words, or set off right after
    them ("Уже на следующий день, 31 января, …")."""
    if at is None:
        return False
    end = opening.end()
    eve = relative_dates.EVE_OF.match(body, end) if opening.group(0).lower().endswith("накануне") else None
    if eve:
        end = eve.end()  # "Накануне встречи, в четверг, …": the eve of what was told, then its day set off
    # "Накануне, во вторник, 3 февраля, …": the weekday set off before the date is the same day named twice
    return at < end or not _SET_OFF_WEEKDAY.sub("", body[end:at]).strip(" ,")


_SET_OFF_WEEKDAY = re.compile(r"^,\s+(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"
                              r"(?:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)(?:\s+күні)?)(?=,)")


# an agency's dateline before the first words: "ПАВЛОДАР. KAZINFORM – Встреча …" (the city is a sentence of its own)
_DATELINE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ.\s-]*?\s[–—-]\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])")


def _opening_at(body: str) -> int:
    head = _DATELINE.match(body)
    return head.end() if head else 0


def _lowered_opening(body: str, at: int) -> str | None:
    """The sentence with its first word, past a dateline (`at`: _opening_at), in lower case, or None when it opens
    in lower case."""
    return body[:at] + body[at].lower() + body[at + 1:] if body[at:at + 1].isupper() else None


def _trigger_hits(body: str, language: str) -> list[tuple[str, list[re.Match]]]:
    """Each trigger of TRIGGERS[language], then of ANAPHORIC_TRIGGERS[language], with its matches (_finditer), found
    once: the triggers' scans of every sentence were a tenth of the analysis, and TRIGGERS' were made twice."""
    at = _opening_at(body)
    lowered = _lowered_opening(body, at)
    return [(event_type, _finditer(pattern, body, lowered, at))
            for event_type, pattern in TRIGGERS[language] + ANAPHORIC_TRIGGERS[language]]


def _finditer(pattern: re.Pattern, body: str, lowered: str | None, at: int) -> list[re.Match]:
    """The pattern's matches, and one at the start of the sentence (`at`: _opening_at) whose capital letter hides it
    ("Круглый стол прошел …", "Брифинг состоялся …"): the patterns write common nouns in lower case."""
    found = list(pattern.finditer(body))
    if lowered is not None and not (found and found[0].start() == at):
        first = pattern.match(lowered, at)
        if first is not None:
            found.insert(0, first)
    return found


_TITLE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


def _lead(doc: dict, sentences):
    """The title, then every sentence (kind, start, end, text, is_title, in_lead, paragraph): past the first
    paragraphs only a few triggers count (event_rules.BEYOND_LEAD_TYPES, or a sentence saying "today")."""
    if doc.get("title"):
        # a title of two sentences dates each by its own words ("Палаты провели последнее заседание. С сегодняшнего
        # дня действует новая Конституция": today is the second's)
        for part in _TITLE_SENTENCE.split(doc["title"]):
            yield "title", 0, 0, part, True, True, None
    limit = _paragraph_limit(doc["text"])
    for sentence in sentences:
        yield "sentence", sentence.start, sentence.end, sentence.text, False, sentence.paragraph < limit, sentence.paragraph


_QUESTION_PARAGRAPH = re.compile(r"^(?:[–—-]|Q:|Вопрос:|Сұрақ:)\s*.+\?$", re.S)


# The lead saying the outlet (its correspondent, "we") talked with someone: the piece is an interview told in prose
# ("The Times of Central Asia spoke with X, a professor …, about …", "X spoke to The Astana Times about …",
# "Корреспондент Kazinform побеседовал с …", "Vlast.kz поговорил с …", "Kazinform тілшісі … сұхбаттасты", "Біз …
# сұхбаттастық")
_OUTLET = (r"(?:[Tt]he\s+)?(?:Times\s+of\s+Central\s+Asia|Astana\s+Times|TCA|Qazinform|Kazinform|Tengrinews(?:\.kz)?|"
           r"Informburo(?:\.kz)?|Vlast(?:\.kz)?|Zakon\.kz|Kazpravda|Egemen\s+Qazaqstan|"
           # any outlet named by its domain: "Orda.kz поговорила с …"
           r"[A-Z][\w-]*\.kz)|"
           r"(?:this|our)\s+(?:newspaper|outlet|publication|agency|correspondent|reporter)")
# one person talked with, not a crowd: "Корреспондент побеседовал с участниками форума" is a report's vox pop
_EN_CROWD = r"(?!(?:some\s+|several\s+|local\s+|many\s+)?(?:voters|residents|participants|students|citizens|people|delegates)\b)"
_RU_CROWD = r"(?!(?:[\w-]+\s+)?(?:участник|жител|избирател|студент|граждан|делегат|собравш|посетител|людьми)\w*)"
_INTERVIEW_FRAME = re.compile(
    rf"(?:{_OUTLET}|\b[Ww]e)\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+{_EN_CROWD}|"
    rf"\b(?:spoke|talked)\s+(?:to|with)\s+(?:{_OUTLET})\s+about\b|"
    rf"\b(?:[Кк]орреспондент|[Жж]урналист)\w*\s+(?:[\w.«»-]+\s+){{0,3}}?(?:побеседовал|поговорил|пообщал)\w*\s+со?\s+{_RU_CROWD}|"
    # the outlet itself as the subject: "Vlast.kz поговорил с конституционалистом …"
    rf"(?:{_OUTLET})\s+(?:побеседовал|поговорил|пообщал)\w*\s+со?\s+{_RU_CROWD}|"
    rf"\b(?:[Мм]ы|[Рр]едакция)\s+(?:[\w-]+\s+){{0,3}}?(?:побеседовали|поговорили|пообщались|побеседовала|поговорила)\s+со?\s+"
    rf"{_RU_CROWD}|"
    r"\bтілші\w*\s+(?:[\w-]+\s+){0,6}?(?<!лармен\s)(?<!лермен\s)(?<!дармен\s)(?<!дермен\s)(?<!тармен\s)(?<!термен\s)"
    r"(?:сұхбаттасты|әңгімелесті)|"
    r"\b[Бб]із\s+(?:[\w-]+\s+){0,8}?(?<!лармен\s)(?<!лермен\s)(?<!дармен\s)(?<!дермен\s)(?:сұхбаттастық|әңгімелестік)")


# The title or the lead saying the piece explains ("Explainer:", "Here is what changes", "Мы собрали главное",
# "Объясняем по пунктам", "собрал ответы на главные вопросы", "жиі қойылатын сұрақтарға жауап", "түсіндіреді")
_EXPLAINER = re.compile(
    r"\b[Ee]xplainer\b|\b[Hh]ere\s+is\s+what\b|\bwhat\s+(?:you|voters|readers)\s+need\s+to\s+know\b|"
    r"\b(?:[Мм]ы\s+)?(?:собрал[аи]?|собрали)\s+(?:ответы|главное)|\b(?:[Мм]ы\s+)?разобрались\b|\bразбирается\b|"
    r"\b[Оо]бъясняем\b|\bчто\s+нужно\s+знать\b|"
    r"сұрақ\w*\s+(?:[\w-]+\s+)?жауап\s+(?:береді|бердік|береміз)|жиі\s+қойылатын\s+сұрақ|\bтүсіндір(?:еді|ме\s+береді)\b|"
    r"нені\s+білуі\s+керек")


# An opinion piece signed in a paragraph of its own before the text ("By Aliya Sadykova", "Арман Сеитов, политолог",
# "Колонка политолога …") or headed as one ("Opinion: …", "Колонка. …"): its author's view, with the news it
# discusses as background
_BYLINE = re.compile(r"^(?:By\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}|"
                     r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w’'-]+\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w’'-]+,\s+[^.!?\n]{3,60}|"
                     r"(?:Колонка|Мнение|Пікір)\s+[^.!?\n]{3,80})$")
_OPINION_TITLE = re.compile(r"^(?:Opinion|Perspectives|Commentary|Колонка|Мнение|Пікір)\s*[:.]")


# the author telling what they saw in the first person, before any quote: "За месяц я побывал на пяти встречах"
_FIRST_PERSON_LEAD = re.compile(r"^[^«\"“.!?]*?(?:^|[\s,])[Яя]\s+(?:[\w-]+\s+){0,2}?[а-яё]+(?:ал|ял|ел|ил|ыл|ул)а?\b")


def _is_opinion(doc: dict) -> bool:
    paras = spans.paragraphs(doc["text"])
    return bool(paras and (_BYLINE.match(paras[0].text.strip()) or _FIRST_PERSON_LEAD.match(paras[0].text.strip()))
                or _OPINION_TITLE.match(doc.get("title") or ""))


def _first_paragraph_end(text: str) -> int:
    paras = spans.paragraphs(text)
    return paras[0].end if paras else len(text)


def _is_explainer(doc: dict) -> bool:
    paras = spans.paragraphs(doc["text"])
    return bool(_EXPLAINER.search((doc.get("title") or "") + "\n" + (paras[0].text if paras else "")))


def _is_interview(text: str) -> bool:
    """Two questions or more, each a paragraph of its own followed by its answer, and questions and answers half the
    text or more: an interview. A briefing report quoting a question or two stays a report. A lead that says the
    outlet talked with someone frames an interview told in prose."""
    paras = spans.paragraphs(text)
    if paras and _INTERVIEW_FRAME.search(paras[0].text):
        return True
    questions = sum(1 for q, a in zip(paras, paras[1:]) if _QUESTION_PARAGRAPH.match(q.text) and not a.text.endswith("?"))
    return questions >= 2 and 2 * questions * 2 >= len(paras)


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—]\s")


def _clause(body: str, trigger: re.Match) -> tuple[int, int]:
    """The trigger's clause: between the commas, dashes or brackets around it."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(body)]
    start = max([b for b in breaks if b < trigger.start()], default=-1) + 1
    end = min([b for b in breaks if b >= trigger.end()], default=len(body))
    return start, end


# a clause that only describes a noun: "Круглый стол, посвященный проекту, пройдет …", "…, который …", "…, held by …"
_DESCRIBING = re.compile(r"\s*(?:котор\w+|[а-яё]+(?:нн|ящ|ющ|ащ|ущ|вш|ем|им)(?:ый|ий|ая|ое|ые|ого|ому|ой|ую|ых)|"
                         r"посвящ\w+|[A-Za-z]+ed\s+by|which|that|who)\b", re.I)


def _future_clause(body: str, trigger: re.Match, language: str) -> bool:
    """The trigger's clause says the event is yet to come; when the trigger is a noun described by a clause set off
    by commas, the clause after that says it."""
    start, end = _clause(body, trigger)
    while end < len(body) and body[end] == "," and _DESCRIBING.match(body, end + 1):
        described = _CLAUSE_BREAK.search(body, end + 1)  # where the describing clause ends
        if described is None or body[described.start()] != ",":
            break
        if _DESCRIBING.match(body, described.end()):
            # "встречу, посвященную проекту, который будет вынесен на референдум": the next clause describes the
            # noun of the first one, not the trigger; what the trigger's noun does comes after the chain, if at all
            end = described.start()
            continue
        following = _CLAUSE_BREAK.search(body, described.end())
        end = following.start() if following else len(body)
    # "a round table on the draft that citizens will vote on in March": a relative clause on the noun after the
    # trigger's preposition tells that noun's future, not the round table's
    other = _OTHER_NOUNS_CLAUSE.search(body, trigger.end(), end)
    if other:
        end = other.start(1)
    return bool(FUTURE[language].search(body, start, end))


_OTHER_NOUNS_CLAUSE = re.compile(r"\s(?:on|about|of|over|о|об|по)\s+[^,;]*?\s(that|which|who|котор\w+)\b", re.I)


def _vague_past(body: str, trigger: re.Match, reference: date | None, dated_at: int | None) -> bool:
    """The sentence dates the trigger vaguely ("в конце января", "in September", "в 2022 году"): not this report's
    day. When a day is written in the sentence, only a vague date in the trigger's own clause counts ("who announced
    it in his address last September, signed the law on Friday"). A later year ("a vote in 2027") is a plan of
    something else, not a vague date of this."""
    start, end = _clause(body, trigger)
    if dated_at is not None and start <= dated_at < end:
        return False
    for m in VAGUE_DATE.finditer(body, *((start, end) if dated_at is not None else (0, len(body)))):
        year = re.search(r"(?:19|20)\d\d", m.group(0))
        if year and reference is not None and int(year.group(0)) > reference.year:
            continue
        if m.start() >= end and _PARTICIPLE_BEFORE_DATE.search(body, 0, m.start()):
            continue  # "handed over the draft, one more than the version published in January": another noun's date
        return True
    return False


_PARTICIPLE_BEFORE_DATE = re.compile(r"\b(?:[a-z]+ed|[а-яё]+(?:енн|анн|янн|ённ)\w*)\s+$", re.I)


# A participle clause set off by commas that names the sitting where its noun was made, in a sentence telling what the
# noun contains ("The draft, presented at the commission's sixth session a day earlier, contains 95 articles"): the
# sitting only describes the draft, unless the next sentence tells that act again in a verb of its own ("Проект
# представил член комиссии …")
_CONTENTS_VERB = re.compile(r"\b(?:contains|consists|comprises|includes|has|состоит|содержит|включает|насчитывает)\b",
                            re.I)  # the main clause tells what the thing is, not what happened
_PARTICIPLE_OPENING = re.compile(r"\s*(?P<word>[а-яё]+(?:енн|анн|янн|ённ)\w*|[a-z]+ed)\b", re.I)


def _only_describes(body: str, trigger: re.Match, following: str) -> bool:
    start, end = _clause(body, trigger)
    if start == 0 or body[start - 1] != "," or not _CONTENTS_VERB.search(body, end):
        return False  # "Проект, одобренный вчера на заседании, направлен Президенту": the main clause narrates
    part = _PARTICIPLE_OPENING.match(body, start)
    if part is None:
        return False
    stem = part.group("word")[:6]
    return not re.search(rf"\b{re.escape(stem)}", following, re.I)


# A past participle describing a noun ("проект, одобренный комиссией на заседании", "the draft approved by the
# Commission at its meeting", "комиссия отырысында мақұлданған жоба"): the trigger tells the noun's past, not the news
_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:одобренн|принят(?=ый|ая|ое|ые|ого|ой|ую|ым|ых|ом)|утвержденн|утверждённ|рассмотренн|подготовленн|разработанн|доработанн|представленн|"
    r"озвученн|внесенн|внесённ)\w*\s+(?:[\w-]+\s+){0,4}$"
    r"|\b(?:approved|adopted|endorsed|reviewed|prepared|drafted|finalised|finalized)\s+by\s+(?:[\w-]+\s+){0,4}$",
    re.I)
_PARTICIPLE_AFTER_KK = re.compile(r"^\w*\s+(?:[\w-]+\s+)?(?:мақұлданған|қабылданған|бекітілген|қаралған|талқыланған|"
                                  r"дайындалған|әзірленген|ұсынылған|көтерілген|айтылған|белгіленген)\b")


# The Address named as a topic: what it said ("Жолдауында айтылған / көтерілген міндеттер") or what others did with it
# ("Жолдауды талқылады", "депутаты обсудили Послание Президента", "lawmakers discussed the State-of-the-Nation
# Address"): the event is the discussion (a sitting, a round table), not the Address delivered
_SAID_IN_KK = re.compile(r"\w*(?:да|де|нда|нде)\s+(?:айтылған|көтерілген|ұсынылған|белгіленген|ұсынған|айтқан|көтерген)\b|"
                         r"(?:ды|ын|н)\s+(?:[\w-]+\s+){0,2}?(?:талқыла|талда|қолда)\w*")
# … or the subject of a passive "was discussed" closing its sentence: "Кездесуде өткен сайлау мен … талқыланды",
# "На встрече обсуждались итоги выборов" is told by _TOPIC_BEFORE
_TOPIC_PASSIVE_AFTER = re.compile(r"[^.!?]{0,160}?\s(?:талқыланды|сөз\s+болды|обсуждал(?:ись|ось|ся|ась)|"
                                  r"(?:was|were)\s+discussed)[.!?]?\s*$")
# a sitting an act calls: "a decree convening the first session", "указ о созыве первой сессии", "сессиясын шақыру туралы"
_CONVENED_BEFORE = re.compile(r"\b(?:convening|convenes|to\s+convene|calling|созыв\w*|созвать)\s+(?:[\w-]+\s+){0,3}$", re.I)
_CONVENED_AFTER_KK = re.compile(r"\w*\s+(?:[\w-]+\s+)?шақыру\b")


# results reported to someone, the topic of a meeting: "was briefed on the final results", "доложил об итогах"; or
# what a form is for: "утвердила форму протокола об итогах голосования" (the form, not the results)
_BRIEFED_ON = re.compile(r"\b(?:briefed\s+|informed\s+|reported\s+to\s+(?:[\w-]+\s+){1,3}?)(?:on|about)\s+(?:the\s+)?$|"
                         r"\b(?:доложил\w*|проинформировал\w*)\s+(?:[\w-]+\s+){0,3}?об?\s+$|"
                         r"\bпротокол\w*\s+об?\s+$", re.I)
# results a time clause waits for: "will examine every complaint before the final results are approved"
_RESULTS_AWAITED = re.compile(r"\b(?:before|until|ahead\s+of)\s+(?:the\s+)?$|\bдо\s+(?:подведения\s+|объявления\s+)?$",
                              re.I)
_TOPIC_BEFORE = {
    "ru": re.compile(r"\b(?:обсудил|обсуждал|рассмотрел|рассматривал|проанализировал|поддержал|изучил)\w*\s+"
                     r"(?:[\w-]+\s+){0,2}?$|"
                     # what a gathering is devoted to: "встреча с жителями, посвященная Посланию"
                     r"\bпосвящ[её]нн\w*\s+(?:[\w-]+\s+){0,2}?$", re.I),
    "en": re.compile(r"\b(?:discuss|debat|review|analy[sz]|endors)\w*\s+(?:[\w-]+\s+){0,3}?$", re.I),
}


# Sittings counted ("двенадцати заседаний", "на всех заседаниях", "12 заседаний комиссии"): the plural after a number
_COUNTED_SITTINGS = re.compile(r"(?:\b(?:\d+|дв(?:ух|ум|умя)|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|"
                               r"\w+надцати|\w+десяти|двадцати|тридцати|нескольких|всех|многих)\s+)$", re.I)
_SITTINGS_PLURAL = re.compile(r"заседани(?:й|ях|ям|ями)\b", re.I)


# … in Kazakh the noun after a number stays singular: "комиссия барлығы он екі отырыс өткізіп"
_COUNTED_SITTINGS_KK = re.compile(r"(?<![\w-])(?:\d+|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|"
                                  r"бірнеше|барлық|(?:он|жиырма|отыз|қырық)\s+бір)\s+отырыс\w*$", re.I)


def _counted_sittings(body: str, trigger: re.Match) -> bool:
    return bool(_SITTINGS_PLURAL.match(trigger.group(0)) and _COUNTED_SITTINGS.search(body[: trigger.start()])
                or _COUNTED_SITTINGS_KK.search(body[: trigger.end()]))


def _address_as_topic(body: str, trigger: re.Match, language: str) -> bool:
    if language == "kk":
        return bool(_SAID_IN_KK.match(body, trigger.end()))
    return bool(_TOPIC_BEFORE[language].search(body[: trigger.start()]))


def _described_by_participle(body: str, trigger: re.Match, language: str) -> bool:
    start, _ = _clause(body, trigger)
    if language == "kk":
        return bool(_PARTICIPLE_AFTER_KK.match(body[trigger.end():]))
    return bool(_PARTICIPLE_BEFORE.search(body[start: trigger.start()]))


# Reported speech: "отметила, что …", "said that …", "… екенін айтты"
_REPORTED_BEFORE = re.compile(r"\b(?:отметил|сообщил|заявил|подчеркнул|напомнил|сказал|пояснил|рассказал|добавил|"
                              r"уточнил|указал|проинформировал|доложил|информировал|констатировал)\w*\s*,\s+что\b[^.]*$"
                              r"|\b(?:said|says|noted|notes|stressed|recalled|added|explained|reported|argue[sd]?|believes?|insist(?:s|ed)?|"
                              r"claim(?:s|ed)?|point(?:s|ed)?\s+out|told\s+[\w\s]{1,30}?)\s+that\b[^.]*$"
                              # English drops the "that": "Karin said the decree sets out … until the law enters into force"
                              r"|\b(?:said|says|noted|stressed|added|explained|argued)\s+(?:the|this|these|its|it|he|she|they)\s[^.]*$"
                              # the speaker set off before the clause: "Как сообщила Эльвира Азимова, …", "По ее словам, …",
                              # "Төрағаның айтуынша, …"
                              r"|\b(?:как\s+(?:сообщил|отметил|рассказал|пояснил|уточнил|подчеркнул|заявил|доложил|"
                              r"проинформировал)\w*\s+[^,.]{1,80}|по\s+(?:его|ее|её|их)\s+словам|по\s+словам\s+[^,.]{1,80}|"
                              r"\w+\s+(?:айтуынша|сөзінше))\s*,[^.]*$",
                              re.I)
_REPORTED_AFTER_KK = re.compile(r"^[^.]{0,60}?\b\w*(?:екенін|екендігін|дегенін)\b"
                                # the clause closed by "деп" and the verb of saying: "… көрсетті деп атап өтті"
                                r"|^[^.]{0,160}?\s\w+\s+деп\s+(?:атап\s+өтті|айтты|мәлімдеді|сендірді|жеткізді|"
                                r"түсіндірді|санайды|есептейді)")


# A speaker recalling something: "напомнил, что …", "recalled that …", "… екенін еске салды"
_RECALLED = re.compile(r"\b(?:напомнил\w*\s*,\s+что|recalled\s+that|reminded\s+(?:\w+\s+){0,2}?that)\b[^.]*$", re.I)
# the pluperfect, "-ған болатын" ("had held"), closing the trigger's sentence: told as what came before the news; an
# event of its own only when the next sentence says what was done there ("Сол жиында …")
_PLUPERFECT_KK = re.compile(r"[^.]*?\w(?:ған|ген|қан|кен)\s+болатын\b")
_RECALLED_AFTER_KK = re.compile(r"^[^.]{0,60}?\b\w*(?:екенін|екендігін)\s+(?:де\s+)?еске\s+сал")


# The speaker after the clause: "Итоги …, объявленные в понедельник, открыли путь к …, отметил вице-министр.", "…, the
# minister said."; not a press service or an agency giving the news as its source ("…, the Akorda press service said")
_REPORTED_AFTER = re.compile(r"^[^.]*,\s+(?!(?:[\w-]+\s+){0,4}?(?:press|пресс-служб|agency|агентств|office|service)\b)"
                             r"(?:(?:отметил|сказал|заявил|подчеркнул|добавил|пояснил|считает|полагает|уверен)\w*"
                             r"|(?:[\w-]+\s+){1,4}?(?:said|says|noted|added|stressed|believes)|(?:said|says|noted|added|stressed))"
                             r"(?:\s+[\w-]+){0,5}\.?$", re.I)


def _reported(body: str, trigger: re.Match, language: str) -> bool:
    if language == "kk":
        return bool(_REPORTED_AFTER_KK.match(body[trigger.end():]) or _REPORTED_BEFORE.search(body[: trigger.start()]))
    return bool(_REPORTED_BEFORE.search(body[: trigger.start()]) or _REPORTED_AFTER.match(body[trigger.end():]))


# kinds that run as a series of gatherings; a vote "проходит" on its own day
# The number of a sitting: "шестое заседание", "алтыншы отырыс", "the sixth session", "5-е заседание"
_ORDINALS = (
    (1, r"перв\w+|бірінші|first|1-(?:е|ое|ші)"), (2, r"втор\w+|екінші|second|2-(?:е|ое|ші)"),
    (3, r"трет\w+|үшінші|third|3-(?:е|ье|ші)"), (4, r"четв[её]рт\w+|төртінші|fourth|4-(?:е|ое|ші)"),
    (5, r"пят\w+|бесінші|fifth|5-(?:е|ое|ші)"), (6, r"шест\w+|алтыншы|sixth|6-(?:е|ое|шы)"),
    (7, r"седьм\w+|жетінші|seventh|7-(?:е|ое|ші)"), (8, r"восьм\w+|сегізінші|eighth|8-(?:е|ое|ші)"),
    (9, r"девят\w+|тоғызыншы|ninth|9-(?:е|ое|шы)"), (10, r"десят\w+|оныншы|tenth|10-(?:е|ое|шы)"),
)
_ORDINAL_BEFORE_SITTING = re.compile(
    r"(?<![\w-])(" + "|".join(pattern for _, pattern in _ORDINALS) + r")\s+(?:[\w-]+\s+)?(?:заседани|отырыс|meeting|session|sitting)",
    re.I)


def _sitting_number(event: dict) -> int | None:
    """The number the trigger's sitting is given in its sentence ("на шестом заседании", "алтыншы отырысында")."""
    if event["event_type"] not in SITTING_TYPES:
        return None
    sentence, at = event["_sentence"], event["_at"]
    window = sentence[max(0, at - 40): at + len(event["trigger"]) + 40]
    m = _ORDINAL_BEFORE_SITTING.search(window)
    if not m:
        return None
    return next((number for number, pattern in _ORDINALS if re.fullmatch(pattern, m.group(1), re.I)), None)


def _other_sitting(current: dict, event: dict) -> bool:
    """Two sittings of one body told by their numbers, and the numbers differ: two events, not one told twice."""
    one, other = _sitting_number(current), _sitting_number(event)
    return one is not None and other is not None and one != other


_SERIES_TYPES = {"public_discussion", "meeting", "round_table", "briefing", "commission_meeting", "working_group"}


def _follow_up_date(sentence: str | None, reference: date | None) -> date | None:
    """The date a following sentence gives the same act ("… has been set up. The order was signed on Wednesday.")."""
    if not sentence or not FOLLOW_UP_DATE.match(sentence):
        return None
    for mention in relative_dates.find(sentence, reference):
        if re.search(r"\b(?:от|до|с|на|by|until|to|from|for|before)\s+$", sentence[: mention.start]):
            continue
        if reference is not None and (mention.value > reference or (reference - mention.value).days > BACKGROUND_AFTER_DAYS):
            return None
        return mention.value
    return None


# A day counted back from another day, not from today ("вчера", "накануне" and "yesterday" count from the report)
_COUNTED_BACK = re.compile(r"(?:дн[её]м\s+(?:ранее|раньше)|за\s+день\s+до\s+этого|(?:a|one|two)\s+days?\s+earlier|the\s+(?:day\s+before|previous\s+day)|"
                           r"бір\s+күн\s+бұрын|алдыңғы\s+күні)\b", re.I)
_PREVIOUS_DAY_KK = re.compile(r"алдыңғы\s+күні\b", re.I)
# "Накануне в Павлодаре прошли слушания" past the lead of a report telling a day before its own ("В пятницу
# Президент принял …", published on Saturday): the eve of the day told, not the report's day again
_EVE_OPENING = re.compile(r"^Накануне\b(?!" + relative_dates.EVE_OF.pattern + ")")  # not "Накануне слушаний"


def _eve_of_told(earlier: list[dict], start: int, reference: date) -> date | None:
    told = [e for e in earlier if e["_dated"] and e["char_start"] < start]
    last = max(told, key=lambda e: e["char_start"])["event_date"] if told else None
    return last - timedelta(days=1) if last is not None and last < reference else None


# A day as the subject of the sentence before: "Wednesday was a turning point for Kazakhstan.", "Вчерашний день стал
# историческим.", "Кешегі күн ... болды": the news the next sentence tells happened that day
_DAY_AS_SUBJECT = re.compile(r"^(?:[’']s)?\s+(?:(?:\w+\s+){0,2}?(?:was|became|has\s+become|proved|turned\s+out|marked|brought|"
                             r"saw|will\s+be\s+remembered)|(?:день\s+)?(?:стал[аои]?|был[аио]?|выдал(?:ся|ась|ось)|оказал(?:ся|ась|ось)|"
                             r"ознаменовал(?:ся|ась|ось)?|войд[её]т)|(?:күн\s+)?(?:\w+\s+){0,4}?болды)\b", re.I)


def _topic_day(sentence: str | None, reference: date | None) -> date | None:
    if not sentence:
        return None
    mentions = relative_dates.find(sentence, reference)
    if len(mentions) != 1 or mentions[0].start != 0 or not _DAY_AS_SUBJECT.match(sentence[mentions[0].end:]):
        return None
    value = mentions[0].value
    if reference is not None and (value > reference or (reference - value).days > BACKGROUND_AFTER_DAYS):
        return None
    return value


# A sentence opening with a noun that takes up what the sentence before told: "Tokayev proposed on Monday to … . The
# proposal was the centrepiece of his Address", "Это предложение прозвучало в Послании", "Бұл ұсыныс Жолдауда айтылды"
_ANAPHOR_OPENING = re.compile(r"^(?:(?:The|This|That|His|Her|Its)\s+(?:proposal|decision|idea|initiative|"
                              r"announcement|move|statement|remarks?)|"
                              # the day an act took effect, told before: "The Constitution took effect on Wednesday.
                              # In the region, the first day under the new Basic Law began with …"
                              r"(?:In\s+[^,.]{1,40},\s+)?[Tt]he\s+first\s+day\s+(?:under|of)\s+the\s+new|"
                              r"(?:Это|Данное|Такое)\s+(?:предложение|решение|заявление)|"
                              r"(?:Эта|Данная|Такая)\s+(?:инициатива|идея)|Бұл\s+(?:ұсыныс|бастама|шешім|мәлімдеме))\b")


def _anaphor_day(sentence: str, before: str | None, reference: date | None) -> date | None:
    """The one past day of the sentence before, for a sentence whose subject takes up what it told."""
    if not _ANAPHOR_OPENING.match(sentence):
        return None
    return _spoken_date(before, reference)


# Verbs of what is done at a sitting, by stem: the sitting is dated where the text tells that act ("presented the draft
# on Friday … The draft was presented at the commission's sixth session")
_SITTING_ACTS = re.compile(r"\b(?:представ|одобр|утверд|рассмотр|presen|approv|unveil|endors|таныстыр|мақұлда)\w*",
                           re.I)


def _recent(day: date, reference: date | None) -> bool:
    return reference is None or day <= reference and (reference - day).days <= BACKGROUND_AFTER_DAYS


def _act_day(body: str, trigger: re.Match, told: list[str], reference: date | None) -> date | None:
    """The day an earlier sentence (or this one) gives, in the same clause, to the act this sentence says was done at
    the sitting; one day only."""
    start, end = _clause(body, trigger)
    acts = {m.group(0)[:6].lower() for m in _SITTING_ACTS.finditer(body)}
    if not acts:
        return None
    days = set()
    for sentence in told:
        for m in _SITTING_ACTS.finditer(sentence):
            if m.group(0)[:6].lower() not in acts or sentence == body and start <= m.start() < end:
                continue
            clause_start, clause_end = _clause(sentence, m)
            days |= {d.value for d in relative_dates.find(sentence, reference)
                     if clause_start <= d.start < clause_end and _recent(d.value, reference)}
    return days.pop() if len(days) == 1 else None


# The setting of the words told in the sentence before: "X was speaking at a round table", "Он выступал на форуме"
_SPEAKING_AT = re.compile(r"\b(?:was|were|had\s+been)\s+speaking\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$|"
                          r"\bвыступал[аи]?\s+на\s+(?:[\w-]+\s+){0,2}?$|"
                          # the participle opening the sentence: "Speaking at a joint session, the President said …"
                          r"^(?:Speaking|Addressing\s+\w+)\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$|"
                          # "Delivering his annual address, the President said …": the speech is where the words were said
                          r"^Delivering\s+(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,2}?$|"
                          r"^Выступая\s+на\s+(?:[\w-]+\s+){0,2}?$")


def _spoken_date(sentence: str | None, reference: date | None) -> date | None:
    """The one past date of the sentence before (the day the words were said), within the last week."""
    if not sentence:
        return None
    days = {m.value for m in relative_dates.find(sentence, reference)
            if reference is None or (m.value <= reference and (reference - m.value).days <= BACKGROUND_AFTER_DAYS)}
    return days.pop() if len(days) == 1 else None


# a weekday or a date opening a paragraph's first sentence: "В понедельник …", "On Tuesday, …", "Сейсенбіде …",
# "26 января …", "10 ақпанда …"
_OPENING_DAY = re.compile(r"^(?:(?:[Вв]|[Вв]о|[Oo]n)\s+)?$")
# days counted from the report, not days of a digest's items
_FROM_THE_REPORT = re.compile(r"(?:вчера|накануне|кеше|сегодня|бүгін|today|yesterday|позавчера|ертең|завтра)", re.I)


def _headed_paragraphs(sentences, reference: date | None) -> dict[int, tuple[date, int]]:
    """The day each paragraph of a digest is headed with ("Понедельник. …", "Tuesday: …", "26 января. …"), read from
    the paragraph's first sentence, and where the sentences it dates begin. In a digest, where two paragraphs or more
    open with days of their own, a first sentence opening with its day ("В среду комиссия провела заседание. …") dates
    the sentences after it; in a single report the opening day may be another thing's ("Жексенбі күні сайлау өтті. ОСК
    … қорытындысын жариялады": the results are the report's day). A day after the document's or weeks before it heads
    nothing."""
    headed, opened, days = {}, {}, set()
    for before, sentence, after in zip([None, *sentences], sentences, [*sentences[1:], None]):
        if before is not None and before.paragraph == sentence.paragraph:
            continue
        day, heading = relative_dates.heading_day(sentence.text, reference), True
        if day is None:
            opening = next(iter(relative_dates.find(sentence.text, reference)), None)
            if opening is not None and _OPENING_DAY.match(sentence.text[: opening.start]) \
                    and not _COUNTED_BACK.match(sentence.text, opening.start) \
                    and not _FROM_THE_REPORT.match(sentence.text, opening.start):
                day, heading = opening.value, False
        if day is None or reference is not None and not 0 <= (reference - day).days <= BACKGROUND_AFTER_DAYS:
            continue
        days.add(day)
        if heading:
            headed[sentence.paragraph] = (day, sentence.start)
        elif after is not None and after.paragraph == sentence.paragraph:
            opened[sentence.paragraph] = (day, after.start)
    if len(days) >= 2:
        headed.update(opened)
    return headed


def _paragraph_limit(text: str) -> int:
    paras = spans.paragraphs(text)
    return paras[min(LEAD_PARAGRAPHS, len(paras)) - 1].paragraph + 1 if paras else 0


# A date tied to another noun by a participle is that thing's date, not the event's: "итоги референдума,
# состоявшегося накануне", "брифинг о Конституции, принятой на референдуме 15 марта", "15 наурызда өткен
# референдумның қорытындысы", "the referendum held on March 15".
_OTHER_THINGS_DATE = re.compile(
    r"\b(?:состоявш|прошедш|принят|проведенн|проведённ|назначенн|подписанн|одобренн|оглашенн|оглашённ|"
    r"представленн|вступивш)\w*\s+"
    r"(?:[а-яё]+,?\s+){0,3}$"
    r"|\b(?:held|adopted|approved|endorsed|passed|delivered)\s+(?:(?:in|at|by|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3})?"
    r"(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?$",
    re.I)
# "15 наурызда (республикалық референдумда) қабылданған Конституция": a participle after the date, a few words on
_OTHER_THINGS_DATE_AFTER = re.compile(r"\s+(?:күні\s+)?(?:[\w-]+\s+){0,2}?(?:өткен|болған|қабылданған|өтетін|жарияланған|"
                                      r"мақұлданған|қол\s+қойылған|енген|енетін)\b")  # "1 шілдеде күшіне енген Конституция"


# … unless the participle is set off right after the trigger and agrees with its noun in the prepositional ("На
# заседании комиссии, прошедшем в четверг, …": the sitting's own day; "итоги референдума, состоявшегося …" stays
# the vote's; "the State-of-the-Nation Address, delivered on Monday at a joint session": a speech's own day)
_TOOK_PLACE = re.compile(r"(?:состоявш|прошедш|проходивш|проведенн|проведённ|held\b|delivered\b)", re.I)
_PARTICIPLE_OF_TRIGGER = re.compile(r"^[а-яё]+(?:ии|е)\b[^,]*,\s+[а-яё]+(?:ем|ом)(?:ся)?\s", re.I)
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|is|are|be)\s+$", re.I)


_VOTE_NOUN = r"(?:референдум\w*|выбор\w*|голосовани\w*|сайлау\w*|referendum|elections?|vote|polls?)"
# the noun a date follows, with the event type it names: "на референдуме 15 марта", "the referendum on March 15",
# "Послания 8 сентября", "address of September 8"
_NOUN_BEFORE_DATE = re.compile(
    r"(?:(?P<vote>референдум(?:а|е|ом)?|выбор(?:ов|ах|ы)|голосовани[яеи]|референдумда|сайлауда|"
    r"(?:referendum|elections?|vote|polls?)\s+(?:of|on|held\s+on))"
    r"|(?P<address>Послани[яеи]|address\s+(?:of|on|delivered\s+on))"
    r"|(?P<session>заседани[яи]|сесси[ии]|(?:session|sitting|meeting)\s+(?:of|on|held\s+on))"
    r")\s+(?:the\s+)?$", re.I)
_NOUN_TYPES = {"vote": {"referendum", "election", "results"}, "address": {"address"},
               "session": {"commission_meeting", "parliament_session", "working_group", "public_discussion", "meeting",
                           "round_table", "briefing"}}
# ("Кеше Орталық сайлау комиссиясы …": the election commission, not a vote)
# ("Кеше референдум тағайындау туралы Жарлыққа қол қойды": the vote the decree calls, dated by the decree's day; but
# "15 наурызда референдум өткізу туралы Жарлық": the day the vote is held)
_NOUN_AFTER_DATE = re.compile(rf"^(?:[’']s)?\s+(?:\w+\s+)?{_VOTE_NOUN}\b(?!\s+(?:комисси|[Cc]ommission|тағайындау))",
                              re.I)


_KK_ADVERBIAL_DAY = re.compile(r"\d\s+\w+(?:да|де|та|те)$|^(?:[Кк]еше|[Бб]үгін)$")
_CALLED_VOTE = re.compile(r"\s+(?:өткізу|тағайындау)\s+туралы\b")


# a day of its own and a participle of taking place right after a date: the noun that follows has its day
# … or by its weekday: "кеше жексенбі күні өткен сайлаудың қорытындысын"
_KK_OWN_DAY_BETWEEN = re.compile(r"\s+(?:\d{1,2}\s+[^\W\d]+(?:да|де|та|те)|(?:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|"
                                 r"жексенбі)(?:\s+күні|де|да)?)\s+(?:өткен|болған|өткізілген)\s")


def _dates_another_thing(body: str, mention, trigger: re.Match, event_type: str) -> bool:
    # "results of the March 15 referendum", "итоги референдума 15 марта", "adopted at the referendum on March 15":
    # the date is the vote's, unless the trigger is the vote itself
    noun = _NOUN_BEFORE_DATE.search(body[: mention.start])
    if noun and not (trigger.start() <= noun.start() < trigger.end() or noun.start() <= trigger.start() < noun.end()):
        kind = noun.lastgroup
        if event_type not in _NOUN_TYPES[kind] or kind == "vote" and event_type == "results":
            return True
    noun = _NOUN_AFTER_DATE.search(body[mention.end:])
    if noun and _KK_ADVERBIAL_DAY.search(body[mention.start: mention.end]) \
            and re.search(r"(?:ның|нің|дың|дің|тың|тің)$", noun.group(0)):
        # "16 наурызда референдумның қорытындысын жариялады": a day in the locative before the vote's genitive is the
        # verb's adverbial; the vote's own day is told by a participle ("15 наурызда өткен референдум") or an
        # attribute ("кешегі"), and "15 наурызда референдум өткізу туралы" is the day set for it
        noun = None
    if noun and _CALLED_VOTE.match(body, mention.end + noun.end()) and not any(c.isdigit() for c in body[mention.start:mention.end]):
        # "кеше республикалық референдум өткізу туралы Жарлыққа қол қойды": "yesterday" tells when the decree on holding
        # the vote was signed (a vote a decree calls is held later); "15 наурызда референдум өткізу туралы" is its day
        noun = None
    # "results of Sunday's referendum", "итоги вчерашнего референдума": the vote's day even inside the results' words
    if noun and (event_type == "results" or not (trigger.start() <= mention.end + noun.start() < trigger.end()
                                                 or mention.end + noun.start() <= trigger.start() < mention.end + noun.end())):
        return True
    before = _OTHER_THINGS_DATE.search(body[: mention.start])
    if before and trigger.end() <= before.start() and not _AUXILIARY_BEFORE.search(body[: before.start()]) \
            and not _PARTICIPLE_OF_TRIGGER.match(body[trigger.start(): before.end()]) \
            and not (re.fullmatch(r"\s*,\s*", body[trigger.end(): before.start()])
                     and _TOOK_PLACE.match(before.group(0))):
        # the trigger comes first, the participle then dates a later noun ("a briefing was held on" is its verb); a
        # participle of taking place set off right after the trigger's noun is that noun's ("круглый стол,
        # состоявшийся накануне", "the round table, held on Friday")
        return True
    before = before or _OTHER_THINGS_DATE.search(body[: mention.start].rstrip() + " ")  # "в минувшую| пятницу"
    if before and body[: before.start()].rstrip().endswith(",") and re.match(r"\s*,", body[mention.end:]) \
            and trigger.start() > mention.end:
        return True  # "Проект, представленный в пятницу, опубликован": the clause set off dates its noun, not the verb
    after = _OTHER_THINGS_DATE_AFTER.match(body[mention.end:])
    if after and _KK_OWN_DAY_BETWEEN.match(body, mention.end):
        after = None  # "кеше 15 наурызда өткен референдумның қорытындысын": the vote has its own day, "кеше" is the verb's
    if after and trigger.end() <= mention.start and re.match(r"\s+[\w-]", body[mention.end + after.end():]):
        return True  # "тұрғындарымен кездесіп, 23 тамызда өтетін сайлаудың тәртібін түсіндірді": the participle's noun's day
    if after and trigger.start() >= mention.end + after.end():
        if background.OCCASION_WHERE.match(body, mention.end + after.end()):
            return False  # "кеше өткен отырысында … қорытындысын бекітті": the sitting where the act was done
        # "15 наурызда өткен референдумның қорытындысы": a genitive noun between owns the date
        between = body[mention.end + after.end(): trigger.start()]
        return bool(re.search(r"\w(?:ның|нің|дың|дің|тың|тің)\b", between))
    return False


# A trigger in a clause that looks back from the news is background: "a month after X floated the idea in his
# annual address", "спустя месяц после Послания".
_LOOKING_BACK = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\b|\bспустя\s+\w+\s+после\b|"
                           # "after the full text of the Constitution is published", "until the Constitution enters
                           # into force": the clause bounds the news by another happening, it does not report it
                           # ("hours after the chair handed him the draft" tells the same day)
                           r"\b(?<!hours\s)(?<!minutes\s)(?<!shortly\s)(?:after|since|once|before|when|until|till)\s+"
                           r"(?:the|a|its|their)\s+(?:[\w-]+\s+){0,6}$|"
                           r"\b(?:после\s+того\s*,?\s+как|когда)\s+(?:[\w-]+\s+){0,3}$", re.I)


# "The change was marked a day earlier, when the chambers held their last sitting": "when" after a day told narrates
# what happened on that day, it does not bound the news by it
_WHEN_ON_A_DAY = re.compile(r"(?:\b(?:a|one|two|three)\s+days?\s+(?:earlier|before)|\bthe\s+(?:day|evening)\s+before|"
                            r"\bthe\s+previous\s+day|\byesterday|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                            r"\bнакануне|\bвчера|\bдн[её]м\s+ранее|\b(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                            r"воскресенье)),\s+(?:when|когда)\s+(?:[\w-]+\s+){0,6}$", re.I)


# an event told before, said to have come some days after the act the sentence goes on to narrate: "The publication
# came a day after the President signed a decree …" (the act is news of its own, dated back from the event told)
_CAME_DAYS_AFTER = re.compile(r"^The\s+(?P<noun>publication|decree|meeting|session|sitting|vote|referendum|address|briefing)\s+"
                              r"(?:came|followed)\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three)\s+days?\s+after\s+")
_CAME_NOUN_TYPES = {"publication": "publication", "decree": "decree", "meeting": "meeting",
                    "session": "parliament_session", "sitting": "parliament_session", "vote": "referendum", "referendum": "referendum",
                    "address": "address", "briefing": "briefing"}


# … narrated when the next sentence takes the act up by its noun ("The decree instructs …"); named only as what the
# news came after, it is background (README, "What the news followed")
_TAKEN_UP = {"decree": r"decree|order", "law_signed": r"law", "results": r"results|figures",
             "meeting": r"meeting|talks", "parliament_session": r"session|sitting",
             "commission_meeting": r"session|sitting|meeting"}


def _came_days_after(body: str, trigger: re.Match, event_type: str, following: str | None,
                     earlier: list[dict], reference: date | None = None) -> date | None:
    m = _CAME_DAYS_AFTER.match(body)
    if m is None or trigger.start() < m.end() or event_type not in _TAKEN_UP or not following:
        return None
    noun = m.group("noun")
    # "The session came a day after …" takes up the sitting told before, of whichever body
    told = [e for e in earlier if e["_dated"] and (e["event_type"] == _CAME_NOUN_TYPES[noun]
                                                   or noun in _SITTING_NOUNS and e["event_type"] in SITTING_TYPES)]
    if not told:
        return None
    days = {"a": 1, "one": 1, "two": 2, "three": 3}[m.group("n")]
    day = max(told, key=lambda e: e["char_start"])["event_date"] - timedelta(days=days)
    # results are taken up by their figures too: "On Monday, the commission said 73 percent had taken part"; any act
    # by the day it was done: "On Thursday, the members agreed …"
    if not re.match(rf"(?:The|This|That)\s+(?:{_TAKEN_UP[event_type]})\b", following) \
            and not (event_type == "results" and _FIGURES.search(following)) \
            and not _opens_on(following, day, reference):
        return None
    return day


_SITTING_NOUNS = {"session", "sitting"}
_ON_A_DAY_OPENING = re.compile(r"^On\s+(?=\S+,)")


def _opens_on(sentence: str, day: date, reference: date | None) -> bool:
    """The sentence opens with that day, set off by a comma: "On Thursday, …"."""
    if reference is None or not _ON_A_DAY_OPENING.match(sentence):
        return False
    mentions = relative_dates.find(sentence, reference)
    return bool(mentions) and mentions[0].start <= 3 and mentions[0].value == day


# "Указ подписал вчера, после того как принял председателя комиссии": the clause narrates what the subject did just
# before the news, in the past tense, not a later happening bounding it ("после того как текст будет опубликован")
# and not one months back ("через месяц после того, как …")
_AFTER_THAT_RU = re.compile(r"\bпосле\s+того\s*,?\s+как\s+(?:[\w-]+\s+){0,3}$", re.I)
_SPAN_BEFORE_RU = re.compile(r"\b(?:через|спустя)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _narrated_before(body: str, trigger: re.Match, language: str) -> bool:
    if language != "ru":
        return False
    after = _AFTER_THAT_RU.search(body[: trigger.start()])
    if after is None or _SPAN_BEFORE_RU.search(body[: after.start()]):
        return False
    from pipeline.nlp.russian import morph_vocab

    first = re.match(r"[а-яё]+", trigger.group(0).lower())
    parses = morph_vocab().parse(first.group(0)) if first else []
    tag = str(parses[0].tag) if parses else ""
    return tag.startswith("VERB") and "past" in tag


# "After the commission wrapped up its work on Feb. 10, …": the clause tells in the past what was done, on a day of
# its own (not "after the full text is published", a bound)
_AFTER_CLAUSE_EN = re.compile(r"\b(?:after|once|when)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,6}$", re.I)
_PAST_DONE_EN = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|met|held)\b(?!\s+by\b)")
_AUXILIARY_IN = re.compile(r"\b(?:is|are|was|were|be|been|will|would)\s", re.I)


def _narrated_on_its_day(body: str, trigger: re.Match, language: str, reference: date | None) -> bool:
    if language != "en" or reference is None or not _AFTER_CLAUSE_EN.search(body[: trigger.start()]):
        return False
    if not _PAST_DONE_EN.match(trigger.group(0)) or _AUXILIARY_IN.search(trigger.group(0)):
        return False
    brk = _CLAUSE_BREAK.search(body, trigger.end())
    end = brk.start() if brk else len(body)
    return any(trigger.end() <= d.start < end and d.value <= reference for d in relative_dates.find(body, reference))


# What the news followed, named in a phrase of time ("Комиссия создана после курултая, который прошел 20 января",
# "… отырысынан кейін", "The decree came a day after the commission announced preliminary results on Monday"), is
# narrated when the next sentence says what was done there ("Там Президент предложил …", "На нем …", "Құрылтайда …
# жария етілді", "There, …") or, for results, gives their figures: an event of its own, on the day the phrase gives;
# so is an earlier sitting the next sentence takes up by "then" or "that sitting" ("Тогда комиссия постановила …",
# "That meeting ended with a decision to …", "Сол отырыста …"; "this meeting" is rather the news's)
_GATHERINGS = {"public_discussion", "commission_meeting", "parliament_session", "round_table", "working_group"}
_TOLD_THERE = {
    "ru": re.compile(r"^(?:Там|На\s+н[её]м|На\s+нем|На\s+ней|На\s+них|Выступая\s+(?:там|на\s+н[её]м|на\s+\w+)|"
                     r"На\s+(?:курултае|заседании|форуме|слушаниях|сессии|круглом\s+столе)|Тогда(?!\s+же\b)|"
                     r"На\s+том\s+(?:заседании|курултае|форуме|круглом\s+столе))\b"),
    "kk": re.compile(r"^(?:Онда|Сонда|Құрылтайда|Отырыста|Жиында|Форумда|Тыңдауда|Сессияда|"
                     r"(?:Сол|Ол)\s+(?:отырыста|жиында|құрылтайда|форумда))\b"),
    "en": re.compile(r"^(?:There|At\s+it|At\s+the\s+(?:Kurultai|session|meeting|sitting|forum|hearings?)|"
                     r"Speaking\s+(?:there|at\s+(?:it|the\s+\w+))|(?:At\s+)?That\s+(?:session|meeting|sitting))\b"),
}


# "Two days after the commission announced the results, officials are weighing …": the main clause tells the report's
# day, the count goes back from it
_DAYS_AFTER = re.compile(r"^(?:[A-Z][A-Z.\s]+[–—-]\s+)?(?P<n>A|One|Two|Three|Four|Five|Six|\d)\s+days?\s+after\b")  # past a dateline
_NOW_MAIN_CLAUSE = re.compile(r",\s+[^,]*?\b(?:is|are)\s+\w+ing\b")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_before_now(body: str, trigger: re.Match) -> int | None:
    m = _DAYS_AFTER.match(body)
    if m is None or trigger.start() < m.end() or not _NOW_MAIN_CLAUSE.search(body, trigger.end()):
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _COUNT[n]


# … or, in the next paragraph too, by the gathering named with its day: "At Tuesday's sitting, deputies adopted …",
# "На вчерашнем заседании …", "Кешегі отырыста …"
_GATHERING_NOUN = {
    "ru": r"(?:заседании|курултае|форуме|слушаниях|сессии|круглом\s+столе)",
    "kk": r"(?:отырыста|жиында|құрылтайда|форумда|тыңдауда|сессияда)",
    "en": r"(?:[\w-]+\s+)?(?:Kurultai|session|meeting|sitting|forum|hearings?|round\s*table)",
}
_TOLD_THERE_BY_DAY = {
    "ru": re.compile(r"^На\s+(?:вчерашнем|позавчерашнем)\s+(?:[\w-]+\s+)?" + _GATHERING_NOUN["ru"] + r"\b"),
    "kk": re.compile(r"^Кешегі\s+(?:[\w-]+\s+)?" + _GATHERING_NOUN["kk"] + r"\b"),
    "en": re.compile(r"^At\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)[’']s\s+"
                     + _GATHERING_NOUN["en"] + r"\b"),
}


# "… entered into force on July 1, a day after the chambers met for their last joint sitting": the clause counts back
# from the main clause's day
_DAYS_AFTER_CLAUSE = re.compile(r"(?:^|[,;]\s+|\s[–—]\s+)(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after\s+[^,;.]*$",
                                re.I)


def _days_after_the_main_day(body: str, trigger: re.Match, dated_at: int | None) -> int | None:
    m = _DAYS_AFTER_CLAUSE.search(body[: trigger.start()])
    if m is None or dated_at is not None and dated_at >= m.start():
        return None  # the day written in the clause itself is the gathering's
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _COUNT[n]


def _told_there(trigger_type: str, following: str | None, next_in_text: str | None, language: str) -> bool:
    if trigger_type == "results":
        return bool(next_in_text and _FIGURES.search(next_in_text))
    if trigger_type == "address":
        # "A day after the President delivered his address, … . Speaking to the chambers on Monday, he said …"
        return bool(next_in_text and _SPOKE_AT.match(next_in_text))
    # "после пятого заседания": an ordinal sitting without its body is the body's told before
    if trigger_type not in _GATHERINGS | {"sitting"}:
        return False
    return bool(following and _TOLD_THERE[language].match(following)
                or next_in_text and _TOLD_THERE_BY_DAY[language].match(next_in_text))


# A sitting in the locative, then what the body decided there in the same sentence: "29 қаңтарда комиссия бесінші
# отырысында … қорытындыға келді", "на пятом заседании комиссия утвердила …", "at its fifth session the commission
# approved …" narrates that sitting, not only recalls it
_AT_SITTING = {"ru": re.compile(r"\b[Нн]а\s+(?:[\w-]+\s+){0,2}$"), "kk": re.compile(r"\w*(?:да|де|та|те)\b"),
               "en": re.compile(r"\b[Aa]t\s+(?:[\w-]+\s+){0,2}$")}
_DECIDED = {"ru": re.compile(r"\b(?:утвердил|одобрил|решил|пришл\w*\s+к\s+выводу|принял)\w*"),
            # what the members took up there is what was done: "отырыста … бөлімін талқылады"
            "kk": re.compile(r"\b(?:қорытындыға\s+келді|бекітті|мақұлдады|шешті|шешім\s+қабылдады|талқылады)\b"),
            "en": re.compile(r"\b(?:approved|endorsed|decided|concluded|adopted|agreed)\b")}


def _decided_there(body: str, trigger: re.Match, trigger_type: str, language: str) -> bool:
    if trigger_type not in (*SITTING_TYPES, "sitting"):
        return False
    at = _AT_SITTING[language]
    # the Kazakh locative ends the word the trigger may already end with: "отырысында", "отырыста"
    located = at.match(body, trigger.end() - 2) if language == "kk" else at.search(body[: trigger.start()])
    return bool(located and _DECIDED[language].search(body, trigger.end()))


# "облыс әкімі мәслихат депутаттарымен кездескеннен кейін …": a meeting narrated as what came first is the Kazakh
# "после того как встретился", no postposition on an earlier happening's noun ("Жолдаудан кейін")
_MET_FIRST_KK = re.compile(r"(?:кездес|жүздес)кеннен\s+(?:кейін|соң)$")


_KK_DATIVE_DATE = re.compile(r"\d\s+\w+(?:ға|ге|қа|ке)$")


# Where a sentence joins a clause of its own ("…, а …", "…, and …", "…; …") or opens a relative one ("…, который …,",
# "…, who …,"): a date written in one of them dates what happens there
_COORDINATED = re.compile(r",\s+(?:а|но|и|однако|тогда\s+как|ал|алайда|бірақ|and|but|while|whereas)\s+|;\s+", re.I)
# ("…, который прошел вчера, 20 января, …", "…, which was held on Thursday, Jan. 29, …": the date set off after the
# day belongs to the clause)
_RELATIVE = re.compile(r",\s+(?:котор\w+|who|which|whose|where)\b[^,;]*"
                       r"(?:,\s+(?:\d{1,2}\s+[^\W\d]+|(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2})(?:,?\s+\d{4})?(?=[,;.]|$))?(?:,|$)", re.I)
# … or its weekday set off the same way: "…, который прошел накануне, во вторник, в Кызылорде"
_RELATIVE_WEEKDAY = re.compile(r",\s+котор\w+\b[^,;]*,\s+(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                               r"воскресенье)(?=[,;.]|\s|$)[^,;]*(?:,|$)", re.I)


_WORD_END = re.compile(r"^\w+")  # the ending a trigger's stem leaves: "заседания комисси|и, которое …"


def _same_clause(body: str, at: int, trigger_at: int, trigger_end: int) -> bool:
    """Whether a date written at `at` may date the trigger at `trigger_at`: not from inside a relative clause the
    trigger is outside of (or the other way round), unless the clause describes the trigger's own noun ("The session
    …, which took place on Monday, …"), nor from another coordinated clause, unless the date opens the sentence
    ("Вчера комиссия провела заседание, а Президент подписал указ": the opening day rules both)."""
    for m in [*_RELATIVE.finditer(body), *_RELATIVE_WEEKDAY.finditer(body)]:
        # a trigger ending in the clause is in it ("курултая, который прошел 20 января"); one past it is not ("The
        # commission, which has 130 members, met on Saturday")
        if (m.start() <= at < m.end()) != (trigger_at < m.end() and m.start() < trigger_end <= m.end()) and not (
                m.start() <= at < m.end() and trigger_end <= m.start() and not _WORD_END.sub("", body[trigger_end:m.start()]).strip()):
            return False
    breaks = [m.end() for m in _COORDINATED.finditer(body)]
    clause_of = lambda position: sum(1 for b in breaks if b <= position)  # noqa: E731
    if clause_of(at) == clause_of(trigger_at):
        return True
    return clause_of(at) == 0 and len(body[:at].split()) <= 2


# "A working group … has been set up under a presidential order signed on Wednesday": the group dates from the order
# that forms it (README, "A working group set up by an order")
_FORMED_UNDER_ORDER_EN = re.compile(r"\s+(?:under|by)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:order|decree)\s+"
                                    r"(?:signed|issued)\s+(?:on\s+)?$")


def _date_for(body: str, trigger: re.Match, event_type: str, quoted,
              reference: date | None, behind=()) -> tuple[date | None, bool, bool, int | None]:
    """(date, dated, planned, where the date is written): the date nearest the trigger in its sentence; dates in quoted titles, deadlines
    ("до", "by"), an earlier act's ("от") or another thing's do not count. Without one, the document's own date;
    when the nearest date left is after the document, the event is a plan."""
    best, best_distance, best_at, future_distance = None, None, None, None
    other_clause = []  # dates of the sentence's other clauses: the day a "на следующий день" counts from
    # "Проект, представленный вчера на шестом заседании комиссии, сегодня опубликован": a trigger in a participle
    # clause set off by commas takes the day written in that clause
    start, end = _clause(body, trigger)
    described = (start, end) if start > 0 and body[start - 1] == "," and _DESCRIBING.match(body, start) else None
    for mention in relative_dates.find(body, reference):
        if any(s <= mention.start < e for s, e in quoted):
            continue
        # "for March 15" is what a decree sets, not when it was signed
        if re.search(r"\b(?:от|до|с|на|by|until|to|from|for|не\s+позднее|no\s+later\s+than|before)\s+$", body[: mention.start]):
            continue
        if _KK_DATIVE_DATE.search(body, mention.start, mention.end):
            continue  # "сайлауды 23 тамызға тағайындады": the day set, in the dative, as "for March 15"
        if not _same_clause(body, mention.start, trigger.start(), trigger.end()):
            other_clause.append(mention)
            continue  # "Указ подписан, а голосование пройдет 15 марта": the date of the other clause's happening
        if (_dates_another_thing(body, mention, trigger, event_type)
                or background.hides_date(behind, mention, trigger.start(), trigger.end())) \
                and not (event_type == "working_group" and _FORMED_UNDER_ORDER_EN.match(body, trigger.end(), mention.start)):
            continue  # "Сенат, после Послания 8 сентября, провел …": the date of the background, not of the trigger
        distance = min(abs(mention.start - trigger.end()), abs(trigger.start() - mention.end))
        if described is not None and not described[0] <= mention.start < described[1]:
            distance += len(body)  # the main clause's day dates the noun described, not the sitting in the clause
        if reference is not None and mention.value > reference:
            if future_distance is None or distance < future_distance:
                future_distance = distance
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance, best_at = mention.value, distance, mention.start
    if best is not None:
        return best, True, False, best_at
    next_day = next((m for m in _NEXT_DAY_INSIDE.finditer(body)
                     if _same_clause(body, m.start(), trigger.start(), trigger.end())), None)
    earlier = [d for d in other_clause if d.start < (next_day.start() if next_day else 0)]
    if next_day is not None and earlier:
        # "Указ подписал 11 февраля, а на следующий день текст был опубликован": the day after the date written before,
        # not the document's own day
        when = earlier[-1].value + timedelta(days=1)
        if reference is not None and when > reference:
            return reference, False, True, None
        return when, True, False, next_day.start()
    return reference, False, future_distance is not None, None


def _next_day_of_before(body: str, trigger: re.Match, before: str | None,
                        reference: date | None) -> tuple[date, bool, int] | None:
    """"At its session on Jan. 30, the commission presented a draft. The draft was published the next day": the day
    after the last date the sentence before gives, not the document's own day."""
    if not before or reference is None:
        return None
    inside = next((n for n in _NEXT_DAY_INSIDE.finditer(body)
                   if _same_clause(body, n.start(), trigger.start(), trigger.end())), None)
    days = [d.value for d in relative_dates.find(before, reference) if d.value <= reference]
    if inside is None or not days:
        return None
    return days[-1] + timedelta(days=1), True, inside.start()


# "на следующий день", "the next day", "келесі күні" inside a sentence: the day after a date its other clause gives
_NEXT_DAY_INSIDE = re.compile(r"\b(?:на\s+следующий\s+день|наутро|спустя\s+(?:один\s+)?день|днем\s+позже|днём\s+позже|"
                              r"келесі\s+күні|(?:the\s+)?(?:next|following)\s+day|a\s+day\s+later)\b", re.I)


# A briefing held as an act of its own ("ЦИК провела брифинг", "held a briefing", "брифинг өткізді"), in a sentence
# apart from the results or the vote, is an event of its own; "на брифинге объявили итоги" is only their venue
_HOLDS_A_BRIEFING = re.compile(r"\b(?:провел\w*|провели|пров[её]л|организовал\w*|прош(?:ел|ёл|ла)|состоял(?:ся|ась))\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:брифинг|пресс-конференц)|"
                               r"\b(?:held|gave|hosted)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:briefing|press\s+conference|news\s+conference)|"
                               r"(?:брифинг|баспасөз\s+мәслихат)\w*\s+(?:[\w-]+\s+){0,2}?(?:өткізді|өткізілді|өтті)", re.I)


# A briefing named as the place of a speech ("Abdirov said at a briefing", "на брифинге сообщил", "брифингте айтты"),
# not held in the sentence: the report is about what was said, and the event is that other one
_AT_BRIEFING_BEFORE = re.compile(r"(?:\bна\s+|\bat\s+(?:a|an|the|his|her|its|their)\s+)(?:[\w-]+\s+){0,2}?$", re.I)
# "X told a briefing": the briefing as whom the words were told
_TOLD_A_BRIEFING = re.compile(r"\btold\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_AT_BRIEFING_AFTER_KK = re.compile(r"^\w*(?:те|де|та|да)\b")
_SPEECH_VERB = re.compile(r"\b(?:сообщил|заявил|отметил|рассказал|пояснил|сказал|подчеркнул|добавил|уточнил|said|says|told|noted|"
                          r"added|stressed|explained|айтты|мәлімдеді|хабарлады|атап\s+өтті|деді|түсіндірді)\w*", re.I)


def _at_a_briefing(body: str, trigger: re.Match) -> bool:
    at = _AT_BRIEFING_BEFORE.search(body[: trigger.start()]) or _AT_BRIEFING_AFTER_KK.match(body[trigger.end():]) \
        or re.search(r"(?:те|де|та|да)$", trigger.group(0))
    return bool(at and _SPEECH_VERB.search(body))


# A briefing on the day of voting (turnout at midday) is the vote, even held with a verb of its own; the results, a
# decree or an address announced at a briefing make it their venue unless the briefing is held in a sentence of its own
_VOTING = {"referendum", "election"}


# The signed act itself made public ("Документ опубликован на сайте Акорды", "The decree was published", "Жарлық ...
# жарияланды") on the day it is signed, or undated in a report of the signing days later ("signed last Friday … The
# document has been published in the legal database"), is the signing's publicity, not a publication of its own
_THE_ACT_PUBLISHED = re.compile(r"^(?:(?:Текст|Полный\s+текст)\s+)?(?:Документ|Указ|Закон|Распоряжение|Жарлық|Заң|Құжат|"
                                r"(?:The|This)\s+(?:full\s+text\s+of\s+the\s+)?(?:document|decree|law|order))\b|"
                                # "Текст опубликован на портале": the text alone, of the act just told
                                r"^(?:(?:Его|Ее|Её|Полный)\s+)?[Тт]екст\s+(?:был\s+)?(?:опубликован|размещен|размещён)|"
                                # … the document in the genitive: "Текст документа опубликован", "Құжаттың мәтіні …"
                                r"^(?:Полный\s+)?[Тт]екст\s+документа\b|^(?:The\s+)?(?:full\s+)?text\s+of\s+the\s+document\b|"
                                r"^(?:Құжаттың|Құжат)\s+(?:толық\s+)?мәтіні\b|"
                                r"^(?:Its|The)\s+(?:full\s+)?text\s+(?:was|has\s+been)\s+(?:published|posted)|"
                                r"^(?:Оның\s+|Толық\s+)?[Мм]әтіні\s+(?:[\w-]+\s+){0,3}?жарияланды|"
                                # the act by its title, "on …" before it: "Сайлау туралы Жарлық жарияланды"
                                r"^(?:[\w-]+\s+){1,8}?туралы\s+(?:Жарлық|Заң|Өкім)\w*\s+(?:[\w-]+\s+){0,2}?жарияланды")


# a draft or the Constitution's text published with the act is a publication of its own ("Указ … и проект Конституции
# опубликованы"); "Constitutional Law No. 286" is no Constitution
_A_DRAFT = re.compile(r"проект|Конституци[яиюей]\b|Ата\s+[Зз]аң|жоба|draft|Constitution\b|Basic\s+Law", re.I)


# … or the act of the kind signed, in the genitive: "Текст закона опубликован" after a law signed, not after a decree
_THE_ACT_OF_KIND_PUBLISHED = {
    "law_signed": re.compile(r"^(?:Полный\s+)?[Тт]екст\s+закона\b|^(?:The\s+)?(?:full\s+)?text\s+of\s+the\s+law\b|"
                             r"^Заңның\s+(?:толық\s+)?мәтіні\b"),
    "decree": re.compile(r"^(?:Полный\s+)?[Тт]екст\s+(?:указа|распоряжения)\b|"
                         r"^(?:The\s+)?(?:full\s+)?text\s+of\s+the\s+(?:decree|order)\b|^(?:Жарлықтың|Өкімнің)\s+(?:толық\s+)?мәтіні\b"),
}


def _the_act_published(publication: dict, act: dict) -> bool:
    sentence = publication["_sentence"]
    return bool(_THE_ACT_PUBLISHED.match(sentence) or _THE_ACT_OF_KIND_PUBLISHED[act["event_type"]].match(sentence))


def _drop_venues(events: list[dict]) -> list[dict]:
    events = [e for e in events if not (
        e["event_type"] == "publication"
        and any(o["event_type"] in {"decree", "law_signed"} and _the_act_published(e, o)
                and (o["event_date"] == e["event_date"] or not e["_dated"] and not _A_DRAFT.search(e["_sentence"]))
                for o in events))]
    kept = []
    for event in events:
        absorbers = _SECONDARY_DROPPED_BY.get(event["event_type"], set())
        if any(other["event_type"] in absorbers
               and (other["event_date"] == event["event_date"] or _results_undated(event) or _speech_venue(event))
               and (other["char_start"] == event["char_start"] and not _held_after(event, other)
                    or other["event_type"] in _VOTING or not _HOLDS_A_BRIEFING.search(event["_sentence"]))
               for other in events):
            continue
        kept.append(event)
    return kept


# where a speech was given: "Speaking to a joint session of both chambers, the President said …", "Delivering his
# address at a joint session, …", "бірлескен отырысында сөйлеген сөзінде"
_SPOKE_AT = re.compile(r"\b(?:[Ss]peaking\s+(?:to|at|before)|^Delivering\s.*?\sat\s|[Вв]ыступая\s+(?:на|перед))\b|\bсөйлеген\s+сөз", re.I)


def _speech_venue(event: dict) -> bool:
    """A sitting with no day of its own where the speech was given is the venue of the address, whatever its day."""
    return event["event_type"] == "parliament_session" and not event["_dated"] and bool(_SPOKE_AT.search(event["_sentence"]))


# the results named as what was published: "Референдумның алдын ала қорытындысы жарияланды", "Итоги опубликованы"
_RESULTS_NAMED = re.compile(r"қорытынды|итог|результат|\bresults\b", re.I)


def _results_undated(event: dict) -> bool:
    """A publication of results dated only by the document's day (a title) is the results event, whatever its day."""
    return event["event_type"] == "publication" and not event["_dated"] \
        and bool(_RESULTS_NAMED.search(event["_sentence"]))


# What a held briefing followed: "held a briefing …, following another session of the Commission", "после заседания
# комиссии провел брифинг", "отырыстан кейін брифинг өткізді"
_FOLLOWING_BEFORE = re.compile(r"\b(?:following|after)\s+(?:[\w-]+\s+){0,3}$|\b(?:после|по\s+итогам)\s+(?:[\w-]+\s+){0,3}$", re.I)
_FOLLOWING_AFTER_KK = re.compile(r"^\w*\s+(?:[\w-]+\s+)?(?:кейін|соң)\b")


def _held_after(briefing: dict, other: dict) -> bool:
    """The briefing, held in a sentence of its own verb, came after the other event that sentence names: two
    events of the day, not the briefing as the other's venue."""
    sentence = briefing["_sentence"]
    if not _HOLDS_A_BRIEFING.search(sentence) or other["_sentence"] != sentence:
        return False
    at, end = other["_at"], other["_at"] + len(other["trigger"])
    return bool(_FOLLOWING_BEFORE.search(sentence[:at]) or _FOLLOWING_AFTER_KK.match(sentence[end:]))


# Turnout before the vote's name ("Turnout in Sunday's election reached …", "явка на вчерашних выборах"): a figure of
# the results, not the voting told
def _drop_recounted_vote(events: list[dict], lead_end: int) -> list[dict]:
    """Past the lead, one sentence telling a vote on its day and then its results ("The referendum was held on 15
    March; preliminary results were announced the next day") retells the calendar behind a report of something else
    (the text's publication, a decree): when neither title nor lead tells a vote or results, both are background."""
    about_the_vote = any(e["event_type"] in _VOTING | {"results"} and (e["_title"] or e["char_start"] < lead_end)
                         for e in events)
    if about_the_vote:
        return events
    recounted = {e["char_start"] for e in events if e["event_type"] == "results" and e["char_start"] >= lead_end} & \
        {e["char_start"] for e in events if e["event_type"] in _VOTING and e["_dated"]}
    return [e for e in events if not (e["char_start"] in recounted and e["event_type"] in _VOTING | {"results"})]


# An act setting up a body, named with its body: "Указ о создании Конституционной комиссии", "order establishing the
# working group", "комиссияны құру туралы Жарлық"
_SETS_UP_A_BODY = re.compile(r"(?:о\s+создании|об\s+образовании)\s+(?:[\w-]+\s+){0,2}?(?:комисси|групп)|"
                             r"(?:establishing|setting\s+up|creating|on\s+the\s+(?:creation|establishment)\s+of)\s+"
                             r"(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:[Cc]ommission|group)\b|"
                             r"(?:комиссия|тобын)\w*\s+(?:[\w-]+\s+)?құру\s+туралы", re.I)


def _drop_creation_of_the_body(events: list[dict], lead_end: int) -> list[dict]:
    """The decree that set up the body whose sitting the lead reports, told past the lead on a day before that
    sitting, is how the body came to be, not news of the report: the body had to exist before it sat."""
    sittings = [e for e in events if e["event_type"] in ("commission_meeting", "working_group")
                and (e["_title"] or e["char_start"] < lead_end)]
    return [e for e in events if not (
        e["event_type"] == "decree" and e["char_start"] >= lead_end and _SETS_UP_A_BODY.search(e["_sentence"])
        and any(s["event_date"] > e["event_date"] for s in sittings))]


_TURNOUT = re.compile(r"\b(?:turnout|явк\w*|дауыс\s+беруге\s+қатыс\w*)\b[^.]*$", re.I)


# turnout, the figure a commission gives while the polls are open or just closed: "Preliminary turnout reached 74 percent"
_TURNOUT_TOLD = re.compile(r"\b(?:turnout|явк\w*|белсенділік\w*)\b", re.I)
_RESULTS_NOUN = re.compile(r"result|итог|результат|нәтиже|қорытынды", re.I)


def _drop_turnout_of_the_day(events: list[dict]) -> list[dict]:
    """A turnout figure told on the voting day itself, with no results named, is part of the vote: "A CEC briefing on
    voting day about turnout is the vote"."""
    voting_days = {e["event_date"] for e in events if e["event_type"] in _VOTING}
    return [e for e in events if not (e["event_type"] == "results" and e["event_date"] in voting_days
                                      and _TURNOUT_TOLD.search(e["_sentence"]) and not _RESULTS_NOUN.search(e["trigger"]))]


def _drop_votes_of_results(events: list[dict], language: str) -> list[dict]:
    """In a report of results the vote is an event only when a sentence of its own tells the voting ("В воскресенье
    казахстанцы выбирали депутатов"); the vote named in a sentence telling the results ("итоги состоявшихся вчера
    выборов", "results of the referendum held a day earlier") or in a turnout figure is part of the results."""
    if not any(e["event_type"] == "results" for e in events):
        return events
    return [e for e in events if e["event_type"] not in _VOTING or not (
        _part_of_results(e, language) or not e["_dated"] and _NAMED_BY_PARTICIPLE.match(e["trigger"]))]


# "Бұл – … өткен тұңғыш сайлау", "прошедшие выборы" with no day of their own: the vote the results are of, named
_NAMED_BY_PARTICIPLE = re.compile(r"(?:состоявш|прошедш|өткен)\w*\s", re.I)


_FIGURES = re.compile(r"\b(?:percent|per\s+cent|процент\w*|пайыз\w*)\b|\d\s?%")


# voters counted: "9,127,192 of the 12,482,613 eligible voters cast their ballots" is the turnout, not the voting told
_COUNTED_VOTERS = re.compile(r"\b\d[\d,.]*\s+(?:[\w-]+\s+){0,2}$")


def _part_of_results(event: dict, language: str) -> bool:
    """A vote named in a sentence telling the results, after a turnout figure, or as a count of voters; not a vote
    narrated in a clause of its own joined to the results' ("voters went to the polls on Sunday …, and on Monday the
    commission reported that …")."""
    results = dict(TRIGGERS[language])["results"]
    sentence, at = event["_sentence"], event["_at"]
    before = sentence[:at]
    told_with = any(_same_clause(sentence, r.start(), at, at + len(event["trigger"])) for r in results.finditer(sentence))
    return bool(told_with or _TURNOUT.search(before) or _COUNTED_VOTERS.search(before))


def _location(sentence: str, text: str, language: str) -> tuple[str, str]:
    venue = ""
    if language == "ru":
        m = _VENUE_RU.search(sentence)
        if m:
            from pipeline.nlp.russian import nominative_phrase

            venue = nominative_phrase(m.group(1))
    elif language == "en":
        m = _VENUE_EN.search(sentence)
        venue = m.group(1).strip() if m else ""
    else:
        m = _VENUE_KK.search(sentence)
        venue = m.group(1).strip() if m else ""
    city = ""
    # The event's own sentence, then the lead: a city further on is usually the place of something else
    # ("proposals voiced at the Kurultai in Kyzylorda").
    for scope in (sentence, _first_sentence(text)):
        m = re.search(rf"\b(?:{_CITIES[language]})\b", scope)
        if m:
            city = _city_nominative(m.group(0), language)
            break
        # … only in the event's own sentence and outside a quoted title: "«Алатау қаласының … туралы» заң" is a topic
        m = _TOWN_NAMED[language].search(_QUOTED.sub("", scope)) if scope is sentence else None
        if m:
            city = _city_nominative(next(g for g in m.groups() if g), language)
            break
    location = venue or city
    return location, skeleton(_CITY_OF_VENUE.get(city, city)) if city else ""


# A town the list does not know, named by its common noun: "Кентау қаласының тұрғындарымен", "в городе Рудный",
# "the town of Kentau"
_TOWN_NAMED = {
    # … not the town a law or a talk is about: "Алатау қаласының арнаулы құқықтық режимі туралы заң"
    "kk": re.compile(r"(?<![\w-])([А-ЯӘҒҚҢӨҰҮҺІ][\w-]+)\s+қала(?:сы|сының|сында|сына|сындағы)\b"
                     r"(?!(?:\s+[\w-]+){0,4}?\s+туралы\b)"),
    "ru": re.compile(r"\b(?:город[еау]?|г\.)\s+([А-ЯЁ][\w-]+)"),
    "en": re.compile(r"\b(?:town|city)\s+of\s+([A-Z][\w-]+)|\b([A-Z][\w-]+)\s+city\b"),
}


# The President's residence stands in the capital: a report placing his meeting in Akorda and one placing it in
# Astana tell one place
_CITY_OF_VENUE = {"Акорда": "Астана", "Ақорда": "Астана", "Akorda": "Astana"}


# Russian city names in their case forms -> nominative; the morphology model does not know all of them.
_RU_CITY_NOMINATIVE = {"Астан": "Астана", "Кызылорд": "Кызылорда", "Алмат": "Алматы", "Караганд": "Караганда",
                       "Шымкент": "Шымкент", "Акорд": "Акорда", "Актобе": "Актобе", "Атырау": "Атырау"}


def _first_sentence(text: str) -> str:
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)
    return first[0] if first else ""


# Kazakh city names in the nominative: a case ending is stripped only past them ("Қызылорда" ends in what looks like
# the locative "-да", and "Қызылордада" is its locative)
_KK_CITY_NOMINATIVE = ("Астана", "Қызылорда", "Алматы", "Қарағанды", "Шымкент", "Ақорда")


def _city_nominative(word: str, language: str) -> str:
    if language == "kk":
        known = next((city for city in _KK_CITY_NOMINATIVE if word.startswith(city)), None)
        if known:
            return known
        return strip_kazakh_case(word) if not word.endswith("ы") else word
    if language == "ru":
        for stem, nominative in _RU_CITY_NOMINATIVE.items():
            if word.startswith(stem):
                return nominative
    return word


def _organiser(text: str, language: str, event_type: str) -> str:
    m = _ORGANISED_BY[language].search(text)
    if m:
        organiser = m.group(1).strip()
        if language == "ru":
            from pipeline.nlp.russian import nominative_phrase

            organiser = nominative_phrase(organiser)
        return organiser[:1].upper() + organiser[1:]
    return ORGANISER_BY_TYPE.get(event_type, {}).get(language, "")


def _participants(people) -> list[str]:
    names: list[str] = []
    for person in people:
        full = max((p.name for p in people if p.name.split()[-1:] == person.name.split()[-1:]), key=len)
        if len(full.split()) >= 2 and full not in names:
            names.append(full)
    return names
