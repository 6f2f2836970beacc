"""The near-duplicate grouping benchmark (scripts/bench/near_duplicate_pairs.py) runs, and checks what it times."""
from scripts.bench.near_duplicate_pairs import main


def test_the_benchmark_times_an_update_equal_to_the_whole_grouping(capsys):
    assert main(["--documents", "3000", "--new", "60", "--gone", "5", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "3,000 documents (60 new, 5 gone)" in out and "similar_pairs.updated + groups (after)" in out
