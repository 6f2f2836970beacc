"""The out layer: one asset per SQL model in sql/, its lineage read from the tables the SQL names, all run by one
step as dagster-dbt runs a dbt project: each model once the tables it reads and checks against are built, two at
a time (DuckDB runs a model of this size on one thread; a step a model left the other core idle and paid Dagster's
cost of a step thirteen times a build).

Each model runs only when its input tables (by content) or its SQL changed since the last run, and its table is
checked against the metadata right after (a blocking check: a failure stops what depends on the table, in this
step and after it). The tables its foreign keys point at are built first, so the check can read them.
"""

import duckdb
import dagster as dg

import pipeline.storage.sql_models as sql_models
from pipeline.assets.checks import (METADATA_CHECK, check_marker, key_hashes_store, metadata_check_result,
                                    metadata_check_spec, referenced_tables)
from pipeline.assets.reporting import parquet_metadata
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import TABLES
from pipeline.resources import AtazanSettings
from pipeline.storage.fingerprint import StepFingerprint, code_digest, module_code
from pipeline.storage.model_order import NotRun, in_dependency_order
from pipeline.storage.sql_models import SqlModel, load_models, run_model

OWNERS = ["team:atazan-data"]
MODEL_THREADS = 2  # models run at once (the cores the build is measured on)


def model_marker(name: str) -> str:
    """What the model's table was last built from (inputs by content, the SQL), relative to the data root."""
    return f"out/{name}.inputs.json"


def model_needs(model: SqlModel) -> set[str]:
    """The tables a model reads and its check reads (those its foreign keys point at)."""
    return {*model.inputs, *referenced_tables(TABLES[model.name])}


def own_files(name: str) -> list[str]:
    """What building and checking a model writes, relative to the data root."""
    return [AtazanSettings.relative(name), model_marker(name), check_marker(name, METADATA_CHECK),
            key_hashes_store(name)]


def out_models_asset(models: list[SqlModel]) -> dg.AssetsDefinition:
    for model in models:
        if model.name not in TABLES:
            raise KeyError(f"sql/{model.name}.sql has no description in pipeline/metadata/tables.py")
    by_name = {m.name: m for m in models}
    needs = {m.name: model_needs(m) for m in models}
    specs = [dg.AssetSpec(m.name, group_name="out", kinds={"duckdb", "parquet"}, owners=OWNERS,
                          deps=sorted(needs[m.name]), description=asset_description(TABLES[m.name]), skippable=True,
                          metadata={**definition_metadata(TABLES[m.name]),
                                    "sql": dg.MetadataValue.md(f"```sql\n{m.sql}\n```")})
             for m in models]

    @dg.multi_asset(name="out_models", specs=specs, check_specs=[metadata_check_spec(m.name) for m in models],
                    can_subset=True, description="The SQL models of sql/, each checked against the metadata.")
    def out_models(context: dg.AssetExecutionContext, settings: AtazanSettings):
        chosen = [m.name for m in models if dg.AssetKey(m.name) in context.selected_asset_keys]
        writes = [f for name in chosen for f in own_files(name)]
        reads = sorted({settings.relative(t) for name in chosen for t in needs[name]} - set(writes)) + writes
        errors: list[tuple[str, BaseException]] = []
        with settings.staged(reads=reads, writes=writes) as local:
            outcomes = in_dependency_order(chosen, needs, lambda name: _build(by_name[name], local),
                                           went_well=lambda result: result.check_results[0].passed,
                                           threads=MODEL_THREADS)
            for name, outcome in outcomes:
                if isinstance(outcome, NotRun):
                    context.log.warning(f"{name} not built: {outcome.failed} failed")
                elif isinstance(outcome, BaseException):
                    context.log.error(f"{name} failed: {outcome!r}")
                    errors.append((name, outcome))
                else:
                    checked = dg.AssetCheckKey(dg.AssetKey(name), METADATA_CHECK) in context.selected_asset_check_keys
                    yield dg.MaterializeResult(asset_key=name, metadata=outcome.metadata,
                                               check_results=outcome.check_results if checked else [])
        if errors:  # after the tables built meanwhile went back to the storage root with their markers
            raise errors[0][1]

    return out_models


def _build(model: SqlModel, local: AtazanSettings) -> dg.MaterializeResult:
    """The model's table, built if its inputs or SQL changed, and its metadata check."""
    table = TABLES[model.name]
    output = local.out_path(model.name)
    fingerprint = StepFingerprint(
        local.root / model_marker(model.name), {name: local.layer_path(name) for name in model.inputs},
        code_digest(model.sql, duckdb.__version__, module_code(sql_models)), {model.name: output})
    recomputed = not fingerprint.unchanged()
    if recomputed:
        run_model(model, {name: local.layer_path(name) for name in model.inputs}, output)
        fingerprint.record()
    check = metadata_check_result(table, local)
    return dg.MaterializeResult(asset_key=model.name, metadata=parquet_metadata(output, table, recomputed=recomputed),
                                check_results=[check])


def out_assets() -> list[dg.AssetsDefinition]:
    return [out_models_asset(load_models())]
