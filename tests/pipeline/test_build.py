"""The slice end to end: the bundled sample archive in, the published DuckDB and Parquet files out."""
import json
import shutil
from datetime import datetime, timezone

import duckdb
import pyarrow.parquet as pq

from pipeline.storage.parts import duckdb_source
from pipeline.warc.writer import ResponseToArchive, write_warc


def _db(data_dir):
    return duckdb.connect(str(data_dir / "publish" / "atazan.duckdb"), read_only=True)


def test_sample_build_succeeds_with_every_check_passing(sample_build):
    _, result = sample_build
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert checks and all(c.passed for c in checks), [c.check_name for c in checks if not c.passed]


def test_published_documents_cover_the_sample_sources_and_languages(sample_build):
    data_dir, _ = sample_build
    con = _db(data_dir)
    docs = con.execute("SELECT count(*), count(DISTINCT source), list(DISTINCT language ORDER BY language), "
                   "bool_and(is_sample) FROM documents").fetchall()[0]
    assert docs[0] >= 12
    assert docs[1] >= 4
    assert docs[2] == ["en", "kk", "ru"]
    assert docs[3] is True
    kinds = {k for (k,) in con.sql("SELECT DISTINCT kind FROM documents").fetchall()}
    assert {"news", "press_release", "official_text"} <= kinds


def test_published_text_is_clean(sample_build):
    data_dir, _ = sample_build
    con = _db(data_dir)
    leaks = con.sql(r"SELECT url FROM documents WHERE regexp_matches(text, '(?m)^(Фото|Сурет|Photo)\s*:')").fetchall()
    assert leaks == []
    assert con.execute("SELECT count(*) FROM documents WHERE published_at IS NULL").fetchall()[0][0] == 0


def test_sources_table_counts_documents(sample_build):
    data_dir, _ = sample_build
    con = _db(data_dir)
    total = con.execute("SELECT sum(documents) FROM sources").fetchall()[0][0]
    assert total == con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    assert con.execute("SELECT count(*) FROM documents d ANTI JOIN sources s USING (source)").fetchall()[0][0] == 0


def test_published_files_carry_provenance_and_open_in_duckdb_1x_format(sample_build):
    data_dir, _ = sample_build
    meta = pq.read_schema(data_dir / "publish" / "parquet" / "documents.parquet").metadata
    assert b"atazan:code_version" in meta and b"atazan:licence" in meta
    package = json.loads((data_dir / "publish" / "datapackage.json").read_text(encoding="utf-8"))
    assert len(package["atazan:source_archive_sha256"]) == 64
    assert (data_dir / "publish" / "csv" / "documents.csv").read_text(encoding="utf-8").startswith("document_id,")
    header = (data_dir / "publish" / "atazan.duckdb").read_bytes()[:64]
    assert b"DUCK" in header
    # storage version 64 is what DuckDB 1.0 writes and reads; 2.x's default is refused by 1.x
    assert int.from_bytes(header[12:20], "little") == 64


def _tables(data_dir):
    return {p.name: pq.read_table(p).to_pylist() for p in sorted((data_dir / "publish" / "parquet").glob("*.parquet"))}


def _metadata(result, asset: str) -> dict:
    for event in result.get_asset_materialization_events():
        if event.asset_key.to_user_string() == asset:
            return {k: v.value for k, v in event.materialization.metadata.items()}
    raise KeyError(asset)


def test_a_second_build_gives_identical_tables_and_redoes_nothing(tmp_path, build):
    assert build(tmp_path).success
    first = _tables(tmp_path)
    again = build(tmp_path)
    assert again.success
    assert _tables(tmp_path) == first
    assert _metadata(again, "raw_warc_records")["warc_files_read"] == 0
    assert _metadata(again, "core_document_captures")["parsed_now"] == 0
    assert _metadata(again, "core_nlp_processed")["analysed_now"] == 0
    assert _metadata(again, "core_events")["recomputed"] is False


def test_a_users_warc_is_ingested_and_a_corrupt_one_is_an_error_row(tmp_path, build):
    warc_dir = tmp_path / "raw" / "warc"
    page = ("<html lang='ru'><head><title>Референдум: явка</title></head><body><article><h1>Референдум: явка "
            "превысила 70 процентов</h1><p>" + "Центральная комиссия референдума сообщила о высокой явке избирателей "
            "на участках по всей стране. " * 6 + "</p></article></body></html>")
    write_warc(warc_dir / "user" / "capture.warc.gz", [ResponseToArchive(
        "https://news.example.org/referendum-turnout", page.encode(), datetime(2026, 3, 15, 12, tzinfo=timezone.utc))])
    (warc_dir / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is no gzip stream")
    result = build(tmp_path, include_sample=False)
    assert result.success
    con = duckdb.connect()
    docs = con.sql(f"SELECT url, source, is_sample FROM {duckdb_source(tmp_path / 'core/core_documents.parquet')}"
                   ).fetchall()
    assert docs == [("https://news.example.org/referendum-turnout", "generic", False)]
    errors = con.sql(f"SELECT warc_file FROM read_parquet('{tmp_path}/raw/raw_warc_errors.parquet')").fetchall()
    assert errors == [("broken.warc.gz",)]


def test_turning_the_sample_off_removes_its_rows(tmp_path, build):
    assert build(tmp_path).success
    assert build(tmp_path, include_sample=False).success
    con = duckdb.connect()
    documents = duckdb_source(tmp_path / "core" / "core_documents.parquet")
    assert con.execute(f"SELECT count(*) FROM {documents}").fetchall()[0][0] == 0
    shutil.rmtree(tmp_path)


def test_sample_weather_page_is_rejected_and_the_reprint_is_linked(sample_build):
    data_dir, _ = sample_build
    con = duckdb.connect()
    rejected_path = data_dir / "core" / "core_rejected_documents.parquet"
    rejected = con.execute(f"SELECT source, title FROM {duckdb_source(rejected_path)}").fetchall()
    assert rejected == [("tengrinews", "Синоптики пообещали потепление в Астане")]
    db = _db(data_dir)
    pairs = db.execute("SELECT d.source, o.source FROM documents d JOIN documents o ON d.duplicate_of = o.document_id"
                       ).fetchall()
    assert pairs == [("kazinform", "akorda")]


def test_a_build_after_a_new_warc_file_writes_its_parts_and_publishes_what_a_cold_build_does(tmp_path, build):
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    assert build(warm).success
    kept = {p: p.stat().st_mtime_ns for table in ("core/core_document_captures.parquet", "core/core_documents.parquet",
                                                   "core/core_rejected_documents.parquet", "out/out_documents.parquet")
            for p in (warm / table).iterdir()}
    page = ("<html lang='ru'><head><title>Курултай: первое заседание</title></head><body><article><h1>Курултай "
            "провел первое заседание</h1><p>" + "Депутаты Курултая обсудили порядок работы по новой Конституции. " * 6
            + "</p></article></body></html>")
    new = warm / "raw" / "warc" / "user" / "new.warc.gz"
    write_warc(new, [ResponseToArchive("https://news.example.org/kurultai-first-session", page.encode(),
                                       datetime(2026, 9, 1, 10, tzinfo=timezone.utc))])
    (cold / "raw" / "warc" / "user").mkdir(parents=True)
    shutil.copy(new, cold / "raw" / "warc" / "user" / "new.warc.gz")  # the same records (ids are random)
    again = build(warm)
    assert again.success and build(cold).success
    assert _metadata(again, "core_document_captures")["parsed_now"] == 1
    assert _metadata(again, "core_nlp_processed")["analysed_now"] == 1
    assert {p: p.stat().st_mtime_ns for p in kept} == kept  # the sample's parts as they were
    assert (warm / "out" / "out_documents.parquet" / "user%2Fnew.warc.gz.parquet").exists()
    assert _tables(warm) == _tables(cold)
