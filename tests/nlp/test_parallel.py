"""Documents analysed on several processes come back complete and in order."""
import pipeline.nlp.parallel as parallel


def _square(batch):
    return [n * n for n in batch]


def test_results_are_in_input_order_sequentially_and_in_parallel(monkeypatch):
    numbers = list(range(1000))
    expected = [n * n for n in numbers]
    assert list(parallel.ordered_map(_square, numbers[:50])) == expected[:50]  # below the threshold: in process
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    assert list(parallel.ordered_map(_square, iter(numbers))) == expected


def test_one_worker_means_no_pool(monkeypatch):
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "1")
    assert list(parallel.ordered_map(_square, range(500))) == [n * n for n in range(500)]
