"""Blocking checks stop what depends on a bad table; work whose inputs did not change is not done again."""
from datetime import datetime, timezone

import dagster as dg
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.assets.checks import METADATA_CHECK
from pipeline.assets.constitution import OUTPUTS as CONSTITUTION_OUTPUTS
from pipeline.definitions import BUILD_ASSETS, all_checks, defs
from pipeline.metadata.tables import TABLES
from pipeline.resources import AtazanSettings
from pipeline.storage.parts import part_files
from pipeline.warc.writer import ResponseToArchive, write_warc

PUBLISHED_FILES = ("publish/atazan.duckdb", "publish/parquet/documents.parquet", "publish/csv/documents.csv",
                   "publish/parquet/articles.parquet", "publish/csv/articles.csv")


def _materialize(data_dir, selection=None):
    return dg.materialize([*BUILD_ASSETS, *all_checks()], selection=selection, raise_on_error=False,
                          resources={"settings": AtazanSettings(data_dir=str(data_dir))})


def _materialized(result) -> set[str]:
    return {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}


def _checks(result) -> dict[tuple[str, str], dg.AssetCheckEvaluation]:
    return {(e.asset_key.to_user_string(), e.check_name): e for e in result.get_asset_check_evaluations()}


def _stamps(data_dir) -> dict[str, tuple[int, bytes]]:
    return {name: ((data_dir / name).stat().st_mtime_ns, (data_dir / name).read_bytes()) for name in PUBLISHED_FILES}


def _rewrite(path, change):
    """Change the rows of a table kept as a file or as a folder of parts (whose rows then go to its first part)."""
    first, *others = part_files(path)
    table = change(pa.concat_tables([pq.read_table(f) for f in (first, *others)]))
    for part in others:
        part.unlink()
    pq.write_table(table, first)


def test_every_core_and_out_table_has_a_blocking_metadata_check():
    graph = defs.resolve_asset_graph()
    checked = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    for name, table in TABLES.items():
        if table.layer in ("core", "out"):
            assert (name, METADATA_CHECK) in checked, name
    for key in graph.asset_check_keys:
        if key.name == METADATA_CHECK:
            assert graph.get_check_spec(key).blocking, key


def test_every_table_asset_describes_its_columns_in_its_definition():
    graph = defs.resolve_asset_graph()
    described = set()
    for key in graph.get_all_asset_keys():
        name = key.to_user_string()
        if name in TABLES:
            schema = graph.get(key).metadata["dagster/column_schema"]
            assert [c.name for c in schema.columns] == TABLES[name].column_names, name
            assert all(c.description for c in schema.columns), name
            described.add(name)
    assert {n for n, t in TABLES.items() if t.layer in ("core", "out")} <= described


def test_a_failing_out_check_stops_what_depends_on_the_table(built):
    before = _stamps(built)
    # a source twice: out_sources then holds a repeated primary key
    _rewrite(built / "core" / "core_sources.parquet", lambda t: pa.concat_tables([t, t.slice(0, 1)]))
    result = _materialize(built, dg.AssetSelection.assets("out_sources", "out_documents", "publish_dataset"))
    assert not result.success
    failed = _checks(result)[("out_sources", METADATA_CHECK)]
    assert not failed.passed and failed.metadata["reused"].value is False
    assert "out_sources" in _materialized(result)
    assert not {"out_documents", "publish_dataset"} & _materialized(result)
    assert _stamps(built) == before  # nothing published


def test_a_failing_core_check_stops_what_depends_on_the_table(built):
    before = _stamps(built)
    _rewrite(built / "core" / "core_documents.parquet",
             lambda t: t.set_column(t.schema.get_field_index("title"), "title",
                                    pa.array([""] + t.column("title").to_pylist()[1:], pa.string())))
    selection = dg.AssetSelection.assets("out_documents", "publish_dataset") | dg.AssetSelection.checks_for_assets(
        "core_documents")
    result = _materialize(built, selection)
    assert not result.success
    assert not _checks(result)[("core_documents", "body_text_not_empty")].passed
    assert _checks(result)[("core_documents", METADATA_CHECK)].passed
    assert not {"out_documents", "publish_dataset"} & _materialized(result)
    assert _stamps(built) == before
    # the failure is remembered with what it was computed from: nothing changed, it fails again
    again = _materialize(built, selection)
    evaluation = _checks(again)[("core_documents", "body_text_not_empty")]
    assert not evaluation.passed and evaluation.metadata["reused"].value is True
    assert not {"out_documents", "publish_dataset"} & _materialized(again)


def _metadata(result, asset) -> dict:
    for event in result.get_asset_materialization_events():
        if event.asset_key.to_user_string() == asset:
            return {k: v.value for k, v in event.materialization.metadata.items()}
    raise KeyError(asset)


def _out_files(data_dir) -> dict[str, tuple[int, bytes]]:
    """Every Parquet file of the out layer (a table's file, or the parts of a table kept as a folder)."""
    return {p.relative_to(data_dir).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in (data_dir / "out").rglob("*.parquet") if p.is_file()}


def test_a_rebuild_with_nothing_new_reuses_models_checks_and_published_files(built):
    assert _materialize(built).success  # the copy's markers were taken while its files were fresh
    before = _stamps(built)
    out_before = _out_files(built)
    result = _materialize(built)
    assert result.success
    out_models = [n for n, t in TABLES.items() if t.layer == "out"]
    assert all(_metadata(result, n)["recomputed"] is False for n in out_models)
    checks = _checks(result)
    reused = {key for key, e in checks.items() if "reused" in e.metadata and e.metadata["reused"].value}
    assert reused == {key for key, e in checks.items() if "reused" in e.metadata} and len(reused) == 37
    assert all(e.passed for e in checks.values())
    assert _metadata(result, "publish_dataset")["rewritten"] == []
    assert _metadata(result, "core_articles")["recomputed"] is False
    assert _stamps(built) == before
    assert _out_files(built) == out_before


def test_a_new_page_recomputes_what_it_reaches_and_nothing_else(built):
    assert _materialize(built).success
    before = _stamps(built)
    page = ("<html lang='ru'><head><title>Референдум: явка</title></head><body><article><h1>Референдум: явка "
            "превысила 70 процентов</h1><p>" + "Центральная комиссия референдума сообщила о высокой явке избирателей "
            "на участках по всей стране. Конституция, поправки и Курултай обсуждались. " * 6 + "</p></article></body>"
            "</html>")
    write_warc(built / "raw" / "warc" / "user" / "capture.warc.gz", [ResponseToArchive(
        "https://news.example.org/referendum-turnout", page.encode(), datetime(2026, 3, 15, 12, tzinfo=timezone.utc))])
    result = _materialize(built)
    assert result.success
    assert _metadata(result, "out_documents")["recomputed"] is True
    assert _metadata(result, "out_articles")["recomputed"] is False
    # a news page: the official texts are not parsed again
    assert all(_metadata(result, t.name)["recomputed"] is False for t in CONSTITUTION_OUTPUTS)
    checks = _checks(result)
    assert checks[("out_documents", METADATA_CHECK)].metadata["reused"].value is False
    assert checks[("core_documents", "body_text_not_empty")].metadata["reused"].value is False
    assert checks[("out_articles", METADATA_CHECK)].metadata["reused"].value is True
    after = _stamps(built)
    for name in ("publish/atazan.duckdb", "publish/parquet/documents.parquet", "publish/csv/documents.csv"):
        assert after[name] != before[name], name
    # a table the new page does not reach keeps its published file (the archive's digest is in datapackage.json)
    assert after["publish/parquet/articles.parquet"] == before["publish/parquet/articles.parquet"]
    urls = pq.read_table(built / "publish/parquet/documents.parquet", columns=["url"]).column("url").to_pylist()
    assert "https://news.example.org/referendum-turnout" in urls
