"""The +1% split benchmark (scripts/bench/split_increment.py) runs on a small captures folder and leaves the
pipeline as it found it."""
from pipeline.documents import collect
from scripts.bench.split_increment import main
from tests.documents.test_ordered_outputs import captures_rows, write_parts


def test_the_benchmark_times_a_split_after_new_captures(tmp_path, capsys):
    near_duplicates = collect._near_duplicates
    captures = write_parts(tmp_path / "captures", captures_rows(200, 3, files=3))
    assert main([str(captures), str(tmp_path / "work"), "--new", "10", "--repeat", "2"]) == 0
    assert "+10 captures, best of 2: split_latest" in capsys.readouterr().out
    assert collect._near_duplicates is near_duplicates
