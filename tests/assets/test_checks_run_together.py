"""A core check step runs its checks two at a time: the results come back in the checks' order, and a check that
fails to run fails the step."""
import threading

import pytest

from pipeline.assets.checks import run_together


def test_the_results_keep_the_checks_order_and_two_run_at_once():
    both_started = threading.Barrier(2, timeout=10)  # broken (an error) if the two never run at the same time

    def check(n):
        if n < 2:
            both_started.wait()
        return n

    assert run_together([lambda n=n: check(n) for n in range(5)]) == [0, 1, 2, 3, 4]


def test_a_check_that_raises_fails_the_step():
    def broken():
        raise ValueError("unreadable part")

    with pytest.raises(ValueError, match="unreadable part"):
        run_together([lambda: 1, broken, lambda: 3])


def test_a_single_check_runs_in_the_step_itself():
    assert run_together([threading.current_thread]) == [threading.current_thread()]
