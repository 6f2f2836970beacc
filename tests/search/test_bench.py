import pytest

from pipeline.search.bench import QUERIES, measure, synthetic_documents


def test_synthetic_documents_are_the_same_for_a_seed_and_cover_the_three_languages():
    first, again = list(synthetic_documents(6, vocabulary=500)), list(synthetic_documents(6, vocabulary=500))
    assert first == again
    assert [language for _, language, _ in first] == ["ru", "kk", "en"] * 2


def test_a_small_run_reports_rate_latency_and_hits():
    figures = measure(150, repeats=1, vocabulary=2000)
    assert figures["rows"]["search_items"] == 150 and figures["documents_per_second"] > 0
    assert set(figures["query_ms_median"]) == set(QUERIES)
    assert all(figures["hits"][q] > 0 for q in QUERIES)


@pytest.mark.slow
def test_ten_thousand_documents(capsys):
    """The figures of docs/search.md: pytest -m slow -s tests/search/test_bench.py"""
    figures = measure(10000)
    with capsys.disabled():
        print(figures)
    assert figures["rows"]["search_items"] == 10000
    assert figures["documents_per_second"] > 100  # about 450 measured on a shared two-core machine
    assert figures["query_ms_worst"] < 500  # about 70 ms measured
