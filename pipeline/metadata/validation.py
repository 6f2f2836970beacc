"""Checks generated from the table descriptions: types, required fields, unique keys, allowed values, foreign keys.

Each check is a SQL query that counts offending rows; the asset checks (and the release step) run them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.metadata.schema import Table
from pipeline.storage import duckdb_session
from pipeline.storage.footers import footer
from pipeline.storage.parts import duckdb_files, duckdb_source, part_files

# The column naming each row's part file when parts are counted one by one (pipeline/metadata/part_counts.py).
PART_COLUMN = "__part"


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
    schema = footer(first).schema
    columns = [(f.name, f.type) for f in schema]
    out = [Violation("columns", 1, f"part {p.name} has another schema than {first.name}")
           for p in others if [(f.name, f.type) for f in footer(p).schema] != columns]
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


@dataclass(frozen=True)
class Constraint:
    """One constraint of a table, counted as offending rows. A row constraint (`condition`, on the table's rows as
    `t`) is decided row by row: a table's count is the sum of its parts' counts. A table constraint (`sql`, a count
    over `t`) spans rows (a key repeated anywhere in the table) and is counted on the whole table. `references`
    names the published tables a condition reads (a foreign key's target, as the view `ref_<name>`): a part's
    count depends on their content too, a foreign key's on the values of its `reference_columns` there only."""
    check: str
    what: str
    condition: str = ""
    sql: str = ""
    references: tuple[str, ...] = ()
    reference_columns: tuple[str, ...] = ()  # a foreign key's columns in its target
    # a key constraint's columns (`sql` counts the keys that repeat), and whether a NULL key counts as one
    key: tuple[str, ...] = ()
    key_nulls: bool = False


def reference_view(published_name: str) -> str:
    return f"ref_{published_name}"


def constraints(table: Table, referenced: dict[str, tuple[Table, Path]] | None = None) -> list[Constraint]:
    """The table's constraints in the order their violations are reported. A foreign key into a table missing from
    `referenced` is not checked."""
    out: list[Constraint] = []
    for c in table.columns:
        if c.required:
            out.append(Constraint("not_null", c.name, condition=f"{c.name} IS NULL"))
        if c.unique:
            out.append(Constraint("unique", c.name, sql=f"SELECT count(*) FROM (SELECT {c.name} FROM t WHERE "
                                                        f"{c.name} IS NOT NULL GROUP BY 1 HAVING count(*) > 1)",
                                  key=(c.name,)))
        if c.enum:
            allowed = ", ".join(_lit(v) for v in c.enum)
            out.append(Constraint("allowed_values", c.name,
                                  condition=f"{c.name} IS NOT NULL AND {c.name} NOT IN ({allowed})"))
        if c.minimum is not None:
            out.append(Constraint("minimum", c.name, condition=f"{c.name} < {c.minimum}"))
        if c.maximum is not None:
            out.append(Constraint("maximum", c.name, condition=f"{c.name} > {c.maximum}"))
    if table.primary_key:
        key = ", ".join(table.primary_key)
        out.append(Constraint("primary_key", key,
                              sql=f"SELECT count(*) FROM (SELECT {key} FROM t GROUP BY ALL HAVING count(*) > 1)",
                              key=tuple(table.primary_key), key_nulls=True))
    for fk in table.foreign_keys:
        if fk.table not in (referenced or {}):
            continue
        on = " AND ".join(f"t.{a} = r.{b}" for a, b in zip(fk.columns, fk.reference))
        not_null = " AND ".join(f"t.{a} IS NOT NULL" for a in fk.columns)
        out.append(Constraint("foreign_key", f"{','.join(fk.columns)} -> {fk.table}",
                              condition=f"{not_null} AND NOT EXISTS (SELECT 1 FROM {reference_view(fk.table)} r "
                                        f"WHERE {on})",
                              references=(fk.table,), reference_columns=tuple(fk.reference)))
    return out


def reference_views(checked: list[Constraint], referenced: dict[str, tuple[Table, Path]] | None) -> dict[str, Path]:
    """The views the constraints' conditions read: each referenced table by its view name."""
    return {reference_view(name): (referenced or {})[name][1] for c in checked for name in c.references}


def violation(constraint: Constraint, count: int) -> Violation:
    return Violation(constraint.check, count, f"{constraint.what}: {count} offending rows")


def row_violations(table: Table, path: Path, referenced: dict[str, tuple[Table, Path]] | None = None) -> list[Violation]:
    """Rows that break the table's constraints, counted per constraint on the whole table. The table and the
    referenced ones may each be a Parquet file or a folder of parts: a key repeated in two parts is a repeated key."""
    checked = constraints(table, referenced)
    con = connect(path, reference_views(checked, referenced))
    try:
        counts = [con.execute(c.sql or f"SELECT count(*) FROM t WHERE {c.condition}").fetchall()[0][0]
                  for c in checked]
    finally:
        con.close()
    return [violation(c, n) for c, n in zip(checked, counts) if n]


def connect(path: Path, views: dict[str, Path] | None = None, utc: bool = False,
            files: list[Path] | None = None) -> duckdb.DuckDBPyConnection:
    """A connection with the table at `path` (or only its parts `files`) as the view `t`, each of `views` under its
    name; `utc` sets the session's time zone to UTC (for conditions that compare with timestamps)."""
    con = duckdb_session.cursor()  # its settings and temporary views are its own
    try:
        if utc:
            con.execute("SET TimeZone = 'UTC'")
        source = duckdb_source(path) if files is None else duckdb_files(files, filename=PART_COLUMN)
        con.execute(f"CREATE TEMP VIEW t AS SELECT * FROM {source}")
        for name, view_path in (views or {}).items():
            con.execute(f"CREATE TEMP VIEW {name} AS SELECT * FROM {duckdb_source(view_path)}")
    except BaseException:
        con.close()
        raise
    return con


def count_where(path: Path, condition: str, extra_views: dict[str, Path] | None = None) -> int:
    """Rows of the table at `path` (as `t`; a Parquet file or a folder of parts, as every table of `extra_views`)
    matching `condition`: the basis of hand-written checks."""
    con = connect(path, extra_views, utc=True)
    try:
        return con.execute(f"SELECT count(*) FROM t WHERE {condition}").fetchall()[0][0]
    finally:
        con.close()
