"""The SQL models' step: every model after the ones it reads or points at, in one step."""
import pytest

from pipeline.assets.out import in_build_order, model_deps
from pipeline.storage.sql_models import SqlModel, load_models


def test_every_model_comes_after_the_tables_it_reads_and_points_at():
    ordered = [m.name for m in in_build_order(load_models())]
    assert sorted(ordered) == sorted(m.name for m in load_models())
    for model in load_models():
        for name in model_deps(model):
            if name in ordered:
                assert ordered.index(name) < ordered.index(model.name), (name, model.name)


def test_models_reading_each_other_in_a_cycle_are_an_error(monkeypatch):
    monkeypatch.setattr("pipeline.assets.out.model_deps", lambda m: list(m.inputs))
    cycle = [SqlModel("out_people", "", ("out_events",), ""), SqlModel("out_events", "", ("out_people",), "")]
    with pytest.raises(ValueError, match="cycle"):
        in_build_order(cycle)
