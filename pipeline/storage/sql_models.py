"""The DuckDB SQL models in sql/: one file per published table, run over the Parquet files they name.

A model is a SELECT that reads other tables by their layer names (core_documents, out_sources, ...). Each
name becomes a view over that table's Parquet file (or folder of parts, in name order), and the result is written
to out/<model>.parquet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.storage.atomic import replace_if_changed
from pipeline.storage.parts import duckdb_source

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
_TABLE_NAME = re.compile(r"\b((?:raw|core|out)_[a-z0-9_]+)\b")
_COMMENT = re.compile(r"--[^\n]*")


@dataclass(frozen=True)
class SqlModel:
    name: str
    sql: str
    inputs: tuple[str, ...]
    description: str


def load_models(sql_dir: Path = SQL_DIR) -> list[SqlModel]:
    models = []
    for path in sorted(sql_dir.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        body = _COMMENT.sub("", text)
        inputs = tuple(sorted({name for name in _TABLE_NAME.findall(body) if name != path.stem}))
        description = " ".join(line[2:].strip() for line in text.splitlines() if line.startswith("--"))
        models.append(SqlModel(path.stem, text, inputs, description))
    return models


def load_views(sql_dir: Path = SQL_DIR / "views") -> list[SqlModel]:
    """The views of the published DuckDB file: SELECTs over the published table names, one file each."""
    views = []
    for path in sorted(sql_dir.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        description = " ".join(line[2:].strip() for line in text.splitlines() if line.startswith("--"))
        views.append(SqlModel(path.stem, text, (), description))
    return views


def view_statements(views: list[SqlModel]) -> list[str]:
    statements = []
    for view in views:
        statements.append(f"CREATE VIEW {view.name} AS {view.sql.strip().rstrip(';')}")
        statements.append(f"COMMENT ON VIEW {view.name} IS '{view.description.replace(chr(39), chr(39) * 2)}'")
    return statements


# A model's COPY writes row groups of this many rows: DuckDB buffers a whole row group (122,880 rows by default,
# every text of out_documents at 100,000 pages: 2.9 GB), and readers of the file read one at a time.
ROW_GROUP_ROWS = 2048


def connect() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    # One thread: keeping the rows' order with two threads holds batches that grow with the table (out_documents
    # 620 MB at 100,000 pages against 270 MB with one), and the models are small next to the rest of the build.
    con.execute("SET threads = 1")
    return con


def run_model(model: SqlModel, input_paths: dict[str, Path], output: Path) -> None:
    """Run `model` over its inputs (each a Parquet file or a folder of parts) and write its result to `output`
    atomically."""
    missing = [name for name in model.inputs if not input_paths.get(name) or not input_paths[name].exists()]
    if missing:
        raise FileNotFoundError(f"model {model.name} needs tables not built yet: {', '.join(missing)}")
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    con = connect()
    try:
        for name in model.inputs:
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM {duckdb_source(input_paths[name])}")
        query = model.sql.strip().rstrip(";")
        con.execute(f"COPY ({query}) TO '{quote(tmp)}' (FORMAT parquet, COMPRESSION zstd, "
                    f"ROW_GROUP_SIZE {ROW_GROUP_ROWS})")
    finally:
        con.close()
    # the same result leaves the file as it was, so what reads it need not recompute
    replace_if_changed(tmp, output)


def quote(path: Path) -> str:
    return str(path).replace("'", "''")
