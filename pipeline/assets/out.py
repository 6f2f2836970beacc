"""The out layer: one asset per SQL model in sql/, its lineage read from the tables the SQL names, all run in one
step (as dagster-dbt runs a project's models): Dagster's cost of a step, about 0.1 s, was most of what 13 models
with nothing to do cost a build (issue 8).

Each model runs only when its input tables (by content) or its SQL changed since the last run, and its table is
checked against the metadata right after (a blocking check). A model whose table fails its check, or that reads
or points at such a table, stops there: the models depending on it are not run, and the step fails after the
others ran, so nothing downstream (publishing) sees bad data. The tables a model's foreign keys point at are built
before it, so its check can read them.
"""

import duckdb
import dagster as dg

import pipeline.storage.sql_models as sql_models
from pipeline.assets.checks import METADATA_CHECK, check_marker, metadata_check_result, metadata_check_spec
from pipeline.assets.checks import referenced_tables
from pipeline.assets.reporting import parquet_metadata
from pipeline.metadata.dagster import asset_description, definition_metadata
from pipeline.metadata.tables import TABLES
from pipeline.resources import AtazanSettings
from pipeline.storage.fingerprint import StepFingerprint, code_digest, module_code
from pipeline.storage.sql_models import SqlModel, load_models, run_model

OWNERS = ["team:atazan-data"]
STEP = "out_models"


def model_marker(name: str) -> str:
    """What the model's table was last built from (inputs by content, the SQL), relative to the data root."""
    return f"out/{name}.inputs.json"


def model_deps(model: SqlModel) -> list[str]:
    """The tables the model reads, and those its table's foreign keys point at (built first, for its check)."""
    if model.name not in TABLES:
        raise KeyError(f"sql/{model.name}.sql has no description in pipeline/metadata/tables.py")
    return sorted({*model.inputs, *referenced_tables(TABLES[model.name])})


def model_spec(model: SqlModel) -> dg.AssetSpec:
    table = TABLES[model.name]
    return dg.AssetSpec(model.name, group_name="out", kinds={"duckdb", "parquet"}, owners=OWNERS,
                        deps=model_deps(model), description=asset_description(table), skippable=True,
                        metadata={**definition_metadata(table),
                                  "sql": dg.MetadataValue.md(f"```sql\n{model.sql}\n```")})


def in_build_order(models: list[SqlModel]) -> list[SqlModel]:
    """The models, each after the models it depends on (in name order otherwise)."""
    by_name = {m.name: m for m in models}
    ordered: list[SqlModel] = []
    done: set[str] = set()

    def visit(model: SqlModel, path: tuple[str, ...]) -> None:
        if model.name in done:
            return
        if model.name in path:
            raise ValueError(f"sql/ models depend on each other in a cycle: {' -> '.join((*path, model.name))}")
        for name in model_deps(model):
            if name in by_name:
                visit(by_name[name], (*path, model.name))
        done.add(model.name)
        ordered.append(model)

    for model in sorted(models, key=lambda m: m.name):
        visit(model, ())
    return ordered


def run_and_check(model: SqlModel, settings: AtazanSettings) -> dg.MaterializeResult:
    """Run the model if its inputs or SQL changed, then check its table; the materialisation with the check."""
    table = TABLES[model.name]
    own = [settings.relative(model.name), model_marker(model.name), check_marker(model.name, METADATA_CHECK)]
    reads = [settings.relative(name) for name in model_deps(model)] + own
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
        return dg.MaterializeResult(asset_key=model.name, check_results=[check],
                                    metadata=parquet_metadata(output, table, recomputed=recomputed))


def out_models_asset(models: list[SqlModel]) -> dg.AssetsDefinition:
    ordered = in_build_order(models)

    @dg.multi_asset(name=STEP, specs=[model_spec(m) for m in ordered],
                    check_specs=[metadata_check_spec(m.name) for m in ordered], can_subset=True,
                    description="The SQL models of sql/, each run when its inputs or SQL changed, and checked.")
    def _models(context: dg.AssetExecutionContext, settings: AtazanSettings):
        selected = {key.to_user_string() for key in context.selected_asset_keys}
        failed: set[str] = set()  # tables that failed their check, or were not built because of one
        for model in ordered:
            if model.name not in selected:
                continue
            blocked = sorted(failed & set(model_deps(model)))
            if blocked:
                context.log.warning(f"{model.name} not built: {', '.join(blocked)} failed its check")
                failed.add(model.name)
                continue
            result = run_and_check(model, settings)
            yield result
            if not all(check.passed for check in result.check_results):
                failed.add(model.name)

    return _models


def out_assets() -> list[dg.AssetsDefinition]:
    return [out_models_asset(load_models())]
