"""`atazan extract` on WARC files: the bundled sample, browser-crawl mixtures and damaged archives."""
import gzip
from datetime import datetime, timezone

from pipeline.documents.build import build_document
from pipeline.documents.relevance import relevance
from pipeline.samples.archive import build_sample_archive, load_manifest, samples_root
from pipeline.sources.base import Page
from pipeline.warc.reader import WarcResponse, iter_responses
from pipeline.warc.writer import ResponseToArchive, write_warc

FETCHED = datetime(2026, 3, 18, 9, 0, tzinfo=timezone.utc)


def report(i: int) -> bytes:
    return (f"<html lang='ru'><head><title>Сообщение {i}</title></head><body><article><h1>Сообщение {i}</h1>"
            f"<p>Конституционная комиссия рассмотрела обращение номер {i} о проекте новой Конституции.</p>"
            f"<p>Ответ направят заявителю в течение месяца.</p></article></body></html>").encode()


def response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200):
    return ResponseToArchive(url=url, body=body, fetched_at=FETCHED, status=status,
                             headers=(("Content-Type", content_type),))


def reports(count: int) -> list[ResponseToArchive]:
    return [response(f"https://example.kz/news/{i}", report(i)) for i in range(count)]


def test_sample_archive_gives_one_line_per_page_as_core_documents_builds_it(extract, tmp_path):
    archive, pages = build_sample_archive(tmp_path)
    manifest = load_manifest()
    expected = [build_document(Page(e.url, (samples_root() / e.path).read_bytes(), e.content_type, e.fetched_at),
                               {}).row for e in manifest]

    code, entries, _ = extract(archive)

    assert code == 0 and len(entries) == pages == len(manifest)
    for entry, row in zip(entries, expected):
        assert entry["url"] == row["url"]
        assert (entry["title"], entry["source"], entry["parser"], entry["language"], entry["kind"]) == \
            (row["title"], row["source"], row["parser"], row["language"], row["kind"])
        assert entry["text"] == row["text"]
        assert entry["published_at"] == (row["published_at"].isoformat().replace("+00:00", "Z")
                                         if row["published_at"] else None)
        assert entry["relevant"] == relevance(row["title"], row["text"], row["language"]).relevant
    # the sample holds a weather report so that relevance has something to reject
    assert {e["relevant"] for e in entries} == {True, False}


def test_only_html_and_json_responses_with_2xx_status_are_pages(extract, tmp_path):
    archive = write_warc(tmp_path / "browser.warc.gz", [
        response("https://example.kz/news/0", report(0)),
        response("https://example.kz/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        response("https://example.kz/app.js", b"console.log('hi')", "application/javascript"),
        response("https://example.kz/old", b"", status=301),
        response("https://example.kz/gone", report(9), status=404),
        response("https://example.kz/scan", b"%PDF-1.4\n" + b"x" * 200, "text/html"),
        response("https://example.kz/api/news?id=1", b'{"id": 1, "items": []}', "application/json"),
        response("https://example.kz/news/1", report(1)),
    ])

    code, entries, notes = extract(archive)

    assert code == 0
    assert [e["url"] for e in entries] == ["https://example.kz/news/0", "https://example.kz/scan",
                                           "https://example.kz/api/news?id=1", "https://example.kz/news/1"]
    assert [e["title"] for e in entries] == ["Сообщение 0", None, None, "Сообщение 1"]
    assert "PDF" in entries[1]["errors"][0] and "json" in entries[2]["errors"][0].lower()
    assert "8 response records, 4 skipped" in notes


def test_corrupt_record_in_the_middle_does_not_hide_the_records_after_it(extract, tmp_path):
    archive = write_warc(tmp_path / "damaged.warc.gz", reports(5))
    third = [r for r in iter_responses(archive, archive.name) if isinstance(r, WarcResponse)][2]
    data = bytearray(archive.read_bytes())
    data[third.offset + 20: third.offset + 60] = b"\x00" * 40  # inside the third record's gzip member
    archive.write_bytes(bytes(data))

    code, entries, _ = extract(archive)

    assert code == 0
    pages = [e for e in entries if e["url"]]
    damage = [e for e in entries if not e["url"]]
    assert [e["title"] for e in pages] == ["Сообщение 0", "Сообщение 1", "Сообщение 3", "Сообщение 4"]
    assert damage and all(f"damaged.warc.gz: damaged WARC data at offset" in e["errors"][0] for e in damage)


def test_truncated_archive_keeps_the_records_before_the_cut(extract, tmp_path):
    archive = write_warc(tmp_path / "cut.warc", reports(3))
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) - 300])

    code, entries, _ = extract(archive)

    assert code == 0
    assert [e["title"] for e in entries[:2]] == ["Сообщение 0", "Сообщение 1"]
    assert len(entries) == 3 and entries[2]["title"] is None and "truncated" in entries[2]["errors"][0]


def test_file_that_is_not_a_warc_is_an_error_line(extract, tmp_path):
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(gzip.compress(b"this is not a WARC file\n" * 10))
    code, entries, _ = extract(junk)
    assert code == 0  # the file was read: what it holds is the problem, and the line says so
    assert entries and all(e["url"] is None and e["errors"][0].startswith(str(junk)) for e in entries)


def test_url_option_does_not_rename_warc_records(extract, tmp_path):
    archive = write_warc(tmp_path / "a.warc.gz", reports(2))
    _, entries, notes = extract("--url", "https://elsewhere.kz/x", archive)
    assert [e["url"] for e in entries] == ["https://example.kz/news/0", "https://example.kz/news/1"]
    assert "--url is ignored for a WARC file" in notes


def test_html_files_and_archives_mix_in_one_call(extract, tmp_path):
    archive = write_warc(tmp_path / "a.warc.gz", reports(2))
    page = tmp_path / "page.html"
    page.write_bytes(report(7))
    code, entries, _ = extract("--url", "https://example.kz/news/7", archive, page)
    assert code == 0 and [e["title"] for e in entries] == ["Сообщение 0", "Сообщение 1", "Сообщение 7"]
