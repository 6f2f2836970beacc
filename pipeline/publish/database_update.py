"""Bringing the published DuckDB file up to date in place of building it again, when only some tables changed
and the code that builds it did not: a run that adds 1% new pages should not copy every table and index every
text again (issue 8).

A copy of the file gets each changed table's row differences (rows are compared by a hash of every column: the
rows gone are deleted, the new ones inserted) and the search index's (pipeline/search/update.py), and replaces the
file once complete, so a reader never sees half an update and a killed run leaves the previous file. The tables
hold the same rows as a full build's (tests/publish/test_database_update.py).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from pipeline.metadata.schema import Table
from pipeline.publish.files import COPY_MEMORY_LIMIT, SEARCH_MEMORY_LIMIT, table_comment_statements
from pipeline.search.install import SEARCHED_TABLES
from pipeline.search.update import apply_item_changes, changed_items

# Past this share of a table's rows changed, the table is copied whole: a patch would leave the file's storage
# scattered for no saving.
PATCH_SHARE = 0.25


def update_duckdb(target: Path, changed: list[tuple[Table, Path]]) -> dict[str, str]:
    """Apply the new versions of the `changed` tables (published Parquet files) to the DuckDB file `target`.
    Returns how each table was brought up to date: "patched (-d +i)" or "replaced"."""
    tmp = target.with_name(target.name + ".tmp")
    shutil.copyfile(target, tmp)
    done: dict[str, str] = {}
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute("SET TimeZone = 'UTC'")
            con.execute(f"SET memory_limit = '{COPY_MEMORY_LIMIT}'")
            con.execute("SET enable_progress_bar = false")
            for table, parquet in changed:
                new_rows = f"read_parquet({_sql_string(parquet)})"
                name = table.published_as
                done[name] = _update_table(con, table, parquet)
                if name in SEARCHED_TABLES:
                    con.execute(f"SET memory_limit = '{SEARCH_MEMORY_LIMIT}'")
                    items = apply_item_changes(con, name, new_rows)
                    con.execute(f"SET memory_limit = '{COPY_MEMORY_LIMIT}'")
                    done[name] += f"; search -{items.removed} +{items.added}"
            con.execute("CHECKPOINT")
        finally:
            con.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
    return done


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


def _replace(con: duckdb.DuckDBPyConnection, table: Table, parquet: Path) -> str:
    con.execute(f"CREATE OR REPLACE TABLE {table.published_as} AS SELECT * FROM read_parquet({_sql_string(parquet)})")
    for statement in table_comment_statements(table):
        con.execute(statement)
    return "replaced"


def _sql_string(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"
