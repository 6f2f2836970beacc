import gzip
import hashlib

from pipeline.warc.reader import WarcError, WarcResponse, iter_responses, read_response, warc_files
from pipeline.warc.writer import write_warc


def _read(path):
    items = list(iter_responses(path, path.name))
    return [i for i in items if isinstance(i, WarcResponse)], [i for i in items if isinstance(i, WarcError)]


def test_inventory_locates_each_response_and_its_payload(tmp_path, responses):
    path = write_warc(tmp_path / "a.warc.gz", responses(3), warcinfo={"software": "test"})
    records, errors = _read(path)
    assert errors == []
    assert [r.target_uri for r in records] == [f"https://example.kz/news/{i}" for i in range(3)]
    body, content_type, status = read_response(path, records[1].offset)
    assert body == "<html><body><p>Страница номер 1</p></body></html>".encode()
    assert records[1].payload_sha256 == hashlib.sha256(body).hexdigest()
    assert status == 200 and content_type.startswith("text/html")
    assert records[0].warc_date.isoformat() == "2026-03-01T10:00:00+00:00"


def test_uncompressed_warc_is_read_too(tmp_path, responses):
    path = write_warc(tmp_path / "plain.warc", responses(2))
    records, errors = _read(path)
    assert len(records) == 2 and errors == []


def test_truncated_file_keeps_the_records_before_the_cut(tmp_path, responses):
    path = write_warc(tmp_path / "cut.warc.gz", responses(4))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])
    records, errors = _read(path)
    assert len(records) == 3
    assert len(errors) == 1 and errors[0].warc_file == "cut.warc.gz"


def test_a_corrupt_record_in_the_middle_does_not_hide_the_records_after_it(tmp_path, responses):
    path = write_warc(tmp_path / "mid.warc.gz", responses(5))
    records, _ = _read(path)
    damaged = bytearray(path.read_bytes())
    start = records[2].offset
    damaged[start + 20: start + 60] = b"\x00" * 40  # inside the third gzip member
    path.write_bytes(bytes(damaged))
    records, errors = _read(path)
    assert [r.target_uri.rsplit("/", 1)[1] for r in records] == ["0", "1", "3", "4"]
    assert len(errors) >= 1


def test_a_file_that_is_not_a_warc_gives_an_error_not_a_crash(tmp_path):
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC file\n" * 10))
    records, errors = _read(path)
    assert records == [] and errors and errors[0].warc_file == "junk.warc.gz"


def test_only_warc_files_are_ingested_and_half_written_ones_are_not(tmp_path, responses):
    write_warc(tmp_path / "sub" / "b.warc.gz", responses(1))
    (tmp_path / "c.warc.gz.tmp").write_bytes(b"half")
    (tmp_path / "notes.txt").write_text("x")
    assert [p.name for p in warc_files(tmp_path)] == ["b.warc.gz"]
