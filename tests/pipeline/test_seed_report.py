"""The real press release this project started from, archived in the gov.kz structure, becomes one clean document."""
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pytest

from pipeline.sources.govkz import api_item_url, render_news_item
from pipeline.warc.writer import ResponseToArchive, write_warc

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
TITLE = "В Академии правоохранительных органов обсудили проект новой Конституции"


def _seed_text() -> str:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip(f"the seed report is not here ({SEEDS}); it lives in ../shared/seeds, which CI provides")
    return files[0].read_text(encoding="utf-8")


def test_seed_report_comes_out_as_one_clean_document(tmp_path, build):
    paragraphs = [p.strip() for p in _seed_text().split("\n\n") if p.strip()]
    assert any(p.startswith("Фото:") for p in paragraphs)  # the credits are really in the input
    body = render_news_item(TITLE, "2026-02-27T16:45:00+05:00", paragraphs, item_id=912345, project="prokuror")
    write_warc(tmp_path / "raw" / "warc" / "seed.warc.gz", [ResponseToArchive(
        api_item_url(912345, "prokuror"), body, datetime(2026, 2, 28, 6, 0, tzinfo=timezone.utc),
        headers=(("Content-Type", "application/json; charset=utf-8"),))])

    assert build(tmp_path, include_sample=False).success

    rows = duckdb.connect().execute(
        f"SELECT source, kind, language, title, published_at, text FROM "
        f"read_parquet('{tmp_path}/core/core_documents.parquet')").fetchall()
    assert len(rows) == 1
    source, kind, language, title, published_at, text = rows[0]
    assert (source, kind, language, title) == ("govkz", "press_release", "ru", TITLE)
    assert published_at.astimezone(ZoneInfo("Asia/Almaty")).date().isoformat() == "2026-02-27"
    assert "Фото" not in text
    assert text.startswith("27 февраля 2026 года в Академии правоохранительных органов")
    assert "нулевой терпимости к правонарушениям" in text
    assert text.rstrip().endswith("уважения к правам человека.")
    assert text.count("\n\n") == len(paragraphs) - 3  # every paragraph but the two credits, kept apart
