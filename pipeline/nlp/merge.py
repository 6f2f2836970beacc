"""Reports of the same event from several documents become one event.

Two reports are one event when date and type are equal, their places agree (same city, or one gives none) and
either they are written in different languages (no shared words to compare) or their words are similar enough,
or the type happens once a day at most (a referendum, an election, its results, an address).

merge_events(document_events) -> (events, event_documents)
  events: event_id str (stable: from date, type and the first report), event_date date, event_type str,
          title str, location str, organiser str, participants list[str], languages list[str],
          sources list[str], document_count int
  event_documents: event_id str, document_id str, document_event_id str
Rows come out sorted by (event_date, event_type, event_id); the same input gives the same ids and order.
"""
from __future__ import annotations

import re

from pipeline.nlp.names import skeleton
from pipeline.nlp.records import stable_id

SIMILARITY = 0.1
# The columns of core_document_events the merge reads: the others are not loaded.
REPORT_COLUMNS = ("document_event_id", "document_id", "event_date", "event_type", "title", "location", "place_key",
                  "organiser", "participants", "language", "source", "trigger", "char_start")
_ONCE_A_DAY = {"referendum", "election", "results", "address", "other"}


def merge_events(document_events: list[dict],
                 name_keys: dict[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """`name_keys`: the spelling-free key (skeleton) of participants' names already known; those of the others
    are added to it."""
    ordered = sorted(document_events, key=lambda e: (e["event_date"], e["event_type"], e["document_id"],
                                                      e["char_start"], e["document_event_id"]))
    clusters: list[list[dict]] = []
    # Only reports of the same date and type can be one event: a report is compared with the clusters of its
    # own (date, type), in the order they were made, and joins the first that takes it.
    by_key: dict[tuple, list[_Cluster]] = {}
    for event in ordered:
        candidates = by_key.setdefault((event["event_date"], event["event_type"]), [])
        words = None if event["event_type"] in _ONCE_A_DAY else _words(event)
        for cluster in candidates:
            if cluster.takes(event, words):
                cluster.add(event, words)
                break
        else:
            cluster = _Cluster()
            cluster.add(event, words)
            candidates.append(cluster)
            clusters.append(cluster.members)
    events, links, keys = [], [], {} if name_keys is None else name_keys
    for cluster in clusters:
        first = cluster[0]
        event_id = stable_id("ev", first["event_date"], first["event_type"], first["document_event_id"])
        events.append({
            "event_id": event_id,
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
            links.append({"event_id": event_id, "document_id": member["document_id"],
                          "document_event_id": member["document_event_id"]})
    events.sort(key=lambda e: (e["event_date"], e["event_type"], e["event_id"]))
    links.sort(key=lambda l: (l["event_id"], l["document_id"], l["document_event_id"]))
    return events, links


class _Cluster:
    """Reports of one event so far. A report of the same date and type joins when it agrees with every member:
    no member names another place, and every member in its own language has similar enough words (reports in
    other languages share no words to compare; types that happen once a day need no words)."""

    def __init__(self):
        self.members: list[dict] = []
        self.places: set = set()
        self.words_by_language: dict[object, list[set[str]]] = {}

    def takes(self, event: dict, words: set[str] | None) -> bool:
        place = event["place_key"]
        if place and any(p != place for p in self.places):
            return False
        if words is None:
            return True
        return all(_similarity(words, other) >= SIMILARITY
                   for other in self.words_by_language.get(event["language"], ()))

    def add(self, event: dict, words: set[str] | None) -> None:
        self.members.append(event)
        if event["place_key"]:
            self.places.add(event["place_key"])
        if words is not None:
            self.words_by_language.setdefault(event["language"], []).append(words)


def _words(event: dict) -> set[str]:
    text = (event["title"] or "") + " " + (event.get("trigger") or "")
    return set(re.findall(r"\w{4,}", text.lower()))


def _similarity(wa: set[str], wb: set[str]) -> float:
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def _participants(cluster: list[dict], keys: dict[str, str]) -> list[str]:
    """Participants of every member, each person once; `keys` remembers each spelling's key across clusters
    (a few hundred people are named in tens of thousands of reports)."""
    seen, out = set(), []
    for member in cluster:
        for name in member["participants"] or ():
            key = keys.get(name)
            if key is None:
                key = keys[name] = skeleton(name)
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out
