"""Parsing and analysing many documents on every core, in order, with a bounded number of documents in flight.

From PARALLEL_FROM documents on, batches go to a pool of worker processes, and results come back in the order the
documents came in, so the tables are the same as a sequential run's. Fewer go through in this process, unless the
workers' server is running already.

The workers fork from a server that has imported the function's module and the `preload` modules (the Russian
models: about a second, once, not in every worker). A step that runs before can start that server (start_early),
so that it loads while the step works and the workers start at once: then even a few documents go to workers,
in batches that keep every worker busy, and this process never loads the models (a run that adds 100 pages to
200 WARC files: its analysis step 1.2 s against 1.9 s, of which loading the models in this process was ~0.8).
A server started early says when it has loaded (finish_loading): until then a worker forked from it would wait,
and a caller that has the function loaded itself can map the batches in its own process meanwhile.
"""
from __future__ import annotations

import atexit
import contextlib
import importlib
import multiprocessing
import os
import tempfile
import threading
import uuid
from collections import deque
from contextlib import AbstractContextManager
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from multiprocessing import forkserver, util
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 200
BATCH = 32
MIN_BATCH = 2
# slovnet's small matrix products gain nothing from BLAS threads, and on a busy machine the threads' spinning made
# the NLP step 2.6 times slower (docs/performance.md): one BLAS thread per process.
ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# The environment variable naming the file a server started early creates once it has imported its modules.
LOADED_FILE = "ATAZAN_WORKER_SERVER_LOADED"
# ... and the one naming the modules it imports after its preload ones (start_early's `then`), comma-separated.
THEN_MODULES = "ATAZAN_WORKER_SERVER_THEN"


def one_blas_thread() -> AbstractContextManager:
    """Limit this process's already-loaded BLAS to one thread for the duration."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def workers() -> int:
    configured = os.environ.get("ATAZAN_NLP_WORKERS")
    return max(1, int(configured)) if configured else max(1, len(os.sched_getaffinity(0)))


def ordered_map(function: Callable[[list[T]], list[R]], items: Iterable[T],
                preload: Sequence[str] = (), few_to_workers: bool = True,
                here_while_loading: bool = False, total: int | None = None) -> Iterator[R]:
    """function(batch) for consecutive batches of items, results flattened in input order. `few_to_workers`:
    whether fewer than PARALLEL_FROM items go to a running server's workers (False: they are mapped here).
    `here_while_loading`: batches are mapped here while a server started early is still importing its modules
    (a worker forked then would wait for it), the others by the workers. `total`: how many items there are, when
    known: the last batches get smaller, so that no worker waits long for another's last batch."""
    items = iter(items)
    head = list(islice(items, PARALLEL_FROM))
    count = workers()
    few = len(head) < PARALLEL_FROM
    if not head or count == 1 or (few and not (few_to_workers and _server_running())):
        with one_blas_thread():
            for batch in _batches(chain(head, items)):
                yield from function(batch)
        return
    # a few items are shared out in batches of at most half a worker's share, so that none waits on another
    if few:
        batches = _batches(chain(head, items), max(1, -(-len(head) // (2 * count))))
    elif total is not None:
        batches = _tapering_batches(chain(head, items), total, count)
    else:
        batches = _batches(chain(head, items))
    if not _server_running():  # the pool starts one, which says nothing: what a server before said is void
        _forget_server()
    while here_while_loading and _loading():
        batch = next(batches, None)
        if batch is None:
            return
        yield from function(batch)
    with ProcessPoolExecutor(max_workers=count, mp_context=_server(function, preload)) as pool:
        in_flight: deque[Future] = deque()
        for batch in batches:
            in_flight.append(pool.submit(function, batch))
            if len(in_flight) >= 2 * count:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def start_early(function: Callable, preload: Sequence[str], items: int, then: Sequence[str] = ()) -> bool:
    """Start the server that ordered_map(function, ..., preload) will fork its workers from, when there are `items`
    and more than one worker: it imports the modules in its own process, in the background, and ordered_map then
    sends even a few items to workers. `then`: modules it imports too, after the preload ones (for other
    functions' workers it will fork). True if started."""
    if items < 1 or workers() == 1:
        return False
    _server(function, preload)
    if not _server_running():  # the server reads its environment when it starts: where to say it has loaded
        loaded_file = os.path.join(tempfile.gettempdir(), f"atazan-server-{uuid.uuid4().hex}.loaded")
        os.environ[LOADED_FILE] = loaded_file
        os.environ[THEN_MODULES] = ",".join(then)
        atexit.register(_remove, loaded_file)  # a process that never stops its server leaves no file behind
    forkserver.ensure_running()  # spawns the server and returns; the server imports before it accepts a worker
    return True


def finish_loading() -> None:
    """Called by the last module a server started early imports (worker_start.py): imports the modules start_early
    was given as `then`, and says the server is ready to fork workers."""
    for name in filter(None, os.environ.get(THEN_MODULES, "").split(",")):
        importlib.import_module(name)
    path = os.environ.get(LOADED_FILE)
    if path:
        with open(path, "w"):
            pass
        # the server outlives its caller by its loading at most: what it says then goes when it exits
        atexit.register(_remove, path)


def _loading() -> bool:
    """Whether a server started early is still importing its modules."""
    path = os.environ.get(LOADED_FILE)
    return bool(path) and _server_running() and not os.path.exists(path)


def stop_server() -> threading.Thread | None:
    """Stop the workers' fork server, if one runs, with the models it holds (296 MB at 100,000 pages: left running, it
    sat under the publish step's full DuckDB build, the build's peak). A later pool starts it again.

    The server is told to stop as ForkServer._stop tells it (the standard library's own tests stop it so), but its
    exit, 0.11-0.12 s of freeing its memory, is waited for by a thread (returned), on the core the next steps leave
    free, not by the step."""
    server = forkserver._forkserver
    with server._lock:
        pid = server._forkserver_pid
        if pid is None:
            return None
        os.close(server._forkserver_alive_fd)  # closing the "alive" descriptor asks the server to stop
        server._forkserver_alive_fd = None
        server._forkserver_pid = None
        if not util.is_abstract_socket_namespace(server._forkserver_address):
            os.unlink(server._forkserver_address)
        server._forkserver_address = None
    _forget_server()
    reaper = threading.Thread(target=_reap, args=(pid,), name="atazan-forkserver-exit")
    reaper.start()  # not a daemon: the process waits for it before it exits, so no server is left unreaped
    return reaper


def _forget_server() -> None:
    """Drop what a server started early was told (the modules to add, the file it says it has loaded by)."""
    os.environ.pop(THEN_MODULES, None)
    loaded_file = os.environ.pop(LOADED_FILE, None)
    if loaded_file:
        with contextlib.suppress(OSError):
            os.unlink(loaded_file)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass  # reaped already (a SIGCHLD handler set to ignore children reaps them itself)


def _server(function: Callable, preload: Sequence[str]) -> multiprocessing.context.BaseContext:
    for name, value in ONE_BLAS_THREAD.items():
        os.environ.setdefault(name, value)  # read by numpy when the server imports it; a user's setting wins
    # forkserver: workers start clean, not as copies of a process that may hold threads and open files
    context = multiprocessing.get_context("forkserver")
    # read when the server starts: a server already running (started early) has these loaded
    context.set_forkserver_preload([function.__module__, *preload])
    return context


def _server_running() -> bool:
    return forkserver._forkserver._forkserver_pid is not None


def _batches(items: Iterator[T], size: int = BATCH) -> Iterator[list[T]]:
    while batch := list(islice(items, size)):
        yield batch


def _tapering_batches(items: Iterator[T], total: int, workers: int) -> Iterator[list[T]]:
    """Batches of BATCH items while many are left, then of a quarter of each worker's share of those left, down
    to MIN_BATCH: a run of 600 documents in batches of 32 left a worker idle for up to a batch's time (0.5 s)
    while the other finished the last one."""
    left = total
    while batch := list(islice(items, min(BATCH, max(MIN_BATCH, -(-left // (4 * workers)))))):
        left -= len(batch)
        yield batch
