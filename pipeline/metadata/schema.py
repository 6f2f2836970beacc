"""The vocabulary of table metadata: a column, a table, a foreign key.

Kept apart from the table descriptions (tables.py) so the generators (checks, datapackage.json, data
dictionary, Dagster column schemas) depend on the shape, not on each table.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

# type name -> (Arrow type, Frictionless type, DuckDB type)
TYPES: dict[str, tuple[pa.DataType, str, str]] = {
    "string": (pa.string(), "string", "VARCHAR"),
    "integer": (pa.int64(), "integer", "BIGINT"),
    "number": (pa.float64(), "number", "DOUBLE"),
    "boolean": (pa.bool_(), "boolean", "BOOLEAN"),
    "datetime": (pa.timestamp("us", tz="UTC"), "datetime", "TIMESTAMP WITH TIME ZONE"),
    "date": (pa.date32(), "date", "DATE"),
    "list": (pa.list_(pa.string()), "array", "VARCHAR[]"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] = ()
    minimum: object = None
    maximum: object = None

    @property
    def arrow_type(self) -> pa.DataType:
        return TYPES[self.type][0]

    @property
    def frictionless_type(self) -> str:
        return TYPES[self.type][1]

    @property
    def duckdb_type(self) -> str:
        return TYPES[self.type][2]


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    layer: str  # raw, core, out
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    published_as: str | None = None  # the name in publish/ (out_documents -> documents)
    sources: tuple[str, ...] = field(default_factory=tuple)

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.arrow_type, nullable=not c.required) for c in self.columns])

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.name} has no column {name!r}")

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]
