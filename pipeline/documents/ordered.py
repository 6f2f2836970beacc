"""Writing the rows of Parquet files in a given order, with memory that does not grow with the files.

A sort of whole rows holds every text at once (DuckDB's ORDER BY of the captures needed 1.1 GB at 100,000 pages
and failed under a memory limit). Here the order is decided on the keys alone (a few columns, a few MB), as a
plan: for each output row, which source file and which row of it. The texts are then moved in batches:

- when every source's rows appear in the plan in file order (a merge of files already sorted), each source is
  read once, front to back, and the output is assembled a chunk at a time;
- otherwise the rows go, in one pass over each source, into buckets of consecutive output positions (a few tens
  of MB each, sized by the texts' lengths), and each bucket is then read, put in order and written.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

READ_ROWS = 500
WRITE_ROWS = 1000
BUCKET_BYTES = 48 << 20
# Read column chunks page by page: without a buffer size, pyarrow reads a whole column chunk at once, and a file
# written by DuckDB has row groups of 122,880 rows (all the texts of 100,000 pages in one chunk).
READ_BUFFER = 4 << 20
_POSITION = "__position"


@dataclass(frozen=True)
class Plan:
    """Output row i is row `rows[i]` (a file row number) of source `sources[i]`."""
    sources: np.ndarray
    rows: np.ndarray
    sizes: np.ndarray | None = None  # bytes each row takes (its text's length will do), to size the buckets

    def __len__(self) -> int:
        return len(self.rows)


def open_file(path: Path) -> pq.ParquetFile:
    return pq.ParquetFile(path, buffer_size=READ_BUFFER)


def write_in_order(paths: list[Path], plan: Plan, target: Path, schema: pa.Schema,
                   extend: Callable[[pa.Table], pa.Table] | None = None) -> int:
    """Write the plan's rows to `target` (atomically) with `schema`; `extend` may add columns to each chunk
    (it gets the chunk with the sources' columns, in output order). Returns the rows written."""
    tmp = target.with_name(target.name + ".tmp")
    target.parent.mkdir(parents=True, exist_ok=True)
    available = _source_columns(paths)
    read = pa.schema([field for field in schema if field.name in available])
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd", compression_level=3) as writer:
            for chunk in ordered_chunks(paths, plan, read, target):
                if extend is not None:
                    chunk = extend(chunk)
                writer.write_table(chunk.select(schema.names).cast(schema), row_group_size=WRITE_ROWS)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
    return len(plan)


def _source_columns(paths: list[Path]) -> set[str]:
    """Columns some source has; a source without one of them gives nulls (a file from before a column was
    added), and the columns no source has are left to `extend`."""
    names: set[str] = set()
    for path in paths:
        names |= set(open_file(path).schema_arrow.names)
    return names


def ordered_chunks(paths: list[Path], plan: Plan, columns: pa.Schema, scratch_near: Path) -> Iterator[pa.Table]:
    """The plan's rows (the columns of `columns`, cast to its types), in plan order, as tables of at most
    WRITE_ROWS rows; bucket files go to a scratch folder next to `scratch_near`."""
    if not len(plan):
        return
    if _in_file_order(plan):
        yield from _merged(paths, plan, columns)
    else:
        yield from _bucketed(paths, plan, columns, scratch_near)


def _in_file_order(plan: Plan) -> bool:
    for source in np.unique(plan.sources):
        rows = plan.rows[plan.sources == source]
        if len(rows) > 1 and not np.all(rows[1:] > rows[:-1]):
            return False
    return True


def _batches(path: Path, columns: pa.Schema) -> Iterator[pa.RecordBatch]:
    """The file's rows in batches of READ_ROWS, one row group at a time (pyarrow's iter_batches over a whole
    file keeps memory of the row groups it has read: 870 MB after 100,000 captures with their texts), with
    `columns`' names and types; a column the file lacks is null."""
    file = open_file(path)
    for group in range(file.num_row_groups):
        yield from _group_batches(file, group, columns)


def _group_batches(file: pq.ParquetFile, group: int, columns: pa.Schema) -> Iterator[pa.RecordBatch]:
    present = [name for name in columns.names if name in file.schema_arrow.names]
    for batch in file.iter_batches(batch_size=READ_ROWS, row_groups=[group], columns=present, use_threads=False):
        arrays = [batch.column(name) if name in present else pa.nulls(batch.num_rows, columns.field(name).type)
                  for name in columns.names]
        yield pa.RecordBatch.from_arrays(arrays, names=columns.names).cast(columns)


def take_rows(path: Path, rows: np.ndarray, columns: pa.Schema) -> Iterator[pa.Table]:
    """The given rows of the file (file row numbers, increasing), in order, in tables of at most READ_ROWS rows,
    decoding only the row groups that hold some of them: a few new rows among many cost a few row groups."""
    if not len(rows):
        return
    file = open_file(path)
    counts = [file.metadata.row_group(g).num_rows for g in range(file.num_row_groups)]
    starts = np.concatenate(([0], np.cumsum(counts, dtype=np.int64)))
    for group in np.unique(np.searchsorted(starts, rows, side="right") - 1).tolist():
        start = int(starts[group])
        for batch in _group_batches(file, group, columns):
            lo = int(np.searchsorted(rows, start, side="left"))
            hi = int(np.searchsorted(rows, start + batch.num_rows, side="left"))
            if lo < hi:
                yield pa.Table.from_batches([batch.take(pa.array(rows[lo:hi] - start))], schema=columns)
            start += batch.num_rows


class FileCursor:
    """Rows of one Parquet file by file row number, in increasing order, reading the file once."""

    def __init__(self, path: Path, columns: pa.Schema):
        self.schema = columns
        self._batches = _batches(path, columns)
        self._batch: pa.RecordBatch | None = None
        self._start = 0

    def take(self, rows: np.ndarray) -> pa.Table:
        pieces = []
        i = 0
        while i < len(rows):
            while self._batch is None or rows[i] >= self._start + self._batch.num_rows:
                if self._batch is not None:
                    self._start += self._batch.num_rows
                self._batch = next(self._batches)
            end = int(np.searchsorted(rows, self._start + self._batch.num_rows, side="left"))
            pieces.append(self._batch.take(pa.array(rows[i:end] - self._start)))
            i = end
        return pa.Table.from_batches(pieces, schema=self.schema)

    def batches(self) -> Iterator[tuple[int, pa.RecordBatch]]:
        for batch in self._batches:
            yield self._start, batch
            self._start += batch.num_rows


def _assemble(pieces: dict[int, pa.Table], sources: np.ndarray) -> pa.Table:
    """One chunk in output order from each source's rows (each in its own output order)."""
    order = sorted(pieces)
    combined = pa.concat_tables([pieces[s] for s in order])
    grouped = np.argsort(sources, kind="stable")  # output positions grouped by source, in source order
    index = np.empty(len(sources), dtype=np.int64)
    index[grouped] = np.arange(len(sources))
    return combined.take(pa.array(index))


def _merged(paths: list[Path], plan: Plan, columns: pa.Schema) -> Iterator[pa.Table]:
    cursors = {int(s): FileCursor(paths[s], columns) for s in np.unique(plan.sources)}
    for start in range(0, len(plan), WRITE_ROWS):
        sources = plan.sources[start:start + WRITE_ROWS]
        rows = plan.rows[start:start + WRITE_ROWS]
        pieces = {int(s): cursors[int(s)].take(rows[sources == s]) for s in np.unique(sources)}
        yield _assemble(pieces, sources)


def _bucketed(paths: list[Path], plan: Plan, columns: pa.Schema, scratch_near: Path) -> Iterator[pa.Table]:
    sizes = plan.sizes if plan.sizes is not None else np.full(len(plan), 1 << 14, dtype=np.int64)
    # bucket of each output position: consecutive positions until BUCKET_BYTES of rows
    bucket_of = (np.cumsum(sizes.astype(np.int64) + 256) // BUCKET_BYTES).astype(np.int64)
    buckets = int(bucket_of[-1]) + 1
    scratch = scratch_near.with_name(f".{scratch_near.name}.sort")
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        # Arrow IPC files, not Parquet: a Parquet writer keeps encoders and page buffers per column, and with
        # one writer open per bucket that grew with the archive (40 buckets at 100,000 pages).
        writers: dict[int, pa.ipc.RecordBatchFileWriter] = {}
        options = pa.ipc.IpcWriteOptions(compression="lz4")
        positions = np.arange(len(plan), dtype=np.int64)
        for source in np.unique(plan.sources):
            mine = plan.sources == source
            by_row = np.argsort(plan.rows[mine], kind="stable")
            rows, wanted = plan.rows[mine][by_row], positions[mine][by_row]
            cursor = FileCursor(paths[source], columns)
            for first, batch in cursor.batches():
                lo = int(np.searchsorted(rows, first, side="left"))
                hi = int(np.searchsorted(rows, first + batch.num_rows, side="left"))
                if lo == hi:
                    continue
                picked = batch.take(pa.array(rows[lo:hi] - first))
                picked = picked.append_column(_POSITION, pa.array(wanted[lo:hi]))
                targets = bucket_of[wanted[lo:hi]]
                for bucket in np.unique(targets):
                    part = picked.filter(pa.array(targets == bucket))
                    if bucket not in writers:
                        writers[bucket] = pa.ipc.new_file(scratch / f"{bucket:06d}.arrow", part.schema,
                                                          options=options)
                    writers[bucket].write_batch(part)
        for writer in writers.values():
            writer.close()
        for bucket in range(buckets):
            path = scratch / f"{bucket:06d}.arrow"
            if not path.exists():
                continue
            with pa.ipc.open_file(path) as reader:
                table = reader.read_all()
            path.unlink()
            table = table.take(pa.array(np.argsort(table.column(_POSITION).to_numpy(), kind="stable")))
            table = table.drop_columns([_POSITION])
            for start in range(0, table.num_rows, WRITE_ROWS):
                yield table.slice(start, WRITE_ROWS)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
