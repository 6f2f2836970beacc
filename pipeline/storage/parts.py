"""Tables kept as a folder of Parquet parts: `core/<table>.parquet/<part>.parquet`.

A table that grows with the archive and is made per WARC file (the parse step's captures, documents and rejected
documents) keeps one part per WARC file, so a run that adds a WARC file writes that file's part and leaves the
others as they were (issue 8: 1% new pages should cost about 1% of a build). The folder keeps the table's name,
as Spark and Hive do, and its parts are read in name order. A table's path may be a plain Parquet file as well:
every function here takes either.

A folder always holds at least one part (an empty table is one part without rows, EMPTY_PART), so every reader
sees the table's schema.
"""
from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.storage.footers import footer

EMPTY_PART = "empty.parquet"  # not "_...": pyarrow.dataset skips such files, and the schema with them
# A file's time tells a change only this long after it (no file system here keeps coarser times): a (size, mtime)
# pair or a folder's mtime is trusted only when the file was that much older than the moment it was read.
RACY_NS = 2_000_000_000
# folder -> (its device, inode and mtime when listed, its parts): part_files
_listed: dict[str, tuple[tuple[int, int, int], tuple[Path, ...]]] = {}


def part_files(path: Path) -> list[Path]:
    """The Parquet files of a table: its parts in name order (a folder), itself (a file), none (missing)."""
    path = Path(path)
    try:
        folder = os.stat(path)
    except FileNotFoundError:
        return []
    if not stat.S_ISDIR(folder.st_mode):
        return [path]
    # a folder's listing is kept while the folder's mtime stays (adding, removing or renaming a part moves it):
    # steps list a table's parts several times a run, a part a WARC file. Only for a folder last changed
    # RACY_NS before it was listed: a change after the listing cannot keep the mtime the listing was kept with.
    key, identity = os.fspath(path), (folder.st_dev, folder.st_ino, folder.st_mtime_ns)
    kept = _listed.get(key)
    if kept is not None and kept[0] == identity:
        return list(kept[1])
    listed_at = time.time_ns()
    # a directory entry knows whether it is a file without a stat of its own
    with os.scandir(path) as entries:
        files = sorted(path / e.name for e in entries if e.name.endswith(".parquet") and e.is_file())
    if folder.st_mtime_ns + RACY_NS <= listed_at:
        _listed[key] = (identity, tuple(files))
    return files


def part_name(key: str) -> str:
    """The file name of the part for `key` (a WARC file's name, which may hold folders)."""
    return quote(key, safe="") + ".parquet"


def duckdb_source(path: Path, **options: object) -> str:
    """A DuckDB table function reading the table at `path` (file or folder), e.g. inside `FROM ...`."""
    return duckdb_files(part_files(path) or [Path(path)], **options)  # a missing file: DuckDB says which


def duckdb_files(files: list[Path], **options: object) -> str:
    """A DuckDB table function reading these Parquet files (some parts of a table) as one table. A string option
    is quoted (`filename='part'` names the column holding each row's file)."""
    listed = ", ".join(_quoted(f) for f in files)
    extra = "".join(f", {k} = {_option(v)}" for k, v in options.items())
    return f"read_parquet([{listed}]{extra})"


def _quoted(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _option(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _quoted(value) if isinstance(value, str) else str(value)


def footer_value(path: Path, key: str) -> str | None:
    """A key of a Parquet file's footer metadata (what a part records it was made from); None when the file is
    missing, unreadable or without the key."""
    try:
        value = (footer(path).schema.metadata or {}).get(key.encode())
    except (OSError, pa.ArrowException):
        return None
    return None if value is None else value.decode()


def read_table(path: Path, columns: list[str] | None = None) -> pa.Table:
    """A whole table (file or folder), its parts' rows one after the other: for tables small enough to hold."""
    files = part_files(path) or [Path(path)]  # a missing file: ParquetFile says so
    return pa.concat_tables([pq.ParquetFile(f).read(columns=columns) for f in files])


def numbered_source(path: Path, columns: str = "*") -> str:
    """A DuckDB query of the table's rows with `rn`, each row's place in the whole table (its part's first row plus
    its file_row_number), as one UNION ALL of the parts: a join on the file name cost a string per row."""
    selects, start = [], 0
    for file in part_files(path) or [Path(path)]:
        selects.append(f"SELECT {columns}, {start} + file_row_number AS rn "
                       f"FROM {duckdb_files([file], file_row_number=True)}")
        start += footer(file).rows if file.exists() else 0
    return " UNION ALL ".join(selects)


def row_starts(files: list[Path]) -> np.ndarray:
    """Each file's first row among the rows of all of them, one after the other, and their total last: where a
    row number of the whole table falls (np.searchsorted(starts, rows, side="right") - 1 is its file)."""
    return np.cumsum([0] + [footer(f).rows for f in files])


def num_rows(path: Path) -> int:
    return sum(footer(f).rows for f in part_files(path))


def remove_stale_parts(folder: Path, keep: set[str]) -> list[str]:
    """Delete the parts of `folder` not named in `keep` (their WARC file is gone, or they hold no row now)."""
    removed = []
    for part in part_files(folder):
        if part.name not in keep:
            part.unlink()
            removed.append(part.name)
    return removed


def ensure_folder(path: Path) -> None:
    """Make `path` a parts folder: a plain file left there by older code is removed (its rows are made again)."""
    path = Path(path)
    if path.is_file():
        os.remove(path)
    path.mkdir(parents=True, exist_ok=True)
