"""Incremental document building: unchanged captures are reused, new or changed ones parsed."""
from datetime import datetime, timezone

import shutil

import pyarrow.parquet as pq

from pipeline.warc.writer import ResponseToArchive, write_warc
from tests.documents.collect_helpers import collect_folder as _collect

ARTICLE = ("<html lang='ru'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
           "<p>Конституционная комиссия обсудила проект новой Конституции и поправки к статьям о Курултае. {n}</p>"
           "<p>Члены комиссии подчеркнули, что проект Основного закона будет вынесен на республиканский референдум."
           "</p></article></body></html>")


def _page(n: int, title: str = "Заседание Конституционной комиссии") -> ResponseToArchive:
    body = ARTICLE.format(title=f"{title} {n}", n=n).encode()
    return ResponseToArchive(f"https://news.example.org/{n}", body, datetime(2026, 2, 1, 10, n, tzinfo=timezone.utc))


def test_a_second_run_parses_nothing_and_gives_the_same_documents(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(5)])
    first, paths = _collect(tmp_path)
    before = pq.read_table(paths.documents).to_pylist()
    second, _ = _collect(tmp_path)
    assert (first.parsed, first.reused) == (5, 0)
    assert (second.parsed, second.reused) == (0, 5)
    assert pq.read_table(paths.documents).to_pylist() == before


def test_only_new_pages_are_parsed(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(5)])
    _collect(tmp_path)
    write_warc(tmp_path / "warc" / "b.warc.gz", [_page(9)])
    stats, paths = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (1, 5)
    assert pq.read_table(paths.documents).num_rows == 6


def test_pages_not_about_the_reform_are_counted_apart(tmp_path):
    weather = ("<html lang='ru'><head><title>Погода</title></head><body><article><h1>В Астане потеплеет</h1><p>"
               + "Синоптики обещают солнечную погоду и плюсовую температуру в выходные дни. " * 4
               + "</p></article></body></html>")
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(1), ResponseToArchive(
        "https://news.example.org/weather", weather.encode(), datetime(2026, 2, 1, tzinfo=timezone.utc))])
    stats, paths = _collect(tmp_path)
    assert [r["url"] for r in pq.read_table(paths.rejected).to_pylist()] == ["https://news.example.org/weather"]
    assert pq.read_table(paths.documents).num_rows == 1


def test_a_republished_report_points_at_the_first(tmp_path):
    original = _page(1, "Указ о Конституционной комиссии")
    copy = ResponseToArchive("https://other.example.org/copy", original.body.replace(b"</article>",
                             "<p>Передает агентство.</p></article>".encode()),
                             datetime(2026, 2, 2, tzinfo=timezone.utc))
    write_warc(tmp_path / "warc" / "a.warc.gz", [original, copy, _page(2, "Другая новость о референдуме")])
    _, paths = _collect(tmp_path)
    rows = {r["url"]: r for r in pq.read_table(paths.documents).to_pylist()}
    assert rows["https://other.example.org/copy"]["duplicate_of"] == rows["https://news.example.org/1"]["document_id"]
    assert rows["https://news.example.org/1"]["duplicate_of"] is None
    assert rows["https://news.example.org/2"]["duplicate_of"] is None


def test_robots_answers_are_skipped_and_feeds_are_discovery_pages_not_parse_errors(tmp_path):
    fetched = datetime(2026, 2, 1, tzinfo=timezone.utc)
    robots = ResponseToArchive("https://news.example.org/robots.txt", b"User-agent: *\nAllow: /\n", fetched,
                               headers=(("Content-Type", "text/plain"),), extra_warc_headers={"Atazan-Role": "robots"})
    feed = ResponseToArchive("https://news.example.org/rss", b"<?xml version='1.0'?><rss><channel></channel></rss>",
                             fetched, headers=(("Content-Type", "text/html"),),
                             extra_warc_headers={"Atazan-Role": "discovery"})
    write_warc(tmp_path / "warc" / "a.warc.gz", [robots, feed, _page(1)])
    stats, paths = _collect(tmp_path)
    errors = pq.read_table(paths.errors).to_pylist()
    assert [(e["url"], e["error_type"]) for e in errors] == [("https://news.example.org/rss", "discovery_page")]
    assert pq.read_table(paths.documents).num_rows == 1


def _state(paths) -> dict:
    """Every file of the four tables with its bytes and modification time."""
    files = [f for folder in (paths.captures, paths.documents, paths.rejected) for f in sorted(folder.iterdir())]
    return {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in [*files, paths.errors]}


def test_a_run_with_nothing_new_leaves_the_tables_untouched(tmp_path):
    weather = ResponseToArchive("https://news.example.org/weather", b"<html><body>1</body></html>",
                                datetime(2026, 2, 1, tzinfo=timezone.utc), headers=(("Content-Type", "image/png"),))
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(3)] + [weather])
    first, paths = _collect(tmp_path)
    before = _state(paths)
    second, _ = _collect(tmp_path)  # the inventory written again, with the same rows
    assert _state(paths) == before
    assert (second.responses, second.parsed, second.reused, second.errors) == (4, 0, 3, 1)
    assert (first.responses, first.parsed, first.reused, first.errors) == (4, 3, 0, 1)


def test_a_missing_table_or_a_run_that_stopped_midway_is_built_again(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(3)])
    _, paths = _collect(tmp_path)
    expected = pq.read_table(paths.documents).to_pylist()
    shutil.rmtree(paths.documents)
    stats, _ = _collect(tmp_path)
    assert pq.read_table(paths.documents).to_pylist() == expected
    assert (stats.parsed, stats.reused) == (0, 3)
    # a captures part without the fingerprint of its inputs: parsed again, reusing nothing it cannot trust
    part = paths.captures / "a.warc.gz.parquet"
    pq.write_table(pq.read_table(part).replace_schema_metadata(None), part)
    (paths.rejected / "a.warc.gz.parquet").write_bytes(b"not parquet")
    stats, _ = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (0, 3)  # the same payloads and parser versions: reused row by row
    assert pq.read_table(paths.rejected).num_rows == 0
    assert pq.read_table(paths.documents).to_pylist() == expected
    # the layout of older code (one file a table) is replaced by folders
    shutil.rmtree(paths.documents)
    paths.documents.write_bytes(b"an older single file")
    _collect(tmp_path)
    assert pq.read_table(paths.documents).to_pylist() == expected


def test_a_new_page_after_a_run_with_nothing_new_is_parsed(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(3)])
    _collect(tmp_path)
    _collect(tmp_path)
    write_warc(tmp_path / "warc" / "b.warc.gz", [_page(7)])
    stats, paths = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (1, 3)
    assert pq.read_table(paths.documents).num_rows == 4


def test_a_run_that_fails_midway_keeps_the_previous_captures_and_is_done_again(tmp_path, monkeypatch):
    from pipeline.documents import collect
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(3)])
    _, paths = _collect(tmp_path)
    captures = (paths.captures / "a.warc.gz.parquet").read_bytes()
    write_warc(tmp_path / "warc" / "b.warc.gz", [_page(8)])

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(collect, "split_latest", broken)
    try:
        _collect(tmp_path)
    except OSError:
        pass
    assert (paths.captures / "a.warc.gz.parquet").read_bytes() == captures
    # the new WARC file's part was finished before the failure; no scratch file is left
    assert sorted(p.name for p in paths.captures.iterdir()) == ["a.warc.gz.parquet", "b.warc.gz.parquet"]
    monkeypatch.undo()
    stats, _ = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (0, 4)  # taken up where it stopped
    assert pq.read_table(paths.documents).num_rows == 4


def test_a_new_warc_file_writes_its_own_parts_and_leaves_the_others(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(3)])
    _, paths = _collect(tmp_path)
    before = {f: f.stat().st_mtime_ns for folder in (paths.captures, paths.documents, paths.rejected)
              for f in folder.iterdir()}
    write_warc(tmp_path / "warc" / "b.warc.gz", [_page(7), _page(8, title="Погода")])
    stats, _ = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (2, 3)
    for folder in (paths.captures, paths.documents, paths.rejected):
        assert sorted(f.name for f in folder.iterdir()) == ["a.warc.gz.parquet", "b.warc.gz.parquet"]
    assert {f: f.stat().st_mtime_ns for f in before} == before  # a.warc.gz's parts untouched
    assert pq.read_table(paths.documents / "b.warc.gz.parquet").column("document_id").num_chunks >= 0
    assert pq.read_table(paths.documents).num_rows + pq.read_table(paths.rejected).num_rows == 5


def test_a_page_captured_again_moves_to_the_part_of_its_latest_capture(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(i) for i in range(3)])
    _, paths = _collect(tmp_path)
    again = ResponseToArchive("https://news.example.org/1", ARTICLE.format(title="Заседание 1", n="1b").encode(),
                              datetime(2026, 2, 2, 10, tzinfo=timezone.utc))
    write_warc(tmp_path / "warc" / "b.warc.gz", [again])
    _collect(tmp_path)
    ids = {f.name: pq.read_table(f).column("document_id").to_pylist() for f in paths.documents.iterdir()}
    assert len(ids["a.warc.gz.parquet"]) == 2 and len(ids["b.warc.gz.parquet"]) == 1
    assert ids["b.warc.gz.parquet"][0] not in ids["a.warc.gz.parquet"]
    cold = tmp_path / "cold"
    shutil.copytree(tmp_path / "warc", cold / "warc")
    _, cold_paths = _collect(cold)
    for name in ("documents", "rejected", "captures", "errors"):
        assert pq.read_table(getattr(paths, name)).to_pylist() == pq.read_table(getattr(cold_paths, name)).to_pylist()


def test_an_archive_without_warc_files_gives_empty_tables(tmp_path):
    (tmp_path / "warc").mkdir()
    stats, paths = _collect(tmp_path)
    assert stats.responses == 0
    for folder in (paths.captures, paths.documents, paths.rejected):
        assert [f.name for f in folder.iterdir()] == ["empty.parquet"]
        assert pq.ParquetFile(folder / "empty.parquet").metadata.num_rows == 0
    write_warc(tmp_path / "warc" / "a.warc.gz", [_page(1)])
    _collect(tmp_path)
    assert sorted(f.name for f in paths.documents.iterdir()) == ["a.warc.gz.parquet"]
