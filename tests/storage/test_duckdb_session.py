"""Cursors of the process's in-memory databases: cheap, and what one sets or creates is its own."""
import os
import time

import duckdb
import pyarrow as pa
import pytest

from pipeline.storage import duckdb_session


def test_a_cursor_s_views_tables_and_time_zone_are_its_own():
    first, second = duckdb_session.cursor(utc=True), duckdb_session.cursor()
    try:
        first.execute("SET TimeZone = 'Asia/Almaty'")
        first.execute("CREATE TEMP VIEW t AS SELECT 1 AS x")
        first.register("rows", pa.table({"x": [1, 2]}))
        second.execute("CREATE TEMP VIEW t AS SELECT 2 AS x")  # the same name, no clash
        assert first.execute("SELECT x FROM t").fetchall() == [(1,)]
        assert second.execute("SELECT x FROM t").fetchall() == [(2,)]
        with pytest.raises(duckdb.CatalogException):
            second.execute("SELECT * FROM rows")
        assert second.execute("SELECT current_setting('TimeZone')").fetchone()[0] != "Asia/Almaty"
    finally:
        first.close()
        second.close()
    again = duckdb_session.cursor(utc=True)
    try:
        assert again.execute("SELECT current_setting('TimeZone')").fetchone()[0] == "UTC"
        with pytest.raises(duckdb.CatalogException):
            again.execute("SELECT * FROM t")  # a closed cursor's temporary view went with it
    finally:
        again.close()


def test_the_one_thread_database_runs_one_thread_and_the_other_keeps_the_default():
    one, default = duckdb_session.cursor(one_thread=True), duckdb_session.cursor()
    try:
        assert one.execute("SELECT current_setting('threads')").fetchone()[0] == 1
        assert default.execute("SELECT current_setting('threads')").fetchone()[0] == \
            duckdb.connect().execute("SELECT current_setting('threads')").fetchone()[0]
    finally:
        one.close()
        default.close()


def test_a_cursor_costs_much_less_than_a_database():
    duckdb_session.cursor().close()  # the database, opened once
    started = time.perf_counter()
    for _ in range(20):
        duckdb_session.cursor().close()
    cursors = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(20):
        duckdb.connect().close()
    assert cursors < (time.perf_counter() - started) / 5


def test_another_process_id_gets_a_database_of_its_own():
    """A forked child (another process id) must not use its parent's database."""
    mine = duckdb_session._database(os.getpid(), False)
    assert duckdb_session._database(os.getpid(), False) is mine
    assert duckdb_session._database(-1, False) is not mine
