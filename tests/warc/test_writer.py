"""The WARC writer: the whole-archive writer used by the sample, and the crawl's rotating writer."""
from datetime import datetime, timezone

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.warc.reader import WarcResponse, iter_responses, warc_files
from pipeline.warc.writer import (HttpExchange, RotatingWarcWriter, finish_partial_warc, pending_warc_files,
                                  write_warc)

MOMENT = datetime(2026, 3, 15, 9, 30, tzinfo=timezone.utc)


def _exchange(n: int, **changes) -> HttpExchange:
    values = dict(url=f"https://www.akorda.kz/ru/news-{n}", fetched_at=MOMENT, status=200,
                  request_headers=(("User-Agent", "atazan/0.1"),),
                  response_headers=(("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                                    ("Transfer-Encoding", "chunked")),
                  body=f"<html><p>Референдум {n}</p></html>".encode(), ip_address="195.12.113.10")
    values.update(changes)
    return HttpExchange(**values)


def _records(path):
    with path.open("rb") as fh:
        return [(r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read()) for r in ArchiveIterator(fh)]


def test_write_warc_still_writes_a_readable_archive(tmp_path, responses):
    path = write_warc(tmp_path / "sample.warc.gz", responses(3), warcinfo={"software": "atazan"})
    found = [r for r in iter_responses(path, path.name) if isinstance(r, WarcResponse)]
    assert [r.target_uri for r in found] == [f"https://example.kz/news/{i}" for i in range(3)]
    assert not path.with_name(path.name + ".tmp").exists()


def test_exchange_is_a_response_and_its_concurrent_request(tmp_path):
    writer = RotatingWarcWriter(tmp_path, warcinfo={"software": "atazan"})
    written = writer.write_exchange(_exchange(1, truncated="length"))
    path = writer.close()
    kinds = [(kind, headers, http, body) for kind, headers, http, body in _records(path)]
    assert [k for k, *_ in kinds] == ["warcinfo", "response", "request"]
    _, response, http, body = kinds[1]
    _, request, request_http, _ = kinds[2]
    assert response.get_header("WARC-Record-ID") == written.record_id
    assert request.get_header("WARC-Concurrent-To") == written.record_id
    assert response.get_header("WARC-Date") == "2026-03-15T09:30:00Z"
    assert response.get_header("WARC-Truncated") == "length"
    assert response.get_header("WARC-IP-Address") == "195.12.113.10"
    assert response.get_header("WARC-Payload-Digest") == written.payload_digest
    # the stored payload is decoded: the wire encodings are kept under other names
    assert http.get_header("Content-Encoding") is None and http.get_header("X-Crawler-Content-Encoding") == "gzip"
    assert http.get_header("Transfer-Encoding") is None and http.get_header("Content-Length") == str(len(body))
    assert body.decode() == "<html><p>Референдум 1</p></html>"
    assert request_http.protocol == "GET" and request_http.get_header("Host") == "www.akorda.kz"


def test_304_becomes_a_server_not_modified_revisit(tmp_path):
    writer = RotatingWarcWriter(tmp_path)
    first = writer.write_exchange(_exchange(1))
    writer.write_exchange(_exchange(1, status=304, body=b"", refers_to=(
        "https://www.akorda.kz/ru/news-1", "2026-03-14T09:30:00Z", first.payload_digest)))
    path = writer.close()
    revisit = [headers for kind, headers, *_ in _records(path) if kind == "revisit"][0]
    assert revisit.get_header("WARC-Profile").endswith("/revisit/server-not-modified")
    assert revisit.get_header("WARC-Payload-Digest") == first.payload_digest
    assert revisit.get_header("WARC-Refers-To-Date") == "2026-03-14T09:30:00Z"
    assert [r.http_status for r in iter_responses(path, path.name)] == [200]


def test_rotation_by_size_and_temporary_names_the_reader_skips(tmp_path):
    writer = RotatingWarcWriter(tmp_path, max_bytes=1_500)
    closed = []
    for n in range(6):
        writer.write_exchange(_exchange(n))
        assert warc_files(tmp_path) == closed  # the open file is invisible to the raw layer
        assert len(pending_warc_files(tmp_path)) == 1
        if writer.needs_rotation():
            closed = sorted(closed + [writer.close()])
    if writer.current_name:
        closed = sorted(closed + [writer.close()])
    assert len(closed) >= 3 and warc_files(tmp_path) == closed
    urls = [r.target_uri for p in closed for r in iter_responses(p, p.name)]
    assert sorted(urls) == sorted(f"https://www.akorda.kz/ru/news-{n}" for n in range(6))


def test_finish_partial_warc_cuts_to_the_committed_length(tmp_path):
    writer = RotatingWarcWriter(tmp_path)
    writer.write_exchange(_exchange(1))
    name, committed = writer.sync()
    writer.write_exchange(_exchange(2))
    writer.sync()
    tmp = writer.abandon()
    with tmp.open("ab") as fh:
        fh.write(b"\x1f\x8b\x08 half a gzip member")
    final = finish_partial_warc(tmp, committed)
    assert final.name == name and final.stat().st_size == committed
    assert [r.target_uri for r in iter_responses(final, final.name)] == ["https://www.akorda.kz/ru/news-1"]


def test_finish_partial_warc_refuses_what_it_cannot_trust(tmp_path):
    with pytest.raises(ValueError, match="temporary"):
        finish_partial_warc(tmp_path / "x.warc.gz", 10)
    short = tmp_path / "x.warc.gz.tmp"
    short.write_bytes(b"abc")
    with pytest.raises(ValueError, match="damaged"):
        finish_partial_warc(short, 10)
    assert finish_partial_warc(short, 0) is None and not short.exists()
