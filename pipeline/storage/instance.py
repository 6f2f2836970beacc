"""The local Dagster instance's SQLite files, written without waiting for the disk on every event.

Dagster's SQLite storages (runs, event logs, schedules; all in WAL mode) open a connection per event, commit it
and close it. With SQLite's defaults each event costs an fsync at the commit and, because the connection closing
is the last one open on the file, a checkpoint of the WAL into the database with more fsyncs: 16-20 ms an event
here, ~300 events a build, most of what a build with little new to do spends (docs/performance.md).
- In WAL mode `synchronous=NORMAL` keeps the database consistent through a crash or power cut (SQLite's
  documentation recommends it for WAL) and may lose only the last events written before a power cut; the data the
  build writes is unaffected.
- This process keeps one connection of its own open on each such file it writes ("anchor", at most
  MAX_ANCHORS, the least recently used closed first), so Dagster's connections are never the last to close: the
  WAL is checkpointed when it grows past SQLite's 1,000 pages, or when the process exits and the anchors close,
  not after every event. Readers (the UI) see every committed event as before.
Files in another journal mode keep SQLite's defaults, and Postgres instances (deploy/) are not touched.

Dagster's SQLite event log also builds a new SQLAlchemy engine for every event it writes or reads, and each new
engine runs its dialect's first-connect queries: 3.8 ms an event against 0.9 ms with the engine kept. The event
log storages of this process keep one engine per file (reuse_event_log_engines), and each engine keeps its
connection between uses: a build opened ~900 connections (0.3 ms each with the pragmas above, 0.3 s a build),
now one a file. A kept connection holds no transaction between uses (it is rolled back when given back, so the
WAL is checkpointed as before), and it is dropped for a new one when its file was replaced (a wiped instance).
Before storing an asset or check event, the storage asks whether the index file has a table (with a new engine
each time) or a data migration done: 222 questions a +1% build, 0.1 s. A yes is kept for the file, as it is on disk
(a table or a migration once there stays; a wiped file is a new file, asked again, unless the file system gives it
the old one's inode, and then it is one Dagster has just made with every table); a no is asked again.
"""
from __future__ import annotations

import atexit
import functools
import os
import sqlite3
import threading
from collections import OrderedDict
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

# a build writes the run storage, the event log's index and its run's file, the schedules: a few files a process
MAX_ANCHORS = 8
_anchors: OrderedDict[str, sqlite3.Connection] = OrderedDict()
_lock = threading.Lock()


def _normal_sync_in_wal(dbapi_connection, _record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    try:
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return
        cursor.execute("PRAGMA synchronous=NORMAL")
        files = [row[2] for row in cursor.execute("PRAGMA database_list").fetchall() if row[1] == "main"]
    finally:
        cursor.close()
    if files and files[0]:  # "" for an in-memory database
        _anchor(files[0])


def _anchor(path: str) -> None:
    with _lock:
        if path in _anchors:
            _anchors.move_to_end(path)
            return
        try:
            anchor = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            # a connection counts as open on the WAL once it has read (autocommit: no lock is kept after)
            anchor.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlite3.Error:
            return  # no anchor: Dagster's connections checkpoint as SQLite does by default
        _anchors[path] = anchor
        while len(_anchors) > MAX_ANCHORS:
            _anchors.popitem(last=False)[1].close()


def close_anchors() -> None:
    """Close every anchor: the last to close on a file checkpoints its WAL (also at the process's exit)."""
    with _lock:
        while _anchors:
            _anchors.popitem(last=False)[1].close()


def relax_sqlite_sync() -> None:
    """Every SQLite connection opened from now on in this process syncs at WAL checkpoints, not per commit, and
    its WAL is checkpointed as it grows, not at every close."""
    if not event.contains(Engine, "connect", _normal_sync_in_wal):
        event.listen(Engine, "connect", _normal_sync_in_wal)
        atexit.register(close_anchors)


# engines kept: the event log's index and the files of the runs this process writes or reads (the UI reads many)
MAX_ENGINES = 32
_engines: OrderedDict[str, Engine] = OrderedDict()


def reuse_event_log_engines() -> None:
    """Dagster's SQLite event log storages of this process connect through one engine per file, kept."""
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    if SqliteEventLogStorage._connect is not _connect_with_kept_engine:
        SqliteEventLogStorage._connect = _connect_with_kept_engine
        SqliteEventLogStorage.has_table = _kept_yes(SqliteEventLogStorage.has_table)
        SqliteEventLogStorage.has_secondary_index = _kept_yes(SqliteEventLogStorage.has_secondary_index)
        atexit.register(dispose_engines)  # before the anchors close (atexit runs last registered first)


_yes: set[tuple] = set()


def _kept_yes(ask):
    """`ask(storage, name)`, answered True without asking again while the storage's index file is the same file."""
    @functools.wraps(ask)
    def asked_once(storage, name: str) -> bool:
        from dagster._core.storage.event_log.sqlite.sqlite_event_log import INDEX_SHARD_NAME

        try:
            stat = os.stat(storage.path_for_shard(INDEX_SHARD_NAME))
        except OSError:
            return ask(storage, name)
        key = (ask.__name__, name, stat.st_dev, stat.st_ino)
        if key in _yes:
            return True
        answer = ask(storage, name)
        if answer:
            _yes.add(key)
        return answer

    return asked_once


def dispose_engines() -> None:
    """Close the kept engines and their connections."""
    with _lock:
        while _engines:
            _engines.popitem(last=False)[1].dispose()


@contextmanager
def _connect_with_kept_engine(storage, shard: str) -> Iterator[Connection]:
    # SqliteEventLogStorage._connect of the pinned Dagster, with the engine taken from _engines
    from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS

    with storage._db_lock:
        engine = _engine(storage.conn_string_for_shard(shard), SQLITE_BUSY_TIMEOUT_SECONDS)
        if shard not in storage._initialized_dbs:
            storage._initdb(engine)
            storage._initialized_dbs.add(shard)
            # a new file is put in WAL mode by _initdb, after its kept connection was opened (with SQLite's full
            # sync, an fsync at each of a build's ~300 commits): the next connection opens in WAL mode
            engine.dispose()
        with engine.connect() as conn:
            with conn.begin():
                yield conn


def _engine(conn_string: str, timeout: float) -> Engine:
    with _lock:
        engine = _engines.get(conn_string)
        if engine is None:
            # one connection kept idle (more are opened when threads use the file at once, and closed after)
            engine = _engines[conn_string] = create_engine(conn_string, poolclass=QueuePool, pool_size=1,
                                                           max_overflow=-1, connect_args={"timeout": timeout})
            event.listen(engine, "connect", _remember_file)
            event.listen(engine, "checkout", _same_file_or_reconnect)
            while len(_engines) > MAX_ENGINES:
                _engines.popitem(last=False)[1].dispose()
        else:
            _engines.move_to_end(conn_string)
        return engine


def _remember_file(dbapi_connection, record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    path = next((row[2] for row in dbapi_connection.execute("PRAGMA database_list") if row[1] == "main"), "")
    if path:  # "" in memory
        stat = os.stat(path)
        record.info["file"] = (path, stat.st_dev, stat.st_ino)


def _same_file_or_reconnect(_dbapi_connection, record, _proxy) -> None:
    """A kept connection whose file was deleted or replaced since would write to the old file: a new one instead."""
    if "file" not in record.info:
        return
    path, device, inode = record.info["file"]
    try:
        stat = os.stat(path)
    except OSError:
        raise exc.DisconnectionError(f"{path} is gone") from None
    if (stat.st_dev, stat.st_ino) != (device, inode):
        raise exc.DisconnectionError(f"{path} was replaced")
