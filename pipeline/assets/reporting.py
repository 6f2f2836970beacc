"""What each materialisation tells the UI: row count, a preview of the rows, the path.

The column schema is the asset definition's (pipeline/metadata/dagster.definition_metadata), not repeated in each
materialisation: it changes only with the code, and as two copies in every event (the output's and the
materialisation's) it was three quarters of what a build wrote to the event log.
"""

from itertools import islice
from pathlib import Path
from typing import Iterator

import dagster as dg
import pyarrow.parquet as pq

from pipeline.metadata.schema import Table
from pipeline.storage.footers import footer
from pipeline.storage.parts import part_files

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60


def parquet_metadata(path: Path, table: Table, **extra) -> dict:
    """For a table kept as a Parquet file or a folder of parts (its rows in the parts' name order)."""
    files = part_files(path) or [Path(path)]  # a missing file: pyarrow says so
    return {
        "dagster/row_count": sum(footer(f).rows for f in files),
        "path": dg.MetadataValue.path(str(path)),
        "preview": dg.MetadataValue.md(preview_markdown(files, table)),
        **extra,
    }


def preview_markdown(files: list[Path], table: Table) -> str:
    rows = list(islice(_rows(files), PREVIEW_ROWS))
    if not rows:
        return "_no rows_"
    names = [c for c in table.column_names if c in rows[0]]
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row.get(n)) for n in names) + " |")
    return "\n".join(lines)


def _rows(files: list[Path]) -> Iterator[dict]:
    """The rows of the files in order, read a few at a time: one file open at once (a table may have thousands of
    parts, some without rows). A part without rows is not opened: its footer, kept from the row count, says so (an
    error table's parts are mostly empty: a part a WARC file, each opened every run)."""
    for file in files:
        if footer(file).rows == 0:
            continue
        with pq.ParquetFile(file) as parquet:
            for batch in parquet.iter_batches(batch_size=PREVIEW_ROWS):
                yield from batch.to_pylist()


def _cell(value) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
