"""The inventory reads only new or changed WARC files, and its tables are the same as a full read's."""
import shutil

import pyarrow.parquet as pq

from pipeline.metadata.tables import RAW_WARC_ERRORS, RAW_WARC_RECORDS
from pipeline.storage.parts import part_files, read_table
from pipeline.warc.incremental import update_inventory
from pipeline.warc.writer import write_warc


def _inventory(tmp_path, state="state.json", told=None):
    return update_inventory(tmp_path / "warc", tmp_path / state, (RAW_WARC_RECORDS, tmp_path / "records.parquet"),
                            (RAW_WARC_ERRORS, tmp_path / "errors.parquet"),
                            about_to_read=None if told is None else told.append)


def test_unchanged_files_are_not_read_again(tmp_path, responses):
    write_warc(tmp_path / "warc" / "a.warc.gz", responses(3))
    write_warc(tmp_path / "warc" / "b.warc.gz", responses(2))
    (tmp_path / "warc" / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 not gzip")
    told = []  # how many files each run is about to read, before it reads them
    first = _inventory(tmp_path, told=told)
    before = read_table(tmp_path / "records.parquet").to_pylist()
    second = _inventory(tmp_path, told=told)
    assert (first.files_read, second.files_read, second.files_reused) == (3, 0, 3)
    assert told == [3, 0]
    assert read_table(tmp_path / "records.parquet").to_pylist() == before
    assert pq.read_table(tmp_path / "errors.parquet").num_rows == 1


def test_a_new_file_is_read_and_a_replaced_or_removed_one_is_noticed(tmp_path, responses):
    write_warc(tmp_path / "warc" / "a.warc.gz", responses(3))
    write_warc(tmp_path / "warc" / "b.warc.gz", responses(2))
    _inventory(tmp_path)
    write_warc(tmp_path / "warc" / "a.warc.gz", responses(4))  # rewritten with one more record
    (tmp_path / "warc" / "b.warc.gz").unlink()
    write_warc(tmp_path / "warc" / "c.warc.gz", responses(1))
    stats = _inventory(tmp_path)
    assert (stats.files, stats.files_read, stats.files_reused) == (2, 2, 0)
    rows = read_table(tmp_path / "records.parquet").to_pylist()
    assert sorted({r["warc_file"] for r in rows}) == ["a.warc.gz", "c.warc.gz"] and len(rows) == 5


def test_a_run_with_every_file_unchanged_leaves_the_tables_as_they_are(tmp_path, responses):
    write_warc(tmp_path / "warc" / "a.warc.gz", responses(3))
    (tmp_path / "warc" / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 not gzip")
    _inventory(tmp_path)
    stamps = _stamps(tmp_path)
    again = _inventory(tmp_path)
    assert (again.files_read, again.records, again.errors) == (0, 3, 1)
    assert _stamps(tmp_path) == stamps


def _stamps(tmp_path):
    """The mtime of the errors file and of each part of the records."""
    files = [tmp_path / "errors.parquet", *part_files(tmp_path / "records.parquet")]
    return {f.name: f.stat().st_mtime_ns for f in files}


def test_a_new_file_gets_a_part_of_its_own_and_the_tables_are_a_full_reads(tmp_path, responses):
    write_warc(tmp_path / "warc" / "a.warc.gz", responses(3))
    (tmp_path / "warc" / "a2-broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 not gzip")
    _inventory(tmp_path)
    before = {p.name: p.read_bytes() for p in part_files(tmp_path / "records.parquet")}
    stamps = _stamps(tmp_path)
    write_warc(tmp_path / "warc" / "b.warc.gz", responses(2))
    (tmp_path / "warc" / "b2-broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 not gzip either")
    stats = _inventory(tmp_path)
    assert (stats.files_read, stats.files_reused, stats.records, stats.errors) == (2, 2, 5, 2)
    # a part a WARC file, the broken ones' empty; those of the files read before are left as they were
    parts = {p.name: p for p in part_files(tmp_path / "records.parquet")}
    assert sorted(parts) == ["a.warc.gz.parquet", "a2-broken.warc.gz.parquet", "b.warc.gz.parquet",
                             "b2-broken.warc.gz.parquet"]
    assert all(parts[name].read_bytes() == data and parts[name].stat().st_mtime_ns == stamps[name]
               for name, data in before.items())
    assert pq.ParquetFile(parts["b2-broken.warc.gz.parquet"]).metadata.num_rows == 0
    full = tmp_path / "full"
    (full / "warc").mkdir(parents=True)
    for name in ("a.warc.gz", "b.warc.gz", "a2-broken.warc.gz", "b2-broken.warc.gz"):
        (full / "warc" / name).write_bytes((tmp_path / "warc" / name).read_bytes())
    _inventory(full)
    for name in ("records.parquet", "errors.parquet"):
        assert read_table(tmp_path / name).to_pylist() == read_table(full / name).to_pylist()


def test_records_older_code_kept_in_one_file_are_read_again_into_parts(tmp_path, responses):
    from pipeline.storage.parquet import write_rows

    write_warc(tmp_path / "warc" / "a.warc.gz", responses(3))
    first = _inventory(tmp_path)
    rows = read_table(tmp_path / "records.parquet").to_pylist()
    shutil.rmtree(tmp_path / "records.parquet")
    write_rows(tmp_path / "records.parquet", RAW_WARC_RECORDS, rows)  # as older code kept them
    again = _inventory(tmp_path)
    assert (first.files_read, again.files_read, again.records) == (1, 1, 3)
    assert (tmp_path / "records.parquet").is_dir() and read_table(tmp_path / "records.parquet").to_pylist() == rows


def test_an_archive_without_warc_files_has_an_empty_records_table(tmp_path, responses):
    write_warc(tmp_path / "warc" / "a.warc.gz", responses(2))
    _inventory(tmp_path)
    (tmp_path / "warc" / "a.warc.gz").unlink()
    stats = _inventory(tmp_path)
    assert (stats.files, stats.records) == (0, 0)
    assert [p.name for p in part_files(tmp_path / "records.parquet")] == ["empty.parquet"]


def test_a_new_file_that_sorts_before_the_others_is_merged_in_order(tmp_path, responses):
    write_warc(tmp_path / "warc" / "b.warc.gz", responses(2))
    _inventory(tmp_path)
    write_warc(tmp_path / "warc" / "a.warc.gz", responses(3))
    _inventory(tmp_path)
    files = [r["warc_file"] for r in read_table(tmp_path / "records.parquet").to_pylist()]
    assert files == ["a.warc.gz"] * 3 + ["b.warc.gz"] * 2


def test_the_files_the_last_inventory_did_not_record_are_counted_by_name(tmp_path, responses):
    from pipeline.warc.incremental import unrecorded_files

    write_warc(tmp_path / "warc" / "a.warc.gz", responses(2))
    assert unrecorded_files(tmp_path / "warc", tmp_path / "state.json") == 1  # no state yet
    _inventory(tmp_path)
    write_warc(tmp_path / "warc" / "sub" / "b.warc.gz", responses(1))
    assert unrecorded_files(tmp_path / "warc", tmp_path / "state.json") == 1
    _inventory(tmp_path)
    assert unrecorded_files(tmp_path / "warc", tmp_path / "state.json") == 0


def _age(path, seconds=3600):
    """Set a file's mtime in the past: a stamp taken just after a write is not trusted (it may change again within
    the clock's step)."""
    import os
    import time

    then = time.time_ns() - seconds * 1_000_000_000
    os.utime(path, ns=(then, then))


def test_a_file_stamped_as_when_it_was_fingerprinted_is_not_read_again(tmp_path, responses, monkeypatch):
    import pipeline.warc.incremental as incremental

    for name, count in (("a.warc.gz", 3), ("b.warc.gz", 2)):
        write_warc(tmp_path / "warc" / name, responses(count))
        _age(tmp_path / "warc" / name)
    _inventory(tmp_path)
    read = []
    monkeypatch.setattr(incremental, "file_fingerprint",
                        lambda path, real=incremental.file_fingerprint: read.append(path.name) or real(path))
    again = _inventory(tmp_path)
    assert read == [] and (again.files_read, again.files_reused) == (0, 2)
    write_warc(tmp_path / "warc" / "b.warc.gz", responses(3)[1:])  # other records: a new mtime, read and noticed
    changed = _inventory(tmp_path)
    assert read == ["b.warc.gz"] and (changed.files_read, changed.files_reused) == (1, 1)


def test_the_fingerprints_older_code_kept_still_say_which_files_are_unchanged(tmp_path, responses):
    import json

    from pipeline.warc.inventory import file_fingerprint

    write_warc(tmp_path / "warc" / "a.warc.gz", responses(3))
    _inventory(tmp_path)
    (tmp_path / "state.json").write_text(json.dumps({"a.warc.gz": file_fingerprint(tmp_path / "warc" / "a.warc.gz")}),
                                         encoding="utf-8")
    again = _inventory(tmp_path)
    assert (again.files_read, again.files_reused, again.records) == (0, 1, 3)
    assert json.loads((tmp_path / "state.json").read_text(encoding="utf-8"))["version"] == 2
