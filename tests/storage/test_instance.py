"""The instance's SQLite files in WAL mode sync at checkpoints; other SQLite files keep SQLite's default."""
import sqlite3

import sqlalchemy
from sqlalchemy.pool import NullPool

from pipeline.storage import instance
from pipeline.storage.instance import relax_sqlite_sync

FULL, NORMAL = 2, 1


def _synchronous(path) -> int:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.connect() as conn:
        value = conn.execute(sqlalchemy.text("PRAGMA synchronous")).scalar()
    engine.dispose()
    return value


def test_wal_databases_sync_normally_and_others_keep_the_default(tmp_path):
    relax_sqlite_sync()
    relax_sqlite_sync()  # idempotent
    wal, rollback = tmp_path / "runs.db", tmp_path / "other.db"
    with sqlite3.connect(wal) as con:
        con.execute("PRAGMA journal_mode=WAL")
    sqlite3.connect(rollback).close()
    assert _synchronous(wal) == NORMAL
    assert _synchronous(rollback) == FULL


def _write_through_an_engine(path, value) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}", poolclass=NullPool)  # as Dagster's storages connect
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text("INSERT INTO t VALUES (:v)"), {"v": value})
        conn.commit()
    engine.dispose()


def _read(path, query):
    con = sqlite3.connect(path)
    try:
        return con.execute(query).fetchone()[0]
    finally:
        con.close()


def test_closing_the_engines_connection_leaves_the_wal_to_the_anchor_and_loses_nothing(tmp_path):
    relax_sqlite_sync()
    path = tmp_path / "index.db"
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE t (v INTEGER)")
    con.close()
    for value in range(5):
        _write_through_an_engine(path, value)
    # no checkpoint at each close: the events are in the WAL, which readers see
    assert (tmp_path / "index.db-wal").stat().st_size > 0
    assert _read(path, "SELECT count(*) FROM t") == 5
    instance.close_anchors()  # as at the process's exit: the last connection checkpoints
    assert not (tmp_path / "index.db-wal").exists()
    assert _read(path, "SELECT sum(v) FROM t") == 10


def test_at_most_max_anchors_stay_open(tmp_path, monkeypatch):
    relax_sqlite_sync()
    instance.close_anchors()
    monkeypatch.setattr(instance, "MAX_ANCHORS", 2)
    for name in ("a", "b", "c"):
        with sqlite3.connect(tmp_path / f"{name}.db") as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("CREATE TABLE t (v INTEGER)")
        con.close()
        _write_through_an_engine(tmp_path / f"{name}.db", 1)
    assert [p.rsplit("/", 1)[1] for p in instance._anchors] == ["b.db", "c.db"]
    instance.close_anchors()
