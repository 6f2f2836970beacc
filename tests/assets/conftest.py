"""Fixtures of the asset tests."""
import shutil

import pytest


@pytest.fixture
def built(sample_build, tmp_path):
    """A copy of the sample build's data directory, to change and build again."""
    data_dir, _ = sample_build
    target = tmp_path / "data"
    shutil.copytree(data_dir, target)
    return target
