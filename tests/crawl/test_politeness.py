"""robots.txt, retries, Retry-After, caps, broken answers, redirects and addresses, per-host rate."""
import gzip
import time
from dataclasses import replace

import pytest
from werkzeug import Response

from pipeline.crawl.fetcher import FetchRequest
from pipeline.crawl.guard import HostGuard
from pipeline.crawl.ratelimit import HostRateLimiter
from pipeline.warc.reader import read_response, warc_files


def _records(data_dir):
    """(path, WARC headers, HTTP status) of every response/revisit record, straight from warcio."""
    from warcio.archiveiterator import ArchiveIterator

    found = []
    for path in warc_files(data_dir / "raw" / "warc"):
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type in ("response", "revisit", "request"):
                    found.append((record.rec_type, record.rec_headers, record.http_headers))
    return found


def _page_source(site, make_source, *paths, **kw):
    """A listing at /list linking to `paths`, so the crawl fetches each as a page."""
    links = "".join(f'<a href="{p}">x</a>' for p in paths)
    site.expect_request("/list").respond_with_data(f"<html>{links}</html>", content_type="text/html")
    return make_source(site, "listing", ["/list"], article_url=r"/(doc|news|go|big|slow|broken|file)", **kw)


def test_robots_txt_disallow_is_obeyed(site, config, make_source, crawl, requested_paths):
    site.expect_request("/robots.txt").respond_with_data("User-agent: atazan\nDisallow: /news/private\n",
                                                         content_type="text/plain")
    site.expect_request("/news/public").respond_with_data("<html>ok</html>", content_type="text/html")
    source = _page_source(site, make_source, "/news/public", "/news/private")
    report = crawl(config, source)
    assert "/news/private" not in requested_paths(site) and "/news/public" in requested_paths(site)
    assert report.sources[0].refused == 1
    assert requested_paths(site).count("/robots.txt") == 1


def test_unreachable_robots_txt_keeps_pages_pending(site, config, make_source, crawl, requested_paths):
    site.expect_request("/robots.txt").respond_with_data("down", status=500)
    report = crawl(config, make_source(site, "rss", ["/rss"]))
    assert "/rss" not in requested_paths(site)
    assert "unreachable" in " ".join(report.sources[0].warnings)


def test_429_with_retry_after_is_waited_for_and_archived(site, config, make_source, crawl, archived):
    answers = iter([Response("slow down", status=429, headers={"Retry-After": "1"}),
                    Response("<html>готово</html>", content_type="text/html; charset=utf-8")])
    times = []

    def handler(request):
        times.append(time.monotonic())
        return next(answers)

    site.expect_request("/doc/1").respond_with_handler(handler)
    report = crawl(config, _page_source(site, make_source, "/doc/1"))
    assert times[1] - times[0] >= 0.95
    statuses = sorted(r.http_status for r in archived(config.data_dir) if r.target_uri.endswith("/doc/1"))
    assert statuses == [200, 429]
    assert report.sources[0].pages_fetched == 1


def test_a_retry_after_beyond_the_limit_leaves_the_page_pending(site, config, make_source, crawl):
    site.expect_request("/doc/1").respond_with_data("later", status=503, headers={"Retry-After": "3600"})
    report = crawl(config, _page_source(site, make_source, "/doc/1"), max_retry_after_s=5)
    assert report.sources[0].pending_left == 1 and report.sources[0].pages_fetched == 0


def test_a_page_failing_in_every_run_is_given_up_after_the_allowed_attempts(site, config, make_source, crawl):
    site.expect_request("/doc/1").respond_with_data("broken", status=500)
    source = _page_source(site, make_source, "/doc/1")
    pending = [crawl(config, source, page_attempts=2).sources[0].pending_left for _ in range(2)]
    assert pending == [1, 0]


def test_body_over_the_cap_is_cut_and_marked_truncated(site, config, make_source, crawl):
    site.expect_request("/big").respond_with_data(b"x" * 50_000, content_type="application/octet-stream")
    crawl(config, _page_source(site, make_source, "/big"), max_body_bytes=10_000)
    big = [h for kind, h, _ in _records(config.data_dir) if kind == "response" and h.get_header(
        "WARC-Target-URI").endswith("/big")]
    assert big[0].get_header("WARC-Truncated") == "length"


def test_slow_drip_body_is_cut_at_the_deadline(site, config, make_source, crawl):
    def drip():
        for _ in range(30):
            yield b"." * 10
            time.sleep(0.1)

    site.expect_request("/slow").respond_with_handler(lambda r: Response(drip(), content_type="text/plain"))
    started = time.monotonic()
    crawl(config, _page_source(site, make_source, "/slow"), body_deadline_s=0.5)
    assert time.monotonic() - started < 2.5
    slow = [h for kind, h, _ in _records(config.data_dir) if kind == "response" and h.get_header(
        "WARC-Target-URI").endswith("/slow")]
    assert slow[0].get_header("WARC-Truncated") == "time"


def test_a_connection_broken_mid_body_keeps_what_arrived(site, config, make_source, crawl):
    def broken():
        yield b"<html>half a page"
        raise ConnectionResetError("gone")

    site.expect_request("/broken").respond_with_handler(
        lambda r: Response(broken(), headers={"Content-Length": "5000"}, content_type="text/html"))
    crawl(config, _page_source(site, make_source, "/broken"))
    kept = [(h, http) for kind, h, http in _records(config.data_dir) if kind == "response"
            and h.get_header("WARC-Target-URI").endswith("/broken")]
    assert kept and kept[0][0].get_header("WARC-Truncated") == "disconnect"


def test_gzip_and_pdf_bodies_are_archived_decoded_and_kept(site, config, make_source, crawl, archived):
    html = "<html>Конституция</html>".encode()
    site.expect_request("/doc/gz").respond_with_data(gzip.compress(html), headers={"Content-Encoding": "gzip"},
                                                     content_type="text/html; charset=utf-8")
    pdf = b"%PDF-1.7\n%binary\xff\xfe"
    site.expect_request("/file.pdf").respond_with_data(pdf, content_type="application/pdf")
    crawl(config, _page_source(site, make_source, "/doc/gz", "/file.pdf"))
    by_path = {r.target_uri.rsplit("/", 1)[1]: r for r in archived(config.data_dir)}
    body, content_type, status = read_response(config.warc_dir / by_path["gz"].warc_file, by_path["gz"].offset)
    assert body == html and status == 200
    assert by_path["file.pdf"].content_type == "application/pdf" and by_path["file.pdf"].payload_length == len(pdf)


def test_redirect_within_the_site_is_followed_and_off_the_allowlist_refused(site, config, make_source, crawl,
                                                                             requested_paths, archived):
    site.expect_request("/go/inside").respond_with_data("", status=301, headers={"Location": "/doc/target"})
    site.expect_request("/doc/target").respond_with_data("<html>target</html>", content_type="text/html")
    site.expect_request("/go/outside").respond_with_data("", status=302,
                                                         headers={"Location": "http://127.0.0.1:1/elsewhere"})
    report = crawl(config, _page_source(site, make_source, "/go/inside", "/go/outside"))
    assert "/doc/target" in requested_paths(site)
    assert report.sources[0].refused == 1
    assert {r.http_status for r in archived(config.data_dir) if "/go/" in r.target_uri} == {301, 302}


def test_guard_refuses_private_and_loopback_addresses_unless_told():
    resolve = {"site.kz": ["127.0.0.1"], "lan.kz": ["10.0.0.5"], "public.kz": ["195.12.113.10"]}.__getitem__
    guard = HostGuard(["site.kz", "lan.kz", "public.kz"], resolver=resolve)
    assert "loopback" in guard.refusal("https://site.kz/a")
    assert "non-public" in guard.refusal("https://lan.kz/a")
    assert guard.refusal("https://public.kz/a") is None
    assert "allowlist" in guard.refusal("https://other.kz/a")
    assert "scheme" in guard.refusal("file:///etc/passwd")
    assert HostGuard(["site.kz"], allow_loopback=True, resolver=resolve).refusal("https://site.kz/a") is None
    assert HostGuard(["sub.kz"], resolver=lambda h: ["::ffff:10.1.1.1"]).refusal("https://a.sub.kz/") is not None


def test_loopback_test_server_is_refused_by_a_real_crawl(site, config, make_source, crawl, requested_paths):
    report = crawl(config, make_source(site, "rss", ["/rss"]), allow_loopback=False)
    assert requested_paths(site) == [] and report.sources[0].refused == 1


def test_rate_limiter_spaces_requests_per_host():
    now = [0.0]
    limiter = HostRateLimiter(clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s))
    slots = []
    for _ in range(4):
        limiter.wait("a.kz", 0.5)
        slots.append(now[0])
    limiter.wait("b.kz", 0.5)
    assert slots == [0.0, 0.5, 1.0, 1.5] and now[0] == 1.5
    limiter.slow_down("a.kz", 2.0)
    limiter.wait("a.kz", 0.5)
    assert now[0] == 2.0


def test_measured_request_rate_stays_within_the_limit(site, config, make_source, crawl):
    times = []

    def page(request):
        times.append(time.monotonic())
        return Response("<html>p</html>", content_type="text/html")

    import re
    site.expect_request(re.compile(r"/news/\d+")).respond_with_handler(page)
    source = _page_source(site, make_source, *[f"/news/{n}" for n in range(8)], rate=20.0)
    crawl(config, source)
    rate = (len(times) - 1) / (times[-1] - times[0])
    assert len(times) == 8 and rate <= 20.0 * 1.05


def test_conditional_get_sends_validators_and_304_is_a_revisit(site, config, state_row):
    site.expect_request("/doc/1").respond_with_data("<html>v1</html>", content_type="text/html",
                                                    headers={"ETag": '"v1"', "Last-Modified": "Thu, 12 Feb 2026 05:00:00 GMT"})
    fetcher, store = state_row(config)
    first = fetcher.fetch(FetchRequest(site.url_for("/doc/1"), source="t", interval_s=0))
    site.clear()
    seen = {}

    def conditional(request):
        seen.update(request.headers)
        return Response(status=304, headers={"ETag": '"v1"'})

    site.expect_request("/doc/1").respond_with_handler(conditional)
    second = fetcher.fetch(FetchRequest(site.url_for("/doc/1"), source="t", interval_s=0))
    store.close()
    assert first.ok and second.not_modified and second.body == b""
    assert seen["If-None-Match"] == '"v1"' and seen["If-Modified-Since"] == "Thu, 12 Feb 2026 05:00:00 GMT"
    revisit = [h for kind, h, _ in _records(config.data_dir) if kind == "revisit"]
    assert revisit[0].get_header("WARC-Refers-To-Target-URI") == site.url_for("/doc/1")
    assert revisit[0].get_header("WARC-Payload-Digest") == first.record.payload_digest


@pytest.fixture
def state_row():
    from pipeline.crawl.fetcher import Fetcher
    from pipeline.crawl.state import CrawlState
    from pipeline.crawl.store import CrawlStore

    def build(config):
        store = CrawlStore(config.warc_dir, CrawlState(config.state_path), config.max_warc_bytes, {"software": "t"})
        return Fetcher(replace(config), store, HostGuard(["localhost"], allow_loopback=True)), store

    return build


def test_cyrillic_urls_are_archived_as_sent(site, config, make_source, crawl, archived):
    site.expect_request("/news/референдум-2026").respond_with_data("<html>ok</html>", content_type="text/html")
    crawl(config, _page_source(site, make_source, "/news/референдум-2026"))
    uris = [r.target_uri for r in archived(config.data_dir) if "/news/" in r.target_uri]
    assert uris == [site.url_for("/news/%D1%80%D0%B5%D1%84%D0%B5%D1%80%D0%B5%D0%BD%D0%B4%D1%83%D0%BC-2026")]
