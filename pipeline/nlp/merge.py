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
_ONCE_A_DAY = {"referendum", "election", "results", "address", "other"}


def merge_events(document_events: list[dict]) -> tuple[list[dict], list[dict]]:
    ordered = sorted(document_events, key=lambda e: (e["event_date"], e["event_type"], e["document_id"],
                                                      e["char_start"], e["document_event_id"]))
    clusters: list[list[dict]] = []
    for event in ordered:
        for cluster in clusters:
            if all(_same_event(event, member) for member in cluster):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    events, links = [], []
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
            "participants": _participants(cluster),
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


def _same_event(a: dict, b: dict) -> bool:
    if a["event_date"] != b["event_date"] or a["event_type"] != b["event_type"]:
        return False
    if a["place_key"] and b["place_key"] and a["place_key"] != b["place_key"]:
        return False
    if a["event_type"] in _ONCE_A_DAY or a["language"] != b["language"]:
        return True
    return _similarity(a, b) >= SIMILARITY


def _words(event: dict) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", (event["title"] + " " + event.get("trigger", "")).lower())}


def _similarity(a: dict, b: dict) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def _participants(cluster: list[dict]) -> list[str]:
    seen, out = set(), []
    for member in cluster:
        for name in member["participants"]:
            key = skeleton(name)
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out
