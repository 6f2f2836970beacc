"""People and organisations across documents: one row each, with every spelling and their roles over time.

build_people(statements) -> (people, person_statements)
  people: person_id str (stable: from the spelling-free key of the name), name str (the Russian spelling when
          there is one, else the first seen), aliases list[str] (every spelling, sorted), languages list[str],
          roles list[dict(role str, org str, first_date date, last_date date)], first_date date, last_date date,
          statement_count int, document_count int
  person_statements: person_id str, statement_id str
  A surname alone ("Азимова") joins the one person with a fuller name and that surname.
build_organisations(statements, events=(), event_documents=()) -> organisations
  organisation_id str, name str, aliases list[str], languages list[str], statement_count int (as the speaker),
  people list[str] (people whose role is in it), document_count int
  `events` are the merged events and `event_documents` their reports (merge_events): an event's organiser is
  found in the languages and documents of the reports of the event.
Collective speakers ("Участники") are neither people nor organisations.
"""
from __future__ import annotations

import re
from collections import defaultdict

from pipeline.nlp.names import skeleton
from pipeline.nlp.records import stable_id

# The columns of core_statements build_people and build_organisations read: the others (the statement's text
# above all) are not loaded.
STATEMENT_COLUMNS = ("statement_id", "document_id", "speaker_name", "speaker_role", "speaker_org", "char_start",
                     "statement_date", "language", "is_collective", "is_organisation")

# The institutions of the reform under one key in every language.
_INSTITUTIONS = [
    ("constitutional_court", r"конституционн\w+ суд|конституциялық сот|constitutional court"),
    ("constitutional_commission", r"конституционн\w+ комисси|конституциялық комиссия|constitutional commission|^комиссия$"),
    ("central_election_commission", r"центральн\w+ избирательн\w+ комисси|^цик$|орталық сайлау комиссиясы|^оск$|"
                                    r"central election commission|^cec$"),
    ("prosecutor_general", r"генеральн\w+ прокуратур|бас прокуратура|prosecutor general"),
    ("mazhilis", r"^мажилис|^мәжіліс|^mazhilis"),
    ("senate", r"^сенат|^senate"),
    ("parliament", r"^парламент|^parliament"),
    ("government", r"^правительств|^үкімет|^government"),
    ("presidential_administration", r"администраци\w+ президента|президент әкімшілігі|presidential administration"),
    ("ministry_of_justice", r"министерств\w+ юстиции|юстиция министрлігі|ministry of justice"),
]


def person_key(name: str) -> str:
    return skeleton(name)


def build_people(statements: list[dict]) -> tuple[list[dict], list[dict]]:
    rows = [s for s in statements if not s["is_collective"] and not s.get("is_organisation")]
    # Keys once per spelling: a few thousand people make hundreds of thousands of statements.
    key_of = {name: person_key(name) for name in {s["speaker_name"] for s in rows}}
    keys = sorted(set(key_of.values()))
    fuller_by_surname: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if " " in key:
            fuller_by_surname[key.split()[-1]].append(key)
    alias_of = {}
    for key in keys:
        if " " not in key:
            fuller = fuller_by_surname.get(key, [])
            alias_of[key] = fuller[0] if len(fuller) == 1 else key
        else:
            alias_of[key] = key
    grouped: dict[str, list[dict]] = defaultdict(list)
    for statement in sorted(rows, key=lambda s: (str(s["statement_date"]), s["document_id"], s["char_start"])):
        grouped[alias_of[key_of[statement["speaker_name"]]]].append(statement)
    people, links = [], []
    for key in sorted(grouped):
        group = grouped[key]
        person_id = stable_id("per", key)
        spellings = sorted({s["speaker_name"] for s in group})
        russian = [s["speaker_name"] for s in group if s["language"] == "ru" and " " in s["speaker_name"]]
        dates = [s["statement_date"] for s in group if s["statement_date"] is not None]
        people.append({
            "person_id": person_id,
            "name": russian[0] if russian else max(spellings, key=len),
            "aliases": spellings,
            "languages": sorted({s["language"] for s in group}),
            "roles": _roles(group),
            "first_date": min(dates) if dates else None,
            "last_date": max(dates) if dates else None,
            "statement_count": len(group),
            "document_count": len({s["document_id"] for s in group}),
        })
        links.extend({"person_id": person_id, "statement_id": s["statement_id"]} for s in group)
    links.sort(key=lambda l: (l["person_id"], l["statement_id"]))
    return people, links


def _roles(group: list[dict]) -> list[dict]:
    spans: dict[tuple[str, str], dict] = {}
    for statement in group:
        role = statement["speaker_role"].strip()
        if not role:
            continue
        key = (role.lower(), statement["speaker_org"].lower())
        when = statement["statement_date"]
        entry = spans.setdefault(key, {"role": role, "org": statement["speaker_org"], "first_date": when,
                                       "last_date": when})
        if when is not None:
            entry["first_date"] = min(d for d in (entry["first_date"], when) if d is not None)
            entry["last_date"] = max(d for d in (entry["last_date"], when) if d is not None)
    return sorted(spans.values(), key=lambda r: (str(r["first_date"]), r["role"]))


def organisation_key(name: str) -> str:
    lowered = re.sub(r"\s+", " ", name.lower().replace("ё", "е")).strip()
    lowered = re.sub(r"^(?:the|kazakhstan[’']s)\s+", "", lowered)
    for key, pattern in _INSTITUTIONS:
        if re.search(pattern, lowered):
            return key
    return skeleton(lowered)


def build_organisations(statements: list[dict], events: list[dict] = (),
                        event_documents: list[dict] = ()) -> list[dict]:
    found: dict[str, dict] = {}
    key_of: dict[str, str] = {}  # a few hundred names over hundreds of thousands of statements

    def add(name: str, languages, document_ids) -> dict | None:
        name = name.strip()
        if not name:
            return None
        key = key_of.get(name)
        if key is None:
            key = key_of[name] = organisation_key(name)
        entry = found.setdefault(key, {"names": defaultdict(int), "languages": set(), "statements": 0,
                                       "people": set(), "documents": set()})
        entry["names"][name] += 1
        entry["languages"].update(languages)
        entry["documents"].update(document_ids)
        return entry

    for statement in statements:
        if statement["is_collective"]:
            continue
        entry = add(statement["speaker_org"], (statement["language"],), (statement["document_id"],))
        if entry is None:
            continue
        if statement.get("is_organisation"):
            entry["statements"] += 1
        else:
            entry["people"].add(statement["speaker_name"])
    # a merged event has no document of its own: its organiser is in the documents that reported it
    documents_of: dict[str, set[str]] = defaultdict(set)
    for link in event_documents:
        documents_of[link["event_id"]].add(link["document_id"])
    for event in events:
        if event.get("organiser"):
            add(event["organiser"], event.get("languages") or (), documents_of.get(event.get("event_id"), ()))
    rows = []
    for key in sorted(found):
        entry = found[key]
        names = sorted(entry["names"], key=lambda n: (-entry["names"][n], n))
        rows.append({
            "organisation_id": stable_id("org", key),
            "name": names[0],
            "aliases": sorted(names),
            "languages": sorted(l for l in entry["languages"] if l),
            "statement_count": entry["statements"],
            "people": sorted(entry["people"]),
            "document_count": len({d for d in entry["documents"] if d}),
        })
    return rows
