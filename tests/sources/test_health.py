"""Layout-change detection: a source whose latest pages stop parsing, though earlier ones parsed (captures kept as
a file or as a folder of parts)."""
from datetime import datetime, timedelta, timezone

import pytest

from pipeline.metadata.tables import CORE_DOCUMENT_CAPTURES, CORE_DOCUMENT_ERRORS
from pipeline.sources.health import parser_breakages
from pipeline.storage.parquet import write_rows
from tests.parts_helpers import split_into_parts

DAY1 = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
DAY2 = DAY1 + timedelta(days=1)


def _capture(source, when, n):
    return {"source": source, "fetched_at": when, "warc_file": "a.warc.gz", "warc_offset": n, "document_id": str(n),
            "url": f"https://x/{n}", "canonical_url": f"https://x/{n}", "parser": source, "parser_version": "1",
            "kind": "news", "language": "ru", "title": "t", "text": "t", "text_chars": 1, "content_sha256": "x",
            "is_sample": False, "warc_record_id": "r", "payload_sha256": "p", "relevance_score": 0.9,
            "relevant": True}


def _error(source, when, n):
    return {"source": source, "fetched_at": when, "warc_file": "a.warc.gz", "warc_offset": n, "warc_record_id": "r",
            "url": f"https://x/{n}", "error_type": "parse_error", "error": "no article body", "is_sample": False}


def _write(tmp_path, captures, errors):
    write_rows(tmp_path / "c.parquet", CORE_DOCUMENT_CAPTURES, captures)
    write_rows(tmp_path / "e.parquet", CORE_DOCUMENT_ERRORS, errors)
    return parser_breakages(tmp_path / "c.parquet", tmp_path / "e.parquet")


def test_a_source_whose_latest_pages_all_fail_is_reported(tmp_path):
    captures = [_capture("kazinform", DAY1, n) for n in range(5)] + [_capture("akorda", DAY2, 50 + n) for n in range(4)]
    captures += [_capture("akorda", DAY1, 60 + n) for n in range(4)]
    errors = [_error("kazinform", DAY2, 100 + n) for n in range(4)]
    broken = _write(tmp_path, captures, errors)
    assert [(b.source, b.failed, b.latest_total) for b in broken] == [("kazinform", 4, 4)]


def test_healthy_sources_and_small_samples_are_not_reported(tmp_path):
    captures = [_capture("kazinform", DAY1, n) for n in range(5)] + [_capture("kazinform", DAY2, 10 + n) for n in range(5)]
    errors = [_error("kazinform", DAY2, 100), _error("tengrinews", DAY2, 101)]
    assert _write(tmp_path, captures, errors) == []


@pytest.mark.parametrize("sizes", [[5, 3, 9], [17]])
def test_captures_kept_as_a_folder_of_parts_give_the_same_breakages(tmp_path, sizes):
    captures = [_capture("kazinform", DAY1, n) for n in range(5)] + [_capture("akorda", DAY2, 50 + n) for n in range(4)]
    captures += [_capture("akorda", DAY1, 60 + n) for n in range(4)]
    captures += [_capture("zakon", DAY2, 70 + n) for n in range(4)]
    errors = [_error("kazinform", DAY2, 100 + n) for n in range(4)]
    from_files = _write(tmp_path, captures, errors)
    assert [b.source for b in from_files] == ["kazinform"]
    folder = split_into_parts(tmp_path / "c.parquet", tmp_path / "core" / "captures.parquet", sizes)
    assert parser_breakages(folder, tmp_path / "e.parquet") == from_files
    errors_folder = split_into_parts(tmp_path / "e.parquet", tmp_path / "core" / "errors.parquet", [1, 3])
    assert parser_breakages(folder, errors_folder) == from_files


def test_no_captures_yet_as_an_empty_folder(tmp_path):
    _write(tmp_path, [], [_error("kazinform", DAY2, 100 + n) for n in range(4)])
    folder = split_into_parts(tmp_path / "c.parquet", tmp_path / "core" / "captures.parquet", [])
    assert parser_breakages(folder, tmp_path / "e.parquet") == []
    assert parser_breakages(tmp_path / "core" / "missing.parquet", tmp_path / "e.parquet") == []
