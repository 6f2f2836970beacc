"""The instance's SQLite files in WAL mode sync at checkpoints; other SQLite files keep SQLite's default."""
import sqlite3

import sqlalchemy
from sqlalchemy.pool import NullPool

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
