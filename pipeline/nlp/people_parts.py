"""The people of core_people and core_person_roles put together from summaries of each part of core_statements, so
that a run adding a part of statements summarises that part, not every statement again (issue 8).

people.people_table computes, person by person, unions (spellings, languages, documents), sums, minima and maxima
over their statements, and which statement comes first in the order (date, document, offset, row). Each of those
can be taken part by part and the parts' results put together. A person is made of names (a surname alone joins
the one fuller name with that surname: people.person_aliases), and which names go together depends on every name:
so a part is summarised by speaker name, which no other part changes, and the names are joined into people only
when the summaries of all parts are put together. The result is people_table's, row for row
(tests/nlp/test_people_parts.py).

Summaries (`summarise`, Arrow tables):
- names: one row per speaker name of a part's statements of people: how many, first and last date, the languages
  and documents (distinct, null counted as a value), and the first Russian statement's place if the name has a
  space (a person's name is their first such: people_table's `first_russian`);
- roles: one row per (name, role, organisation) (compared in lower case), first and last date, and the role and
  organisation as spelled in the first statement, with its place.
A place is (date, document, offset, row in the part); `people_from_summaries` orders places of different parts by
the parts' order, as reading every part in order would.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.nlp.people import (_ALL, _date_text, _lower, _ranks, grouped, person_row, persons_of,
                                 statements_of_people)
from pipeline.nlp.records import stable_id

_NO_DATE = 2 ** 31 - 1  # a statement without a date comes after the dated ones (people_table's order)
PLACE = ("date", "document", "char", "row")  # a statement's place in the order people_table takes them in

NAMES_SCHEMA = pa.schema([
    ("name", pa.string()), ("count", pa.int64()), ("date_min", pa.date32()), ("date_max", pa.date32()),
    ("languages", pa.list_(pa.string())), ("documents", pa.list_(pa.string())),
    *((f"ru_{p}", t) for p, t in zip(PLACE, (pa.int32(), pa.string(), pa.int64(), pa.int64())))])
ROLES_SCHEMA = pa.schema([
    ("name", pa.string()), ("role_key", pa.string()), ("org_key", pa.string()), ("date_min", pa.date32()),
    ("date_max", pa.date32()), ("role", pa.string()), ("org", pa.string()),
    *((f"first_{p}", t) for p, t in zip(PLACE, (pa.int32(), pa.string(), pa.int64(), pa.int64())))])


def summarise(statements: pa.Table) -> tuple[pa.Table, pa.Table]:
    """The names and roles summaries (NAMES_SCHEMA, ROLES_SCHEMA) of one part's statements (people.
    STATEMENT_COLUMNS, in the part's order)."""
    of_people = statements_of_people(statements)
    rows = statements.filter(of_people)
    rows = rows.append_column("row", pc.cast(pc.indices_nonzero(pa.chunked_array(of_people).combine_chunks()),
                                                pa.int64()))
    rows = rows.append_column("date", pc.fill_null(pc.cast(rows["statement_date"], pa.int32()), _NO_DATE))
    order = pc.sort_indices(pa.table({"date": rows["date"], "document": _ranks(rows["document_id"]),
                                      "char_start": rows["char_start"], "row": rows["row"]}),
                            sort_keys=[(k, "ascending") for k in ("date", "document", "char_start", "row")])
    rows = rows.append_column("position", _inverse(order))
    names = grouped(rows, "speaker_name").aggregate([
        ("position", "count"), ("statement_date", "min"), ("statement_date", "max"),
        ("language", "distinct", _ALL), ("document_id", "distinct", _ALL)])
    russian = rows.filter(pc.and_(pc.equal(rows["language"], "ru"), pc.match_substring(rows["speaker_name"], " ")))
    russian = grouped(russian, "speaker_name").aggregate([("position", "min")])
    first_russian = _places(rows, pc.take(order, russian["position_min"]))
    at = pc.index_in(names["speaker_name"], value_set=russian["speaker_name"])
    names = pa.table({
        "name": names["speaker_name"], "count": names["position_count"],
        "date_min": names["statement_date_min"], "date_max": names["statement_date_max"],
        "languages": names["language_distinct"], "documents": names["document_id_distinct"],
        **{f"ru_{p}": pc.take(first_russian[p], at) for p in PLACE}}, schema=NAMES_SCHEMA)

    roles = pc.unique(rows["speaker_role"])
    stripped = pa.array([r.strip() or None for r in roles.to_pylist()], pa.string())
    rows = rows.append_column("role", pc.take(stripped, pc.index_in(rows["speaker_role"], value_set=roles)))
    rows = rows.append_column("role_key", _lower(rows["role"])).append_column("org_key", _lower(rows["speaker_org"]))
    with_role = rows.filter(pc.is_valid(rows["role"]))
    spans = grouped(with_role, ["speaker_name", "role_key", "org_key"]).aggregate(
        [("statement_date", "min"), ("statement_date", "max"), ("position", "min")])
    first = pc.take(order, spans["position_min"])
    places = _places(rows, first)
    roles = pa.table({
        "name": spans["speaker_name"], "role_key": spans["role_key"], "org_key": spans["org_key"],
        "date_min": spans["statement_date_min"], "date_max": spans["statement_date_max"],
        "role": pc.take(rows["role"], first), "org": pc.take(rows["speaker_org"], first),
        **{f"first_{p}": places[p] for p in PLACE}}, schema=ROLES_SCHEMA)
    return names, roles


def people_from_summaries(names: pa.Table, roles: pa.Table, part_index: tuple[pa.Array, pa.Array],
                          known: dict[str, str] | None = None) -> tuple[list[dict], pa.Table, dict[str, str]]:
    """people_table's people and roles from the summaries of every part (concatenated), and the person_id of
    every name. `part_index`: the number of the part each row of `names` and of `roles` summarises (the parts'
    order); `known`: person_key of names already computed (added to)."""
    spellings = pc.unique(names["name"])
    person_of = persons_of(spellings, {} if known is None else known)
    names = names.append_column("person", pc.take(person_of, pc.index_in(names["name"], value_set=spellings)))
    names = names.append_column("part", part_index[0])

    by_person = grouped(names, "person").aggregate([
        ("name", "distinct", _ALL), ("date_min", "min"), ("date_max", "max"), ("count", "sum")])
    languages = grouped(_flattened(names, "languages"), "person").aggregate([("value", "distinct", _ALL)])
    documents = grouped(_flattened(names, "documents"), "person").aggregate(
        [("value", "count_distinct", _ALL)])
    languages_of = dict(zip(languages["person"].to_pylist(), languages["value_distinct"].to_pylist()))
    documents_of = dict(zip(documents["person"].to_pylist(), documents["value_count_distinct"].to_pylist()))
    russian = names.filter(pc.is_valid(names["ru_row"]))
    first_russian = _firsts(russian, "person", "ru_", "name")

    people = [person_row(person, spelled, languages_of[person], first, last, count, documents_of[person],
                         first_russian.get(person))
              for person, spelled, first, last, count in sorted(zip(
                  *(by_person[c].to_pylist() for c in ("person", "name_distinct", "date_min_min", "date_max_max",
                                                       "count_sum"))))]
    id_of_person = {person: stable_id("per", person) for person in by_person["person"].to_pylist()}
    return people, _roles(roles, part_index[1], spellings, person_of, id_of_person), \
        dict(zip(spellings.to_pylist(), (id_of_person[p] for p in person_of.to_pylist())))


def _roles(roles: pa.Table, part: pa.Array, spellings: pa.Array, person_of: pa.Array,
           id_of_person: dict[str, str]) -> pa.Table:
    """people_table's roles: the spans of every part joined by (person, role, organisation), each spelled as in
    its first statement, in people_table's order."""
    persons = sorted(id_of_person)
    person = pc.take(person_of, pc.index_in(roles["name"], value_set=spellings))
    rank = pc.index_in(person, value_set=pa.array(persons, pa.string()))
    roles = roles.append_column("part", part).append_column("rank", rank)
    order = _order(roles, "first_")
    roles = roles.append_column("position", _inverse(order))
    spans = grouped(roles, ["rank", "role_key", "org_key"]).aggregate(
        [("date_min", "min"), ("date_max", "max"), ("position", "min")])
    first = pc.take(order, spans["position_min"])
    spans = pa.table({
        "rank": spans["rank"],
        "person_id": pa.array([id_of_person[persons[r]] for r in spans["rank"].to_pylist()], pa.string()),
        "role": pc.take(roles["role"], first), "org": pc.fill_null(pc.take(roles["org"], first), ""),
        "first_date": spans["date_min_min"], "last_date": spans["date_max_max"],
        "first_text": _date_text(spans["date_min_min"]), "position": spans["position_min"]})
    spans = spans.sort_by([("rank", "ascending"), ("first_text", "ascending"), ("role", "ascending"),
                           ("position", "ascending")])
    return spans.select(["person_id", "role", "org", "first_date", "last_date"])


def _firsts(rows: pa.Table, key: str, prefix: str, column: str) -> dict:
    """{value of `key`: `column` of its row with the first place (columns `prefix` + PLACE, then the part)}."""
    order = _order(rows, prefix)
    firsts = grouped(rows.append_column("position", _inverse(order)), key).aggregate([("position", "min")])
    return dict(zip(firsts[key].to_pylist(), pc.take(rows[column], pc.take(order, firsts["position_min"]))
                    .to_pylist()))


def _order(rows: pa.Table, prefix: str) -> pa.Array:
    """The rows sorted by the place they give (`prefix` + PLACE), places of different parts in the parts' order."""
    return pc.sort_indices(pa.table({
        "date": rows[prefix + "date"], "document": _ranks(rows[prefix + "document"]), "char": rows[prefix + "char"],
        "part": rows["part"], "row": rows[prefix + "row"]}),
        sort_keys=[(k, "ascending") for k in ("date", "document", "char", "part", "row")])


def _places(rows: pa.Table, at: pa.Array) -> dict[str, pa.Array]:
    """The places of the rows `at` (PLACE: date, document, offset, row in the part)."""
    return {"date": pc.take(rows["date"], at), "document": pc.take(rows["document_id"], at),
            "char": pc.take(rows["char_start"], at), "row": pc.take(rows["row"], at)}


def _flattened(names: pa.Table, column: str) -> pa.Table:
    """(person, value) for every value of the list `column` of every row."""
    values = names[column].combine_chunks()
    return pa.table({"person": pc.take(names["person"], pc.list_parent_indices(values)),
                     "value": pc.list_flatten(values)})


def _inverse(order: pa.Array) -> pa.Array:
    position = np.empty(len(order), np.int64)
    position[order.to_numpy()] = np.arange(len(order))
    return pa.array(position)
