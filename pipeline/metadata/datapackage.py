"""datapackage.json (Frictionless Data Package) generated from the table descriptions."""
from __future__ import annotations

from pipeline.metadata import package
from pipeline.metadata.schema import Column, Table
from pipeline.metadata.tables import published_tables


def field_descriptor(column: Column) -> dict:
    field = {"name": column.name, "type": column.frictionless_type, "description": column.description}
    if column.type == "integer" and not column.required:
        # Readers of Parquet through pandas (frictionless among them) turn a whole-number column with gaps into
        # floats; declared as a number it validates, and the description keeps the meaning.
        field["type"] = "number"
        field["description"] += " (A whole number; empty when unknown.)"
    constraints: dict = {}
    if column.required:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if column.maximum is not None:
        constraints["maximum"] = column.maximum
    if constraints:
        field["constraints"] = constraints
    return field


def resource_descriptor(table: Table, rows: int | None = None) -> dict:
    schema: dict = {"fields": [field_descriptor(c) for c in table.columns]}
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fk.columns), "reference": {"resource": fk.table, "fields": list(fk.reference)}}
            for fk in table.foreign_keys
        ]
    resource = {
        "name": table.published_as,
        "path": f"parquet/{table.published_as}.parquet",
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "title": table.published_as.replace("_", " ").capitalize(),
        "description": table.description,
        "schema": schema,
    }
    if rows is not None:
        resource["rows"] = rows
    return resource


def datapackage(rows: dict[str, int] | None = None, version: str | None = None, created: str | None = None,
                sources: list[dict] | None = None, archive: str | None = None) -> dict:
    rows = rows or {}
    descriptor = {
        "name": package.NAME,
        "title": package.TITLE,
        "description": package.DESCRIPTION,
        "homepage": package.HOMEPAGE,
        "licenses": package.LICENSES,
        "keywords": package.KEYWORDS,
        "temporalCoverage": package.TEMPORAL_COVERAGE,
        "sources": sources or [],
        "resources": [resource_descriptor(t, rows.get(t.published_as)) for t in published_tables()],
    }
    if version:
        descriptor["version"] = version
    if created:
        descriptor["created"] = created
    if archive:
        # which archive the release was built from: the same records give the same digest
        descriptor["atazan:source_archive_sha256"] = archive
    return descriptor
