"""Published Parquet files: the metadata module's schema, provenance in the footer, the rows of the out table."""
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.metadata.tables import OUT_DOCUMENTS
from pipeline.publish import files
from pipeline.publish.files import publish_csv, publish_parquet, rows_after

PROVENANCE = {"atazan:code_version": "abc123", "atazan:build_time": "2026-03-01T00:00:00+00:00"}


def _documents(count: int) -> list[dict]:
    when = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    return [{
        "document_id": f"d{i:04d}", "url": f"https://x.kz/{i}", "canonical_url": f"https://x.kz/{i}",
        "source": "akorda", "kind": "news", "language": "ru", "title": f"Заголовок {i}",
        "published_at": None if i % 5 == 0 else when, "published_date": when.date(),
        "text": "Текст «с кавычками», запятыми\nи строками. " * (i % 40 + 1), "text_chars": 40,
        "content_sha256": "0" * 64, "relevance_score": 0.5, "duplicate_of": "d0000" if i % 9 == 1 else None,
        "is_sample": True, "fetched_at": when, "warc_file": "a.warc.gz", "warc_offset": i,
        "warc_record_id": f"<urn:{i}>", "payload_sha256": "1" * 64,
    } for i in range(count)]


@pytest.mark.parametrize("count", [0, 1, 250])
def test_the_published_file_has_the_rows_schema_and_provenance(tmp_path, monkeypatch, count):
    monkeypatch.setattr(files, "READ_ROWS", 7)  # many batches and row groups from a few rows
    monkeypatch.setattr(files, "ROW_GROUP_BYTES", 5000)
    rows = _documents(count)
    source = tmp_path / "out_documents.parquet"
    # as DuckDB writes the out tables: columns in another order, loose types, an extra column
    loose = pa.Table.from_pylist(rows, schema=OUT_DOCUMENTS.arrow_schema).append_column(
        "extra", pa.array(range(count), pa.int64()))
    pq.write_table(loose.select(list(reversed(loose.column_names))).cast(pa.schema(
        [pa.field(f.name, f.type, nullable=True) for f in reversed(loose.schema)])), source, row_group_size=13)
    target = tmp_path / "publish" / "documents.parquet"
    assert publish_parquet(source, target, OUT_DOCUMENTS, PROVENANCE) == count
    published = pq.read_table(target)
    assert published.schema.remove_metadata() == OUT_DOCUMENTS.arrow_schema.remove_metadata()
    assert published.to_pylist() == rows
    meta = pq.read_schema(target).metadata
    assert meta[b"atazan:code_version"] == b"abc123" and meta[b"atazan:table"] == b"documents"
    assert meta[b"atazan:description"] == OUT_DOCUMENTS.description.encode()
    assert not list(target.parent.glob("*.tmp"))
    publish_csv(target, tmp_path / "documents.csv")
    assert (tmp_path / "documents.csv").read_text(encoding="utf-8").count("\n") >= count + 1


def test_rows_after_reads_the_rows_past_the_first_ones_from_the_row_groups_that_hold_them(tmp_path):
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"n": list(range(10)), "s": [str(i) for i in range(10)]}), path, row_group_size=3)
    assert rows_after(path, 4, ["n"]).column("n").to_pylist() == [4, 5, 6, 7, 8, 9]
    assert rows_after(path, 6, ["s", "n"]).column_names == ["s", "n"]
    assert rows_after(path, 6, ["n"]).column("n").to_pylist() == [6, 7, 8, 9]
    assert rows_after(path, 0, ["n"]).num_rows == 10
    assert rows_after(path, 10, ["n"]).num_rows == 0


def _parts(folder, rows, sizes):
    folder.mkdir(parents=True)
    start, paths = 0, []
    for number, size in enumerate(sizes):
        paths.append(folder / f"part-{number:03d}.parquet")
        pq.write_table(pa.Table.from_pylist(rows[start:start + size], schema=OUT_DOCUMENTS.arrow_schema), paths[-1])
        start += size
    return paths


def test_new_parts_are_appended_as_row_groups_with_the_new_provenance(tmp_path):
    rows = _documents(60)
    parts = _parts(tmp_path / "out_documents.parquet", rows, [40, 15, 5])
    target = tmp_path / "documents.parquet"
    files._write_parquet(parts[:1], target, OUT_DOCUMENTS, PROVENANCE)
    later = {**PROVENANCE, "atazan:build_time": "2026-03-02T00:00:00+00:00"}
    assert files.append_parquet(parts[1:], target, OUT_DOCUMENTS, later) == 60
    assert pq.read_table(target).to_pylist() == rows
    assert pq.read_schema(target).metadata[b"atazan:build_time"] == b"2026-03-02T00:00:00+00:00"
    assert pq.ParquetFile(target).metadata.num_row_groups == 2
    assert not list(tmp_path.glob("*.tmp"))


def test_a_file_with_many_small_row_groups_is_published_whole_again(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "SMALL_GROUPS", 2)
    rows = _documents(30)
    parts = _parts(tmp_path / "out_documents.parquet", rows, [10, 10, 10])
    target = tmp_path / "documents.parquet"
    files._write_parquet(parts[:1], target, OUT_DOCUMENTS, PROVENANCE)
    assert files.append_parquet(parts[1:2], target, OUT_DOCUMENTS, PROVENANCE) == 20
    before = target.read_bytes()
    assert files.append_parquet(parts[2:], target, OUT_DOCUMENTS, PROVENANCE) is None  # two small groups already
    assert target.read_bytes() == before
    assert files.append_parquet(parts[2:], tmp_path / "missing.parquet", OUT_DOCUMENTS, PROVENANCE) is None
