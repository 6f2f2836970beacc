"""The checks generated from the metadata give the same answers for a table kept as a folder of parts as for the
same rows in one Parquet file: constraints across parts (a key repeated in two parts), foreign keys into a folder."""
from datetime import date

import pyarrow.parquet as pq
import pytest

from pipeline.metadata.tables import TABLES
from pipeline.metadata.validation import count_where, row_violations, schema_violations
from pipeline.storage.parquet import write_rows
from tests.parts_helpers import split_into_parts

PEOPLE, ROLES = TABLES["out_people"], TABLES["out_person_roles"]


def _person(n: int, **changes) -> dict:
    return {"person_id": f"p{n}", "name": f"Name {n}", "aliases": "", "languages": "ru", "first_date": date(2026, 3, 1),
            "last_date": date(2026, 3, n + 1), "statement_count": n, "document_count": 1, **changes}


def _role(person_id: str) -> dict:
    return {"person_id": person_id, "role": "minister", "org": "ЦИК", "first_date": None, "last_date": None}


@pytest.fixture
def tables(tmp_path):
    """People (one key twice, in different parts; two counts below their minimum) and roles (one of a
    person not among the people), each as a file and as a folder of parts."""
    people = [_person(1), _person(2), _person(3, document_count=-1), _person(4, statement_count=-1),
              _person(1, name="Again")]
    roles = [_role("p1"), _role("p2"), _role("p9")]
    write_rows(tmp_path / "people.parquet", PEOPLE, people)
    write_rows(tmp_path / "roles.parquet", ROLES, roles)
    return {"file": (tmp_path / "people.parquet", tmp_path / "roles.parquet"),
            "folder": (split_into_parts(tmp_path / "people.parquet", tmp_path / "parts" / "people.parquet", [2, 1, 2]),
                       split_into_parts(tmp_path / "roles.parquet", tmp_path / "parts" / "roles.parquet", [1, 2]))}


def _details(violations) -> list[tuple[str, int, str]]:
    return sorted((v.check, v.count, v.detail) for v in violations)


def test_row_violations_of_a_folder_are_those_of_the_file(tables):
    people, roles = tables["file"]
    expected = _details(row_violations(PEOPLE, people))
    assert [(c, n) for c, n, _ in expected] == [("minimum", 1), ("minimum", 1), ("primary_key", 1)]
    assert _details(row_violations(PEOPLE, tables["folder"][0])) == expected

    referenced = {"people": (PEOPLE, people)}
    expected = _details(row_violations(ROLES, roles, referenced))
    assert [(c, n) for c, n, _ in expected] == [("foreign_key", 1)]
    folder_people, folder_roles = tables["folder"]
    assert _details(row_violations(ROLES, folder_roles, {"people": (PEOPLE, folder_people)})) == expected
    assert _details(row_violations(ROLES, folder_roles, referenced)) == expected  # a folder against a file
    assert _details(row_violations(ROLES, roles, {"people": (PEOPLE, folder_people)})) == expected


def test_count_where_of_a_folder_and_its_views_is_that_of_the_file(tables):
    condition = "statement_count < 2 OR NOT EXISTS (SELECT 1 FROM roles r WHERE r.person_id = t.person_id)"
    (people, roles), (folder_people, folder_roles) = tables["file"], tables["folder"]
    assert count_where(people, condition, {"roles": roles}) == 4
    assert count_where(folder_people, condition, {"roles": folder_roles}) == 4
    assert count_where(folder_people, "true") == 5


def test_an_empty_table_has_no_violations_as_a_file_or_a_folder(tmp_path):
    write_rows(tmp_path / "people.parquet", PEOPLE, [])
    folder = split_into_parts(tmp_path / "people.parquet", tmp_path / "parts" / "people.parquet", [])
    for path in (tmp_path / "people.parquet", folder):
        assert schema_violations(PEOPLE, path) == [] and row_violations(PEOPLE, path) == []
        assert count_where(path, "true") == 0


def test_every_part_must_have_the_schema_of_the_first(tables, tmp_path):
    people, folder = tables["file"][0], tables["folder"][0]
    assert schema_violations(PEOPLE, people) == schema_violations(PEOPLE, folder) == []
    last = sorted(folder.iterdir())[-1]
    pq.write_table(pq.read_table(last).drop_columns(["aliases"]), last)
    assert _details(schema_violations(PEOPLE, folder)) == [
        ("columns", 1, f"part {last.name} has another schema than {sorted(folder.iterdir())[0].name}")]


def test_a_missing_table_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        schema_violations(PEOPLE, tmp_path / "people.parquet")
