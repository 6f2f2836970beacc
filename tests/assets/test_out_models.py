"""The out layer's SQL models: one step, in the order their tables depend on each other."""
from dataclasses import replace

import dagster as dg

from pipeline.assets.checks import METADATA_CHECK
from pipeline.assets.out import out_models_asset
from pipeline.definitions import defs
from pipeline.metadata.tables import TABLES
from pipeline.resources import AtazanSettings
from pipeline.storage.sql_models import load_models

OUT_TABLES = {name for name, table in TABLES.items() if table.layer == "out"}


def test_one_step_builds_every_out_table_each_with_its_blocking_check():
    assert {defs.get_assets_def(name).node_def.name for name in OUT_TABLES} == {"out_models"}
    graph = defs.resolve_asset_graph()
    for name in OUT_TABLES:
        assert graph.get_check_spec(dg.AssetCheckKey(dg.AssetKey(name), METADATA_CHECK)).blocking


def test_a_model_that_fails_stops_those_that_need_its_table_and_not_the_others(built):
    broken = [replace(m, sql="SELECT no_such_column FROM core_sources") if m.name == "out_sources" else m
              for m in load_models()]
    for name in OUT_TABLES:  # every table built again, so each model runs
        (built / "out" / f"{name}.inputs.json").unlink(missing_ok=True)
    result = dg.materialize([out_models_asset(broken)], raise_on_error=False,
                            resources={"settings": AtazanSettings(data_dir=str(built))})
    assert not result.success
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    # out_documents' foreign key points at out_sources: its check could not read it
    assert "out_sources" not in materialized and "out_documents" not in materialized
    assert {"out_articles", "out_events", "out_people"} <= materialized
    assert "no_such_column" in str(result.failure_data_for_node("out_models").error)
