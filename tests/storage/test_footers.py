"""Parquet footers read once a process and never taken for another version of the file (pipeline/storage/footers.py)."""
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.storage import footers
from pipeline.storage.footers import footer


def _write(path, rows: int, made_from: str, in_place: bool = False) -> None:
    table = pa.table({"n": list(range(rows))}).replace_schema_metadata({"atazan:made_from": made_from})
    if in_place:
        pq.write_table(table, path)
        return
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def test_a_footer_is_read_once_and_says_the_rows_and_metadata(tmp_path, monkeypatch):
    path = tmp_path / "part.parquet"
    _write(path, 3, "a")
    opened = []
    real = pq.ParquetFile
    monkeypatch.setattr(footers.pq, "ParquetFile", lambda p: opened.append(p) or real(p))
    first, again = footer(path), footer(path)
    assert (first.rows, first.schema.metadata[b"atazan:made_from"]) == (3, b"a")
    assert again is first and len(opened) == 1


@pytest.mark.parametrize("in_place", [False, True])
def test_a_file_written_again_has_its_new_footer(tmp_path, in_place):
    path = tmp_path / "part.parquet"
    _write(path, 3, "a")
    assert footer(path).rows == 3
    _write(path, 3, "b", in_place=in_place)  # the same size, as a part made again from other inputs may be
    assert footer(path).schema.metadata[b"atazan:made_from"] == b"b"


def test_a_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        footer(tmp_path / "missing.parquet")


def test_the_kept_footers_start_over_past_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(footers, "MAX_KEPT", 2)
    monkeypatch.setattr(footers, "_kept", {})
    paths = [tmp_path / f"{n}.parquet" for n in range(3)]
    for number, path in enumerate(paths):
        _write(path, number, str(number))
    assert [footer(p).rows for p in paths] == [0, 1, 2]
    assert len(footers._kept) == 1
