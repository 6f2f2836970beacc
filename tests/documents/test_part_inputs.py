"""What the parse step reads of the inventory: each WARC file's digest, taken from the records' parts, and kept for
a part while it is the same."""
import os
import time
from datetime import datetime, timezone

import pipeline.documents.collect as collect
from pipeline.documents.collect import part_inputs
from pipeline.metadata.tables import RAW_WARC_RECORDS
from pipeline.storage.parquet import write_rows
from pipeline.storage.parts import part_name
from pipeline.warc.inventory import scan_archive
from pipeline.warc.writer import ResponseToArchive, write_warc


def _archive(tmp_path, files):
    for name, count in files.items():
        write_warc(tmp_path / "warc" / name, [
            ResponseToArchive(url=f"https://example.kz/{name}/{i}", body=f"<p>{name} {i}</p>".encode(),
                              fetched_at=datetime(2026, 3, 1, 10, i, tzinfo=timezone.utc)) for i in range(count)])
    return [row for kind, row in scan_archive(tmp_path / "warc") if kind == "record"]


def _aged(path):
    then = time.time_ns() - 3600 * 1_000_000_000  # a stamp taken just after a write is not trusted
    os.utime(path, ns=(then, then))


def test_the_digests_of_records_kept_as_parts_are_those_of_one_file_and_kept_by_part(tmp_path, monkeypatch):
    rows = _archive(tmp_path, {"a.warc.gz": 3, "b.warc.gz": 2})
    one, parts = tmp_path / "one.parquet", tmp_path / "parts.parquet"
    write_rows(one, RAW_WARC_RECORDS, rows)
    for name in ("a.warc.gz", "b.warc.gz"):
        write_rows(parts / part_name(name), RAW_WARC_RECORDS, [r for r in rows if r["warc_file"] == name])
        _aged(parts / part_name(name))
    kept = tmp_path / "sums.json"
    whole = part_inputs(one)
    assert set(whole) == {"a.warc.gz", "b.warc.gz"} and whole["a.warc.gz"].responses == 3
    assert part_inputs(parts, kept) == whole
    read, original = [], collect.duckdb_files
    monkeypatch.setattr(collect, "duckdb_files", lambda files, **kw: read.extend(f.name for f in files) or original(
        files, **kw))
    assert part_inputs(parts, kept) == whole and read == []  # every part as it was: none read
    more = _archive(tmp_path / "c", {"c.warc.gz": 1})
    write_rows(parts / part_name("c.warc.gz"), RAW_WARC_RECORDS, more)
    grown = part_inputs(parts, kept)
    assert read == [part_name("c.warc.gz")] and set(grown) == {"a.warc.gz", "b.warc.gz", "c.warc.gz"}
    assert {k: grown[k] for k in whole} == whole
    # a part whose records changed is read again, and so is every part when the kept sums are damaged
    write_rows(parts / part_name("a.warc.gz"), RAW_WARC_RECORDS, [r for r in rows if r["warc_file"] == "a.warc.gz"][:2])
    assert part_inputs(parts, kept)["a.warc.gz"].responses == 2
    kept.write_text("[not json")
    assert part_inputs(parts, kept)["a.warc.gz"].responses == 2
