"""Benchmark and proof of the live crawl against a local site (127.0.0.1 only; no internet).

    .venv/bin/python scripts/bench_crawl.py [--kills 25] [--pages 800] [--skip-rate] [--skip-kill]

1. rate:      two hosts crawled at once (localhost at the default 1 request/s, 127.0.0.1 at 4/s): the request
              rate the server measures per host must stay within 5% of the limit.
2. unchanged: a second crawl of the unchanged site downloads no bodies (304s and sitemap/feed dates only).
3. kill:      a crawl SIGKILLed at random points (--kills times), then run to the end: every page is in the
              archive exactly once, every WARC file reads without error, no temporary file is left.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.crawl.config import CrawlConfig  # noqa: E402
from pipeline.crawl.runner import run_crawl  # noqa: E402
from pipeline.sources.base import ParsedPage, Source  # noqa: E402
from pipeline.warc.reader import WarcError, iter_responses, warc_files  # noqa: E402

PER_LISTING = 20


class Site:
    """A news site with listings, pages, ETags and 304s; it logs every request it answers."""

    def __init__(self, pages: int):
        self.pages = pages
        self.log: list[tuple[str, str, float, int, int]] = []  # host, path, arrival, status, body bytes
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                arrived = time.monotonic()
                status, body, etag = site.answer(self.path)
                if etag and self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                self.send_response(status)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Type", "text/html; charset=utf-8" if status != 304 else "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                with site._lock:
                    site.log.append(((self.headers.get("Host") or "").split(":")[0], self.path, arrived, status,
                                     len(body)))

            def log_message(self, *args):
                pass

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # a SIGKILLed crawler resets its connections: expected here, not worth a traceback

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, path: str) -> tuple[int, bytes, str | None]:
        if path == "/robots.txt":
            return 200, b"User-agent: *\nDisallow: /private/\n", '"robots-1"'
        if path.startswith("/list/"):
            n = int(path.rsplit("/", 1)[1])
            lists = (self.pages + PER_LISTING - 1) // PER_LISTING
            links = "".join(f'<a href="/news/{i}">Новость {i}</a>'
                            for i in range((n - 1) * PER_LISTING, min(n * PER_LISTING, self.pages)))
            nxt = f'<a rel="next" href="/list/{n + 1}">Далее</a>' if n < lists else ""
            return 200, f"<html><body>{links}{nxt}</body></html>".encode(), f'"list-{n}-{self.pages}"'
        if path.startswith("/news/"):
            n = int(path.rsplit("/", 1)[1])
            text = f"<html><body><h1>Новость {n}</h1><p>{'Конституционная реформа. ' * 100}</p></body></html>"
            return 200, text.encode(), f'"news-{n}"'
        return 404, b"not here", None

    def clear(self) -> None:
        with self._lock:
            self.log.clear()

    def stop(self) -> None:
        self.server.shutdown()


def news_source(name: str, host: str, port: int, rate: float, max_list: int | None = None) -> Source:
    return Source(name=name, title=name, hosts=(host,), languages=("ru",), kind="news",
                  parse=lambda page: ParsedPage("", ""), discovery="listing",
                  start_urls=(f"http://{host}:{port}/list/1",), article_url=r"/news/\d+$", rate_limit_per_s=rate)


def bench_rate_and_unchanged(results: dict) -> None:
    site = Site(pages=100)
    data = Path(tempfile.mkdtemp(prefix="atazan-bench-"))
    config = CrawlConfig(data_dir=data, allow_loopback=True)
    slow = news_source("default-rate", "localhost", site.port, 1.0)
    fast = news_source("four-per-second", "127.0.0.1", site.port, 4.0)
    # localhost: 30 pages at the default rate; 127.0.0.1: all 100 pages at 4/s; both at once
    started = time.monotonic()
    report = run_crawl(replace(config, max_pages=25), [slow, fast])
    elapsed = time.monotonic() - started
    rates = {}
    for host, limit in (("localhost", 1.0), ("127.0.0.1", 4.0)):
        times = sorted(t for h, _, t, _, _ in site.log if h == host)
        measured = (len(times) - 1) / (times[-1] - times[0])
        gaps = [b - a for a, b in zip(times, times[1:])]
        # Measured where the server sees requests arrive, so a gap carries the network's jitter (~ms).
        rates[host] = {"limit_per_s": limit, "requests": len(times), "measured_per_s": round(measured, 4),
                       "deviation_pct": round(100 * (measured - limit) / limit, 2),
                       "smallest_gap_s": round(min(gaps), 4), "interval_s": round(1 / limit, 4),
                       "within_5pct": abs(measured - limit) <= 0.05 * limit}
    results["rate"] = {"elapsed_s": round(elapsed, 1), "hosts": rates,
                       "pages_fetched": {s.source: s.pages_fetched for s in report.sources}}
    print(json.dumps(results["rate"], indent=2))

    # Finish both sites, then crawl again with nothing changed.
    run_crawl(replace(config, max_pages=None), [replace(slow, rate_limit_per_s=50.0), fast])
    site.clear()
    report = run_crawl(config, [replace(slow, rate_limit_per_s=50.0), fast])
    bodies = [(h, p, s, n) for h, p, _, s, n in site.log if n > 0]
    results["unchanged"] = {
        "requests": len(site.log),
        "statuses": dict(collections.Counter(s for *_, s, _ in site.log)),
        "bodies_downloaded": len(bodies),
        "body_bytes": sum(n for *_, n in bodies),
        "pages_fetched": sum(s.pages_fetched for s in report.sources),
        "no_bodies": not bodies,
    }
    print(json.dumps(results["unchanged"], indent=2))
    site.stop()


def bench_kill(results: dict, kills: int, pages: int) -> None:
    site = Site(pages=pages)
    data = Path(tempfile.mkdtemp(prefix="atazan-kill-"))
    command = [sys.executable, __file__, "--child", str(site.port), str(data)]
    rng = random.Random(20260315)
    killed_mid_crawl = 0
    finished_before_kill = 0
    attempts = 0
    while killed_mid_crawl < kills and attempts < kills * 3:
        attempts += 1
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 3.0))  # the child needs ~0.7 s to import and start
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            child.wait()
            killed_mid_crawl += 1
        else:
            finished_before_kill += 1
            break
    leftover_tmp_before_final = len(list((data / "raw" / "warc").glob("*.tmp")))
    with sqlite3.connect(data / "crawl" / "state.sqlite") as db:
        committed_before_final = db.execute("SELECT COUNT(*) FROM urls WHERE url LIKE '%/news/%' "
                                            "AND status = 200").fetchone()[0]
    final = subprocess.run(command, timeout=600, capture_output=True, text=True)
    counts: collections.Counter = collections.Counter()
    errors = []
    files = warc_files(data / "raw" / "warc")
    for path in files:
        for item in iter_responses(path, path.name):
            if isinstance(item, WarcError):
                errors.append(item.error)
            elif "/news/" in item.target_uri and item.http_status == 200:
                counts[item.target_uri] += 1
    expected = {f"http://127.0.0.1:{site.port}/news/{n}" for n in range(pages)}
    results["kill"] = {
        "pages": pages,
        "sigkills_mid_crawl": killed_mid_crawl,
        "runs_that_finished_before_the_kill": finished_before_kill,
        "pages_committed_by_the_killed_runs": committed_before_final,
        "final_run_exit_code": final.returncode,
        "tmp_files_left_by_the_last_kill": leftover_tmp_before_final,
        "warc_files": len(files),
        "warc_read_errors": len(errors),
        "pages_in_archive": len(counts),
        "lost_pages": len(expected - set(counts)),
        "duplicated_pages": sum(1 for c in counts.values() if c > 1),
        "tmp_files_after_final_run": len(list((data / "raw" / "warc").glob("*.tmp"))),
        "server_requests_for_pages": sum(1 for _, p, *_ in site.log if p.startswith("/news/")),
        # pages whose exchange a kill cut off before its commit: dropped from the archive and fetched again
        "pages_fetched_again_after_a_kill": sum(1 for _, p, *_ in site.log if p.startswith("/news/")) - pages,
    }
    print(json.dumps(results["kill"], indent=2))
    site.stop()


def child(port: int, data_dir: Path) -> None:
    source = news_source("killsite", "127.0.0.1", port, 60.0)
    # Small WARC files so kills land around rotations too.
    run_crawl(CrawlConfig(data_dir=data_dir, allow_loopback=True, max_warc_bytes=60_000,
                          max_discovery_pages=1000), [source])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=25)
    parser.add_argument("--pages", type=int, default=800)
    parser.add_argument("--skip-rate", action="store_true")
    parser.add_argument("--skip-kill", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("PORT", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(int(args.child[0]), Path(args.child[1]))
        return 0
    results: dict = {}
    if not args.skip_rate:
        bench_rate_and_unchanged(results)
    if not args.skip_kill:
        bench_kill(results, args.kills, args.pages)
    ok = all([
        all(h["within_5pct"] for h in results.get("rate", {}).get("hosts", {}).values()),
        results.get("unchanged", {}).get("no_bodies", True),
        not results.get("kill") or (results["kill"]["lost_pages"] == 0 and results["kill"]["duplicated_pages"] == 0
                                    and results["kill"]["warc_read_errors"] == 0
                                    and results["kill"]["final_run_exit_code"] == 0),
    ])
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
