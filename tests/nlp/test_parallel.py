"""Documents analysed on several processes come back complete and in order."""
import os
import subprocess
import sys
import time
from multiprocessing import forkserver
from pathlib import Path

import pytest

import pipeline.nlp.parallel as parallel

ROOT = Path(__file__).resolve().parents[2]


def _square(batch):
    return [n * n for n in batch]


def _where(batch):
    """The process each item is handled in, and the batch's size."""
    return [(os.getpid(), len(batch), n) for n in batch]


def _loaded(batch):
    """Whether the worker that runs the batch has the preloaded module imported before any call imports it."""
    return [("colorsys" in sys.modules, n) for n in batch]


@pytest.fixture
def new_server():
    """The fork server is one per process: stop any a test before started, so that its preloads are this test's."""
    forkserver._forkserver._stop()
    yield
    forkserver._forkserver._stop()


def test_results_are_in_input_order_sequentially_and_in_parallel(monkeypatch):
    numbers = list(range(1000))
    expected = [n * n for n in numbers]
    assert list(parallel.ordered_map(_square, numbers[:50])) == expected[:50]  # below the threshold: in process
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert list(parallel.ordered_map(_square, iter(numbers))) == expected


def test_with_the_total_known_the_last_batches_get_smaller(monkeypatch):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    got = list(parallel.ordered_map(_where, iter(range(600)), total=600))
    assert [n for _, _, n in got] == list(range(600))
    assert got[0][1] == parallel.BATCH and got[-1][1] == parallel.MIN_BATCH  # as the workers saw them
    sizes = [len(b) for b in parallel._tapering_batches(iter(range(600)), 600, 2)]
    assert sum(sizes) == 600 and sizes == sorted(sizes, reverse=True)
    # a total that is wrong only makes the batches other sizes
    assert sum(map(len, parallel._tapering_batches(iter(range(100)), 10, 2))) == 100


def test_one_worker_means_no_pool(monkeypatch):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "1")
    assert list(parallel.ordered_map(_square, range(500))) == [n * n for n in range(500)]


def test_workers_fork_with_the_preloaded_modules(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    results = list(parallel.ordered_map(_loaded, range(300), preload=["colorsys"]))
    assert results == [(True, n) for n in range(300)]


def test_a_server_started_early_is_the_one_the_workers_fork_from(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert not parallel.start_early(_loaded, ["colorsys"], items=0)  # nothing to analyse: no server
    assert forkserver._forkserver._forkserver_pid is None
    assert parallel.start_early(_loaded, ["colorsys"], items=parallel.PARALLEL_FROM)
    started = forkserver._forkserver._forkserver_pid
    assert started is not None
    assert list(parallel.ordered_map(_loaded, range(300), preload=["colorsys"])) == [(True, n) for n in range(300)]
    assert forkserver._forkserver._forkserver_pid == started


def test_no_server_is_started_early_for_one_worker(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "1")
    assert not parallel.start_early(_square, [], items=10_000)
    assert forkserver._forkserver._forkserver_pid is None


def test_the_server_stops_with_its_models_and_a_later_pool_starts_it_again(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert parallel.start_early(_loaded, ["colorsys"], items=parallel.PARALLEL_FROM)
    started = forkserver._forkserver._forkserver_pid
    reaper = parallel.stop_server()
    assert forkserver._forkserver._forkserver_pid is None  # at once: a later pool starts another
    reaper.join(timeout=30)
    with pytest.raises(ChildProcessError):
        os.waitpid(started, 0)  # gone, and reaped
    assert parallel.stop_server() is None  # none running: nothing to do
    assert list(parallel.ordered_map(_loaded, range(300), preload=["colorsys"])) == [(True, n) for n in range(300)]


def test_a_server_reaped_already_is_no_error_for_the_reaper():
    parallel._reap(os.getpid())  # not a child: waitpid says so, and the reaper's thread ends quietly


def test_a_few_items_stay_in_this_process_without_a_server(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert {pid for pid, _, _ in parallel.ordered_map(_where, range(30))} == {os.getpid()}
    assert forkserver._forkserver._forkserver_pid is None


def test_a_few_items_go_to_the_workers_of_a_server_started_early_in_balanced_batches(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert parallel.start_early(_where, [], items=1)  # any items: the server loads while the caller works
    results = list(parallel.ordered_map(_where, range(30)))
    assert [n for _, _, n in results] == list(range(30))  # in order
    assert os.getpid() not in {pid for pid, _, _ in results}
    assert {size for _, size, _ in results} == {8, 6}  # 30 items in batches of at most 30 / (2 x 2 workers)
    assert list(parallel.ordered_map(_where, [])) == []


def test_a_few_items_stay_in_this_process_when_the_caller_asks_even_with_a_server(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert parallel.start_early(_where, [], items=1)
    assert {pid for pid, _, _ in parallel.ordered_map(_where, range(30), few_to_workers=False)} == {os.getpid()}
    assert os.getpid() not in {pid for pid, _, _ in parallel.ordered_map(_where, range(300), few_to_workers=False)}


def test_batches_are_mapped_here_while_a_server_started_early_loads_when_asked(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert parallel.start_early(_where, ["tests.nlp.slow_to_import"], items=1, then=["colorsys"])
    assert parallel._loading()
    numbers = iter(range(600))
    here = list(parallel.ordered_map(_where, numbers, here_while_loading=True))
    assert [n for _, _, n in here] == list(range(600)) and {pid for pid, _, _ in here} == {os.getpid()}
    # loaded by now (the batches above took no time): the next ones go to the workers
    time.sleep(1.5)
    assert not parallel._loading()
    results = list(parallel.ordered_map(_where, range(600), here_while_loading=True))
    assert [n for _, _, n in results] == list(range(600))
    assert os.getpid() not in {pid for pid, _, _ in results}
    assert all(loaded for loaded, _ in parallel.ordered_map(_loaded, range(300)))  # `then` imported before the fork
    reaper = parallel.stop_server()
    reaper.join(timeout=30)
    assert "ATAZAN_WORKER_SERVER_LOADED" not in os.environ  # the next server says it anew


def test_a_server_that_stopped_before_saying_it_had_loaded_does_not_keep_the_items_here(monkeypatch, new_server):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    monkeypatch.setenv(parallel.LOADED_FILE, "/nonexistent/atazan-server.loaded")  # left by a server killed loading
    for _ in range(2):  # the first starts a server of its own, which says nothing; the second finds it running
        results = list(parallel.ordered_map(_where, range(300), here_while_loading=True))
        assert [n for _, _, n in results] == list(range(300)) and os.getpid() not in {pid for pid, _, _ in results}
    assert parallel.LOADED_FILE not in os.environ


@pytest.mark.parametrize("wait_for_loading", [False, True])
def test_a_process_that_never_stops_its_server_leaves_no_file_behind(tmp_path, wait_for_loading):
    # the server says it has loaded in a file: gone once the process and its server are, whether the process ended
    # before the server had loaded (the server writes the file after) or after
    script = ("import os, sys, time\n"
              "import pipeline.nlp.parallel as parallel\n"
              "from tests.nlp.test_parallel import _where\n"
              "parallel.start_early(_where, ['tests.nlp.slow_to_import'], items=1)\n"
              "print(os.environ[parallel.LOADED_FILE], flush=True)\n"
              f"while {wait_for_loading} and parallel._loading():\n"
              "    time.sleep(0.05)\n")
    env = {**os.environ, "ATAZAN_NLP_WORKERS": "2", "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=True)
    loaded_file = done.stdout.strip()
    assert loaded_file.startswith(str(tmp_path))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and list(tmp_path.iterdir()):
        time.sleep(0.1)  # the server finishes loading, finds its caller gone and exits
    assert list(tmp_path.iterdir()) == []
