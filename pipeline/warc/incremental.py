"""The inventory, incrementally: a WARC file already inventoried, and unchanged since, is not read again.

The fingerprints of the files inventoried last time are kept in raw/warc_files.json. raw_warc_records is a folder
of parts, one per WARC file (as the core tables are: pipeline/storage/parts.py), so an unchanged file's part is
left as it is and a new file's is written on its own: the steps that read the records then find, by each part's
stamp, what is new (merging the new rows into one file rewrote and hashed all of them every run). The errors, a
few rows, stay one file: the unchanged files' rows carried over. Each fingerprint is kept with the file's size and
mtime when it was taken: a file stamped the same since is not read again (a fingerprint reads two megabytes of each
file, 42 MB a run at 100,000 pages in 20 files).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import duckdb
import pyarrow as pa

from pipeline.metadata.schema import Table
from pipeline.storage import duckdb_session
from pipeline.storage.fingerprint import file_stamp, settle, stamp_trusted
from pipeline.storage.parquet import AtomicParquetWriter
from pipeline.storage.parquet_append import CannotAppend, append_file
from pipeline.storage.parts import EMPTY_PART, ensure_folder, num_rows, part_name, remove_stale_parts
from pipeline.warc.inventory import file_fingerprint, scan_archive
from pipeline.warc.reader import warc_files


@dataclass
class InventoryStats:
    files: int = 0
    files_read: int = 0
    files_reused: int = 0
    records: int = 0
    errors: int = 0


# Which WARC files the last inventory read, and their fingerprints, relative to the data root.
FINGERPRINTS = "raw/warc_files.json"
STATE_VERSION = 2  # its layout: {"version", "files": {name: {"fingerprint", "stamp"}}}


def unrecorded_files(warc_dir: Path, fingerprints_path: Path) -> int:
    """How many WARC files under `warc_dir` the last inventory did not record, by name: a look ahead that reads no
    file (a recorded file changed since is only found by update_inventory's fingerprints)."""
    recorded = _load(fingerprints_path)
    return sum(1 for p in warc_files(warc_dir) if p.relative_to(warc_dir).as_posix() not in recorded)


def update_inventory(warc_dir: Path, fingerprints_path: Path, records: tuple[Table, Path],
                     errors: tuple[Table, Path], on_error=None,
                     about_to_read: Callable[[int], object] | None = None) -> InventoryStats:
    """`about_to_read(files)` is told how many WARC files are new or changed, before they are read."""
    stats = InventoryStats()
    recorded = _load(fingerprints_path)
    records_table, records_path = records
    # records kept as one file (older code): every WARC file is read again, once, into parts
    previous = recorded if records_path.is_dir() and errors[1].exists() else {}
    current = fingerprints(warc_dir, recorded)
    unchanged = frozenset(name for name, known in current.items()
                          if (previous.get(name) or {}).get("fingerprint") == known["fingerprint"]
                          and (records_path / part_name(name)).exists())
    stats.files, stats.files_reused = len(current), len(unchanged)
    stats.files_read = stats.files - stats.files_reused
    if about_to_read is not None:
        about_to_read(stats.files_read)
    if not stats.files_read and unchanged == frozenset(previous) and errors[1].exists():
        # every file inventoried before and no other: the tables would be written again with the rows they hold
        # (0.6 s of a re-run at 100,000 pages)
        stats.records, stats.errors = num_rows(records_path), num_rows(errors[1])
        if current != recorded:  # stamps taken now (older code kept none, or a file was copied): kept for next run
            _save(fingerprints_path, current)
        return stats
    ensure_folder(records_path)
    fresh_errors = errors[1].with_name(errors[1].stem + ".fresh.parquet")
    parts = _RecordParts(records_path, records_table)
    try:
        with AtomicParquetWriter(fresh_errors, errors[0]) as new_errors:
            for kind, row in scan_archive(warc_dir, skip=unchanged):
                if kind == "record":
                    parts.write(row)
                else:
                    new_errors.write(row)
                    if on_error:
                        on_error(row)
            # a file read now with no record has an empty part: it is inventoried, and known unchanged next run
            parts.finish([name for name in current if name not in unchanged])
    except BaseException:
        parts.abort()
        raise
    names = {part_name(name) for name in current}
    remove_stale_parts(records_path, names)
    if not names:  # no WARC file: the table is its schema, as every table kept as parts
        AtomicParquetWriter(records_path / EMPTY_PART, records_table).close()
    elif (records_path / EMPTY_PART).exists():
        (records_path / EMPTY_PART).unlink()
    # the parts just written are kept by their stamps after (the parse step's sums, the official records, the
    # archive's digest): an mtime of the last moments is not trusted, and was read again next run
    settle(records_path)
    stats.records = num_rows(records_path)
    # a crawl's new files sort after the ones before: their errors come last, and the kept ones need not be read
    appends = unchanged == frozenset(previous) and all(
        name > max(unchanged) for name in current if name not in unchanged) if unchanged else False
    stats.errors = _merge(errors, fresh_errors, unchanged, appends)
    fresh_errors.unlink(missing_ok=True)
    _save(fingerprints_path, current)
    return stats


class _RecordParts:
    """The records of the WARC files read now, each file's to its own part (scan_archive gives a file's records
    one after the other, in their order), written in place when complete."""

    def __init__(self, folder: Path, table: Table):
        self.folder, self.table = folder, table
        self.writer: AtomicParquetWriter | None = None
        self.file: str | None = None
        self.written: set[str] = set()

    def write(self, row: dict) -> None:
        if row["warc_file"] != self.file:
            self._close()
            self.file = row["warc_file"]
            self.writer = AtomicParquetWriter(self.folder / part_name(self.file), self.table)
        self.writer.write(row)

    def finish(self, read: list[str]) -> None:
        self._close()
        for name in read:
            if name not in self.written:
                AtomicParquetWriter(self.folder / part_name(name), self.table).close()

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.abort()
            self.writer = None

    def _close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.written.add(self.file)
            self.writer = None


def _merge(target: tuple[Table, Path], fresh: Path, unchanged: frozenset[str], appends: bool = False) -> int:
    """The table (one file: the errors) of the unchanged files' rows and the fresh ones, by file and offset.
    `appends`: every row kept, the fresh ones all after them: the fresh rows are added as row groups of their own
    (sorting and compressing every row again was 0.34 s of a +1% run at 100,000 pages when the records were one
    file too), or, if the file cannot be appended to, written with the others."""
    table, path = target
    columns = ", ".join(table.column_names)
    con = duckdb_session.cursor(one_thread=True, utc=True)
    try:
        parts = [f"SELECT {columns} FROM read_parquet('{_q(fresh)}')"]
        tmp = path.with_name(path.name + ".tmp")
        if appends and path.exists():
            addition = path.with_name(path.name + ".new.tmp")  # not append_file's own temporary name
            _copy_sorted(con, parts, addition)
            try:
                return append_file(path, addition, path)
            except CannotAppend:
                pass  # another schema (a file written by older code): written whole below
            finally:
                addition.unlink(missing_ok=True)
        if unchanged and path.exists():
            con.register("kept", pa.table({"warc_file": pa.array(sorted(unchanged), pa.string())}))
            parts.append(f"SELECT {columns} FROM read_parquet('{_q(path)}') SEMI JOIN kept USING (warc_file)")
        _copy_sorted(con, parts, tmp)
        rows = con.execute(f"SELECT count(*) FROM read_parquet('{_q(tmp)}')").fetchall()[0][0]
    finally:
        con.close()
    os.replace(tmp, path)
    return rows


def _copy_sorted(con: duckdb.DuckDBPyConnection, parts: list[str], target: Path) -> None:
    con.execute(f"COPY ({' UNION ALL '.join(parts)} ORDER BY warc_file, warc_offset) TO '{_q(target)}' "
                f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048)")


def fingerprints(warc_dir: Path, recorded: dict[str, dict]) -> dict[str, dict]:
    """{name: {"fingerprint": file_fingerprint, "stamp": file_stamp}} of every WARC file under `warc_dir`, the
    fingerprint `recorded` for a file whose stamp says it has not changed since (stamp_trusted), else read."""
    current = {}
    for path in warc_files(warc_dir):
        name = path.relative_to(warc_dir).as_posix()
        known = recorded.get(name) or {}
        stamp = file_stamp(path)  # before reading: a file written meanwhile gets another mtime, read next run
        if known.get("fingerprint") and stamp_trusted(known.get("stamp"), stamp):
            current[name] = {"fingerprint": known["fingerprint"], "stamp": known["stamp"]}
        else:
            current[name] = {"fingerprint": file_fingerprint(path), "stamp": stamp}
    return current


def _load(path: Path) -> dict[str, dict]:
    """The fingerprints kept by the last inventory, by file name: {"fingerprint", "stamp"} each."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no usable state: every file is read again
    if not isinstance(data, dict):
        return {}
    if data.get("version") == STATE_VERSION and isinstance(data.get("files"), dict):
        return {name: known for name, known in data["files"].items() if isinstance(known, dict)}
    # older code kept the fingerprints alone: they still tell which files were inventoried, and are read again
    return {name: {"fingerprint": fp} for name, fp in data.items() if isinstance(fp, str)}


def _save(path: Path, fingerprints: dict[str, dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"version": STATE_VERSION, "files": fingerprints}, indent=0, sort_keys=True),
                   encoding="utf-8")
    os.replace(tmp, path)


def _q(path: Path) -> str:
    return str(path).replace("'", "''")
