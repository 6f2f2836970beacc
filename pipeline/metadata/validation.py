"""Checks generated from the table descriptions: types, required fields, unique keys, allowed values, foreign keys.

Each check is a SQL query that counts offending rows; the asset checks (and the release step) run them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipeline.metadata.schema import Table
from pipeline.storage.parts import duckdb_source, part_files


@dataclass(frozen=True)
class Violation:
    check: str
    count: int
    detail: str


def _lit(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def schema_violations(table: Table, path: Path) -> list[Violation]:
    """Columns missing, extra or of another type than the metadata says. A folder of parts is checked by its first
    part, and every other part must have that part's columns and types (readers take the first part's). Not
    nullability: DuckDB marks a column it wrote required when the part's source had no nulls in it."""
    first, *others = part_files(path) or [Path(path)]  # a missing file: pyarrow says so
    schema = pq.read_schema(first)
    columns = [(f.name, f.type) for f in schema]
    out = [Violation("columns", 1, f"part {p.name} has another schema than {first.name}")
           for p in others if [(f.name, f.type) for f in pq.read_schema(p)] != columns]
    found = {f.name: f.type for f in schema}
    for column in table.columns:
        if column.name not in found:
            out.append(Violation("columns", 1, f"missing column {column.name}"))
        elif not _same_type(found[column.name], column.arrow_type):
            out.append(Violation("types", 1, f"{column.name} is {found[column.name]}, expected {column.arrow_type}"))
    for name in found:
        if name not in table.column_names:
            out.append(Violation("columns", 1, f"column {name} has no description in the metadata module"))
    return out


def _same_type(found, expected) -> bool:
    if found == expected:
        return True
    # timestamps: any unit with UTC (or no zone written by DuckDB as UTC-adjusted) is the same instant type
    return str(found).startswith("timestamp") and str(expected).startswith("timestamp") and "UTC" in str(found)


def row_violations(table: Table, path: Path, referenced: dict[str, tuple[Table, Path]] | None = None) -> list[Violation]:
    """Rows that break the table's constraints, counted per constraint. The table and the referenced ones may each be
    a Parquet file or a folder of parts: a key repeated in two parts is a repeated key."""
    con = duckdb.connect()
    try:
        con.execute(f"CREATE VIEW t AS SELECT * FROM {duckdb_source(path)}")
        queries: list[tuple[str, str, str]] = []
        for c in table.columns:
            if c.required:
                queries.append(("not_null", c.name, f"SELECT count(*) FROM t WHERE {c.name} IS NULL"))
            if c.unique:
                queries.append(("unique", c.name,
                                f"SELECT count(*) FROM (SELECT {c.name} FROM t WHERE {c.name} IS NOT NULL "
                                f"GROUP BY 1 HAVING count(*) > 1)"))
            if c.enum:
                allowed = ", ".join(_lit(v) for v in c.enum)
                queries.append(("allowed_values", c.name,
                                f"SELECT count(*) FROM t WHERE {c.name} IS NOT NULL AND {c.name} NOT IN ({allowed})"))
            if c.minimum is not None:
                queries.append(("minimum", c.name, f"SELECT count(*) FROM t WHERE {c.name} < {c.minimum}"))
            if c.maximum is not None:
                queries.append(("maximum", c.name, f"SELECT count(*) FROM t WHERE {c.name} > {c.maximum}"))
        if table.primary_key:
            key = ", ".join(table.primary_key)
            queries.append(("primary_key", key,
                            f"SELECT count(*) FROM (SELECT {key} FROM t GROUP BY ALL HAVING count(*) > 1)"))
        for fk in table.foreign_keys:
            target = (referenced or {}).get(fk.table)
            if target is None:
                continue
            ref_table, ref_path = target
            on = " AND ".join(f"t.{a} = r.{b}" for a, b in zip(fk.columns, fk.reference))
            not_null = " AND ".join(f"t.{a} IS NOT NULL" for a in fk.columns)
            queries.append(("foreign_key", f"{','.join(fk.columns)} -> {fk.table}",
                            f"SELECT count(*) FROM t WHERE {not_null} AND NOT EXISTS (SELECT 1 FROM "
                            f"{duckdb_source(ref_path)} r WHERE {on})"))
        out = []
        for check, what, sql in queries:
            count = con.execute(sql).fetchall()[0][0]
            if count:
                out.append(Violation(check, count, f"{what}: {count} offending rows"))
        return out
    finally:
        con.close()


def count_where(path: Path, condition: str, extra_views: dict[str, Path] | None = None) -> int:
    """Rows of the table at `path` (as `t`; a Parquet file or a folder of parts, as every table of `extra_views`)
    matching `condition`: the basis of hand-written checks."""
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(f"CREATE VIEW t AS SELECT * FROM {duckdb_source(path)}")
        for name, view_path in (extra_views or {}).items():
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM {duckdb_source(view_path)}")
        return con.execute(f"SELECT count(*) FROM t WHERE {condition}").fetchall()[0][0]
    finally:
        con.close()
