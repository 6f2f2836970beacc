"""Recoding a testbed's nlp tables to another nlp version: the next analysis reads and writes nothing."""
from pipeline.nlp import analysis, analysis_store
from pipeline.nlp.analysis_store import analyse
from pipeline.storage.parts import read_table
from scripts.bench.recode_nlp import recode
from tests.nlp.test_analysis import _document, _tables, _write_part


def test_after_a_recode_a_new_version_analyses_nothing_and_keeps_the_rows(tmp_path, monkeypatch):
    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(3)])
    _write_part(documents, "b.warc.gz.parquet", [_document(n) for n in range(3, 5)])
    analyse(documents, _tables(tmp_path))
    statements = read_table(tmp_path / "core_statements.parquet").to_pylist()
    monkeypatch.setattr(analysis_store, "nlp_version", lambda: "another")
    assert recode(tmp_path, "another") == 2
    again = analyse(documents, _tables(tmp_path))
    assert (again.analysed, again.reused, again.parts_written) == (0, 5, 0)
    assert read_table(tmp_path / "core_statements.parquet").to_pylist() == statements
    keys = read_table(tmp_path / "core_nlp_processed.parquet").column("treatment_key").to_pylist()
    assert all(key.split("|")[1] == "another" for key in keys) and analysis.nlp_version() != "another"
