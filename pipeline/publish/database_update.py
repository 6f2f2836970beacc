"""Bringing the published DuckDB file up to date in place of building it again, when only some tables changed
and the code that builds it did not: a run that adds 1% new pages should not copy every table and index every
text again (issue 8).

Each changed table gets its row differences (rows are compared by a hash of every column: the rows gone are
deleted, the new ones inserted; a table whose published file was only appended to gets its new rows without the
comparison) and the search index's (pipeline/search/update.py), all in one transaction on the file itself: a
killed run or an error leaves the previous rows, and DuckDB's lock keeps readers out for the update's moment.
When a reader already has the file open, the update is made on a copy that then replaces the file, so that the
reader keeps the file it opened (copying 380 MB at 100,000 pages cost 0.3-0.9 s of a +1% run's 1.3 s). The
tables hold the same rows as a full build's (tests/publish/test_database_update.py).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipeline.metadata.schema import Table
from pipeline.publish.files import (COPY_MEMORY_LIMIT, SEARCH_MEMORY_LIMIT, SMALL_GROUPS, rows_after,
                                    table_comment_statements, wal_path)
from pipeline.search.install import INDEX_TABLES, SEARCHED_TABLES
from pipeline.search.update import apply_item_changes, changed_items

# Past this share of a table's rows changed, the table is copied whole: a patch would leave the file's storage
# scattered for no saving.
PATCH_SHARE = 0.25
# The rows an appended table gains, registered with the connection while it is brought up to date.
APPENDED = "appended_rows"
# DuckDB's row groups hold 122,880 rows; one with less than half of that counts as small.
SMALL_GROUP_ROWS = 61_440


def update_duckdb(target: Path, changed: list[tuple[Table, Path]],
                  appended: Mapping[str, int] | None = None) -> dict[str, str]:
    """Apply the new versions of the `changed` tables (published Parquet files) to the DuckDB file `target`.
    `appended` names tables whose copy in the file holds exactly their new file's first rows (that many): only
    the rows after those are read and inserted, without hashing every row (a new WARC file's documents).
    Returns how each table was brought up to date: "appended (+i)", "patched (-d +i)" or "replaced"."""
    appended = appended or {}
    con = _open_unshared(target)
    if con is None:
        return _update_copy(target, changed, appended)
    try:
        return _apply(con, changed, appended)
    finally:
        con.close()


def _open_unshared(target: Path) -> duckdb.DuckDBPyConnection | None:
    """The file opened for writing; None when another process has it open (DuckDB locks it)."""
    try:
        return duckdb.connect(str(target))
    except duckdb.IOException as exc:
        if "lock" not in str(exc).lower():
            raise
        return None


def _update_copy(target: Path, changed: list[tuple[Table, Path]], appended: Mapping[str, int]) -> dict[str, str]:
    """The update made on a copy of the file, which then replaces it (a reader keeps the file it has open)."""
    tmp = target.with_name(target.name + ".tmp")
    copied_log = wal_path(tmp)
    shutil.copyfile(target, tmp)
    if wal_path(target).exists():  # changes a killed run committed and did not yet write into the file
        shutil.copyfile(wal_path(target), copied_log)
    try:
        con = duckdb.connect(str(tmp))
        try:
            done = _apply(con, changed, appended)
        finally:
            con.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        copied_log.unlink(missing_ok=True)
        raise
    wal_path(target).unlink(missing_ok=True)  # its changes are in the copy: replayed into it, they would be twice
    os.replace(tmp, target)
    return done


def _apply(con: duckdb.DuckDBPyConnection, changed: list[tuple[Table, Path]],
           appended: Mapping[str, int]) -> dict[str, str]:
    done: dict[str, str] = {}
    con.execute("SET TimeZone = 'UTC'")
    con.execute(f"SET memory_limit = '{COPY_MEMORY_LIMIT}'")
    con.execute("SET enable_progress_bar = false")
    con.execute("BEGIN TRANSACTION")
    try:
        for table, parquet in changed:
            name = table.published_as
            how = _append_rows(con, table, parquet, appended[name]) if name in appended else None
            new_rows = APPENDED if how else f"read_parquet({_sql_string(parquet)})"
            done[name] = how or _update_table(con, table, parquet)
            if name in SEARCHED_TABLES:
                con.execute(f"SET memory_limit = '{SEARCH_MEMORY_LIMIT}'")
                items = apply_item_changes(con, name, new_rows)
                con.execute(f"SET memory_limit = '{COPY_MEMORY_LIMIT}'")
                done[name] += f"; search -{items.removed} +{items.added}"
            if new_rows == APPENDED:
                con.unregister(APPENDED)
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # a fatal error ended the transaction already: the error that caused it is the one to report
        raise
    names = [table.published_as for table, _ in changed]
    _checkpoint(con, names + list(INDEX_TABLES if any(n in SEARCHED_TABLES for n in names) else ()))
    return done


def _append_rows(con: duckdb.DuckDBPyConnection, table: Table, parquet: Path, kept: int) -> str | None:
    """Insert the rows of `parquet` after its first `kept`, which the table in the file already holds, and for a
    searched table note them as the items to index (nothing is removed). None, with nothing done, when the
    file's table does not have `kept` rows, or when a new row's id is already in it (an item changed: the
    comparison of every row finds what to remove), or when so many rows are new that the table is better copied."""
    name = table.published_as
    total = pq.ParquetFile(parquet).metadata.num_rows
    if total - kept > PATCH_SHARE * max(total, 1):
        return None
    if con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0] != kept:
        return None
    con.register(APPENDED, rows_after(parquet, kept, table.column_names))
    searched = SEARCHED_TABLES.get(name)
    if searched:
        item_id = searched[1]
        if con.execute(f"SELECT count(*) FROM {APPENDED} SEMI JOIN {name} USING ({item_id})").fetchall()[0][0]:
            con.unregister(APPENDED)
            return None
        con.execute(f"CREATE OR REPLACE TEMP TABLE stale_{name} AS SELECT {item_id} AS id FROM {name} LIMIT 0")
        con.execute(f"CREATE OR REPLACE TEMP TABLE fresh_{name} AS SELECT DISTINCT {item_id} AS id FROM {APPENDED}")
    columns = ", ".join(f'"{c}"' for c in table.column_names)
    con.execute(f"INSERT INTO {name} SELECT {columns} FROM {APPENDED}")
    return f"appended (+{total - kept})"


def _update_table(con: duckdb.DuckDBPyConnection, table: Table, parquet: Path) -> str:
    name, source = table.published_as, _sql_string(parquet)
    columns = ", ".join(f'"{c}"' for c in table.column_names)
    digest = f"hash({columns})"
    searched = SEARCHED_TABLES.get(name)
    item = f", {searched[1]} AS id" if searched else ""
    con.execute(f"CREATE OR REPLACE TEMP TABLE old_rows AS SELECT rowid AS r, {digest} AS h{item} FROM {name}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE new_rows AS SELECT file_row_number AS r, {digest} AS h{item} "
                f"FROM read_parquet({source}, file_row_number = true)")
    if searched:  # from the same hashes, before the table changes
        changed_items(con, name, "old_rows", "new_rows")
    gone, new, total = con.execute(
        "SELECT (SELECT count(*) FROM old_rows ANTI JOIN new_rows USING (h)), "
        "(SELECT count(*) FROM new_rows ANTI JOIN old_rows USING (h)), (SELECT count(*) FROM new_rows)").fetchone()
    if gone + new > PATCH_SHARE * max(total, 1):
        how = _replace(con, table, parquet)
    else:
        con.execute(f"DELETE FROM {name} WHERE rowid IN (SELECT r FROM old_rows ANTI JOIN new_rows USING (h))")
        con.execute(f"INSERT INTO {name} SELECT {columns} FROM read_parquet({source}, file_row_number = true) "
                    f"WHERE file_row_number IN (SELECT r FROM new_rows ANTI JOIN old_rows USING (h)) "
                    f"ORDER BY file_row_number")
        how = f"patched (-{gone} +{new})"
        # identical rows repeated a different number of times are one hash: a count that differs says so
        if con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] != total:
            how = _replace(con, table, parquet)
    con.execute("DROP TABLE old_rows")
    con.execute("DROP TABLE new_rows")
    return how


def _checkpoint(con: duckdb.DuckDBPyConnection, changed: list[str] | None = None) -> None:
    """Write the changes into the file. Each run's inserts become a small row group of their own; DuckDB's
    checkpoint would merge it with the small groups before it (its vacuum), rewriting and compressing a group of
    120,000 rows to place a few hundred: 0.4 s for `statements` after a +1% run, half of the whole update. The
    small groups are left to gather (a query reads them as fast) until one table holds SMALL_GROUPS of them; that
    checkpoint merges them all, and drops the rows deleted since. `changed`: the tables written since the last
    checkpoint (None: any), the only ones that can have gained a small group: counting every table's took 0.04 s
    of a +1% run at 100,000 pages."""
    if max(_small_row_groups(con, changed).values(), default=0) < SMALL_GROUPS:
        con.execute("SET max_vacuum_tasks = 0")
    con.execute("CHECKPOINT")
    con.execute("RESET max_vacuum_tasks")


def _small_row_groups(con: duckdb.DuckDBPyConnection, tables: list[str] | None = None) -> dict[str, int]:
    """Each table's (of `tables`, None: all) row groups of fewer than SMALL_GROUP_ROWS rows (counted on its first
    column's data)."""
    names = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()
             if tables is None or row[0] in tables]
    return {name: con.execute(
        "SELECT count(*) FROM (SELECT row_group_id FROM pragma_storage_info(?) "
        "WHERE column_id = 0 AND column_path = '[0]' GROUP BY row_group_id HAVING sum(count) < ?)",
        [name, SMALL_GROUP_ROWS]).fetchall()[0][0] for name in names}


def _replace(con: duckdb.DuckDBPyConnection, table: Table, parquet: Path) -> str:
    con.execute(f"CREATE OR REPLACE TABLE {table.published_as} AS SELECT * FROM read_parquet({_sql_string(parquet)})")
    for statement in table_comment_statements(table):
        con.execute(statement)
    return "replaced"


def _sql_string(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"
