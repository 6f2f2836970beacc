"""Row groups appended to a Parquet file: what pyarrow and DuckDB read back is the rows of both files."""
from datetime import datetime, timezone

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.storage.parquet_append import CannotAppend, append_file, footer, row_group_sizes
from pipeline.storage.thrift_compact import read_struct, write_struct

SCHEMA = pa.schema([
    pa.field("id", pa.string(), nullable=False),
    pa.field("text", pa.string()),
    pa.field("n", pa.int64()),
    pa.field("at", pa.timestamp("us", tz="UTC")),
    pa.field("tags", pa.list_(pa.string())),
    pa.field("ok", pa.bool_()),
], metadata={"atazan:table": "sample"})


def _rows(start: int, count: int) -> pa.Table:
    return pa.table({
        "id": [f"doc-{i}" for i in range(start, start + count)],
        "text": [None if i % 7 == 0 else "слово " * (i % 50) for i in range(start, start + count)],
        "n": list(range(start, start + count)),
        "at": [datetime(2026, 3, 15, tzinfo=timezone.utc)] * count,
        "tags": [["a", "b"][: i % 3] for i in range(start, start + count)],
        "ok": [i % 2 == 0 for i in range(start, start + count)],
    }, schema=SCHEMA)


def _write(path, table, metadata=None, **options):
    schema = table.schema.with_metadata({**(table.schema.metadata or {}), **(metadata or {})})
    with pq.ParquetWriter(path, schema, compression="zstd", **options) as writer:
        writer.write_table(table.cast(schema), row_group_size=1500)
    return path


def test_a_footer_read_and_written_back_is_the_same_bytes(tmp_path):
    path = _write(tmp_path / "a.parquet", _rows(0, 4000))
    fields, start = footer(path)
    data = path.read_bytes()
    assert write_struct(fields) == data[start:len(data) - 8]
    assert read_struct(write_struct(fields))[0] == fields


@pytest.mark.parametrize("options", [{}, {"write_page_index": True}, {"use_dictionary": False}])
def test_the_joined_file_reads_as_both_files_rows_in_pyarrow_and_duckdb(tmp_path, options):
    base = _write(tmp_path / "base.parquet", _rows(0, 4000), {"atazan:build_time": "old"}, **options)
    addition = _write(tmp_path / "new.parquet", _rows(4000, 1200), {"atazan:build_time": "new"}, **options)
    target = tmp_path / "joined.parquet"
    assert append_file(base, addition, target) == 5200
    expected = pa.concat_tables([_rows(0, 4000), _rows(4000, 1200)])
    file = pq.ParquetFile(target)
    assert file.metadata.num_rows == 5200
    assert file.metadata.num_row_groups == 3 + 1
    assert file.schema_arrow.metadata[b"atazan:build_time"] == b"new"  # the addition's footer metadata
    assert file.read().select(SCHEMA.names).cast(SCHEMA).equals(expected)
    assert file.read_row_group(3).column("id")[0].as_py() == "doc-4000"
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*), sum(n), max(id) FILTER (WHERE n < 4001) FROM '{target}'").fetchall() \
        == [(5200, sum(range(5200)), "doc-999")]
    assert con.execute(f"SELECT id FROM '{target}' WHERE n = 5100").fetchall() == [("doc-5100",)]
    assert row_group_sizes(target)[:3] == row_group_sizes(base)


def test_appending_in_place_and_again(tmp_path):
    target = _write(tmp_path / "t.parquet", _rows(0, 100))
    for start in (100, 200, 300):
        append_file(target, _write(tmp_path / f"n{start}.parquet", _rows(start, 100)), target)
    assert pq.read_table(target)["n"].to_pylist() == list(range(400))
    assert not (tmp_path / "t.parquet.tmp").exists()


def test_another_schema_is_refused_and_the_target_left_alone(tmp_path):
    base = _write(tmp_path / "base.parquet", _rows(0, 10))
    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"id": ["x"]}), other)
    with pytest.raises(CannotAppend):
        append_file(base, other, base)
    assert pq.read_table(base).num_rows == 10


def test_a_file_that_is_not_parquet_is_refused(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 not really PAR1")
    with pytest.raises(CannotAppend):
        footer(bad)
    with pytest.raises(CannotAppend):
        row_group_sizes(bad)
