"""Builds of the whole pipeline into temporary data directories, shared by the end-to-end tests."""
import dagster as dg
import pytest

from pipeline.definitions import ASSETS, all_checks
from pipeline.resources import AtazanSettings


def build(data_dir, include_sample: bool = True) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [*ASSETS, *all_checks()],
        resources={"settings": AtazanSettings(data_dir=str(data_dir), include_sample="1" if include_sample else "0")},
        raise_on_error=False,
    )


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("data")
    result = build(data_dir)
    return data_dir, result
