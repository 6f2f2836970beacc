"""The out layer: one asset per SQL model in sql/, its lineage read from the tables the SQL names."""

import dagster as dg

from pipeline.assets.reporting import parquet_metadata
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import TABLES
from pipeline.resources import AtazanSettings
from pipeline.storage.sql_models import SqlModel, load_models, run_model

OWNERS = ["team:atazan-data"]



def sql_model_asset(model: SqlModel) -> dg.AssetsDefinition:
    if model.name not in TABLES:
        raise KeyError(f"sql/{model.name}.sql has no description in pipeline/metadata/tables.py")
    table = TABLES[model.name]

    @dg.asset(name=model.name, group_name="out", kinds={"duckdb", "parquet"}, owners=OWNERS,
              deps=list(model.inputs), description=asset_description(table),
              metadata={**definition_metadata(table), "sql": dg.MetadataValue.md(f"```sql\n{model.sql}\n```")})
    def _model(settings: AtazanSettings) -> dg.MaterializeResult:
        reads = [settings.relative(name) for name in model.inputs]
        with settings.staged(reads=reads, writes=[settings.relative(model.name)]) as local:
            output = local.out_path(model.name)
            run_model(model, {name: local.layer_path(name) for name in model.inputs}, output)
            return dg.MaterializeResult(metadata=parquet_metadata(output, table))

    return _model


def out_assets() -> list[dg.AssetsDefinition]:
    return [sql_model_asset(m) for m in load_models()]
