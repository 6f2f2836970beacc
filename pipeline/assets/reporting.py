"""What each materialisation tells the UI: row count, column schema, a preview of the rows."""

from pathlib import Path

import dagster as dg
import pyarrow.parquet as pq

from pipeline.metadata.dagster import column_schema
from pipeline.metadata.schema import Table

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60


def parquet_metadata(path: Path, table: Table, **extra) -> dict:
    parquet = pq.ParquetFile(path)
    rows = parquet.metadata.num_rows
    return {
        "dagster/row_count": rows,
        "dagster/column_schema": column_schema(table),
        "path": dg.MetadataValue.path(str(path)),
        "preview": dg.MetadataValue.md(preview_markdown(parquet, table)),
        **extra,
    }


def preview_markdown(parquet: pq.ParquetFile, table: Table) -> str:
    if parquet.metadata.num_rows == 0:
        return "_no rows_"
    batch = next(parquet.iter_batches(batch_size=PREVIEW_ROWS))
    rows = batch.to_pylist()
    names = [c for c in table.column_names if c in batch.schema.names]
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row.get(n)) for n in names) + " |")
    return "\n".join(lines)


def _cell(value) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
