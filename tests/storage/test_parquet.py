"""write_arrow writes the file write_rows writes from the same rows; iter_rows reads a file or a folder of parts."""
from datetime import date

import pyarrow as pa
import pytest

from pipeline.metadata.statements import CORE_EVENTS
from pipeline.storage.parquet import BATCH_ROWS, iter_rows, write_arrow, write_rows
from tests.parts_helpers import split_into_parts


def test_write_arrow_writes_the_same_file_as_write_rows(tmp_path):
    rows = [{"event_id": f"ev_{i:05d}", "event_date": date(2026, 3, 1 + i % 20), "event_type": "briefing",
             "title": f"Брифинг {i}", "location": "", "organiser": "ЦИК" if i % 3 else "",
             "participants": ["Нурлан Абдиров"] * (i % 3), "languages": ["ru"], "sources": [],
             "document_count": 1 + i % 4, "is_sample": i % 7 == 0} for i in range(BATCH_ROWS * 2 + 17)]
    write_rows(tmp_path / "rows.parquet", CORE_EVENTS, rows)
    columns = list(reversed(CORE_EVENTS.arrow_schema.names))  # any order of columns, no schema
    write_arrow(tmp_path / "arrow.parquet", CORE_EVENTS, pa.table({c: [r[c] for r in rows] for c in columns}))
    assert (tmp_path / "arrow.parquet").read_bytes() == (tmp_path / "rows.parquet").read_bytes()
    assert list(iter_rows(tmp_path / "arrow.parquet")) == rows
    assert not (tmp_path / "arrow.parquet.tmp").exists()


def _events(count: int) -> list[dict]:
    return [{"event_id": f"ev_{i:05d}", "event_date": date(2026, 3, 1 + i % 20), "event_type": "briefing",
             "title": f"Брифинг {i}", "location": "", "organiser": "", "participants": [], "languages": ["ru"],
             "sources": [], "document_count": 1, "is_sample": False} for i in range(count)]


def test_iter_rows_reads_a_folder_of_parts_in_name_order_like_the_file(tmp_path):
    rows = _events(7)
    write_rows(tmp_path / "events.parquet", CORE_EVENTS, rows)
    folder = split_into_parts(tmp_path / "events.parquet", tmp_path / "parts" / "events.parquet", [3, 1, 3])
    assert list(iter_rows(folder)) == list(iter_rows(tmp_path / "events.parquet")) == rows
    assert list(iter_rows(folder, ["event_id"])) == [{"event_id": r["event_id"]} for r in rows]


def test_iter_rows_of_an_empty_folder_table_and_of_a_missing_file(tmp_path):
    write_rows(tmp_path / "none.parquet", CORE_EVENTS, [])
    assert list(iter_rows(split_into_parts(tmp_path / "none.parquet", tmp_path / "empty.parquet", []))) == []
    with pytest.raises(FileNotFoundError):
        list(iter_rows(tmp_path / "missing.parquet"))
