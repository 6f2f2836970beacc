"""The run as a whole: several sources at once, one source's failure, the lock, the report."""
import fcntl
import json
import os
import time

import pytest
from werkzeug import Response

from pipeline.crawl import runner
from pipeline.crawl.runner import CrawlLocked


def _feed(site, path: str, links: list[str]) -> None:
    items = "".join(f"<item><link>{site.url_for(link)}</link></item>" for link in links)
    site.expect_request(path).respond_with_data(f"<rss><channel>{items}</channel></rss>", content_type="text/xml")
    for link in links:
        site.expect_request(link).respond_with_data(f"<html>{link}</html>", content_type="text/html")


def test_sources_share_one_archive_and_one_failing_source_does_not_stop_the_others(
        site, config, make_source, crawl, archived_paths, monkeypatch):
    _feed(site, "/a.rss", ["/a/1", "/a/2"])
    _feed(site, "/b.rss", ["/b/1"])
    good_a = make_source(site, "rss", ["/a.rss"], name="a")
    good_b = make_source(site, "rss", ["/b.rss"], name="b")
    broken = make_source(site, "sitemap", ["/x.xml"], name="broken")

    def explode(ctx):
        raise RuntimeError("a bug in a discovery function")

    monkeypatch.setitem(runner.DISCOVERY, "sitemap", explode)
    report = crawl(config, good_a, good_b, broken)
    by_name = {s.source: s for s in report.sources}
    assert by_name["a"].pages_fetched == 2 and by_name["b"].pages_fetched == 1
    assert by_name["broken"].error == "RuntimeError: a bug in a discovery function"
    assert {"/a/1", "/a/2", "/b/1"} <= set(archived_paths(config.data_dir))
    assert len(report.warc_files) == 1
    saved = json.loads((config.crawl_dir / "last_run.json").read_text())
    assert {s["source"] for s in saved["sources"]} == {"a", "b", "broken"}


def test_unknown_discovery_kind_is_refused_before_any_request(site, config, make_source, crawl):
    with pytest.raises(ValueError, match="no discovery kind for odd"):
        crawl(config, make_source(site, "carrier_pigeon", ["/"], name="odd"))
    assert not site.log


def test_a_second_crawl_on_the_same_data_dir_is_refused(site, config, make_source, crawl):
    config.crawl_dir.mkdir(parents=True)
    fd = os.open(config.crawl_dir / "crawl.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(CrawlLocked):
            crawl(config, make_source(site, "rss", ["/rss"]))
    finally:
        os.close(fd)


def test_a_server_that_never_answers_times_out_and_the_page_stays_queued(site, config, make_source, crawl):
    def silent(request):
        time.sleep(0.6)
        return Response("late")

    site.expect_request("/rss").respond_with_data(
        f"<rss><channel><item><link>{site.url_for('/late')}</link></item></channel></rss>", content_type="text/xml")
    site.expect_request("/late").respond_with_handler(silent)
    report = crawl(config, make_source(site, "rss", ["/rss"]), read_timeout_s=0.2, retries=0)
    assert report.sources[0].pending_left == 1 and report.sources[0].failed == 1


def test_max_pages_leaves_the_rest_for_the_next_run(site, config, make_source, crawl):
    _feed(site, "/rss", [f"/n/{i}" for i in range(5)])
    source = make_source(site, "rss", ["/rss"])
    first = crawl(config, source, max_pages=2)
    second = crawl(config, source, max_pages=10)
    assert (first.sources[0].pages_fetched, first.sources[0].pending_left) == (2, 3)
    assert (second.sources[0].pages_fetched, second.sources[0].pending_left) == (3, 0)
