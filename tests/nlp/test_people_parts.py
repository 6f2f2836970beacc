"""People put together from summaries of parts of the statements are people_table's, whatever the split."""
import random

import pyarrow as pa
import pytest

from pipeline.nlp.people import STATEMENT_COLUMNS, _STATEMENT_SCHEMA, people_table
from pipeline.nlp.people_parts import people_from_summaries, summarise
from tests.nlp.test_merge_equivalence import random_statements


def _table(rows):
    return pa.Table.from_pylist([{c: r.get(c) for c in STATEMENT_COLUMNS} for r in rows], schema=_STATEMENT_SCHEMA)


def from_parts(statements: pa.Table, sizes: list[int]):
    """people_from_summaries over the statements cut into parts of these sizes (in order)."""
    names, roles, names_part, roles_part, start = [], [], [], [], 0
    for number, size in enumerate(sizes):
        part_names, part_roles = summarise(statements.slice(start, size))
        start += size
        names.append(part_names)
        roles.append(part_roles)
        names_part += [number] * part_names.num_rows
        roles_part += [number] * part_roles.num_rows
    return people_from_summaries(pa.concat_tables(names), pa.concat_tables(roles),
                                 (pa.array(names_part, pa.int64()), pa.array(roles_part, pa.int64())))


def _cuts(rng, total):
    sizes = []
    while total:
        sizes.append(rng.randint(0, total))
        total -= sizes[-1]
    return sizes + [0] * rng.randint(not sizes, 2)  # parts without statements too (a table has one part at least)


@pytest.mark.parametrize("seed", range(120))
def test_summaries_of_any_split_give_people_table_s_people_and_roles(seed):
    rng = random.Random(seed)
    rows = random_statements(rng, rng.choice((0, 1, 5, 30, 120, 400)))
    if rows and rng.random() < 0.3:  # a statement of a document in another part, and ties of date and offset
        rows[-1] = {**rows[0], "statement_id": "st-last"}
    statements = _table(rows)
    people, roles, links = people_table(statements, in_table_order=True)
    got_people, got_roles, person_id_of = from_parts(statements, _cuts(rng, len(rows)))
    assert got_people == people
    assert got_roles.to_pylist() == roles.to_pylist()
    names = statements.take(links["row"])["speaker_name"].to_pylist()
    assert [person_id_of[n] for n in names] == links["person_id"].to_pylist()


def test_a_surname_alone_joins_the_fuller_name_of_another_part():
    rows = [{"statement_id": "a", "document_id": "d1", "speaker_name": "Асель Азимова", "speaker_role": "судья",
             "speaker_org": "Конституционный суд", "char_start": 0, "statement_date": None, "language": "ru",
             "is_collective": False, "is_organisation": False},
            {"statement_id": "b", "document_id": "d2", "speaker_name": "Азимова", "speaker_role": "Судья ",
             "speaker_org": "конституционный суд", "char_start": 5, "statement_date": None, "language": "kk",
             "is_collective": False, "is_organisation": False}]
    people, roles, person_id_of = from_parts(_table(rows), [1, 1])
    assert [(p["name"], p["aliases"], p["languages"], p["document_count"]) for p in people] == [
        ("Асель Азимова", ["Азимова", "Асель Азимова"], ["kk", "ru"], 2)]
    assert person_id_of["Азимова"] == person_id_of["Асель Азимова"] == people[0]["person_id"]
    assert roles.to_pylist() == [{"person_id": people[0]["person_id"], "role": "судья", "org": "Конституционный суд",
                                  "first_date": None, "last_date": None}]


@pytest.mark.parametrize("seed", range(60))
def test_organisation_summaries_of_any_split_give_the_organisations_of_the_whole(seed):
    from pipeline.nlp.people import organisation_summary, organisations_from_summaries, organisations_table
    from tests.nlp.test_merge_equivalence import random_reports, reference_merge_events

    rng = random.Random(seed)
    statements = _table(random_statements(rng, rng.choice((0, 1, 5, 30, 120, 400))))
    events, links = reference_merge_events(random_reports(rng, 10))
    events.append({"organiser": "Мажилис"})
    parts, start = [], 0
    for size in _cuts(rng, statements.num_rows):
        parts.append(organisation_summary(statements.slice(start, size)))
        start += size
    assert organisations_from_summaries(pa.concat_tables(parts), events, links) == \
        organisations_table(statements, events, links)
