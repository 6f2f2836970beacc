import gc

import pytest

from pipeline.commands.build import lasting_objects


def test_lasting_objects_are_frozen_and_collection_goes_on_after():
    frozen = gc.get_freeze_count()
    with lasting_objects():
        assert not gc.isenabled()
        made_here = [[] for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(made_here)


def test_collection_goes_on_after_a_failure_in_it():
    with pytest.raises(ImportError):
        with lasting_objects():
            import pipeline.no_such_module  # noqa: F401
    assert gc.isenabled()
