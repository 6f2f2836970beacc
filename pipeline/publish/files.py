"""The published files: Parquet (zstd, provenance in the footer), CSV, and one DuckDB file for journalists."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.metadata.schema import Table
from pipeline.search import install_published_search
from pipeline.storage import duckdb_session
from pipeline.storage.parquet_append import CannotAppend, append_file, row_group_sizes
from pipeline.storage.parts import part_files

# DuckDB 2.x writes a storage format 1.x cannot open; v1.0.0 is readable by DuckDB >= 1.0 (and DBeaver's driver).
STORAGE_COMPATIBILITY = "v1.0.0"
# A published row group: small tables stay one row group; documents (every text) gets groups of ~32 MB, which
# is also the most publish_parquet holds at once.
READ_ROWS = 1000
COPY_MEMORY_LIMIT = "256MB"
SEARCH_MEMORY_LIMIT = "256MB"
ROW_GROUP_ROWS = 1 << 20
ROW_GROUP_BYTES = 32 << 20
# row groups under half ROW_GROUP_BYTES a published file may gather from appends before it is written whole again
SMALL_GROUPS = 16


def publish_parquet(source: Path, target: Path, table: Table, provenance: dict[str, str]) -> int:
    """Copy an out table (a file or a folder of parts) to publish/parquet, one file, with the metadata module's
    schema and provenance in its footer.

    Row group by row group, so the memory is one row group's, not the table's (documents carries every text)."""
    return _write_parquet(part_files(source), target, table, provenance)


def append_parquet(parts: list[Path], target: Path, table: Table, provenance: dict[str, str]) -> int | None:
    """Add the rows of these parts of an out table after those of its published file `target` (the file
    publish_parquet made of its other parts), as row groups of their own: the rows already published are not
    decoded again. The footer gets this provenance. None, and `target` left as it was, when the file would hold
    more than SMALL_GROUPS small row groups (each run that adds pages adds one; a whole publish packs them
    again) or cannot be appended to: then publish it whole."""
    try:
        small = sum(size < ROW_GROUP_BYTES // 2 for size in row_group_sizes(target))
    except (OSError, CannotAppend):
        return None
    if small >= SMALL_GROUPS:
        return None
    addition = target.with_name(target.name + ".new.tmp")
    try:
        _write_parquet(parts, addition, table, provenance)
        return append_file(target, addition, target)
    except CannotAppend:
        return None
    finally:
        addition.unlink(missing_ok=True)


def _write_parquet(parts: list[Path], target: Path, table: Table, provenance: dict[str, str]) -> int:
    schema = table.arrow_schema
    meta = dict(schema.metadata or {})
    meta.update({k.encode(): v.encode() for k, v in provenance.items()})
    meta[b"atazan:table"] = table.published_as.encode()
    meta[b"atazan:description"] = table.description.encode()
    schema = schema.with_metadata(meta)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    rows = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            pending: list[pa.RecordBatch] = []
            # running totals: summing every pending batch's size again after each batch took 1.7 s of 4.1 at
            # 100,000 pages (a batch's nbytes walks its buffers)
            pending_bytes = pending_rows = 0
            for file, group in _row_groups(parts):
                for batch in file.iter_batches(batch_size=READ_ROWS, row_groups=[group],
                                               columns=table.column_names, use_threads=False):
                    pending.append(batch)
                    rows += batch.num_rows
                    pending_bytes += batch.nbytes
                    pending_rows += batch.num_rows
                    if pending_bytes >= ROW_GROUP_BYTES or pending_rows >= ROW_GROUP_ROWS:
                        _write_group(writer, pending, schema)
                        pending, pending_bytes, pending_rows = [], 0, 0
            if pending or not rows:
                _write_group(writer, pending, schema)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
    return rows


def _row_groups(parts: list[Path]) -> Iterator[tuple[pq.ParquetFile, int]]:
    """Every row group of these files (a table's parts in name order), one file open at a time."""
    for path in parts:
        file = pq.ParquetFile(path)
        for group in range(file.num_row_groups):
            yield file, group
        file.close()


def rows_after(parquet: Path, first: int, columns: list[str]) -> pa.Table:
    """The rows of a Parquet file after its first `first`, reading only the row groups that hold them."""
    file = pq.ParquetFile(parquet)
    try:
        groups, start, skip = [], 0, 0
        for group in range(file.num_row_groups):
            size = file.metadata.row_group(group).num_rows
            if start + size > first:
                skip = skip if groups else first - start
                groups.append(group)
            start += size
        if not groups:
            return file.schema_arrow.empty_table().select(columns)
        return file.read_row_groups(groups, columns=columns, use_threads=False).slice(skip)
    finally:
        file.close()


def _write_group(writer: pq.ParquetWriter, batches: list[pa.RecordBatch], schema: pa.Schema) -> None:
    # parts may differ in nullability (DuckDB marks a column without nulls required): the schema's is the one
    data = pa.Table.from_batches([pa.RecordBatch.from_arrays(b.columns, names=b.schema.names) for b in batches]) \
        if batches else schema.empty_table()
    data = data.select(schema.names).cast(schema)
    writer.write_table(data, row_group_size=max(data.num_rows, 1))


def publish_csv(parquet: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    # One thread: keeping the rows' order with two held batches that grow with the table (documents at
    # 100,000 pages: 1.1 GB against 340 MB with one).
    con = duckdb_session.cursor(one_thread=True)
    try:
        con.execute(f"COPY (SELECT * FROM read_parquet('{_q(parquet)}')) TO '{_q(tmp)}' (FORMAT csv, HEADER)")
    finally:
        con.close()
    os.replace(tmp, target)


def append_csv(parquet: Path, target: Path, from_row: int) -> None:
    """Bring `target`, publish_csv's CSV of the first `from_row` rows of `parquet`, up to the whole of it by
    writing the rows after those at its end: the bytes publish_csv would write (DuckDB formats each row alone).
    The file is appended to where it is (copying the CSV of documents first cost 0.5 s at 100,000 pages): an error
    takes it back to its size before, and a run killed halfway leaves it with a size and time the publish step's
    record of it no longer matches, so the next run writes it whole."""
    tail = target.with_name(target.name + ".tail.tmp")
    try:
        con = duckdb_session.cursor(one_thread=True)
        try:
            con.execute(f"COPY (SELECT * EXCLUDE (file_row_number) FROM read_parquet('{_q(parquet)}', "
                        f"file_row_number = true) WHERE file_row_number >= {int(from_row)}) TO '{_q(tail)}' "
                        f"(FORMAT csv, HEADER false)")
        finally:
            con.close()
        size = target.stat().st_size
        try:
            with target.open("ab") as out, tail.open("rb") as rows:
                shutil.copyfileobj(rows, out, 1 << 20)
        except BaseException:
            os.truncate(target, size)
            raise
    finally:
        tail.unlink(missing_ok=True)


def build_duckdb(target: Path, tables: list[tuple[Table, Path]], statements: list[str] = (),
                 search_reuse_dir: Path | None = None) -> None:
    """Build the published DuckDB file in one step (one writer), under a temporary name, then rename it.
    `search_reuse_dir` keeps the search index's postings between builds (see install_search)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    try:
        con.execute("SET TimeZone = 'UTC'")
        # Without a limit DuckDB keeps every table it copies in memory until the checkpoint (2 GB for the
        # documents of 100,000 pages); under one it writes full blocks to the file as it goes.
        con.execute(f"SET memory_limit = '{COPY_MEMORY_LIMIT}'")
        for table, parquet in tables:
            name = table.published_as
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet('{_q(parquet)}')")
            for statement in table_comment_statements(table):
                con.execute(statement)
        # The search index reads every text back through this connection: unbounded, DuckDB keeps the blocks it
        # read cached (977 MB at 100,000 pages); under a limit its sort of the postings spills: 732 MB under 512 MB,
        # 488 MB under 256 MB (29% slower, 92 s against 71 s at 100,000 pages; only a full build pays it, a build
        # that adds pages updates the file in place).
        con.execute(f"SET memory_limit = '{SEARCH_MEMORY_LIMIT}'")
        for statement in statements:
            con.execute(statement)
        install_published_search(con, search_reuse_dir)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    wal_path(target).unlink(missing_ok=True)  # a killed update's log: it belongs to the file replaced
    os.replace(tmp, target)


def wal_path(database: Path) -> Path:
    """DuckDB's write-ahead log beside a database file."""
    return database.with_name(database.name + ".wal")


def table_comment_statements(table: Table) -> list[str]:
    """The metadata module's descriptions of a published table and its columns, as DuckDB comments."""
    name = table.published_as
    return [f"COMMENT ON TABLE {name} IS '{_s(table.description)}'",
            *(f"COMMENT ON COLUMN {name}.{column.name} IS '{_s(column.description)}'" for column in table.columns)]


def _q(path: Path) -> str:
    return str(path).replace("'", "''")


def _s(text: str) -> str:
    return text.replace("'", "''")
