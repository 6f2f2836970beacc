"""The threads a step runs beside its own: the GIL handed over quickly while they work, the interval set back."""
import sys
import threading

import pytest

from pipeline.threads import HANDOFF_S, beside


def test_the_gil_is_handed_over_quickly_while_the_threads_work_and_the_interval_is_set_back():
    before = sys.getswitchinterval()
    with beside(2, "atazan-test") as pool:
        assert sys.getswitchinterval() == pytest.approx(min(before, HANDOFF_S))
        names = list(pool.map(lambda _: threading.current_thread().name, range(4)))
    assert all(name.startswith("atazan-test") for name in names)
    assert sys.getswitchinterval() == before


def test_the_interval_is_set_back_when_the_work_fails():
    before = sys.getswitchinterval()
    with pytest.raises(ValueError):
        with beside(1, "atazan-test") as pool:
            pool.submit(int, "not a number").result()
    assert sys.getswitchinterval() == before
