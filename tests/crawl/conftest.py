"""Test servers on 127.0.0.1 play the sites; sources are built here, never taken from the registry."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.crawl.config import CrawlConfig
from pipeline.crawl.runner import run_crawl
from pipeline.sources.base import ParsedPage, Source
from pipeline.warc.reader import WarcResponse, iter_responses, warc_files


def _never_parsed(page):  # the crawl only archives; parsing is another room's job
    return ParsedPage(title="", text="")


def _make_source(server, discovery: str, start_paths: list[str], article_url: str = "", *, name: str = "testsite",
                rate: float = 500.0, languages: tuple[str, ...] = ("ru",)) -> Source:
    return Source(name=name, title="test site", hosts=("localhost",), languages=languages, kind="news",
                  parse=_never_parsed, discovery=discovery,
                  start_urls=tuple(server.url_for(p) for p in start_paths), article_url=article_url,
                  rate_limit_per_s=rate)


@pytest.fixture
def site(httpserver):
    """The test server, answering 404 to anything not set up (robots.txt included: everything allowed)."""
    httpserver.no_handler_status_code = 404
    return httpserver


@pytest.fixture
def config(tmp_path) -> CrawlConfig:
    return CrawlConfig(data_dir=tmp_path / "data", allow_loopback=True, backoff_factor_s=0.01, retries=2,
                       read_timeout_s=5, connect_timeout_s=5)


def _crawl(config: CrawlConfig, *sources: Source, **changes):
    return run_crawl(replace(config, **changes) if changes else config, sources)


def _archived(data_dir: Path) -> list[WarcResponse]:
    """Every response record in the data dir's WARC files, read the way the raw layer reads them."""
    found = []
    for path in warc_files(data_dir / "raw" / "warc"):
        for item in iter_responses(path, path.name):
            assert isinstance(item, WarcResponse), item
            found.append(item)
    return found


def _archived_paths(data_dir: Path) -> list[str]:
    from urllib.parse import urlsplit

    return sorted(urlsplit(r.target_uri).path + (f"?{urlsplit(r.target_uri).query}" if urlsplit(r.target_uri).query
                                                 else "") for r in _archived(data_dir))


def _requested_paths(server) -> list[str]:
    return [request.full_path.rstrip("?") for request, _ in server.log]


# Helpers as fixtures: with --import-mode=importlib a test module cannot import conftest.
@pytest.fixture
def make_source():
    return _make_source


@pytest.fixture
def crawl():
    return _crawl


@pytest.fixture
def archived():
    return _archived


@pytest.fixture
def archived_paths():
    return _archived_paths


@pytest.fixture
def requested_paths():
    return _requested_paths
