"""Threads that work beside the step's own, handing the GIL over quickly.

A step runs DuckDB or Arrow in a thread while it computes in Python (the event merge beside the people's tables,
the latest captures beside the near-duplicates, the CSV files beside the DuckDB update, two models or checks at
a time). Each call into DuckDB or Arrow lets go of the GIL and takes it back when it returns; CPython makes a
thread that wants the GIL back wait up to its switch interval (5 ms) while another thread runs Python, at every
return. The people's tables (some fifty Arrow calls) took 0.44-0.53 s beside a thread running Python against
0.21-0.27 s alone at 100,000 pages; with the GIL handed over within HANDOFF_S, 0.16-0.21 s. A thread running Python
alone is not interrupted any more often: the interval only counts while another thread waits.
"""
from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Iterator

HANDOFF_S = 0.0005


@contextmanager
def beside(workers: int, name: str) -> Iterator[ThreadPoolExecutor]:
    """A pool of `workers` threads (named `name`_N) for work beside this thread's; while it is open the GIL is
    handed over within HANDOFF_S (the process's switch interval, set back when the pool is done)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, HANDOFF_S))
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name) as pool:
            yield pool
    finally:
        sys.setswitchinterval(before)
