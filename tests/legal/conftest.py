"""Shared inputs of the legal tests: our own sample pages, and the real texts in /work/shared/corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")


@pytest.fixture
def fixture_bytes():
    def read(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return read


@pytest.fixture
def zan_pages_json():
    """Both pages of the sample zan.gov.kz response, as the caller passes them: a JSON list in order."""
    pages = [json.loads((FIXTURES / f"sample.zan.page{n}.json").read_text("utf-8")) for n in (1, 2)]
    return json.dumps(pages, ensure_ascii=False).encode("utf-8")


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"real corpus text {name} not found in {CORPUS} (the shared reference corpus is absent)")
    return path


_PARSED: dict[tuple[str, str, str], list[dict]] = {}


@pytest.fixture
def corpus_rows():
    """Article rows of a corpus file, parsed once per test session (the PDFs take seconds each)."""
    from pipeline.legal.parse import parse_document
    from pipeline.legal.rows import article_rows

    def rows(name: str, fmt: str, version_id: str, language: str) -> list[dict]:
        key = (name, version_id, language)
        if key not in _PARSED:
            law = parse_document(corpus_file(name).read_bytes(), fmt, version_id, language)
            _PARSED[key] = article_rows(law)
            _PARSED[key + ("law",)] = law
        return _PARSED[key]

    return rows


@pytest.fixture
def corpus_law(corpus_rows):
    def law(name: str, fmt: str, version_id: str, language: str):
        corpus_rows(name, fmt, version_id, language)
        return _PARSED[(name, version_id, language, "law")]

    return law
