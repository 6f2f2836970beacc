"""Counting a table's constraints part by part gives what counting the whole table gives, reading only the parts
whose counts are not known (the asset checks' side: tests/assets/test_checks_by_part.py)."""
from datetime import date

import pyarrow.parquet as pq

from pipeline.metadata.part_counts import (PartCounts, count_parts, key_values_digest, row_count,
                                            row_violations_by_part)
from pipeline.metadata.tables import TABLES
from pipeline.metadata.validation import row_violations
from pipeline.storage.fingerprint import file_state
from pipeline.storage.parquet import write_rows
from pipeline.storage.parts import part_name

PEOPLE, ROLES = TABLES["out_people"], TABLES["out_person_roles"]


def _person(n: int, **changes) -> dict:
    return {"person_id": f"p{n}", "name": f"Name {n}", "aliases": "", "languages": "ru", "first_date": date(2026, 3, 1),
            "last_date": date(2026, 3, 2), "statement_count": n, "document_count": 1, **changes}


def _digests(folder) -> dict[str, str]:
    return {name: raw["sha256"] for name, raw in file_state(folder).parts.items()}


def test_a_new_part_is_read_alone_and_the_violations_are_those_of_the_whole_table(tmp_path):
    folder = tmp_path / "people.parquet"
    write_rows(folder / part_name("a"), PEOPLE, [_person(1), _person(2, document_count=-1)])
    write_rows(folder / part_name("b"), PEOPLE, [_person(3)])
    found, kept = row_violations_by_part(PEOPLE, folder, None, _digests(folder), {}, PartCounts("code"))
    assert found == row_violations(PEOPLE, folder) and kept.parts_counted == 2

    write_rows(folder / part_name("c"), PEOPLE, [_person(1, statement_count=-5), _person(4)])
    found, kept = row_violations_by_part(PEOPLE, folder, None, _digests(folder), {}, kept)
    assert kept.parts_counted == 1
    assert found == row_violations(PEOPLE, folder)
    assert sorted((v.check, v.count) for v in found) == [("minimum", 1), ("minimum", 1), ("primary_key", 1)]


def test_a_foreign_key_is_counted_again_when_its_target_changes(tmp_path):
    people, roles = tmp_path / "people.parquet", tmp_path / "roles.parquet"
    write_rows(people, PEOPLE, [_person(1)])
    for name, person in (("a", "p1"), ("b", "p2")):
        write_rows(roles / part_name(name), ROLES, [{"person_id": person, "role": "minister", "org": "ЦИК"}])
    referenced = {"people": (PEOPLE, people)}
    found, kept = row_violations_by_part(ROLES, roles, referenced, _digests(roles),
                                         {"people": file_state(people)}, PartCounts("code"))
    assert found == row_violations(ROLES, roles, referenced) and len(found) == 1

    write_rows(people, PEOPLE, [_person(1), _person(2)])
    found, kept = row_violations_by_part(ROLES, roles, referenced, _digests(roles),
                                         {"people": file_state(people)}, kept)
    assert found == row_violations(ROLES, roles, referenced) == [] and kept.parts_counted == 2


def test_counts_of_other_code_or_parts_with_other_schemas_are_not_kept(tmp_path):
    folder = tmp_path / "people.parquet"
    write_rows(folder / part_name("a"), PEOPLE, [_person(1)])
    write_rows(folder / part_name("b"), PEOPLE, [_person(2, statement_count=-1)])
    condition = row_count("statement_count < 0")
    (bad,), kept = count_parts(folder, _digests(folder), [condition], PartCounts("code"))
    assert bad == 1 and kept.parts_counted == 2
    assert PartCounts.load(kept.raw(), "other code").counts == {}
    (bad,), again = count_parts(folder, _digests(folder), [condition], PartCounts.load(kept.raw(), "code"))
    assert bad == 1 and again.parts_counted == 0

    last = folder / part_name("b")
    pq.write_table(pq.read_table(last).drop_columns(["aliases"]), last)
    (bad,), kept = count_parts(folder, _digests(folder), [condition], again)
    assert bad == 1 and kept.counts == {}


def _three_roles_checked_against(people, tmp_path):
    """Roles of p1, p2 and p3 in a part each, and their check against `people` (a file or a folder of parts) from
    what the last check kept."""
    roles = tmp_path / "roles.parquet"
    for name, person in (("a", "p1"), ("b", "p2"), ("c", "p3")):
        write_rows(roles / part_name(name), ROLES, [{"person_id": person, "role": "minister", "org": "ЦИК"}])
    referenced = {"people": (PEOPLE, people)}

    def check(kept):
        return row_violations_by_part(ROLES, roles, referenced, _digests(roles), {"people": file_state(people)},
                                      PartCounts.load(kept.raw(), "code"))

    return roles, referenced, check


def test_a_part_whose_keys_all_had_targets_is_not_read_again_while_the_target_only_gains_parts(tmp_path):
    people = tmp_path / "people.parquet"
    write_rows(people / part_name("a"), PEOPLE, [_person(1), _person(2)])
    roles, referenced, check = _three_roles_checked_against(people, tmp_path)
    found, kept = check(PartCounts("code"))
    assert found == row_violations(ROLES, roles, referenced) and found[0].count == 1 and kept.parts_counted == 3
    write_rows(people / part_name("b"), PEOPLE, [_person(3)])  # the target gains a part: p3 is found now
    found, kept = check(kept)
    assert found == row_violations(ROLES, roles, referenced) == []
    assert kept.parts_counted == 1  # the part that had a key without a person; the others had none and still do
    write_rows(roles / part_name("d"), ROLES, [{"person_id": "p9", "role": "akim", "org": ""}])
    found, kept = check(kept)
    assert found == row_violations(ROLES, roles, referenced) and found[0].count == 1 and kept.parts_counted == 1
    write_rows(people / part_name("a"), PEOPLE, [_person(2)])  # a part of the target changed: p1 is gone
    found, kept = check(kept)
    assert found == row_violations(ROLES, roles, referenced) and found[0].count == 2 and kept.parts_counted == 4


def test_a_target_kept_as_one_file_counts_every_part_again_when_it_changes(tmp_path):
    people, roles = tmp_path / "people.parquet", tmp_path / "roles.parquet"
    write_rows(people, PEOPLE, [_person(1)])
    for name in ("a", "b"):
        write_rows(roles / part_name(name), ROLES, [{"person_id": "p1", "role": f"minister {name}", "org": "ЦИК"}])
    referenced = {"people": (PEOPLE, people)}
    _, kept = row_violations_by_part(ROLES, roles, referenced, _digests(roles), {"people": file_state(people)},
                                     PartCounts("code"))
    write_rows(people, PEOPLE, [_person(1), _person(2)])
    found, kept = row_violations_by_part(ROLES, roles, referenced, _digests(roles), {"people": file_state(people)},
                                         PartCounts.load(kept.raw(), "code"))
    assert found == [] and kept.parts_counted == 2


def test_a_target_kept_as_one_file_written_again_with_the_same_keys_keeps_the_counts(tmp_path):
    people = tmp_path / "people.parquet"
    write_rows(people, PEOPLE, [_person(1), _person(2)])
    roles, referenced, check = _three_roles_checked_against(people, tmp_path)
    found, kept = check(PartCounts("code"))
    assert found == row_violations(ROLES, roles, referenced) and found[0].count == 1 and kept.parts_counted == 3
    # the people's counts and order change, their ids do not: what the foreign key reads is the same
    write_rows(people, PEOPLE, [_person(2, statement_count=7), _person(1, document_count=3)])
    found, kept = check(kept)
    assert found == row_violations(ROLES, roles, referenced) and found[0].count == 1 and kept.parts_counted == 0
    write_rows(people, PEOPLE, [_person(1), _person(2), _person(3)])  # a person comes: counted again
    found, kept = check(kept)
    assert found == row_violations(ROLES, roles, referenced) == [] and kept.parts_counted == 3
    write_rows(people, PEOPLE, [_person(1), _person(3)])  # one goes
    found, kept = check(kept)
    assert found == row_violations(ROLES, roles, referenced) and found[0].count == 1 and kept.parts_counted == 3


def test_the_digest_of_a_target_is_of_its_distinct_keys_without_nulls(tmp_path):
    a, b, c = (tmp_path / f"{n}.parquet" for n in "abc")
    write_rows(a, ROLES, [{"person_id": "p1", "role": "x", "org": "o"}, {"person_id": "p2", "role": "y", "org": None}])
    write_rows(b, ROLES, [{"person_id": "p2", "role": "z", "org": "o"}, {"person_id": "p1", "role": "x", "org": "q"},
                          {"person_id": "p1", "role": "w", "org": None}])
    write_rows(c, ROLES, [{"person_id": "p1", "role": "x", "org": "o"}])
    assert key_values_digest(a, ("person_id",)) == key_values_digest(b, ("person_id",))
    assert key_values_digest(a, ("person_id",)) != key_values_digest(c, ("person_id",))
    # two columns: the rows whose org is null are left out, the others' pairs compared
    assert key_values_digest(a, ("person_id", "org")) == key_values_digest(c, ("person_id", "org"))
    assert key_values_digest(b, ("person_id", "org")) != key_values_digest(c, ("person_id", "org"))
