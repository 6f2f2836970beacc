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

Both are computed column by column in Arrow (people_table, organisations_table: what the step calls, 5-10x
faster than a loop over hundreds of thousands of statements in Python), only the few thousand people and
organisations in Python. tests/nlp/test_merge_equivalence.py keeps the loops as the reference.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.nlp.names import skeleton
from pipeline.nlp.records import stable_id

# The columns of core_statements build_people and build_organisations read: the others (the statement's text
# above all) are not loaded.
STATEMENT_COLUMNS = ("statement_id", "document_id", "speaker_name", "speaker_role", "speaker_org", "char_start",
                     "statement_date", "language", "is_collective", "is_organisation")

_STATEMENT_SCHEMA = pa.schema([("statement_id", pa.string()), ("document_id", pa.string()),
                               ("speaker_name", pa.string()), ("speaker_role", pa.string()),
                               ("speaker_org", pa.string()), ("char_start", pa.int64()),
                               ("statement_date", pa.date32()), ("language", pa.string()),
                               ("is_collective", pa.bool_()), ("is_organisation", pa.bool_())])
_EVENT_SCHEMA = pa.schema([("event_id", pa.string()), ("organiser", pa.string()),
                           ("languages", pa.list_(pa.string()))])
_LINK_SCHEMA = pa.schema([("event_id", pa.string()), ("document_id", pa.string())])
_ALL = pc.CountOptions(mode="all")  # Python's sets count None as a value
ORGANISATIONS_SCHEMA = pa.schema([("name", pa.string()), ("count", pa.int64()), ("statements", pa.int64()),
                                  ("languages", pa.list_(pa.string())), ("people", pa.list_(pa.string())),
                                  ("documents", pa.list_(pa.string()))])

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


def grouped(table: pa.Table, keys: str | list[str]) -> pa.TableGroupBy:
    """`table` grouped by `keys` on one thread: the people's tables are small, and Acero's pool took longer for
    them (people_from_summaries 0.21-0.27 s against 0.11-0.15 at 100,000 pages) and the other core from the event
    merge that runs beside them."""
    return table.group_by(keys, use_threads=False)


def build_people(statements: list[dict], known: dict[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """`known`: person_key of names already computed (the incremental merge keeps them between runs)."""
    people, roles, links = people_table(_statement_table(statements), known)
    roles_of = defaultdict(list)
    for role in roles.to_pylist():
        roles_of[role.pop("person_id")].append(role)
    return [{**p, "roles": roles_of.get(p["person_id"], [])} for p in people], links.to_pylist()


def people_table(statements: pa.Table, known: dict[str, str] | None = None, in_table_order: bool = False
                 ) -> tuple[list[dict], pa.Table, pa.Table]:
    """build_people on an Arrow table of statements (STATEMENT_COLUMNS, in their order), column by column in
    Arrow (a few thousand people in Python): the people (without their roles), their roles (person_id, role,
    org, first_date, last_date: person by person in the people's order, each person's in theirs) and
    person_statements. `in_table_order`: person_statements in the statements' order, with `row`, each link's
    statement's place in `statements` (the sort by person and statement is left to the caller)."""
    known = {} if known is None else known
    of_people = statements_of_people(statements)
    rows = statements.filter(of_people)
    names = pc.unique(rows["speaker_name"])
    rows = rows.append_column("person", pc.take(persons_of(names, known),
                                                pc.index_in(rows["speaker_name"], value_set=names)))
    # the order build_people takes a person's statements in: date (as text: None after the dates), document,
    # offset, then the order of the table; sorted on numbers, as the strings' ranks
    order = pc.sort_indices(pa.table({
        "person": _ranks(rows["person"]),
        "date": pc.fill_null(pc.cast(rows["statement_date"], pa.int32()), 2 ** 31 - 1),
        "document": _ranks(rows["document_id"]), "char_start": rows["char_start"],
        "row": pa.array(range(rows.num_rows), pa.int64())}),
        sort_keys=[(k, "ascending") for k in ("person", "date", "document", "char_start", "row")])
    position = np.empty(len(order), np.int64)
    position[order.to_numpy()] = np.arange(len(order))
    rows = rows.append_column("position", pa.array(position))
    by_person = grouped(rows, "person").aggregate([
        ("speaker_name", "distinct", _ALL), ("language", "distinct", _ALL), ("statement_date", "min"),
        ("statement_date", "max"), ("position", "count"), ("document_id", "count_distinct", _ALL)])
    russian = rows.filter(pc.and_(pc.equal(rows["language"], "ru"), pc.match_substring(rows["speaker_name"], " ")))
    russian = grouped(russian, "person").aggregate([("position", "min")])
    first_russian = dict(zip(russian["person"].to_pylist(), pc.take(
        rows["speaker_name"], pc.take(order, russian["position_min"])).to_pylist()))
    people = [person_row(person, spellings, languages, first, last, count, documents, first_russian.get(person))
              for person, spellings, languages, first, last, count, documents in sorted(zip(
                  *(by_person[c].to_pylist() for c in ("person", "speaker_name_distinct", "language_distinct",
                                                       "statement_date_min", "statement_date_max", "position_count",
                                                       "document_id_count_distinct"))))]
    persons = pa.array(sorted(by_person["person"].to_pylist()), pa.string())
    ids = pa.array([p["person_id"] for p in people], pa.string())
    at = pc.index_in(rows["person"], value_set=persons)  # the person's place among the people
    rows = rows.append_column("person_id", pc.take(ids, at)).append_column("rank", at)
    if in_table_order:
        at_row = pc.indices_nonzero(pa.chunked_array(of_people).combine_chunks())
        links = rows.select(["person_id", "statement_id"]).append_column("row", at_row)
    else:
        links = sorted_links(rows.select(["person_id", "statement_id"]))
    return people, _person_roles(rows, order), links


def person_row(person: str, spellings: list[str], languages: list[str], first, last, statements: int,
               documents: int, russian_name: str | None) -> dict:
    """A core_people row (without roles): named by their first Russian full name, else their longest spelling."""
    spellings = sorted(spellings)
    return {
        "person_id": stable_id("per", person),
        "name": russian_name or max(spellings, key=len),
        "aliases": spellings,
        "languages": sorted(languages),
        "first_date": first,
        "last_date": last,
        "statement_count": statements,
        "document_count": documents,
    }


def statements_of_people(statements: pa.Table) -> pa.Array:
    """Which statements are a person's: neither a collective's ("Участники") nor an organisation's."""
    return pc.and_(pc.invert(pc.fill_null(statements["is_collective"], False)),
                   pc.invert(pc.fill_null(statements["is_organisation"], False)))


def persons_of(spellings: pa.Array, known: dict[str, str]) -> pa.Array:
    """The person (key) of each distinct spelling: a surname alone joins the one fuller name with that surname,
    among these spellings. `known`: person_key of spellings already computed (added to): keys once per spelling,
    a few thousand people make hundreds of thousands of statements."""
    for name in spellings.to_pylist():
        if name not in known:
            known[name] = person_key(name)
    alias_of = person_aliases(known[n] for n in spellings.to_pylist())
    return pa.array([alias_of[known[n]] for n in spellings.to_pylist()], pa.string())


def sorted_links(links: pa.Table) -> pa.Table:
    """person_statements rows in their table's order: by person_id, then statement_id."""
    keys = pa.table({"person_id": _ranks(links["person_id"]), "statement_id": links["statement_id"]})
    return links.take(pc.sort_indices(keys, sort_keys=[("person_id", "ascending"), ("statement_id", "ascending")]))


def _person_roles(rows: pa.Table, order: pa.Array) -> pa.Table:
    """Each person's roles: a role (stripped) at an organisation, both compared in lower case, spelled as first
    seen, from the first to the last date stated in it; in the order of their first date (as text) and role,
    then of when they were first seen."""
    roles = pc.unique(rows["speaker_role"])
    stripped = pa.array([r.strip() or None for r in roles.to_pylist()], pa.string())
    rows = rows.append_column("role", pc.take(stripped, pc.index_in(rows["speaker_role"], value_set=roles)))
    rows = rows.append_column("role_key", _lower(rows["role"]))
    rows = rows.append_column("org_key", _lower(rows["speaker_org"]))
    with_role = rows.filter(pc.is_valid(rows["role"]))
    spans = grouped(with_role, ["rank", "person_id", "role_key", "org_key"]).aggregate(
        [("statement_date", "min"), ("statement_date", "max"), ("position", "min")])
    first = pc.take(order, spans["position_min"])  # the span's first statement
    spans = pa.table({"rank": spans["rank"], "person_id": spans["person_id"], "role": pc.take(rows["role"], first),
                      "org": pc.fill_null(pc.take(rows["speaker_org"], first), ""),
                      "first_date": spans["statement_date_min"], "last_date": spans["statement_date_max"],
                      "first_text": _date_text(spans["statement_date_min"]), "position": spans["position_min"]})
    spans = spans.sort_by([("rank", "ascending"), ("first_text", "ascending"), ("role", "ascending"),
                           ("position", "ascending")])
    return spans.select(["person_id", "role", "org", "first_date", "last_date"])


def _ranks(values) -> pa.Array:
    """Each value's place among the distinct values sorted (strings sort as Python sorts them: by code point)."""
    encoded = values.combine_chunks().dictionary_encode() if isinstance(values, pa.ChunkedArray) else (
        values.dictionary_encode())
    sorted_at = pc.sort_indices(encoded.dictionary).to_numpy()
    rank = np.empty(len(sorted_at), np.int64)
    rank[sorted_at] = np.arange(len(sorted_at))
    return pc.take(pa.array(rank), encoded.indices)


def _date_text(dates) -> pa.ChunkedArray:
    """str() of each date, as Python sorts them ("None" for none)."""
    return pc.fill_null(pc.cast(dates, pa.string()), "None")


def _lower(values: pa.ChunkedArray) -> pa.Array:
    """str.lower of each value, computed once per distinct value (Python's lower, not Arrow's)."""
    distinct = pc.unique(values)
    lowered = pa.array([None if v is None else v.lower() for v in distinct.to_pylist()], pa.string())
    return pc.take(lowered, pc.index_in(values, value_set=distinct))


def _statement_table(statements: list[dict]) -> pa.Table:
    return _table(statements, _STATEMENT_SCHEMA)


def person_aliases(keys: Iterable[str]) -> dict[str, str]:
    """The person of each key: its own, or for a surname alone the one fuller name with that surname."""
    keys = sorted(set(keys))
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
    return alias_of


def organisation_key(name: str) -> str:
    lowered = re.sub(r"\s+", " ", name.lower().replace("ё", "е")).strip()
    lowered = re.sub(r"^(?:the|kazakhstan[’']s)\s+", "", lowered)
    for key, pattern in _INSTITUTIONS:
        if re.search(pattern, lowered):
            return key
    return skeleton(lowered)


def build_organisations(statements: list[dict], events: list[dict] = (),
                        event_documents: list[dict] = ()) -> list[dict]:
    return organisations_table(_statement_table(statements), events, event_documents)


def organisations_table(statements: pa.Table, events: pa.Table | Iterable[dict] = (),
                        event_documents: pa.Table | Iterable[dict] = ()) -> list[dict]:
    """build_organisations on an Arrow table of statements (STATEMENT_COLUMNS), column by column; the events
    (event_id, organiser, languages) and event_documents (event_id, document_id) as tables or dicts."""
    return organisations_from_summaries(organisation_summary(statements), events, event_documents)


def organisation_summary(statements: pa.Table) -> pa.Table:
    """What organisations_from_summaries needs of some statements (STATEMENT_COLUMNS), one row per organisation
    name as stated (stripped): its statements, those in its own name, their languages, the people speaking in its
    name and the documents (ORGANISATIONS_SCHEMA). The summaries of parts of the statements, one after the other,
    are the summary of all of them, row for row merged by name."""
    rows = statements.filter(pc.invert(pc.fill_null(statements["is_collective"], False)))
    raw = pc.unique(rows["speaker_org"])
    stated = pa.array([(n.strip() or None) if n is not None else None for n in raw.to_pylist()], pa.string())
    rows = rows.append_column("name", pc.take(stated, pc.index_in(rows["speaker_org"], value_set=raw)))
    rows = rows.filter(pc.is_valid(rows["name"]))
    of_organisation = pc.fill_null(rows["is_organisation"], False)
    names = grouped(rows, "name").aggregate([("name", "count", _ALL), ("language", "distinct", _ALL)])
    own = grouped(rows.filter(of_organisation), "name").aggregate([("name", "count", _ALL)])
    people = grouped(rows.filter(pc.invert(of_organisation)), "name").aggregate(
        [("speaker_name", "distinct", _ALL)])
    with_documents = rows.filter(pc.and_(pc.is_valid(rows["document_id"]), pc.not_equal(rows["document_id"], "")))
    documents = grouped(with_documents, "name").aggregate([("document_id", "distinct")])

    def per_name(table: pa.Table, column: str):
        return pc.take(table[column], pc.index_in(names["name"], value_set=table["name"]))

    empty = pa.scalar([], pa.list_(pa.string()))
    return pa.table({
        "name": names["name"], "count": names["name_count"],
        "statements": pc.fill_null(per_name(own, "name_count"), 0),
        "languages": names["language_distinct"],
        "people": pc.fill_null(per_name(people, "speaker_name_distinct"), empty),
        "documents": pc.fill_null(per_name(documents, "document_id_distinct"), empty)}, schema=ORGANISATIONS_SCHEMA)


def organisations_from_summaries(summaries: pa.Table, events: pa.Table | Iterable[dict] = (),
                                 event_documents: pa.Table | Iterable[dict] = ()) -> list[dict]:
    """The organisations of statements summarised by organisation_summary (of one table, or of its parts one after
    the other), and of the merged events: an event's organiser is in the languages and documents of its reports."""
    events, event_documents = _table(events, _EVENT_SCHEMA), _table(event_documents, _LINK_SCHEMA)
    key_of: dict[str, str] = {}  # a few hundred names
    found: dict[str, dict] = defaultdict(lambda: {"names": defaultdict(int), "languages": set(), "statements": 0,
                                                  "people": set()})
    keys = []
    for name, count, statements, languages, people in zip(
            *(summaries[c].to_pylist() for c in ("name", "count", "statements", "languages", "people"))):
        key = key_of.get(name)
        if key is None:
            key = key_of[name] = organisation_key(name)
        keys.append(key)
        entry = found[key]
        entry["names"][name] += count
        entry["languages"].update(languages)
        entry["statements"] += statements
        entry["people"].update(people)
    organisers = _organisation_keys(events.filter(pc.is_valid(events["organiser"])), "organiser", key_of)
    for key, name, count in _groups(organisers, ["key", "name"], count=True):
        found[key]["names"][name] += count
    languages = pa.table({"key": pc.take(organisers["key"], pc.list_parent_indices(organisers["languages"])),
                          "language": pc.list_flatten(organisers["languages"])})
    for key, language in _groups(languages, ["key", "language"]):
        found[key]["languages"].add(language)
    reported = event_documents.join(organisers.select(["event_id", "key"]), "event_id")
    pairs = pa.schema([("key", pa.string()), ("document_id", pa.string())])
    stated = summaries["documents"].combine_chunks() if summaries.num_rows else pa.array([], pa.list_(pa.string()))
    documents = pa.concat_tables([
        pa.table({"key": pc.take(pa.array(keys, pa.string()), pc.list_parent_indices(stated)),
                  "document_id": pc.list_flatten(stated)}).cast(pairs),
        reported.select(["key", "document_id"]).cast(pairs)])
    documents = documents.filter(pc.and_(pc.is_valid(documents["document_id"]),
                                         pc.not_equal(documents["document_id"], "")))
    document_count = dict(_groups(documents, ["key"], distinct="document_id"))
    out = []
    for key in sorted(found):
        entry = found[key]
        names = sorted(entry["names"], key=lambda n: (-entry["names"][n], n))
        out.append({
            "organisation_id": stable_id("org", key),
            "name": names[0],
            "aliases": sorted(names),
            "languages": sorted(l for l in entry["languages"] if l),
            "statement_count": entry["statements"],
            "people": sorted(entry["people"]),
            "document_count": document_count.get(key, 0),
        })
    return out


def _organisation_keys(rows: pa.Table, column: str, key_of: dict[str, str]) -> pa.Table:
    """The rows with the organisation's name (the column's, stripped) and key; not those with no name."""
    raw = pc.unique(rows[column])
    names = [n.strip() for n in raw.to_pylist()]
    for name in names:
        if name and name not in key_of:
            key_of[name] = organisation_key(name)
    at = pc.index_in(rows[column], value_set=raw)
    rows = rows.append_column("name", pc.take(pa.array([n or None for n in names], pa.string()), at))
    rows = rows.append_column("key", pc.take(pa.array([key_of.get(n) for n in names], pa.string()), at))
    return rows.filter(pc.is_valid(rows["key"]))


def _table(rows: pa.Table | Iterable[dict], schema: pa.Schema) -> pa.Table:
    if isinstance(rows, pa.Table):
        return rows.select(schema.names).cast(schema)
    return pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)


def _groups(rows: pa.Table, keys: list[str], count: bool = False, distinct: str | None = None) -> list[tuple]:
    """The distinct values of `keys` in `rows` (with how many rows have them, or how many distinct values of
    another column), as tuples."""
    aggregates = [(keys[0], "count", _ALL)] if count else []
    aggregates += [(distinct, "count_distinct")] if distinct else []
    groups = grouped(rows, keys).aggregate(aggregates)
    names = keys + [f"{keys[0]}_count"] * count + [f"{distinct}_count_distinct"] * bool(distinct)
    return list(zip(*(groups[n].to_pylist() for n in names)))
