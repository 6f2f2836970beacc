"""publish(): a published file is written again only when its table changed, not when the archive grew."""
import json
import shutil
import threading

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.metadata.tables import published_tables
import pipeline.publish.build as build
from pipeline.publish import database_update, files
from pipeline.publish.build import parquet_rows, publish
from pipeline.publish.files import append_csv, publish_csv
from tests.parts_helpers import split_into_parts
from tests.publish.test_database_update import assert_same_database


def _provenance(archive: str) -> dict[str, str]:
    return {"atazan:build_time": "2026-11-25T00:00:00Z", "atazan:code_version": "test+abc",
            "atazan:source_archive_sha256": archive, "atazan:licence": "CC-BY-4.0"}


def _publish(out_dir, publish_dir, state_dir, archive):
    tables = [(t, out_dir / f"{t.name}.parquet") for t in published_tables()]
    return publish(tables, publish_dir, _provenance(archive), {}, state_dir)


def test_a_new_archive_digest_rewrites_no_file_but_is_in_the_package(sample_build, tmp_path):
    data_dir, _ = sample_build
    out_dir = tmp_path / "out"
    shutil.copytree(data_dir / "out", out_dir)
    publish_dir, state_dir = tmp_path / "publish", tmp_path / "state"
    first = _publish(out_dir, publish_dir, state_dir, "a" * 64)
    assert "parquet/documents.parquet" in first["rewritten"]
    footer = pq.read_schema(publish_dir / "parquet" / "documents.parquet").metadata
    assert footer[b"atazan:code_version"] == b"test+abc"
    assert b"atazan:source_archive_sha256" not in footer
    stamps = {p.name: p.stat().st_mtime_ns for p in (publish_dir / "parquet").iterdir()}

    second = _publish(out_dir, publish_dir, state_dir, "b" * 64)
    assert second["rewritten"] == []
    assert {p.name: p.stat().st_mtime_ns for p in (publish_dir / "parquet").iterdir()} == stamps
    package = json.loads((publish_dir / "datapackage.json").read_text(encoding="utf-8"))
    assert package["atazan:source_archive_sha256"] == "b" * 64
    assert json.loads((publish_dir / "summary.json").read_text(encoding="utf-8"))["source_archive_sha256"] == "b" * 64


def _published_then_one_event_fewer(sample_build, tmp_path):
    """The sample's out tables published, then out_events without its first row; (out, publish and state folders,
    the events before)."""
    data_dir, _ = sample_build
    out_dir = tmp_path / "out"
    shutil.copytree(data_dir / "out", out_dir)
    publish_dir, state_dir = tmp_path / "publish", tmp_path / "state"
    _publish(out_dir, publish_dir, state_dir, "a" * 64)
    events = out_dir / "out_events.parquet"
    table = pq.read_table(events)
    pq.write_table(table.slice(1), events)
    return out_dir, publish_dir, state_dir, table


def test_a_changed_table_rewrites_its_files_and_updates_the_database(sample_build, tmp_path):
    out_dir, publish_dir, state_dir, table = _published_then_one_event_fewer(sample_build, tmp_path)
    again = _publish(out_dir, publish_dir, state_dir, "b" * 64)
    assert again["rewritten"][:2] == ["parquet/events.parquet", "csv/events.csv"]
    assert again["rewritten"][2].startswith("atazan.duckdb (updated: events")
    assert again["rows"]["events"] == table.num_rows - 1


def test_a_csv_that_fails_beside_the_database_update_fails_the_step_and_is_written_next_run(
        sample_build, tmp_path, monkeypatch):
    out_dir, publish_dir, state_dir, _ = _published_then_one_event_fewer(sample_build, tmp_path)
    written_by = []

    def broken(parquet, target):
        written_by.append(threading.current_thread().name)
        raise OSError("disk full")

    monkeypatch.setattr(build, "publish_csv", broken)
    with pytest.raises(OSError, match="disk full"):
        _publish(out_dir, publish_dir, state_dir, "b" * 64)
    assert written_by and written_by[0].startswith("atazan-csv")  # beside the update, in its own thread
    monkeypatch.undo()
    again = _publish(out_dir, publish_dir, state_dir, "b" * 64)
    assert again["rewritten"][:2] == ["parquet/events.parquet", "csv/events.csv"]
    expected = tmp_path / "expected.csv"
    publish_csv(publish_dir / "parquet" / "events.parquet", expected)
    assert (publish_dir / "csv" / "events.csv").read_bytes() == expected.read_bytes()


def test_a_publish_from_scratch_writes_each_csv_after_its_parquet_file(sample_build, tmp_path, monkeypatch):
    # not all at the end, beside nothing: a full publish's memory (tests above: beside an update in place)
    data_dir, _ = sample_build
    written = []
    for name in ("publish_parquet", "publish_csv"):
        def logged(*args, _name=name, _write=getattr(build, name)):
            written.append((_name, args[1].stem, threading.current_thread() is threading.main_thread()))
            return _write(*args)
        monkeypatch.setattr(build, name, logged)
    _publish(data_dir / "out", tmp_path / "publish", tmp_path / "state", "a" * 64)
    tables = [t.published_as for t in published_tables()]
    assert written == [(f"publish_{kind}", table, True) for table in tables for kind in ("parquet", "csv")]


def test_parquet_rows_counts_a_file_or_a_folder_of_parts(tmp_path):
    pq.write_table(pa.table({"error": ["a", "b", "c"]}), tmp_path / "errors.parquet")
    pq.write_table(pa.table({"error": pa.array([], pa.string())}), tmp_path / "none.parquet")
    folder = split_into_parts(tmp_path / "errors.parquet", tmp_path / "core" / "errors.parquet", [1, 2])
    empty = split_into_parts(tmp_path / "none.parquet", tmp_path / "core" / "none.parquet", [])
    assert parquet_rows(tmp_path / "errors.parquet") == parquet_rows(folder) == 3
    assert parquet_rows(tmp_path / "none.parquet") == parquet_rows(empty) == 0
    assert parquet_rows(tmp_path / "missing.parquet") == 0


def _published_then_part_added(sample_build, tmp_path, which):
    """The sample's out_documents as three parts (named in the rows' order), published without part `which`, then
    that part put back and published again; with a whole publish of all three beside for comparison. Returns
    (the second publish's summary, its folder, the whole publish's folder, rows in the held part)."""
    data_dir, _ = sample_build
    out_dir = tmp_path / "out"
    shutil.copytree(data_dir / "out", out_dir)
    documents = out_dir / "out_documents.parquet"
    total = parquet_rows(documents)
    plain = tmp_path / "documents.parquet"
    pq.write_table(pq.read_table(documents), plain)
    shutil.rmtree(documents) if documents.is_dir() else documents.unlink()
    sizes = [2, 3, total - 5]
    part = sorted(split_into_parts(plain, documents, sizes).iterdir())[which]
    held = part.rename(tmp_path / part.name)
    publish_dir, state_dir = tmp_path / "publish", tmp_path / "state"
    _publish(out_dir, publish_dir, state_dir, "a" * 64)
    assert parquet_rows(publish_dir / "parquet" / "documents.parquet") == total - sizes[which]
    held.rename(part)
    again = _publish(out_dir, publish_dir, state_dir, "b" * 64)
    whole_dir = tmp_path / "whole"
    _publish(out_dir, whole_dir, tmp_path / "whole-state", "b" * 64)
    return again, publish_dir, whole_dir, sizes[which]


def test_a_new_last_part_is_appended_to_the_csv_and_gives_the_files_a_whole_publish_gives(sample_build, tmp_path,
                                                                                           monkeypatch):
    # the archive before its last WARC file, then with it
    monkeypatch.setattr(database_update, "PATCH_SHARE", 1.0)  # the sample's last part is most of its rows
    again, publish_dir, whole_dir, added = _published_then_part_added(sample_build, tmp_path, -1)
    assert f"csv/documents.csv (appended {added})" in again["rewritten"]
    assert (publish_dir / "csv/documents.csv").read_bytes() == (whole_dir / "csv/documents.csv").read_bytes()
    # the Parquet file got the new rows as a row group of their own: the same rows and footer, one more group
    appended, whole = (pq.ParquetFile(d / "parquet/documents.parquet") for d in (publish_dir, whole_dir))
    assert appended.read().equals(whole.read())
    assert appended.schema_arrow.metadata == whole.schema_arrow.metadata
    assert appended.metadata.num_row_groups == whole.metadata.num_row_groups + 1
    # the database gets the new rows alone, and holds what a database built whole holds
    assert f"documents appended (+{added}); search -0 +{added}" in again["rewritten"][-1]
    assert_same_database(publish_dir / "atazan.duckdb", whole_dir / "atazan.duckdb")


def test_a_part_before_the_last_one_writes_the_csv_again(sample_build, tmp_path):
    # a WARC file named before the last one: its rows are not at the end
    again, publish_dir, whole_dir, _ = _published_then_part_added(sample_build, tmp_path, 1)
    assert "csv/documents.csv" in again["rewritten"]
    assert (publish_dir / "csv/documents.csv").read_bytes() == (whole_dir / "csv/documents.csv").read_bytes()


def test_a_csv_append_that_fails_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    pq.write_table(pa.table({"id": ["a", "b", "c"], "text": ["x", "y, z", "w"]}), tmp_path / "t.parquet")
    csv = tmp_path / "t.csv"
    publish_csv(tmp_path / "t.parquet", csv)
    whole = csv.read_bytes()
    pq.write_table(pa.table({"id": ["a", "b"], "text": ["x", "y, z"]}), tmp_path / "first.parquet")
    publish_csv(tmp_path / "first.parquet", csv)
    before = csv.read_bytes()

    def broken(source, out, length):
        out.write(source.read(3))
        raise OSError("disk full")

    monkeypatch.setattr(files.shutil, "copyfileobj", broken)
    with pytest.raises(OSError):
        append_csv(tmp_path / "t.parquet", csv, 2)
    assert csv.read_bytes() == before
    monkeypatch.undo()
    append_csv(tmp_path / "t.parquet", csv, 2)
    assert csv.read_bytes() == whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.parquet", "t.csv", "t.parquet"]


def test_a_csv_left_half_appended_by_a_killed_run_is_written_whole_again(sample_build, tmp_path, monkeypatch):
    monkeypatch.setattr(database_update, "PATCH_SHARE", 1.0)
    _, publish_dir, whole_dir, _ = _published_then_part_added(sample_build, tmp_path, -1)
    csv = publish_dir / "csv/documents.csv"
    with csv.open("ab") as out:
        out.write(b'"half a row')  # what a run killed in the middle of the append leaves
    final = _publish(tmp_path / "out", publish_dir, tmp_path / "state", "b" * 64)
    assert "csv/documents.csv" in final["rewritten"]
    assert csv.read_bytes() == (whole_dir / "csv/documents.csv").read_bytes()
