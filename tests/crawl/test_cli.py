import json

import pytest

from pipeline.crawl import cli


@pytest.fixture
def registry(monkeypatch, site, make_source):
    sources = (make_source(site, "rss", ["/rss"], name="feedsite"),)
    monkeypatch.setattr(cli, "all_sources", lambda: sources)
    return sources


def test_cli_crawls_into_the_data_dir_and_reports(registry, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ATAZAN_DATA_DIR", str(tmp_path / "data"))
    assert cli.main(["--sources", "feedsite", "--max-pages", "5", "--since", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    # a real run refuses the loopback test server: the refusal is reported, not hidden
    assert "feedsite" in out and "refused=1" in out
    report = json.loads((tmp_path / "data" / "crawl" / "last_run.json").read_text())
    assert report["sources"][0]["source"] == "feedsite"


@pytest.mark.parametrize("argv, message", [
    (["--sources", "nosuch"], "unknown source"),
    (["--since", "12.02.2026"], "YYYY-MM-DD"),
    (["--max-pages", "-1"], "--max-pages"),
    (["--ca-bundle", "gov.kz"], "HOST=PATH"),
])
def test_cli_usage_errors_exit_2_with_the_reason(registry, tmp_path, monkeypatch, capsys, argv, message):
    monkeypatch.setenv("ATAZAN_DATA_DIR", str(tmp_path))
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err


def test_cli_lists_sources(registry, capsys):
    assert cli.main(["--list"]) == 0
    assert "feedsite" in capsys.readouterr().out
