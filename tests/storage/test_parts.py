"""Tables kept as folders of parts, listed in name order (pipeline/storage/parts.py)."""
import os
import time

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.storage import parts
from pipeline.storage.parts import RACY_NS, part_files


def _part(folder, name):
    pq.write_table(pa.table({"n": [1]}), folder / name)


def _age(folder, seconds):
    then = time.time_ns() - seconds * 1_000_000_000
    os.utime(folder, ns=(then, then))


def test_a_table_is_its_parts_in_name_order_or_its_file_or_nothing(tmp_path):
    folder = tmp_path / "t.parquet"
    folder.mkdir()
    for name in ("b.parquet", "a.parquet", "notes.txt"):
        (folder / name).write_text("x")
    (folder / "sub.parquet").mkdir()  # not a file: not a part
    assert part_files(folder) == [folder / "a.parquet", folder / "b.parquet"]
    assert part_files(tmp_path / "one.parquet") == []
    (tmp_path / "one.parquet").write_text("x")
    assert part_files(tmp_path / "one.parquet") == [tmp_path / "one.parquet"]


def test_a_kept_listing_gives_way_to_a_part_added_removed_or_renamed(tmp_path, monkeypatch):
    monkeypatch.setattr(parts, "_listed", {})
    folder = tmp_path / "t.parquet"
    folder.mkdir()
    _part(folder, "a.parquet")
    _age(folder, 10)
    assert part_files(folder) == [folder / "a.parquet"]
    assert os.fspath(folder) in parts._listed  # kept: the folder last changed long before
    _part(folder, "b.parquet")
    assert part_files(folder) == [folder / "a.parquet", folder / "b.parquet"]
    _age(folder, 10)
    part_files(folder)
    os.replace(folder / "a.parquet", folder / "c.parquet")
    assert part_files(folder) == [folder / "b.parquet", folder / "c.parquet"]
    _age(folder, 10)
    part_files(folder)
    (folder / "b.parquet").unlink()
    assert part_files(folder) == [folder / "c.parquet"]


def test_a_folder_changed_in_the_last_moments_is_listed_again_each_time(tmp_path, monkeypatch):
    monkeypatch.setattr(parts, "_listed", {})
    folder = tmp_path / "t.parquet"
    folder.mkdir()
    _part(folder, "a.parquet")
    assert part_files(folder) == [folder / "a.parquet"]
    assert os.fspath(folder) not in parts._listed  # its mtime could still be the one a next change leaves
    assert RACY_NS >= 1_000_000_000
