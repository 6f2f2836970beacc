import pytest

from pipeline.warc.reader import WarcResponse, iter_responses
from scripts.bench import small_files


def test_the_pages_go_in_files_of_the_size_asked(tmp_path, capsys):
    assert small_files.main([str(tmp_path / "bed"), "--pages", "12", "--per-file", "5"]) == 0
    files = sorted((tmp_path / "bed" / "data" / "raw" / "warc").glob("*.warc.gz"))
    assert [sum(isinstance(r, WarcResponse) for r in iter_responses(f, f.name)) for f in files] == [5, 5, 2]
    assert "12 pages in 3 WARC files" in capsys.readouterr().out


def test_an_existing_folder_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="exists"):
        small_files.main([str(tmp_path)])
