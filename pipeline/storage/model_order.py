"""Running jobs that depend on each other a few at a time, as dbt runs its models: each once those it needs are
done and went well, and none after one it needs failed (for the out layer's SQL models: pipeline/assets/out.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from typing import TypeVar

from pipeline.threads import beside

R = TypeVar("R")


@dataclass(frozen=True)
class NotRun:
    """A job left out: `failed`, a job it needs (directly or through others), raised or did not go well."""
    failed: str


def in_dependency_order(names: list[str], needs: Mapping[str, set[str]], run: Callable[[str], R],
                        went_well: Callable[[R], bool],
                        threads: int = 2) -> Iterator[tuple[str, R | BaseException | NotRun]]:
    """(name, outcome) for each of `names`, as each is settled: `run(name)`'s result, the exception it raised, or
    NotRun. A job starts once every job it `needs` among `names` finished and `went_well` (the others it needs
    are taken as done); `threads` at a time, the ready ones in the order of `names`."""
    wanted = set(names)
    waiting = {name: set(needs.get(name, ())) & wanted for name in names}
    if threads < 1:
        raise ValueError("threads must be at least 1")
    _check_acyclic(waiting)
    pending = list(names)
    running: dict[Future, str] = {}
    with beside(threads, "atazan-model") as pool:
        while pending or running:
            for name in [n for n in pending if not waiting[n]][:threads - len(running)]:
                pending.remove(name)
                running[pool.submit(run, name)] = name
            if not running:  # cannot be: a job waits only for pending or running ones (_settle drops the others)
                raise RuntimeError(f"jobs left waiting for nothing: {pending}")
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: names.index(running[f])):
                name = running.pop(future)
                error = future.exception()
                outcome = error if error is not None else future.result()
                yield name, outcome
                failed = error is not None or not went_well(outcome)
                yield from _settle(name, failed, pending, waiting)


def _settle(name: str, failed: bool, pending: list[str], waiting: dict[str, set[str]]) -> Iterator[tuple[str, NotRun]]:
    """`name` is done: the jobs waiting for it wait no more, or, if it failed, are left out with those after them."""
    if not failed:
        for other in pending:
            waiting[other].discard(name)
        return
    left_out = [name]
    while left_out:
        cause = left_out.pop()
        for other in [n for n in pending if cause in waiting[n]]:
            pending.remove(other)
            yield other, NotRun(name)
            left_out.append(other)


def _check_acyclic(waiting: dict[str, set[str]]) -> None:
    left = {name: set(deps) for name, deps in waiting.items()}
    while left:
        free = [name for name, deps in left.items() if not deps]
        if not free:
            raise ValueError(f"jobs that need each other: {sorted(left)}")
        for name in free:
            del left[name]
        for deps in left.values():
            deps.difference_update(free)
