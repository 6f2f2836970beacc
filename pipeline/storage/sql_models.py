"""The DuckDB SQL models in sql/: one file per published table, run over the Parquet files they name.

A model is a SELECT that reads other tables by their layer names (core_documents, out_sources, ...). Each
name becomes a view over that table's Parquet file (or folder of parts, in name order), and the result is written
to out/<model>.parquet.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.storage import duckdb_session
from pipeline.storage.atomic import replace_if_changed
from pipeline.storage.fingerprint import file_state
from pipeline.storage.parts import duckdb_source, ensure_folder, footer_value, part_files, remove_stale_parts

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
_TABLE_NAME = re.compile(r"\b((?:raw|core|out)_[a-z0-9_]+)\b")
_COMMENT = re.compile(r"--[^\n]*")
# `-- parts: <table>[, <table> ...]`: tables kept as parts of the same names, the first one's deciding which
_PARTS = re.compile(r"^-- parts: ([a-z0-9_]+(?:,\s*[a-z0-9_]+)*)\s*$", re.MULTILINE)
MADE_FROM_KEY = "atazan:made_from"  # an output part's footer: its input part's SHA-256 and the model's digest


@dataclass(frozen=True)
class SqlModel:
    name: str
    sql: str
    inputs: tuple[str, ...]
    description: str
    parts_of: str | None = None  # run part by part over this input (`-- parts: <table>`)
    parts_also: tuple[str, ...] = ()  # and over the parts of the same names of these (`-- parts: <table>, <other>`)


def load_models(sql_dir: Path = SQL_DIR) -> list[SqlModel]:
    models = []
    for path in sorted(sql_dir.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        body = _COMMENT.sub("", text)
        inputs = tuple(sorted({name for name in _TABLE_NAME.findall(body) if name != path.stem}))
        description = " ".join(line[2:].strip() for line in text.splitlines()
                               if line.startswith("--") and not _PARTS.match(line))
        parts = _PARTS.search(text)
        tables = [t.strip() for t in parts.group(1).split(",")] if parts else []
        if parts and set(inputs) != set(tables):
            raise ValueError(f"sql/{path.name} is run part by part over {', '.join(tables)}: it may read only "
                             f"{'that table' if len(tables) == 1 else 'those tables'}")
        models.append(SqlModel(path.stem, text, inputs, description, tables[0] if tables else None,
                               tuple(tables[1:])))
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
    # One thread: keeping the rows' order with two threads holds batches that grow with the table (out_documents
    # 620 MB at 100,000 pages against 270 MB with one), and the models are small next to the rest of the build.
    return duckdb_session.cursor(one_thread=True, utc=True)


def run_model(model: SqlModel, input_paths: dict[str, Path], output: Path) -> None:
    """Run `model` over its inputs (each a Parquet file or a folder of parts) and write its result to `output`
    atomically."""
    missing = [name for name in model.inputs if not input_paths.get(name) or not input_paths[name].exists()]
    if missing:
        raise FileNotFoundError(f"model {model.name} needs tables not built yet: {', '.join(missing)}")
    output.parent.mkdir(parents=True, exist_ok=True)
    parted = (model.parts_of, *model.parts_also) if model.parts_of else ()
    if parted and all(input_paths[name].is_dir() for name in parted):
        run_by_parts(model, input_paths[model.parts_of], output,
                     {name: input_paths[name] for name in model.parts_also})
        return
    if output.is_dir():
        shutil.rmtree(output)  # made part by part before, from an input that is one file now
    tmp = output.with_name(output.name + ".tmp")
    con = connect()
    try:
        for name in model.inputs:
            con.execute(f"CREATE TEMP VIEW {name} AS SELECT * FROM {duckdb_source(input_paths[name])}")
        query = model.sql.strip().rstrip(";")
        con.execute(f"COPY ({query}) TO '{quote(tmp)}' (FORMAT parquet, COMPRESSION zstd, "
                    f"ROW_GROUP_SIZE {ROW_GROUP_ROWS})")
    finally:
        con.close()
    # the same result leaves the file as it was, so what reads it need not recompute
    replace_if_changed(tmp, output)


def run_by_parts(model: SqlModel, parts: Path, output: Path, also: dict[str, Path] | None = None) -> list[str]:
    """Run a `-- parts:` model over each part of its input folder into the part of the same name in the folder
    `output`, with the parts of that name of the other tables of `also` (name -> folder); a part whose footer says
    it was made from these input parts by this SQL is left as it is. Returns the parts written."""
    ensure_folder(output)
    model_digest = hashlib.sha256(f"{model.sql}\n{duckdb.__version__}".encode()).hexdigest()
    written, names = [], set()
    for part in part_files(parts):
        names.add(part.name)
        target = output / part.name
        inputs = {model.parts_of: part, **{name: folder / part.name for name, folder in (also or {}).items()}}
        missing = [str(p) for p in inputs.values() if not p.is_file()]
        if missing:
            raise FileNotFoundError(f"model {model.name} is run over parts of the same names: no {', '.join(missing)}")
        made_from = " ".join([*(file_state(p).sha256 for p in inputs.values()), model_digest])
        if footer_value(target, MADE_FROM_KEY) == made_from:
            continue
        tmp = output / f".{part.name}.tmp"
        con = connect()
        try:
            for name, path in inputs.items():
                con.execute(f"CREATE TEMP VIEW {name} AS SELECT * FROM {duckdb_source(path)}")
            con.execute(f"COPY ({model.sql.strip().rstrip(';')}) TO '{quote(tmp)}' (FORMAT parquet, "
                        f"COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP_ROWS}, KV_METADATA {{'{MADE_FROM_KEY}': "
                        f"'{made_from}'}})")
        finally:
            con.close()
        os.replace(tmp, target)
        written.append(part.name)
    remove_stale_parts(output, names)
    return written


def quote(path: Path) -> str:
    return str(path).replace("'", "''")
