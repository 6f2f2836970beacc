"""Parquet files written atomically, in batches, with the schema the metadata module gives.

A reader (or a killed run) never sees half a file: rows go to `<name>.parquet.tmp`, which is renamed into
place only when complete.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.metadata.schema import Table
from pipeline.storage.parts import part_files

BATCH_ROWS = 2000


class AtomicParquetWriter:
    """Write rows in batches to `path`; on success rename into place, on error leave the old file untouched."""

    def __init__(self, path: Path, table: Table, compression: str = "zstd", metadata: dict[str, str] | None = None):
        self.path = Path(path)
        self.table = table
        self.schema = table.arrow_schema
        if metadata:  # the footer's key-value metadata (what a part records it holds)
            self.schema = self.schema.with_metadata({**(self.schema.metadata or {}), **metadata})
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = pq.ParquetWriter(self.tmp, self.schema, compression=compression)
        self._pending: list[dict] = []
        self.rows = 0

    def write(self, row: dict) -> None:
        self._pending.append(row)
        if len(self._pending) >= BATCH_ROWS:
            self._flush()

    def write_many(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.write(row)

    def write_table(self, data: pa.Table) -> None:
        """Rows already in Arrow (with this table's schema), as they are: one row group per call."""
        self._flush()
        self._writer.write_table(data)
        self.rows += data.num_rows

    def _flush(self) -> None:
        if not self._pending:
            return
        columns = {name: [row.get(name) for row in self._pending] for name in self.schema.names}
        self._writer.write_table(pa.table(columns, schema=self.schema))
        self.rows += len(self._pending)
        self._pending = []

    def close(self) -> int:
        self._flush()
        self._writer.close()
        os.replace(self.tmp, self.path)
        return self.rows

    def abort(self) -> None:
        self._writer.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> "AtomicParquetWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_rows(path: Path, table: Table, rows: Iterable[dict]) -> int:
    with AtomicParquetWriter(path, table) as writer:
        writer.write_many(rows)
    return writer.rows


def write_arrow(path: Path, table: Table, data: pa.Table, metadata: dict[str, str] | None = None) -> int:
    """Like write_rows, from an Arrow table (its columns in any order, cast to the table's schema): the same row
    groups of BATCH_ROWS rows, so the same rows give the same file."""
    data = data.select(table.arrow_schema.names).cast(table.arrow_schema)
    with AtomicParquetWriter(path, table, metadata=metadata) as writer:
        for start in range(0, data.num_rows, BATCH_ROWS):
            writer.write_table(data.slice(start, BATCH_ROWS))
    return writer.rows


def iter_rows(path: Path, columns: list[str] | None = None) -> Iterator[dict]:
    """Rows of a table (a Parquet file or a folder of parts, in name order), one batch in memory at a time."""
    for file in part_files(path) or [path]:  # a missing file: ParquetFile says so
        parquet = pq.ParquetFile(file)
        # Row group by row group: iter_batches over the whole file keeps memory of every row group it has read
        # (core_documents' texts at 100,000 pages: 550 MB against 300 MB at 10,000).
        for group in range(parquet.num_row_groups):
            for batch in parquet.iter_batches(batch_size=BATCH_ROWS, row_groups=[group], columns=columns):
                yield from batch.to_pylist()
