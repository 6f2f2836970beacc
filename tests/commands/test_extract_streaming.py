"""`atazan extract` streams: the first page is printed before the archive is read, and memory stays flat."""
import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-m", "pipeline.cli", "extract"]


def read_position(pid: int, path: Path) -> int | None:
    """Where process `pid` is in `path` (Linux /proc), or None if it does not have the file open."""
    fd_dir = Path(f"/proc/{pid}/fd")
    for fd in fd_dir.iterdir():
        try:
            if os.readlink(fd) == str(path):
                fields = dict(line.split(":", 1) for line in (Path(f"/proc/{pid}/fdinfo") / fd.name).read_text().splitlines())
                return int(fields["pos"])
        except (FileNotFoundError, ValueError):
            continue
    return None


@pytest.mark.skipif(not Path("/proc/self/fdinfo").exists(), reason="reads the file position from Linux /proc")
def test_first_line_is_printed_before_the_archive_is_read(news_warc, tmp_path):
    archive = news_warc(tmp_path / "news.warc.gz", 3000)
    size = archive.stat().st_size
    process = subprocess.Popen([*COMMAND, archive], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "no line within 60 s"
        first = json.loads(process.stdout.readline())
        # Nobody reads the pipe now: the process stops once the pipe buffer (64 KB, about a hundred lines) is
        # full, so a reader that had loaded the whole archive first is the only way to be near its end.
        position = read_position(process.pid, archive)
        assert process.poll() is None, "the process finished: it did not wait for its reader"
        assert position is not None and position < size / 2, f"read {position} of {size} bytes before line 1"
        assert first["url"] == "https://tengrinews.kz/kazakhstan_news/zasedanie-0/"
        assert first["title"] == "Заседание Конституционной комиссии № 0"
    finally:
        process.kill()
        process.wait()


def peak_rss_mb(archive: Path, output: Path) -> tuple[float, int]:
    """Peak resident memory of `atazan extract archive` (MB) and the number of lines it printed."""
    with output.open("wb") as out:
        process = subprocess.Popen([*COMMAND, archive], stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0
    with output.open("rb") as lines:
        count = sum(1 for _ in lines)
    return usage.ru_maxrss / 1024, count  # ru_maxrss is in KB on Linux


@pytest.mark.slow
def test_peak_memory_is_flat_from_10000_to_50000_pages(news_warc, tmp_path):
    small = news_warc(tmp_path / "10k.warc.gz", 10_000)
    large = news_warc(tmp_path / "50k.warc.gz", 50_000)

    small_mb, small_lines = peak_rss_mb(small, tmp_path / "10k.jsonl")
    large_mb, large_lines = peak_rss_mb(large, tmp_path / "50k.jsonl")

    print(f"peak RSS: {small_mb:.1f} MB for 10,000 pages, {large_mb:.1f} MB for 50,000 pages")
    assert (small_lines, large_lines) == (10_000, 50_000)
    assert large_mb < small_mb * 1.1 + 5


def test_a_reader_that_stops_early_ends_the_command_quietly(news_warc, tmp_path):
    archive = news_warc(tmp_path / "news.warc.gz", 500)
    process = subprocess.Popen([*COMMAND, archive], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready and json.loads(process.stdout.readline())["title"]
        process.stdout.close()  # what `atazan extract big.warc.gz | head -1` does
        _, errors = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0
    assert b"Traceback" not in errors
