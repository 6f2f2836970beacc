"""In-memory DuckDB connections for the steps' queries, opened as cursors of one database per process.

duckdb.connect() makes a new database each time: 10-15 ms here, and a +1% build opened about 30 in its main
process (0.35 s; issue 8). A cursor of a database already open costs 0.1 ms. What a step sets or creates on its
cursor stays its own: session settings (the time zone), temporary views and tables, registered Arrow tables; so
callers use `CREATE TEMP VIEW`, never a view in the shared catalogue. A database's thread count is global, so
there are two: the default one and one that runs queries on a single thread (`one_thread`), for the callers that
keep a result's row order cheaply that way or leave the other core to the analysis. A forked child opens its own
(by process id): it must not use its parent's.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache

import duckdb


def cursor(one_thread: bool = False, utc: bool = False) -> duckdb.DuckDBPyConnection:
    """A new connection to this process's in-memory database (the single-threaded one with `one_thread`), its
    session's time zone UTC with `utc`. Close it when done (as any connection)."""
    with _LOCK:  # a connection's cursor() is not safe from two threads at once (the checks run in threads)
        con = _database(os.getpid(), one_thread).cursor()
    if utc:
        con.execute("SET TimeZone = 'UTC'")
    return con


_LOCK = threading.Lock()


@lru_cache(maxsize=None)
def _database(pid: int, one_thread: bool) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(config={"threads": 1} if one_thread else {})
