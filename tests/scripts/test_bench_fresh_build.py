"""scripts/bench/fresh_build.py: a full build of a kept testbed's WARC files in an empty folder."""
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.bench.fresh_build import copy_archive
from scripts.bench.run_log import first_run
from tests.bench_helpers import kept_testbed

ROOT = Path(__file__).resolve().parents[2]


def test_the_testbed_s_first_warc_files_by_name_are_copied(tmp_path):
    warc = tmp_path / "testbed" / "data" / "raw" / "warc"
    warc.mkdir(parents=True)
    for name in ("bench-00002.warc.gz", "bench-00001.warc.gz", "bench-00003.warc.gz", "notes.txt"):
        (warc / name).write_bytes(name.encode())
    copied = copy_archive(tmp_path / "testbed", tmp_path / "out", files=2)
    assert [p.name for p in copied] == ["bench-00001.warc.gz", "bench-00002.warc.gz"]
    assert (tmp_path / "out" / "data" / "raw" / "warc" / "bench-00002.warc.gz").read_bytes() == b"bench-00002.warc.gz"
    assert len(copy_archive(tmp_path / "testbed", tmp_path / "all")) == 3
    with pytest.raises(SystemExit, match="no data/raw/warc"):
        copy_archive(tmp_path / "empty", tmp_path / "none")


@pytest.mark.slow
def test_a_fresh_build_is_the_testbed_increments_take_their_full_build_from(tmp_path):
    fresh = tmp_path / "fresh"
    out = subprocess.run([sys.executable, "-m", "scripts.bench.fresh_build", str(kept_testbed(tmp_path)), str(fresh)],
                         cwd=ROOT, check=True, capture_output=True, text=True)
    assert out.stdout.startswith("1 WARC files: rc 0") and "peak" in out.stdout
    full = sum(s.seconds for s in first_run(fresh / "dagster_home").steps)
    rounds = subprocess.run([sys.executable, "-m", "scripts.bench.increments", str(fresh), str(tmp_path / "work"),
                             "--rounds", "1", "--pages", "3"], cwd=ROOT, check=True, capture_output=True, text=True)
    assert f"full build: {full:,.1f} step s" in rounds.stdout
