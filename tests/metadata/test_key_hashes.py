"""A key constraint over parts counted from the parts' key hashes gives what grouping every key gives, and looks up
only the parts not proven together before (the counting side: tests/metadata/test_part_counts.py)."""
import random

import pytest

from pipeline.metadata.key_hashes import repeated_keys
from pipeline.metadata.part_counts import PartCounts, row_violations_by_part
from pipeline.metadata.tables import TABLES
from pipeline.metadata.validation import connect, row_violations
from pipeline.storage.fingerprint import file_state
from pipeline.storage.parquet import write_rows
from pipeline.storage.parts import part_name

ROLES = TABLES["out_person_roles"]  # primary key (person_id, role, org)
PK_SQL = "SELECT count(*) FROM (SELECT person_id, role, org FROM t GROUP BY ALL HAVING count(*) > 1)"
KEY = ("person_id", "role", "org")


def _role(person: int, role: str = "minister", organisation: str | None = "government") -> dict:
    return {"person_id": f"p{person}", "role": role, "org": organisation}


def _digests(folder) -> dict[str, str]:
    return {name: raw["sha256"] for name, raw in file_state(folder).parts.items()}


class Counted:
    """repeated_keys on a folder, with the exact query counted: it runs only when a hash repeats."""

    def __init__(self, folder, store):
        self.folder, self.store, self.exact_runs = folder, store, 0

    def __call__(self) -> int:
        parts = _digests(self.folder)
        con = connect(self.folder)

        def exact() -> int:
            self.exact_runs += 1
            return con.execute(PK_SQL).fetchall()[0][0]

        try:
            found = repeated_keys({n: self.folder / n for n in parts}, parts, KEY, True, self.store, exact)
            assert found == con.execute(PK_SQL).fetchall()[0][0]  # what grouping every key gives
        finally:
            con.close()
        return found


def test_parts_added_one_by_one_are_looked_up_against_the_proven_ones(tmp_path):
    folder, count = tmp_path / "roles.parquet", Counted(tmp_path / "roles.parquet", tmp_path / "keys")
    write_rows(folder / part_name("a"), ROLES, [_role(1), _role(2)])
    write_rows(folder / part_name("b"), ROLES, [_role(3), _role(3, organisation=None)])
    assert count() == 0 and count.exact_runs == 0
    write_rows(folder / part_name("c"), ROLES, [_role(4)])
    assert count() == 0 and count.exact_runs == 0
    # a key of a proven part again in a new one: counted exactly, and counted again while it is there
    write_rows(folder / part_name("d"), ROLES, [_role(2), _role(5)])
    assert count() == 1 and count.exact_runs == 1
    assert count() == 1 and count.exact_runs == 2
    (folder / part_name("d")).unlink()
    assert count() == 0 and count.exact_runs == 2
    # each part's hashes are kept by its content: the removed part's are gone with it
    assert len(list((tmp_path / "keys").glob("*.npy"))) == 3


def test_a_key_twice_in_one_new_part_or_in_two_new_parts_is_counted(tmp_path):
    folder, count = tmp_path / "roles.parquet", Counted(tmp_path / "roles.parquet", tmp_path / "keys")
    write_rows(folder / part_name("a"), ROLES, [_role(1)])
    assert count() == 0
    write_rows(folder / part_name("b"), ROLES, [_role(2), _role(2), _role(3, organisation=None)])
    write_rows(folder / part_name("c"), ROLES, [_role(3, organisation=None), _role(6)])
    assert count() == 2


def test_null_keys_count_for_a_primary_key_and_not_for_a_unique_column(tmp_path):
    folder = tmp_path / "roles.parquet"
    write_rows(folder / part_name("a"), ROLES, [_role(1, organisation=None)])
    write_rows(folder / part_name("b"), ROLES, [_role(1, organisation=None), _role(2, organisation=None)])
    parts = _digests(folder)
    files = {n: folder / n for n in parts}
    assert repeated_keys(files, parts, KEY, True, tmp_path / "pk", lambda: 1) == 1
    assert repeated_keys(files, parts, ("org",), False, tmp_path / "unique", lambda: 99) == 0


def test_two_parts_with_the_same_rows_under_two_names_repeat_every_key(tmp_path):
    folder, count = tmp_path / "roles.parquet", Counted(tmp_path / "roles.parquet", tmp_path / "keys")
    rows = [_role(1), _role(2)]
    write_rows(folder / part_name("a"), ROLES, rows)
    assert count() == 0
    write_rows(folder / part_name("b"), ROLES, rows)
    assert count() == 2


@pytest.mark.parametrize("damage", ["hashes", "proof"])
def test_an_unreadable_store_file_is_made_again(tmp_path, damage):
    folder, count = tmp_path / "roles.parquet", Counted(tmp_path / "roles.parquet", tmp_path / "keys")
    write_rows(folder / part_name("a"), ROLES, [_role(1)])
    write_rows(folder / part_name("b"), ROLES, [_role(2)])
    assert count() == 0
    pattern = "*.npy" if damage == "hashes" else "*.json"
    for path in (tmp_path / "keys").glob(pattern):
        path.write_bytes(b"not what it was")
    write_rows(folder / part_name("c"), ROLES, [_role(1)])
    assert count() == 1
    (folder / part_name("c")).unlink()
    assert count() == 0


def test_random_parts_give_the_whole_table_count(tmp_path):
    rng = random.Random(8)
    folder, count = tmp_path / "roles.parquet", Counted(tmp_path / "roles.parquet", tmp_path / "keys")
    for step in range(12):
        name = part_name(f"w{rng.randrange(6)}")
        if rng.random() < 0.2 and (folder / name).exists():
            (folder / name).unlink()
        else:
            write_rows(folder / name, ROLES, [_role(rng.randrange(40), rng.choice(["minister", "deputy"]),
                                                    rng.choice(["government", None]))
                                              for _ in range(rng.randrange(1, 6))])
        if any(folder.iterdir()):
            count()


def test_the_metadata_check_of_a_table_in_parts_uses_the_store(tmp_path):
    folder = tmp_path / "roles.parquet"
    write_rows(folder / part_name("a"), ROLES, [_role(1), _role(2)])
    found, kept = row_violations_by_part(ROLES, folder, None, _digests(folder), {}, PartCounts("code"),
                                         keys=tmp_path / "keys")
    assert found == [] and list((tmp_path / "keys").glob("*.npy"))
    write_rows(folder / part_name("b"), ROLES, [_role(2)])
    found, _ = row_violations_by_part(ROLES, folder, None, _digests(folder), {}, kept, keys=tmp_path / "keys")
    assert found == row_violations(ROLES, folder) and [(v.check, v.count) for v in found] == [("primary_key", 1)]
