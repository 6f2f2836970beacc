"""Builds of the whole pipeline into temporary data directories, shared by the end-to-end tests."""
import dagster as dg
import pytest

from pipeline.definitions import BUILD_ASSETS, all_checks
from pipeline.resources import AtazanSettings


def _build(data_dir, include_sample: bool = True) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [*BUILD_ASSETS, *all_checks()],
        resources={"settings": AtazanSettings(data_dir=str(data_dir), include_sample="1" if include_sample else "0")},
        raise_on_error=False,
    )


@pytest.fixture(scope="session")
def build():
    """Build the whole pipeline into a data directory: build(data_dir, include_sample=True)."""
    return _build


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """One build of the bundled sample archive, shared by the tests that only read it."""
    data_dir = tmp_path_factory.mktemp("sample-build")
    result = _build(data_dir)
    return data_dir, result
