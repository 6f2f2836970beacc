"""write_arrow writes the file write_rows writes from the same rows."""
from datetime import date

import pyarrow as pa

from pipeline.metadata.statements import CORE_EVENTS
from pipeline.storage.parquet import BATCH_ROWS, iter_rows, write_arrow, write_rows


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
