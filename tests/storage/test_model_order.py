import threading

import pytest

from pipeline.storage.model_order import NotRun, in_dependency_order

NEEDS = {"events": {"documents"}, "event_documents": {"events", "documents"}, "statements": set(),
         "mentions": {"statements", "people"}, "people": set(), "documents": {"core_documents"}}


def _run_all(names, fail=(), raise_in=(), threads=2):
    started: list[str] = []

    def run(name):
        started.append(name)
        if name in raise_in:
            raise RuntimeError(name)
        return name not in fail

    outcomes = dict(in_dependency_order(names, NEEDS, run, went_well=lambda ok: ok, threads=threads))
    return started, outcomes


def test_each_job_starts_after_those_it_needs():
    names = sorted(NEEDS)
    started, outcomes = _run_all(names, threads=1)
    assert sorted(started) == names and all(outcomes[n] is True for n in names)
    for name, needs in NEEDS.items():
        assert all(started.index(n) < started.index(name) for n in needs if n in NEEDS), name


def test_a_failed_job_leaves_out_those_after_it_and_not_the_others():
    started, outcomes = _run_all(sorted(NEEDS), fail={"documents"})
    assert outcomes["documents"] is False
    assert outcomes["events"] == NotRun("documents") and outcomes["event_documents"] == NotRun("documents")
    assert {"events", "event_documents"}.isdisjoint(started)
    assert outcomes["statements"] is outcomes["people"] is outcomes["mentions"] is True


def test_a_job_that_raises_is_given_its_exception_and_stops_those_after_it():
    _, outcomes = _run_all(sorted(NEEDS), raise_in={"people"})
    assert isinstance(outcomes["people"], RuntimeError)
    assert outcomes["mentions"] == NotRun("people")
    assert outcomes["event_documents"] is True


def test_a_need_outside_the_jobs_is_taken_as_done():
    started, outcomes = _run_all(["mentions"])  # statements and people are not asked for: their tables are there
    assert started == ["mentions"] and outcomes == {"mentions": True}


def test_independent_jobs_run_at_once():
    both = threading.Barrier(2, timeout=5)  # each waits for the other: only two threads at once get past it

    def run(name):
        both.wait()
        return True

    outcomes = dict(in_dependency_order(["people", "statements"], NEEDS, run, went_well=bool, threads=2))
    assert outcomes == {"people": True, "statements": True}


def test_jobs_that_need_each_other_are_refused():
    with pytest.raises(ValueError, match="need each other"):
        list(in_dependency_order(["a", "b"], {"a": {"b"}, "b": {"a"}}, lambda n: True, went_well=bool))
