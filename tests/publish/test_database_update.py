"""The published DuckDB file brought up to date in place holds what a full build of the new tables holds."""
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.metadata.tables import published_tables
from pipeline.publish import database_update
from pipeline.publish.database_update import update_duckdb
from pipeline.publish.files import build_duckdb

TABLES = {t.published_as: t for t in published_tables()}


@pytest.fixture()
def published(sample_build, tmp_path):
    """The sample build's published Parquet files (version 1) and the DuckDB file a full build makes of them."""
    data_dir, _ = sample_build
    folder = tmp_path / "v1"
    shutil.copytree(data_dir / "publish" / "parquet", folder)
    database = tmp_path / "atazan.duckdb"
    build_duckdb(database, [(t, folder / f"{name}.parquet") for name, t in TABLES.items()])
    return folder, database


def _edit(folder, name, change):
    """Version 2 of a published table: `change` applied to its rows, written over the file."""
    path = folder / f"{name}.parquet"
    table = pq.read_table(path)
    rows = change(table.to_pylist())
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)


def _documents_v2(rows):
    rows = rows[2:]  # two documents gone
    rows[0] = {**rows[0], "text": rows[0]["text"] + "\n\nДобавлен абзац о Курултае и Халык Кенесе."}
    rows[1] = {**rows[1], "title": rows[1]["title"] + " (обновлено)"}
    new = {**rows[3], "document_id": "new-document", "text": "Новый документ о конституционной реформе."}
    return rows + [new]


def _statements_v2(rows):
    return rows[1:] + [{**rows[0], "statement_id": "new-statement", "statement_text": "Совсем новое заявление"}]


def _tables(con, database):
    return [r[0] for r in con.execute(
        f"SELECT table_name FROM duckdb_tables() WHERE database_name = '{database}' ORDER BY 1").fetchall()]


def assert_same_database(updated, full):
    """Every table of the two DuckDB files holds the same rows (in any order), with the same comments."""
    con = duckdb.connect(str(updated), read_only=True)
    try:
        con.execute(f"ATTACH '{full}' AS full_build (READ_ONLY)")
        names = _tables(con, updated.stem)
        assert names == _tables(con, "full_build")
        for name in names:
            for a, b in ((updated.stem, "full_build"), ("full_build", updated.stem)):
                extra = con.execute(f"SELECT count(*) FROM (SELECT * FROM {a}.{name} EXCEPT ALL "
                                    f"SELECT * FROM {b}.{name})").fetchone()[0]
                assert extra == 0, f"{name}: {extra} rows of {a} not in {b}"
        comments = "SELECT table_name, comment FROM duckdb_tables() WHERE database_name = ? ORDER BY 1"
        assert con.execute(comments, [updated.stem]).fetchall() == con.execute(comments, ["full_build"]).fetchall()
    finally:
        con.close()


def test_an_updated_file_holds_the_rows_of_a_full_build(published, tmp_path, monkeypatch):
    monkeypatch.setattr(database_update, "PATCH_SHARE", 1.0)  # the sample is small: patch whatever changed
    folder, database = published
    _edit(folder, "documents", _documents_v2)
    _edit(folder, "statements", _statements_v2)
    _edit(folder, "events", lambda rows: rows[:-1])
    changed = [(TABLES[n], folder / f"{n}.parquet") for n in ("documents", "statements", "events", "sources")]
    done = update_duckdb(database, changed)
    assert done["documents"].startswith("patched (-4 +3); search -4 +3"), done
    assert done["statements"].startswith("patched (-1 +1)") and done["sources"] == "patched (-0 +0)"
    full = tmp_path / "full_build.duckdb"
    build_duckdb(full, [(t, folder / f"{name}.parquet") for name, t in TABLES.items()])
    assert_same_database(database, full)
    con = duckdb.connect(str(database), read_only=True)
    try:
        found = [r[0] for r in con.execute("SELECT document_id FROM search_documents('Халык Кенесе')").fetchall()]
        assert con.execute("SELECT count(*) FROM search_documents('новый документ')").fetchone()[0] >= 1
    finally:
        con.close()
    assert found  # the added paragraph is searchable
    assert not list(tmp_path.glob("*.tmp"))


def test_a_table_mostly_changed_or_with_repeated_rows_is_replaced(published, tmp_path, monkeypatch):
    folder, database = published
    _edit(folder, "events", lambda rows: [{**r, "title": r["title"] + "!"} for r in rows])
    _edit(folder, "sources", lambda rows: rows + rows[:1])  # a row twice: one hash, so the count tells
    done = update_duckdb(database, [(TABLES[n], folder / f"{n}.parquet") for n in ("events", "sources")])
    assert done == {"events": "replaced", "sources": "replaced"}
    full = tmp_path / "full_build.duckdb"
    build_duckdb(full, [(t, folder / f"{name}.parquet") for name, t in TABLES.items()])
    assert_same_database(database, full)


def test_a_failed_update_leaves_the_previous_file(published, monkeypatch):
    folder, database = published
    before = database.read_bytes()
    _edit(folder, "documents", _documents_v2)

    def broken(*args):
        raise RuntimeError("killed in the middle")

    monkeypatch.setattr(database_update, "apply_item_changes", broken)
    with pytest.raises(RuntimeError):
        update_duckdb(database, [(TABLES["documents"], folder / "documents.parquet")])
    assert database.read_bytes() == before
    assert not list(database.parent.glob("*.tmp"))


def _appended_documents(rows):
    """Version 2 of documents: every row as it was, then two new documents after them."""
    new = [{**rows[i], "document_id": f"appended-{i}", "text": f"Новый документ {i} о Курултае и Халык Кенесе."}
           for i in (0, 1)]
    return rows + new


def _full_build(tmp_path, folder):
    full = tmp_path / "full_build.duckdb"
    build_duckdb(full, [(t, folder / f"{name}.parquet") for name, t in TABLES.items()])
    return full


def test_rows_appended_after_the_kept_ones_are_inserted_without_comparing_every_row(published, tmp_path, monkeypatch):
    monkeypatch.setattr(database_update, "PATCH_SHARE", 1.0)
    folder, database = published
    kept = pq.ParquetFile(folder / "documents.parquet").metadata.num_rows
    _edit(folder, "documents", _appended_documents)

    def compared(*args):
        raise AssertionError("every row compared")

    monkeypatch.setattr(database_update, "_update_table", compared)
    done = update_duckdb(database, [(TABLES["documents"], folder / "documents.parquet")], {"documents": kept})
    assert done == {"documents": "appended (+2); search -0 +2"}
    assert_same_database(database, _full_build(tmp_path, folder))
    con = duckdb.connect(str(database), read_only=True)
    try:
        found = {r[0] for r in con.execute("SELECT document_id FROM search_documents('новый документ')").fetchall()}
    finally:
        con.close()
    assert {"appended-0", "appended-1"} <= found


@pytest.mark.parametrize("case", ["kept rows not in the file", "an id already there"])
def test_an_append_that_does_not_hold_compares_every_row(published, tmp_path, monkeypatch, case):
    monkeypatch.setattr(database_update, "PATCH_SHARE", 1.0)
    folder, database = published
    kept = pq.ParquetFile(folder / "documents.parquet").metadata.num_rows
    if case == "an id already there":  # the first document again, changed: its item must lose its old postings
        _edit(folder, "documents", lambda rows: rows + [{**rows[0], "text": "Другой текст о Курултае."}])
    else:
        _edit(folder, "documents", _appended_documents)
        kept -= 1
    done = update_duckdb(database, [(TABLES["documents"], folder / "documents.parquet")], {"documents": kept})
    assert done["documents"].startswith(("patched", "replaced")), done
    assert_same_database(database, _full_build(tmp_path, folder))


def _row_groups(con, table):
    return con.execute(f"SELECT row_group_id, sum(count) FROM pragma_storage_info('{table}') "
                       "WHERE column_id = 0 AND column_path = '[0]' GROUP BY row_group_id ORDER BY 1").fetchall()


def test_small_row_groups_gather_until_one_checkpoint_packs_them(tmp_path, monkeypatch):
    monkeypatch.setattr(database_update, "SMALL_GROUPS", 3)
    con = duckdb.connect(str(tmp_path / "file.duckdb"))
    try:
        con.execute("CREATE TABLE t AS SELECT i, 'text ' || i AS s FROM range(200000) r(i)")
        con.execute("CHECKPOINT")
        full = _row_groups(con, "t")
        for run in range(2):  # two runs' inserts: their small groups stay as written
            con.execute(f"INSERT INTO t SELECT i, 'new' FROM range({1_000_000 + run * 10}, {1_000_010 + run * 10}) r(i)")
            database_update._checkpoint(con)
            assert _row_groups(con, "t") == full + [(len(full) + k, 10) for k in range(run + 1)]
        con.execute("INSERT INTO t SELECT i, 'new' FROM range(2_000_000, 2_000_010) r(i)")
        database_update._checkpoint(con)  # the third small group: packed with the others
        groups = _row_groups(con, "t")
        assert sum(rows for _, rows in groups) == 200_030
        assert groups == full + [(len(full), 30)]
        assert con.execute("SELECT count(*), count(DISTINCT i) FROM t").fetchall() == [(200_030, 200_030)]
        assert con.execute("SELECT current_setting('max_vacuum_tasks')").fetchall()[0][0] == 100
    finally:
        con.close()


def _hold_open(database):
    """Another process that has the file open to read (a journalist's DuckDB session): its rows count of
    documents, as it read them before and after the update, come from its stdout."""
    script = ("import sys, duckdb\n"
              f"con = duckdb.connect({str(database)!r}, read_only=True)\n"
              "count = lambda: con.execute('SELECT count(*) FROM documents').fetchone()[0]\n"
              "print(count(), flush=True)\n"
              "sys.stdin.readline()\n"
              "print(count(), flush=True)\n")
    return subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_the_file_is_updated_where_it_is(published, tmp_path, monkeypatch):
    monkeypatch.setattr(database_update, "PATCH_SHARE", 1.0)
    folder, database = published
    inode = database.stat().st_ino
    _edit(folder, "documents", _documents_v2)
    update_duckdb(database, [(TABLES["documents"], folder / "documents.parquet")])
    assert database.stat().st_ino == inode  # not a copy put in its place
    assert_same_database(database, _full_build(tmp_path, folder))
    assert not database_update.wal_path(database).exists()  # every change is in the file itself


def test_a_reader_holding_the_file_keeps_it_and_the_update_goes_to_a_copy(published, tmp_path, monkeypatch):
    monkeypatch.setattr(database_update, "PATCH_SHARE", 1.0)
    folder, database = published
    kept = pq.ParquetFile(folder / "documents.parquet").metadata.num_rows
    _edit(folder, "documents", _appended_documents)
    reader = _hold_open(database)
    try:
        assert int(reader.stdout.readline()) == kept
        done = update_duckdb(database, [(TABLES["documents"], folder / "documents.parquet")], {"documents": kept})
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert int(reader.stdout.readline()) == kept  # the reader's file did not change under it
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
    assert done == {"documents": "appended (+2); search -0 +2"}
    assert_same_database(database, _full_build(tmp_path, folder))
    assert not list(tmp_path.glob("*.tmp*"))


def test_a_run_killed_in_the_middle_of_the_update_leaves_the_previous_rows(published, tmp_path):
    folder, database = published
    v1 = tmp_path / "v1.duckdb"
    shutil.copyfile(database, v1)
    kept = pq.ParquetFile(folder / "documents.parquet").metadata.num_rows
    _edit(folder, "documents", _appended_documents)
    # killed after the new rows are inserted, while the search index is updated
    script = ("import os\n"
              "from pathlib import Path\n"
              "from pipeline.metadata.tables import published_tables\n"
              "from pipeline.publish import database_update\n"
              "database_update.apply_item_changes = lambda *args: os._exit(9)\n"
              "table = next(t for t in published_tables() if t.published_as == 'documents')\n"
              f"database_update.update_duckdb(Path({str(database)!r}), "
              f"[(table, Path({str(folder / 'documents.parquet')!r}))], {{'documents': {kept}}})\n")
    killed = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2], timeout=120)
    assert killed.returncode == 9
    assert_same_database(database, v1)
    # the next run finds the file as it was, and completes the update
    update_duckdb(database, [(TABLES["documents"], folder / "documents.parquet")], {"documents": kept})
    assert_same_database(database, _full_build(tmp_path, folder))


def test_a_full_build_drops_the_log_of_the_file_it_replaces(published, tmp_path):
    folder, database = published
    database_update.wal_path(database).write_bytes(b"a log left by a killed update of the old file")
    build_duckdb(database, [(t, folder / f"{name}.parquet") for name, t in TABLES.items()])
    assert not database_update.wal_path(database).exists()
    assert_same_database(database, _full_build(tmp_path, folder))


def test_only_the_tables_written_are_counted_for_small_row_groups(tmp_path, monkeypatch):
    monkeypatch.setattr(database_update, "SMALL_GROUPS", 2)
    con = duckdb.connect(str(tmp_path / "file.duckdb"))
    try:
        for name in ("written", "other"):
            con.execute(f"CREATE TABLE {name} AS SELECT i FROM range(200000) r(i)")
        con.execute("CHECKPOINT")
        # "other" gathered small groups once (a checkpoint made elsewhere, without vacuum) and is not written now
        con.execute("SET max_vacuum_tasks = 0")
        for start in (1_000_000, 2_000_000):
            con.execute(f"INSERT INTO other SELECT i FROM range({start}, {start + 10}) r(i)")
            con.execute("CHECKPOINT")
        con.execute("RESET max_vacuum_tasks")
        assert database_update._small_row_groups(con) == {"written": 0, "other": 2}
        assert database_update._small_row_groups(con, ["written"]) == {"written": 0}
        con.execute("INSERT INTO written SELECT i FROM range(3_000_000, 3_000_010) r(i)")
        database_update._checkpoint(con, ["written"])  # one small group: not packed, and "other" not looked at
        assert database_update._small_row_groups(con) == {"written": 1, "other": 2}
    finally:
        con.close()
