"""Table metadata in the shapes Dagster shows: column schemas and descriptions for the UI."""
from __future__ import annotations

import dagster as dg

from pipeline.metadata.schema import Table


def column_schema(table: Table) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=c.name,
                type=c.type,
                description=c.description,
                constraints=dg.TableColumnConstraints(nullable=not c.required, unique=c.unique),
            )
            for c in table.columns
        ]
    )


def asset_description(table: Table) -> str:
    published = f"\n\nPublished as `{table.published_as}`." if table.published_as else ""
    return f"{table.description}{published}"


def definition_metadata(table: Table) -> dict:
    return {"dagster/column_schema": column_schema(table)}
