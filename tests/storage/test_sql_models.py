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
