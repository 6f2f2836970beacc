"""What a materialisation reports (row count, preview) is the same for a table kept as a folder of parts."""
from datetime import date

import pytest

from pipeline.assets.reporting import PREVIEW_ROWS, parquet_metadata
from pipeline.metadata.statements import CORE_EVENTS
from pipeline.storage.parquet import write_rows
from pipeline.storage.parts import part_files
from tests.parts_helpers import split_into_parts


def _events(count: int) -> list[dict]:
    return [{"event_id": f"ev_{i:05d}", "event_date": date(2026, 3, 1 + i), "event_type": "briefing",
             "title": f"Брифинг {i}", "location": "", "organiser": "", "participants": [], "languages": ["ru"],
             "sources": [], "document_count": 1, "is_sample": False} for i in range(count)]


def _shown(path) -> dict:
    metadata = parquet_metadata(path, CORE_EVENTS, recomputed=True)
    return {k: v for k, v in metadata.items() if k != "path"}


@pytest.mark.parametrize("sizes", [[1, 2, 4], [7], [2, 5]])
def test_a_folder_of_parts_reports_what_the_file_reports(tmp_path, sizes):
    write_rows(tmp_path / "events.parquet", CORE_EVENTS, _events(7))
    folder = split_into_parts(tmp_path / "events.parquet", tmp_path / "parts" / "events.parquet", sizes)
    shown = _shown(folder)
    assert shown == _shown(tmp_path / "events.parquet")
    assert shown["dagster/row_count"] == 7 and shown["recomputed"] is True
    assert "dagster/column_schema" not in shown  # the asset definition's, not each materialisation's
    preview = shown["preview"].value.splitlines()
    assert len(preview) == 2 + PREVIEW_ROWS and "ev_00004" in preview[-1]  # the first rows, across parts


def test_an_empty_table_reports_no_rows_as_a_file_or_a_folder(tmp_path):
    write_rows(tmp_path / "events.parquet", CORE_EVENTS, [])
    folder = split_into_parts(tmp_path / "events.parquet", tmp_path / "parts" / "events.parquet", [])
    assert _shown(folder) == _shown(tmp_path / "events.parquet")
    assert _shown(folder)["dagster/row_count"] == 0 and _shown(folder)["preview"].value == "_no rows_"


def test_a_missing_table_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        parquet_metadata(tmp_path / "events.parquet", CORE_EVENTS)


def test_the_preview_opens_no_part_without_rows(tmp_path, monkeypatch):
    import pipeline.assets.reporting as reporting

    folder = tmp_path / "events.parquet"
    folder.mkdir()
    for name, rows in (("a", []), ("b", []), ("c", _events(3)), ("d", [])):
        write_rows(folder / f"{name}.parquet", CORE_EVENTS, rows)
    assert _shown(folder)["dagster/row_count"] == 3  # the parts' footers read, and kept, for the count
    opened = []
    real = reporting.pq.ParquetFile
    monkeypatch.setattr(reporting.pq, "ParquetFile",
                        lambda file, *args, **kwargs: opened.append(file.name) or real(file, *args, **kwargs))
    preview = reporting.preview_markdown(part_files(folder), CORE_EVENTS).splitlines()
    assert len(preview) == 2 + 3 and "ev_00002" in preview[-1]
    assert opened == ["c.parquet"]
