"""The crawl's memory, in SQLite under the data dir: what was fetched, what waits, and how far each WARC file
is committed.

Every fetch is recorded in the same transaction as the WARC length that holds it, so after a killed run the
archive is cut back to exactly what the state knows (see store.py): nothing is lost, nothing counted twice.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

SCHEMA = """
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY,
    committed_length INTEGER NOT NULL,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT NOT NULL,
    variant TEXT NOT NULL DEFAULT '',       -- request headers that change the answer (Accept-Language)
    source TEXT NOT NULL,
    role TEXT NOT NULL,                     -- page | discovery | robots
    request_headers TEXT NOT NULL DEFAULT '[]',
    pending INTEGER NOT NULL DEFAULT 0,
    lastmod TEXT,                           -- the date discovery gave for it (UTC ISO)
    discovered_at TEXT,
    fetched_at TEXT,
    fetched_lastmod TEXT,                   -- the discovery date the last good fetch satisfied
    status INTEGER,
    etag TEXT,
    last_modified TEXT,
    warc_date TEXT,                         -- of the last full response, for revisit records
    payload_digest TEXT,
    final_url TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (url, variant)
);
CREATE INDEX IF NOT EXISTS urls_pending ON urls (source, pending);
CREATE TABLE IF NOT EXISTS marks (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Candidate:
    """A URL discovery wants fetched as a page."""

    url: str
    lastmod: datetime | None = None
    request_headers: tuple[tuple[str, str], ...] = ()
    force: bool = False  # fetch again even if it was fetched before (a new version of a legal text)

    @property
    def variant(self) -> str:
        return variant_of(self.request_headers)


def variant_of(request_headers: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{name.lower()}={value}" for name, value in sorted(request_headers))


@dataclass(frozen=True)
class UrlRow:
    url: str
    variant: str
    source: str
    role: str
    request_headers: tuple[tuple[str, str], ...]
    pending: bool
    lastmod: datetime | None
    fetched_at: datetime | None
    fetched_lastmod: datetime | None
    status: int | None
    etag: str | None
    last_modified: str | None
    warc_date: str | None
    payload_digest: str | None
    final_url: str | None
    error: str | None
    attempts: int


@dataclass(frozen=True)
class FetchRecord:
    """What one fetch changes in the state."""

    url: str
    variant: str
    source: str
    role: str
    fetched_at: datetime
    status: int | None
    request_headers: tuple[tuple[str, str], ...] = ()
    done: bool = True  # False leaves a page pending for another attempt
    validators: tuple[str | None, str | None] | None = None  # (ETag, Last-Modified) to remember now
    warc_date: str | None = None
    payload_digest: str | None = None
    final_url: str | None = None
    error: str | None = None
    failed_attempt: bool = False


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).isoformat() if moment else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class CrawlState:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before the crawl moves on, or the WARC length it names could be lost.
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- the one write path -------------------------------------------------------------------------------
    def commit(self, *, warc: tuple[str, int] | None = None, fetches: Iterable[FetchRecord] = (),
               enqueue: Iterable[tuple[str, Candidate]] = (), confirm: Iterable[tuple[str, str, str, datetime | None,
                                                                                      str | None, str | None]] = (),
               marks: dict[str, str] | None = None) -> int:
        """Record, in one transaction, a WARC file's new committed length, fetches, newly discovered pages,
        confirmed discovery validators and marks. Returns how many candidates became pending."""
        with self._lock, self._transaction() as db:
            if warc is not None:
                db.execute("INSERT INTO warc_files(name, committed_length) VALUES (?, ?) "
                           "ON CONFLICT(name) DO UPDATE SET committed_length = excluded.committed_length", warc)
            for record in fetches:
                self._record_fetch(db, record)
            newly_pending = 0
            now = _iso(datetime.now(timezone.utc))
            for source, candidate in enqueue:
                newly_pending += self._enqueue(db, source, candidate, now)
            for url, variant, source, lastmod, etag, last_modified in confirm:
                db.execute(
                    "INSERT INTO urls(url, variant, source, role, etag, last_modified, fetched_lastmod) "
                    "VALUES (?, ?, ?, 'discovery', ?, ?, ?) ON CONFLICT(url, variant) DO UPDATE SET "
                    "etag = excluded.etag, last_modified = excluded.last_modified, "
                    "fetched_lastmod = COALESCE(excluded.fetched_lastmod, fetched_lastmod)",
                    (url, variant, source, etag, last_modified, _iso(lastmod)))
            for key, value in (marks or {}).items():
                db.execute("INSERT INTO marks(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
            return newly_pending

    def _record_fetch(self, db: sqlite3.Connection, r: FetchRecord) -> None:
        db.execute("INSERT OR IGNORE INTO urls(url, variant, source, role, request_headers) VALUES (?, ?, ?, ?, ?)",
                   (r.url, r.variant, r.source, r.role, json.dumps(list(r.request_headers))))
        assignments = ["fetched_at = ?", "status = ?", "final_url = ?", "error = ?"]
        values: list = [_iso(r.fetched_at), r.status, r.final_url, r.error]
        if r.done:
            assignments.append("pending = 0")
            if r.error is None:
                assignments.append("fetched_lastmod = COALESCE(lastmod, fetched_lastmod)")
        if r.failed_attempt:
            assignments.append("attempts = attempts + 1")
        elif r.done:
            assignments.append("attempts = 0")
        if r.validators is not None:
            assignments += ["etag = ?", "last_modified = ?"]
            values += list(r.validators)
        if r.payload_digest:
            assignments += ["warc_date = ?", "payload_digest = ?"]
            values += [r.warc_date, r.payload_digest]
        db.execute(f"UPDATE urls SET {', '.join(assignments)} WHERE url = ? AND variant = ?",
                   (*values, r.url, r.variant))

    @staticmethod
    def _enqueue(db: sqlite3.Connection, source: str, c: Candidate, now: str | None) -> int:
        row = db.execute("SELECT pending, fetched_at, fetched_lastmod, lastmod FROM urls "
                         "WHERE url = ? AND variant = ?", (c.url, c.variant)).fetchone()
        lastmod = _iso(c.lastmod)
        if row is None:
            db.execute("INSERT INTO urls(url, variant, source, role, request_headers, pending, lastmod, "
                       "discovered_at) VALUES (?, ?, ?, 'page', ?, 1, ?, ?)",
                       (c.url, c.variant, source, json.dumps(list(c.request_headers)), lastmod, now))
            return 1
        pending, fetched_at, fetched_lastmod, old_lastmod = row
        if pending:
            if lastmod and (not old_lastmod or lastmod > old_lastmod):
                db.execute("UPDATE urls SET lastmod = ? WHERE url = ? AND variant = ?", (lastmod, c.url, c.variant))
            return 0
        seen_as_of = fetched_lastmod or fetched_at
        changed = bool(lastmod and seen_as_of and lastmod > seen_as_of)
        if c.force or changed or fetched_at is None:
            db.execute("UPDATE urls SET pending = 1, role = 'page', lastmod = COALESCE(?, lastmod), attempts = 0 "
                       "WHERE url = ? AND variant = ?", (lastmod, c.url, c.variant))
            return 1
        return 0

    def _transaction(self):
        state = self

        class _Tx:
            def __enter__(self_inner):
                state._db.execute("BEGIN IMMEDIATE")
                return state._db

            def __exit__(self_inner, kind, exc, tb):
                state._db.execute("ROLLBACK" if kind else "COMMIT")
                return False

        return _Tx()

    # -- reads ----------------------------------------------------------------------------------------------
    def mark_closed(self, name: str) -> None:
        with self._lock:
            self._db.execute("UPDATE warc_files SET closed = 1 WHERE name = ?", (name,))

    def warc_files(self) -> dict[str, tuple[int, bool]]:
        with self._lock:
            rows = self._db.execute("SELECT name, committed_length, closed FROM warc_files").fetchall()
        return {name: (length, bool(closed)) for name, length, closed in rows}

    def mark(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM marks WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def row(self, url: str, variant: str = "") -> UrlRow | None:
        with self._lock:
            cursor = self._db.execute(f"SELECT {_COLUMNS} FROM urls WHERE url = ? AND variant = ?", (url, variant))
            found = cursor.fetchone()
        return _row(found) if found else None

    def pending(self, source: str, limit: int | None = None) -> list[UrlRow]:
        """Pages waiting to be fetched, newest first (the reform's latest news matter most)."""
        query = (f"SELECT {_COLUMNS} FROM urls WHERE source = ? AND pending = 1 "
                 "ORDER BY lastmod IS NULL, lastmod DESC, discovered_at, url")
        with self._lock:
            rows = self._db.execute(query + (" LIMIT ?" if limit is not None else ""),
                                    (source, limit) if limit is not None else (source,)).fetchall()
        return [_row(r) for r in rows]

    def count_pending(self, source: str) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM urls WHERE source = ? AND pending = 1",
                                    (source,)).fetchone()[0]

    def fetched_urls(self, source: str, status: int | None = None) -> Iterator[str]:
        with self._lock:
            if status is None:
                rows = self._db.execute("SELECT url FROM urls WHERE source = ? AND fetched_at IS NOT NULL",
                                        (source,)).fetchall()
            else:
                rows = self._db.execute("SELECT url FROM urls WHERE source = ? AND status = ?",
                                        (source, status)).fetchall()
        return iter([r[0] for r in rows])


_COLUMNS = ("url, variant, source, role, request_headers, pending, lastmod, fetched_at, fetched_lastmod, status, "
            "etag, last_modified, warc_date, payload_digest, final_url, error, attempts")


def _row(r) -> UrlRow:
    return UrlRow(url=r[0], variant=r[1], source=r[2], role=r[3],
                  request_headers=tuple(tuple(pair) for pair in json.loads(r[4] or "[]")),
                  pending=bool(r[5]), lastmod=_dt(r[6]), fetched_at=_dt(r[7]), fetched_lastmod=_dt(r[8]),
                  status=r[9], etag=r[10], last_modified=r[11], warc_date=r[12], payload_digest=r[13],
                  final_url=r[14], error=r[15], attempts=r[16])
