"""The out layer: one asset per SQL model in sql/, its lineage read from the tables the SQL names.

Each asset runs its model only when the model's input tables (by content) or its SQL changed since the last run,
and checks its table against the metadata in the same step (a blocking check: a failure stops what depends on
the table). The tables its foreign keys point at are built first, so the check can read them.
"""

import duckdb
import dagster as dg

import pipeline.storage.sql_models as sql_models
from pipeline.assets.checks import (check_marker, key_hashes_store, metadata_check_result, metadata_check_spec,
                                    referenced_tables)
from pipeline.assets.checks import METADATA_CHECK
from pipeline.assets.reporting import parquet_metadata
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import TABLES
from pipeline.resources import AtazanSettings
from pipeline.storage.fingerprint import StepFingerprint, code_digest, module_code
from pipeline.storage.sql_models import SqlModel, load_models, run_model

OWNERS = ["team:atazan-data"]


def model_marker(name: str) -> str:
    """What the model's table was last built from (inputs by content, the SQL), relative to the data root."""
    return f"out/{name}.inputs.json"


def sql_model_asset(model: SqlModel) -> dg.AssetsDefinition:
    if model.name not in TABLES:
        raise KeyError(f"sql/{model.name}.sql has no description in pipeline/metadata/tables.py")
    table = TABLES[model.name]
    checked_against = referenced_tables(table)

    @dg.asset(name=model.name, group_name="out", kinds={"duckdb", "parquet"}, owners=OWNERS,
              deps=sorted({*model.inputs, *checked_against}), description=asset_description(table),
              check_specs=[metadata_check_spec(model.name)],
              metadata={**definition_metadata(table), "sql": dg.MetadataValue.md(f"```sql\n{model.sql}\n```")})
    def _model(settings: AtazanSettings) -> dg.MaterializeResult:
        own = [settings.relative(model.name), model_marker(model.name), check_marker(model.name, METADATA_CHECK),
               key_hashes_store(model.name)]
        reads = [settings.relative(name) for name in sorted({*model.inputs, *checked_against})] + own
        with settings.staged(reads=reads, writes=own) as local:
            output = local.out_path(model.name)
            fingerprint = StepFingerprint(
                local.root / model_marker(model.name), {name: local.layer_path(name) for name in model.inputs},
                code_digest(model.sql, duckdb.__version__, module_code(sql_models)), {model.name: output})
            recomputed = not fingerprint.unchanged()
            if recomputed:
                run_model(model, {name: local.layer_path(name) for name in model.inputs}, output)
                fingerprint.record()
            check = metadata_check_result(table, local)
            return dg.MaterializeResult(metadata=parquet_metadata(output, table, recomputed=recomputed),
                                        check_results=[check])

    return _model


def out_assets() -> list[dg.AssetsDefinition]:
    return [sql_model_asset(m) for m in load_models()]
