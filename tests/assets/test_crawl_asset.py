"""The crawl as Dagster runs it: one partition per source, its history, and the empty-scrape alert."""
import json
import subprocess
import sys

import dagster as dg

import pipeline.assets.crawl as crawl_asset
from pipeline.crawl.history import EMPTY_RUNS, empty_sources
from pipeline.resources import AtazanSettings, CrawlSettings
from pipeline.sources.base import ParsedPage, Source
from pipeline.warc.reader import WarcResponse, iter_responses, warc_files

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
<item><title>Комиссия</title><link>{base}/news/1</link><pubDate>Fri, 30 Jan 2026 10:00:00 +0500</pubDate></item>
</channel></rss>"""


def _source(server) -> Source:
    return Source(name="testsite", title="test site", hosts=("localhost",), languages=("ru",), kind="news",
                  parse=lambda page: ParsedPage(title="", text=""), discovery="rss",
                  start_urls=(server.url_for("/rss"),), article_url=r"/news/\d+", rate_limit_per_s=100.0)


def test_a_partition_crawls_its_source_into_the_archive_and_records_history(httpserver, tmp_path, monkeypatch):
    httpserver.no_handler_status_code = 404
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/rss").respond_with_data(RSS.format(base=base), content_type="application/rss+xml")
    httpserver.expect_request("/news/1").respond_with_data("<html><body><p>Текст</p></body></html>",
                                                           content_type="text/html; charset=utf-8")
    source = _source(httpserver)
    monkeypatch.setattr(crawl_asset, "source_by_name", lambda name: source)
    monkeypatch.setattr(crawl_asset, "all_sources", lambda: (source,))
    result = dg.materialize(
        [crawl_asset.raw_crawl], partition_key=crawl_asset.source_partitions.get_partition_keys()[0],
        resources={"settings": AtazanSettings(data_dir=str(tmp_path)),
                   "crawl": CrawlSettings(allow_loopback_for_tests=True)})
    assert result.success
    materialization = result.asset_materializations_for_node("raw_crawl")[0]
    assert materialization.metadata["pages_fetched"].value == 1
    urls = [r.target_uri for p in warc_files(tmp_path / "raw" / "warc") for r in iter_responses(p, p.name)
            if isinstance(r, WarcResponse)]
    assert base + "/news/1" in urls
    history = [json.loads(line) for line in (tmp_path / "crawl" / "history.jsonl").read_text().splitlines()]
    assert [(h["source"], h["pages_fetched"]) for h in history] == [("testsite", 1)]


def _history(tmp_path, runs):
    path = tmp_path / "history.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in runs))
    return path


def test_a_source_empty_for_several_runs_is_flagged(tmp_path):
    empty = {"source": "kazinform", "requests": 3, "pages_fetched": 0, "not_modified": 0, "failed": 0, "refused": 0}
    failing = {"source": "tengrinews", "requests": 4, "pages_fetched": 0, "not_modified": 0, "failed": 4,
               "refused": 0, "error": None}
    healthy = {"source": "akorda", "requests": 5, "pages_fetched": 0, "not_modified": 5, "failed": 0, "refused": 0}
    path = _history(tmp_path, [empty, failing, healthy] * EMPTY_RUNS)
    assert [f.source for f in empty_sources(path)] == ["kazinform", "tengrinews"]


def test_one_good_run_clears_the_flag(tmp_path):
    empty = {"source": "kazinform", "requests": 3, "pages_fetched": 0, "not_modified": 0, "failed": 0, "refused": 0}
    good = {**empty, "pages_fetched": 2}
    assert empty_sources(_history(tmp_path, [empty] * EMPTY_RUNS + [good])) == []
    assert empty_sources(_history(tmp_path, [empty] * (EMPTY_RUNS - 1))) == []


def test_loading_the_definitions_loads_no_crawl_code():
    script = ("import sys, pipeline.definitions\n"
              "print(sorted(m for m in ('pipeline.crawl.runner', 'pipeline.crawl.fetcher', 'pipeline.crawl.history')"
              " if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
