"""Finding the official texts among an archive's records: only adilet and zan.gov.kz pages are read back, and a
record that cannot be read back, or a text that does not parse, is an error row, not a crash."""
from datetime import datetime, timezone

import pipeline.legal.archive as archive
from pipeline.legal.archive import archived_texts, official_records, official_records_digest
from pipeline.legal.dataset import ArchivedText, constitution_tables
from pipeline.metadata.constitution import CORE_OFFICIAL_TEXT_ERRORS
from pipeline.metadata.tables import RAW_WARC_RECORDS
from pipeline.storage.fingerprint import settle
from pipeline.storage.parquet import write_rows
from pipeline.storage.parts import part_name
from pipeline.warc.inventory import scan_archive
from pipeline.warc.writer import ResponseToArchive, write_warc

FETCHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
HTML = (("Content-Type", "text/html; charset=utf-8"),)


def _archive(tmp_path, responses):
    warc_dir = tmp_path / "warc"
    write_warc(warc_dir / "a.warc.gz", responses)
    rows = [row for kind, row in scan_archive(warc_dir) if kind == "record"]
    records = tmp_path / "raw_warc_records.parquet"
    write_rows(records, RAW_WARC_RECORDS, rows)
    return records, warc_dir


def test_only_official_pages_are_read_back(tmp_path):
    records, warc_dir = _archive(tmp_path, [
        ResponseToArchive("https://www.inform.kz/ru/news/zan-kz-reform", b"<html>news</html>", FETCHED),
        ResponseToArchive("https://adilet.zan.kz/rus/docs/K2600000000", b"<html>text</html>", FETCHED, headers=HTML),
        ResponseToArchive("https://adilet.zan.kz/rus/docs/V2600012345", b"<html>other act</html>", FETCHED),
        ResponseToArchive("https://ADILET.ZAN.KZ/kaz/docs/K2600000000", b"<html>kk</html>", FETCHED, headers=HTML),
        ResponseToArchive("https://adilet.zan.kz/rus/docs/K2600000000?x=1", b"gone", FETCHED, status=404),
    ])
    texts = list(archived_texts(records, warc_dir))
    assert all(isinstance(t, ArchivedText) for t in texts)
    assert [(t.version_id, t.language, t.url) for t in texts] == [
        ("2026-final", "ru", "https://adilet.zan.kz/rus/docs/K2600000000"),
        ("2026-final", "kk", "https://ADILET.ZAN.KZ/kaz/docs/K2600000000"),
    ]
    assert texts[0].data == b"<html>text</html>"


def test_a_record_that_cannot_be_read_back_is_an_error_row(tmp_path):
    records, warc_dir = _archive(tmp_path, [
        ResponseToArchive("https://adilet.zan.kz/rus/docs/K2600000000", b"<html>text</html>", FETCHED, headers=HTML),
    ])
    (warc_dir / "a.warc.gz").write_bytes(b"not a warc file any more")
    [error] = list(archived_texts(records, warc_dir))
    assert isinstance(error, dict)
    assert error["version_id"] == "2026-final" and error["source_url"] == "https://adilet.zan.kz/rus/docs/K2600000000"
    assert error["error"].startswith("cannot read the record back")


def test_a_text_that_does_not_parse_is_an_error_row_of_its_table(tmp_path):
    broken = ArchivedText("2026-final", "ru", "pdf", b"not a pdf", "https://adilet.zan.kz/rus/docs/K2600000000",
                          "a.warc.gz", 0, FETCHED, False)
    tables = constitution_tables([broken], as_of=FETCHED.date())
    [error] = tables.errors
    assert error["source_url"] == broken.url and error["format"] == "pdf" and error["error"]
    write_rows(tmp_path / "errors.parquet", CORE_OFFICIAL_TEXT_ERRORS, tables.errors)  # the step writes it so


def test_the_records_digest_changes_with_a_payload(tmp_path):
    records, _ = _archive(tmp_path, [
        ResponseToArchive("https://adilet.zan.kz/rus/docs/K2600000000", b"<html>text</html>", FETCHED, headers=HTML),
    ])
    [record] = official_records(records)
    assert official_records_digest([record]) == official_records_digest([dict(record)])
    assert official_records_digest([{**record, "payload_sha256": "other"}]) != official_records_digest([record])


def _archive_of_parts(tmp_path, files):
    """Records kept a part per WARC file, as the inventory keeps them."""
    folder = tmp_path / "raw_warc_records.parquet"
    folder.mkdir()
    for name, responses in files.items():
        write_warc(tmp_path / "warc" / name, responses)
    for name in files:
        write_rows(folder / part_name(name), RAW_WARC_RECORDS, _records_of(tmp_path / "warc", name))
    settle(folder)  # as the inventory leaves its parts: stamped so that what is kept of them is trusted
    return folder


def _records_of(warc_dir, name):
    return [row for kind, row in scan_archive(warc_dir) if kind == "record" and row["warc_file"] == name]


OFFICIAL = ResponseToArchive("https://adilet.zan.kz/rus/docs/K2600000000", b"<html>text</html>", FETCHED,
                             headers=HTML)
NEWS = ResponseToArchive("https://www.inform.kz/ru/news/1", b"<html>news</html>", FETCHED)


def test_kept_official_records_are_those_read_from_every_part(tmp_path):
    records = _archive_of_parts(tmp_path, {"a.warc.gz": [NEWS, OFFICIAL], "b.warc.gz": [NEWS]})
    kept = tmp_path / "kept.json"
    read = official_records(records)
    assert [r["url"] for r in read] == [OFFICIAL.url]
    assert official_records(records, kept) == read  # computed, then kept
    assert official_records(records, kept) == read  # taken from what was kept: the same values, types and all
    assert official_records_digest(official_records(records, kept)) == official_records_digest(read)
    assert read[0]["fetched_at"] == FETCHED


def test_only_a_new_or_changed_part_is_read_again(tmp_path, monkeypatch):
    records = _archive_of_parts(tmp_path, {"a.warc.gz": [OFFICIAL]})
    kept = tmp_path / "kept.json"
    official_records(records, kept)
    read = []
    original = archive._official_rows
    monkeypatch.setattr(archive, "_official_rows", lambda parts: read.extend(p.name for p in parts) or original(parts))
    kk = ResponseToArchive("https://adilet.zan.kz/kaz/docs/K2600000000", b"<html>kk</html>", FETCHED, headers=HTML)
    write_warc(tmp_path / "warc" / "b.warc.gz", [NEWS, kk])
    rows = _records_of(tmp_path / "warc", "b.warc.gz")
    write_rows(records / part_name("b.warc.gz"), RAW_WARC_RECORDS, rows)
    settle(records)
    assert [r["url"] for r in official_records(records, kept)] == [OFFICIAL.url, kk.url]
    assert read == [part_name("b.warc.gz")]
    write_rows(records / part_name("b.warc.gz"), RAW_WARC_RECORDS, rows[:1])  # its official record gone
    settle(records)
    assert [r["url"] for r in official_records(records, kept)] == [OFFICIAL.url]
    assert read == [part_name("b.warc.gz")] * 2
