"""A SQL model reads a table kept as a folder of parts as it reads the same rows in one file (in the parts' order)."""
from datetime import datetime, timezone

import pyarrow.parquet as pq
import pytest

from pipeline.metadata.tables import TABLES
from pipeline.storage.parquet import write_rows
from pipeline.storage.sql_models import load_models, run_model
from tests.parts_helpers import split_into_parts

DOCUMENTS, SOURCES = TABLES["core_documents"], TABLES["core_sources"]
WHEN = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


def _document(n: int) -> dict:
    source = ("akorda", "kazinform")[n % 2]
    return {"document_id": f"d{n:03d}", "url": f"https://x/{n}", "canonical_url": f"https://x/{n}", "source": source,
            "parser": source, "parser_version": "1", "kind": "news", "language": "ru", "title": f"Title {n}",
            "published_at": WHEN, "text": f"Text {n}", "text_chars": 6, "content_sha256": f"c{n}",
            "is_sample": n % 3 == 0, "fetched_at": WHEN, "warc_file": "a.warc.gz", "warc_offset": n,
            "warc_record_id": f"r{n}", "payload_sha256": f"p{n}", "warnings": [], "relevance_score": 0.5,
            "relevance_terms": [], "duplicate_of": None}


def _source(name: str) -> dict:
    return {"source": name, "title": name.title(), "hosts": [f"{name}.kz"], "languages": ["ru"], "kind": "news",
            "discovery": "sitemap", "homepage": f"https://{name}.kz", "rate_limit_per_s": 1.0, "enabled": True}


def _run(name: str, inputs: dict, output) -> list[dict]:
    run_model(next(m for m in load_models() if m.name == name), inputs, output)
    return pq.read_table(output).to_pylist()


@pytest.mark.parametrize("sizes", [[3, 1, 3], []])
def test_models_over_a_folder_of_parts_give_what_they_give_over_the_file(tmp_path, sizes):
    rows = [_document(n) for n in range(7)] if sizes else []
    write_rows(tmp_path / "documents.parquet", DOCUMENTS, rows)
    write_rows(tmp_path / "sources.parquet", SOURCES, [_source("akorda"), _source("kazinform"), _source("zakon")])
    folder = split_into_parts(tmp_path / "documents.parquet", tmp_path / "core" / "core_documents.parquet", sizes)
    inputs = {"core_documents": tmp_path / "documents.parquet", "core_sources": tmp_path / "sources.parquet"}
    out = {}
    for model in ("out_documents", "out_sources"):
        out[model] = _run(model, inputs, tmp_path / "file" / f"{model}.parquet")
        assert _run(model, {**inputs, "core_documents": folder}, tmp_path / "folder" / f"{model}.parquet") == out[model]
    assert [r["document_id"] for r in out["out_documents"]] == [r["document_id"] for r in rows]  # in the parts' order
    assert [(r["source"], r["documents"]) for r in out["out_sources"]] == \
        [("akorda", 4 if sizes else 0), ("kazinform", 3 if sizes else 0), ("zakon", 0)]


def test_a_parts_model_is_run_part_by_part_and_only_over_the_parts_that_changed(tmp_path):
    model = next(m for m in load_models() if m.name == "out_documents")
    assert model.parts_of == "core_documents" and "parts:" not in model.description
    write_rows(tmp_path / "documents.parquet", DOCUMENTS, [_document(n) for n in range(7)])
    folder = split_into_parts(tmp_path / "documents.parquet", tmp_path / "core_documents.parquet", [3, 4])
    out = tmp_path / "out_documents.parquet"
    whole = _run("out_documents", {"core_documents": tmp_path / "documents.parquet"}, tmp_path / "whole.parquet")
    assert _run("out_documents", {"core_documents": folder}, out) == whole
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in folder.iterdir())

    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    write_rows(folder / "crawl%2F900.warc.gz.parquet", DOCUMENTS, [_document(9)])  # a new WARC file's part
    first = sorted(folder.iterdir())[0]
    first.unlink()  # a WARC file gone
    rows = _run("out_documents", {"core_documents": folder}, out)
    assert [r["document_id"] for r in rows] == ["d003", "d004", "d005", "d006", "d009"]
    left = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert first.name not in left and left[sorted(left)[0]] == stamps[sorted(left)[0]]  # the kept part untouched


def test_a_parts_model_may_read_only_its_table(tmp_path):
    (tmp_path / "out_x.sql").write_text("-- parts: core_documents\nSELECT * FROM core_documents JOIN core_sources "
                                        "USING (source)\n", encoding="utf-8")
    with pytest.raises(ValueError, match="may read only that table"):
        load_models(tmp_path)


def test_a_model_over_two_parts_tables_runs_over_the_parts_of_the_same_names(tmp_path):
    """out_statements joins each part of core_statements with the part of core_person_statements of its name, and
    runs again over a part when either of the two changed."""
    from pipeline.metadata.statements import CORE_PERSON_STATEMENTS, CORE_STATEMENTS
    model = next(m for m in load_models() if m.name == "out_statements")
    assert (model.parts_of, model.parts_also) == ("core_statements", ("core_person_statements",))

    def statement(n):
        return {"statement_id": f"s{n}", "document_id": f"d{n // 2}", "speaker_name": "Берик Асылов",
                "speaker_role": "", "speaker_org": "", "statement_text": f"Слова {n}", "kind": "direct",
                "speech_verb": "сказал", "char_start": n, "char_end": n + 5, "statement_date": None,
                "language": "ru", "confidence": 0.9, "is_collective": False, "is_organisation": False,
                "attribution": "quote_then_verb", "resolution": "named", "is_sample": False}

    write_rows(tmp_path / "statements.parquet", CORE_STATEMENTS, [statement(n) for n in range(5)])
    write_rows(tmp_path / "links.parquet", CORE_PERSON_STATEMENTS,
               [{"person_id": "per-1", "statement_id": f"s{n}"} for n in range(5) if n != 3])
    whole = _run("out_statements", {"core_statements": tmp_path / "statements.parquet",
                                    "core_person_statements": tmp_path / "links.parquet"}, tmp_path / "whole.parquet")
    statements = split_into_parts(tmp_path / "statements.parquet", tmp_path / "core_statements.parquet", [2, 3])
    links = tmp_path / "core_person_statements.parquet"
    links.mkdir()
    for part in statements.iterdir():
        ids = pq.read_table(part)["statement_id"].to_pylist()
        write_rows(links / part.name, CORE_PERSON_STATEMENTS,
                   [{"person_id": "per-1", "statement_id": i} for i in ids if i != "s3"])
    inputs = {"core_statements": statements, "core_person_statements": links}
    out = tmp_path / "out_statements.parquet"
    assert _run("out_statements", inputs, out) == whole
    assert [r["person_id"] for r in whole] == ["per-1", "per-1", "per-1", None, "per-1"]

    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    second = sorted(links.iterdir())[1]
    write_rows(second, CORE_PERSON_STATEMENTS, [{"person_id": "per-2", "statement_id": i} for i in ("s2", "s3", "s4")])
    rows = _run("out_statements", inputs, out)
    assert [r["person_id"] for r in rows] == ["per-1", "per-1", "per-2", "per-2", "per-2"]
    now = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert now[sorted(now)[0]] == stamps[sorted(now)[0]] and now[second.name] != stamps[second.name]

    second.unlink()
    with pytest.raises(FileNotFoundError, match="parts of the same names"):
        _run("out_statements", inputs, out)


def test_a_model_over_two_parts_tables_may_read_only_those(tmp_path):
    (tmp_path / "out_x.sql").write_text("-- parts: core_statements, core_person_statements\nSELECT * FROM "
                                        "core_statements JOIN core_people USING (person_id)\n", encoding="utf-8")
    with pytest.raises(ValueError, match="may read only those tables"):
        load_models(tmp_path)
