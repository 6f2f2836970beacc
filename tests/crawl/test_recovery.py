"""A killed crawl: the archive is cut back to what the state committed, and the next run completes it."""
import collections
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from werkzeug import Response

from pipeline.crawl.state import CrawlState, FetchRecord
from pipeline.crawl.store import CrawlStore
from pipeline.warc.reader import WarcResponse, iter_responses, warc_files
from pipeline.warc.writer import HttpExchange

CHILD = Path(__file__).with_name("crawl_child.py")


def _exchange(n: int) -> HttpExchange:
    return HttpExchange(f"https://x.kz/news/{n}", datetime.now(timezone.utc), 200,
                        response_headers=(("Content-Type", "text/html"),), body=f"<html>{n}</html>".encode())


def _responses(warc_dir: Path) -> list[str]:
    found = []
    for path in warc_files(warc_dir):
        for item in iter_responses(path, path.name):
            assert isinstance(item, WarcResponse), item
            found.append(item.target_uri)
    return found


def test_uncommitted_tail_of_a_killed_run_is_cut_and_its_page_fetched_again(tmp_path):
    state = CrawlState(tmp_path / "state.sqlite")
    store = CrawlStore(tmp_path / "warc", state, 10**9, {"software": "test"})
    record = FetchRecord("https://x.kz/news/1", "", "s", "page", datetime.now(timezone.utc), 200)
    store.save([_exchange(1)], fetches=[record])
    # The process dies after writing the next exchange but before the state transaction:
    store.writer.write_exchange(_exchange(2))
    store.writer.sync()
    store.writer._fh.write(b"WARC/1.0\r\nWARC-Type: resp")  # and a half-written record after it
    store.writer._fh.flush()
    state.close()

    state = CrawlState(tmp_path / "state.sqlite")
    recovered = CrawlStore(tmp_path / "warc", state, 10**9, {"software": "test"}).recover()
    assert len(recovered) == 1 and not list((tmp_path / "warc").glob("*.tmp"))
    assert _responses(tmp_path / "warc") == ["https://x.kz/news/1"]
    assert state.row("https://x.kz/news/2") is None


def test_a_file_with_nothing_committed_is_removed(tmp_path):
    state = CrawlState(tmp_path / "state.sqlite")
    store = CrawlStore(tmp_path / "warc", state, 10**9, {"software": "test"})
    store.writer.write_exchange(_exchange(1))
    store.writer.sync()
    assert CrawlStore(tmp_path / "warc", state, 10**9, {}).recover() == []
    assert list((tmp_path / "warc").iterdir()) == []


def test_files_rotate_by_size_and_every_one_is_readable(tmp_path):
    state = CrawlState(tmp_path / "state.sqlite")
    store = CrawlStore(tmp_path / "warc", state, 2_000, {"software": "test"})
    for n in range(12):
        store.save([_exchange(n)], fetches=[FetchRecord(f"https://x.kz/news/{n}", "", "s", "page",
                                                        datetime.now(timezone.utc), 200)])
    store.close()
    files = warc_files(tmp_path / "warc")
    assert len(files) > 2 and all(f.stat().st_size < 4_000 for f in files)
    assert sorted(_responses(tmp_path / "warc")) == sorted(f"https://x.kz/news/{n}" for n in range(12))


def _serve_site(site, pages: int):
    per_list = 10
    lists = (pages + per_list - 1) // per_list

    def listing(request):
        n = int(request.path.rsplit("/", 1)[1])
        links = "".join(f'<a href="/news/{i}">{i}</a>' for i in range((n - 1) * per_list, min(n * per_list, pages)))
        nxt = f'<a rel="next" href="/list/{n + 1}">next</a>' if n < lists else ""
        return Response(f"<html>{links}{nxt}</html>", content_type="text/html")

    site.expect_request(re.compile(r"/list/\d+")).respond_with_handler(listing)
    site.expect_request(re.compile(r"/news/\d+")).respond_with_handler(
        lambda r: Response(f"<html>page {r.path}</html>" + "x" * 2000, content_type="text/html"))


def test_sigkill_during_a_crawl_loses_and_duplicates_nothing(site, tmp_path):
    pages = 40
    _serve_site(site, pages)
    data_dir = tmp_path / "data"
    command = [sys.executable, str(CHILD), site.url_for("/"), str(data_dir), "200", "20000"]
    for delay in (0.6, 0.9):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
    subprocess.run(command, check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    counts = collections.Counter(u for u in _responses(data_dir / "raw" / "warc") if "/news/" in u)
    assert sorted(counts) == sorted(site.url_for(f"/news/{n}") for n in range(pages))
    assert set(counts.values()) == {1}
