"""The local Dagster instance's SQLite files, written without waiting for the disk on every event.

Dagster's SQLite storages (runs, event logs, schedules; all in WAL mode) open a connection per event and
commit it with SQLite's default `synchronous=FULL`: an fsync for every one of the ~1,000 events of a build, which
is most of what a build with nothing new to do waits for on a busy disk. In WAL mode `synchronous=NORMAL` keeps
the database consistent through a crash or power cut (SQLite's documentation recommends it for WAL) and may lose
only the last events written before a power cut; the data the build writes is unaffected. Files in another
journal mode keep SQLite's default, and Postgres instances (deploy/) are not touched.
"""
from __future__ import annotations

import sqlite3

from sqlalchemy import event
from sqlalchemy.engine import Engine


def _normal_sync_in_wal(dbapi_connection, _record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    try:
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def relax_sqlite_sync() -> None:
    """Every SQLite connection opened from now on in this process syncs at WAL checkpoints, not per commit."""
    if not event.contains(Engine, "connect", _normal_sync_in_wal):
        event.listen(Engine, "connect", _normal_sync_in_wal)
