"""Reports of the same event from several documents become one event.

Two reports are one event when they come from different documents, date and type are equal, their places agree
(same city, or one gives none), English reports of a meeting that say who met whom name the same two people, and
either they are written in different languages (no shared words to compare) or their words are similar enough,
or the type happens once a day at most (a referendum, an election, its results, an address).

merge_events(document_events, in_order=...) -> (events, event_documents)
  events: event_id str (stable: from date, type and the first report), event_date date, event_type str,
          title str, location str, organiser str, participants list[str], languages list[str],
          sources list[str], document_count int
  event_documents: event_id str, document_id str, document_event_id str
Rows come out sorted by (event_date, event_type, event_id); the same input gives the same ids and order.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from pipeline.nlp.lexicon import ROLE_HEAD_RE
from pipeline.nlp.names import skeleton
from pipeline.nlp.records import stable_id

# Two reports' words are similar enough when shared words / all words >= 1/10, compared in integers:
# shared * (10 + 1) >= (words of one + words of the other) * 1.
SIMILARITY_SHARED, SIMILARITY_ALL = 1, 10
SIMILARITY = SIMILARITY_SHARED / SIMILARITY_ALL
# The columns of core_document_events the merge reads: the others are not loaded.
REPORT_COLUMNS = ("document_event_id", "document_id", "event_date", "event_type", "title", "location", "place_key",
                  "organiser", "participants", "language", "source", "trigger", "char_start")
_ONCE_A_DAY = {"referendum", "election", "results", "address", "other"}


def merge_events(document_events: list[dict], name_keys: dict[str, str] | None = None,
                 in_order: bool = False) -> tuple[list[dict], list[dict]]:
    """`name_keys`: the spelling-free key (skeleton) of participants' names already known; those of the others
    are added to it. `in_order`: the reports are in the order they came into the archive (core_document_events'
    rows are), and each (date, type) group is merged in that order, so that reports added later extend the
    clusters of those before (incremental.py); otherwise they are ordered by document id, whatever order they
    come in."""
    if in_order:
        ordered = sorted(document_events, key=lambda e: (e["event_date"], e["event_type"]))
    else:
        ordered = sorted(document_events, key=lambda e: (e["event_date"], e["event_type"], e["document_id"],
                                                          e["char_start"], e["document_event_id"]))
    merger = EventMerger()
    for event in ordered:
        merger.add(event)
    return event_rows(merger.clusters, name_keys)


class EventMerger:
    """The greedy merge, one report at a time: only reports of the same date and type can be one event, so a
    report is compared with the clusters of its own (date, type), in the order they were made, and joins the
    first that takes it. `seed` puts back a cluster made before, so that a merge can go on where it stopped."""

    def __init__(self):
        self.clusters: list[list[dict]] = []
        self._by_key: dict[tuple, list[_Cluster]] = {}
        self._vocabularies: dict[tuple, dict[str, int]] = {}
        self._texts: dict[tuple, dict[str, tuple[int, int]]] = {}

    def add(self, event: dict) -> list[dict]:
        """Put the report in its event; that event's reports (a cluster)."""
        key = (event["event_date"], event["event_type"])
        words = self._words(key, event)
        for cluster in self._by_key.get(key, ()):
            if cluster.takes(event, words):
                cluster.add(event, words)
                return cluster.members
        return self._start(key, event, words).members

    def seed(self, key: tuple, count: int, documents: Iterable[str], places: Iterable[str],
             pairs: Iterable[frozenset[str]], texts: Callable[[], list[tuple[str, str]]]) -> list:
        """Put back a cluster of reports of one date and type merged before, by what a new report is compared
        with: how many reports it has, their documents, places and who-met-whom pairs, and `texts`, the language
        and report_text of each, asked for only when a new report is first compared with the cluster's words
        (most events of a group a new report reaches are not: another place). Clusters of a
        group are seeded in the order they were made. Its members list holds None for each report before (only
        their number counts: merge.extended_fields) and the reports that join after."""
        cluster = _Cluster()
        cluster.members.extend([None] * count)
        cluster.documents.update(documents)
        cluster.places.update(places)
        cluster.pairs.update(pairs)
        if key[1] not in _ONCE_A_DAY:
            cluster.unworded = (texts, lambda text: self._text_words(key, text))
        self._by_key.setdefault(key, []).append(cluster)
        self.clusters.append(cluster.members)
        return cluster.members

    def _start(self, key: tuple, event: dict, words: tuple[int, int] | None) -> _Cluster:
        cluster = _Cluster()
        cluster.add(event, words)
        self._by_key.setdefault(key, []).append(cluster)
        self.clusters.append(cluster.members)
        return cluster

    def _words(self, key: tuple, event: dict) -> tuple[int, int] | None:
        if event["event_type"] in _ONCE_A_DAY:
            return None
        return self._text_words(key, report_text(event))

    def _text_words(self, key: tuple, text: str) -> tuple[int, int]:
        # a copy of a report (republished, or captured twice) has its words: a group's words keep their bits
        known = self._texts.setdefault(key, {})
        words = known.get(text)
        if words is None:
            words = known[text] = _words(text, self._vocabularies.setdefault(key, {}))
        return words


def report_text(event: dict) -> str:
    """What a report's words are taken from: its title and trigger (seeded_events.py says it in SQL)."""
    return (event["title"] or "") + " " + (event.get("trigger") or "")


def event_rows(clusters: list[list[dict]], name_keys: dict[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """The events and event_documents rows of clusters of reports, sorted."""
    events, links, keys = [], [], {} if name_keys is None else name_keys
    for cluster in clusters:
        first = cluster[0]
        cluster_id = event_id_of(first)
        events.append({
            "event_id": cluster_id,
            "event_date": first["event_date"],
            "event_type": first["event_type"],
            "title": first["title"],
            "location": max((m["location"] for m in cluster), key=len),
            "organiser": next((m["organiser"] for m in cluster if m["organiser"]), ""),
            "participants": _participants(cluster, keys),
            "languages": sorted({m["language"] for m in cluster}),
            "sources": sorted({m["source"] for m in cluster if m["source"]}),
            "document_count": len({m["document_id"] for m in cluster}),
        })
        for member in cluster:
            links.append({"event_id": cluster_id, "document_id": member["document_id"],
                          "document_event_id": member["document_event_id"]})
    events.sort(key=lambda e: (e["event_date"], e["event_type"], e["event_id"]))
    links.sort(key=lambda l: (l["event_id"], l["document_id"], l["document_event_id"]))
    return events, links


def event_id_of(first: dict) -> str:
    """An event's id: stable, from its date, type and first report."""
    return stable_id("ev", first["event_date"], first["event_type"], first["document_event_id"])


def extended_fields(event: dict, added: list[dict]) -> tuple[dict, list[dict]]:
    """The row of an event made before (`event`, as event_rows wrote it, its participants aside) after its cluster got
    the reports `added`, and the event_documents rows of those: the row event_rows writes for the whole cluster,
    without reading the members before, whose event_documents rows are the previous run's. A longer location and
    the first organiser come from the new ones; the participants are the caller's (added_participants)."""
    row = dict(event)
    for member in added:
        if len(member["location"]) > len(row["location"]):
            row["location"] = member["location"]
    if not row["organiser"]:
        row["organiser"] = next((m["organiser"] for m in added if m["organiser"]), "")
    row["languages"] = sorted({*row["languages"], *(m["language"] for m in added)})
    row["sources"] = sorted({*row["sources"], *(m["source"] for m in added if m["source"])})
    # a cluster's members are of distinct documents (_Cluster.takes), the new ones' of none before
    row["document_count"] = event["document_count"] + len({m["document_id"] for m in added})
    links = [{"event_id": row["event_id"], "document_id": m["document_id"],
              "document_event_id": m["document_event_id"]} for m in added]
    return row, links


def added_participants(added: list[dict], keys: dict[str, str], known: Callable[[str], bool]) -> list[str]:
    """The participants of the reports `added` that go after an event's own: each person once, in the reports'
    order, unless `known` (by their key: person_key) as one of the event's."""
    out, seen = [], set()
    for member in added:
        for name in member["participants"] or ():
            key = person_key(name, keys)
            if key not in seen and not known(key):
                seen.add(key)
                out.append(name)
    return out


class _Cluster:
    """Reports of one event so far. A report of the same date and type joins when it agrees with every member:
    no member names another place, and every member in its own language has similar enough words (reports in
    other languages share no words to compare; types that happen once a day need no words).

    A report's words are a bit mask over its group's vocabulary with their count: a cluster of reports of one
    event has most words in common, and comparing it with each member as sets of strings made the merge
    quadratic in strings (10 s of 14 at 100,000 pages). Members with the same words are compared once."""

    def __init__(self):
        self.members: list[dict] = []
        self.places: set = set()
        self.documents: set = set()
        self.words_by_language: dict[object, dict[int, int]] = {}
        # a seeded cluster's members before (their texts, when first asked) and how their words are made
        self.unworded: tuple[Callable[[], list[tuple[str, str]]], Callable[[str], tuple[int, int]]] | None = None
        self.worded: set[str] = set()  # the languages whose seeded members' words are in words_by_language
        self.pairs: set[frozenset[str]] = set()  # who met whom, where a member's sentence says it

    def takes(self, event: dict, words: tuple[int, int] | None) -> bool:
        if event["document_id"] in self.documents:
            return False  # two reports of a kind and day in one document are two gatherings (events.py)
        place = event["place_key"]
        if place and any(p != place for p in self.places):
            return False
        pair = met_pair(event)
        if pair is not None and any(p != pair for p in self.pairs):
            return False  # "Abdirov met with Ostapenko" and "Lindqvist met with Abdirov": two meetings of the day
        if words is None:
            return True
        if self.unworded is not None and event["language"] not in self.worded:
            self._word_members(event["language"])
        mask, count = words
        return all(_SHARED_WEIGHT * (mask & other).bit_count() >= SIMILARITY_SHARED * (count + other_count) > 0
                   for other, other_count in self.words_by_language.get(event["language"], {}).items())

    def _word_members(self, language: str) -> None:
        """The words of the seeded members in `language`: a report is compared with its own language's only, and
        a cluster's members in the others need not be read into words (half of a +1% run's merge was that)."""
        members, words_of = self.unworded
        self.worded.add(language)
        for member_language, text in members():
            if member_language == language:
                member_words = words_of(text)
                self.words_by_language.setdefault(language, {})[member_words[0]] = member_words[1]

    def add(self, event: dict, words: tuple[int, int] | None) -> None:
        self.members.append(event)
        self.documents.add(event["document_id"])
        pair = met_pair(event)
        if pair is not None:
            self.pairs.add(pair)
        if event["place_key"]:
            self.places.add(event["place_key"])
        if words is not None:
            self.words_by_language.setdefault(event["language"], {})[words[0]] = words[1]


# "Abdirov also met Johanna Lindqvist", "Lindqvist met with Central Election Commission Chairman Nurlan Abdirov": the
# one who met, by the word before the verb, and the one met, by the last word of the capitalised run after it
_MET_EN = re.compile(r"\b(?P<a>[A-Z][\w’'-]+)\s+(?:(?:also|later|separately|then)\s+)?(?:met|meets)\s+(?:with\s+)?"
                     r"(?P<b>(?:[A-Z][\w’'./-]*\s+){0,6}[A-Z][\w’'-]+)")


def met_pair(event: dict) -> frozenset[str] | None:
    """The two people an English report of a meeting names as meeting each other ("A met (with) B"), as a set: two
    reports of one meeting may tell it from either side. None when the report's sentence does not say it."""
    if event["event_type"] != "meeting" or event["language"] != "en":
        return None
    m = _MET_EN.search(event["title"] or "")
    if m is None:
        return None
    pair = (m.group("a"), m.group("b").split()[-1])
    if any(ROLE_HEAD_RE["en"].match(w) or _NOT_A_NAME.match(w) for w in pair):
        return None  # "the President met …", "the Head of State met …": a role, which another report may name
    return frozenset(w.lower() for w in pair)


_NOT_A_NAME = re.compile(r"^(?:State|Commission|Court|Mission|Parliament|Kazakhstan|Akorda|Astana|Almaty|CEC|OSCE|ODIHR|"
                         r"CIS|Government|Mazhilis|Senate|Kurultai|Earlier|Later|Also|Then)$")


# shared / (a + b - shared) >= S/A  <=>  (A + S) * shared >= S * (a + b); no words at all is no similarity
_SHARED_WEIGHT = SIMILARITY_ALL + SIMILARITY_SHARED


def _words(text: str, vocabulary: dict[str, int]) -> tuple[int, int]:
    """A report's words (of its title and trigger) of four letters or more, cut to their first six letters, as a
    bit mask over `vocabulary` (its group's words, each given the next bit when first seen), and their number. The
    cut keeps the stem and drops the endings of Russian and Kazakh: "председатель" in one report and "председателя"
    in another, "Конституции" and "Конституционной", are one word."""
    mask = 0
    for word in {w[:6] for w in re.findall(r"\w{4,}", text.lower())}:
        bit = vocabulary.get(word)
        if bit is None:
            bit = vocabulary[word] = len(vocabulary)
        mask |= 1 << bit
    return mask, mask.bit_count()


def _participants(cluster: list[dict], keys: dict[str, str]) -> list[str]:
    """Participants of every member, each person once; `keys` remembers each spelling's key across clusters (a few
    hundred people are named in tens of thousands of reports)."""
    return added_participants(cluster, keys, lambda key: False)


def person_key(name: str, keys: dict[str, str]) -> str:
    """A participant's name as the merge tells people apart (names.skeleton), remembered in `keys`."""
    key = keys.get(name)
    if key is None:
        key = keys[name] = skeleton(name)
    return key
