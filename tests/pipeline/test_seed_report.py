"""The real press release this project started from, archived in the gov.kz structure, becomes one clean document."""
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pytest

from pipeline.sources.govkz import api_item_url, render_news_item
from pipeline.storage.parts import duckdb_source
from pipeline.warc.writer import ResponseToArchive, write_warc

# ../shared beside the checkout (as CI lays it out), else the workplace's copy.
SEEDS = next((p for p in (Path(__file__).resolve().parents[3] / "shared" / "seeds", Path("/work/shared/seeds"))
              if p.is_dir()), Path("/work/shared/seeds"))
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
        f"{duckdb_source(tmp_path / 'core' / 'core_documents.parquet')}").fetchall()
    assert len(rows) == 1
    source, kind, language, title, published_at, text = rows[0]
    assert (source, kind, language, title) == ("govkz", "press_release", "ru", TITLE)
    assert published_at.astimezone(ZoneInfo("Asia/Almaty")).date().isoformat() == "2026-02-27"
    assert "Фото" not in text
    assert text.startswith("27 февраля 2026 года в Академии правоохранительных органов")
    assert "нулевой терпимости к правонарушениям" in text
    assert text.rstrip().endswith("уважения к правам человека.")
    assert text.count("\n\n") == len(paragraphs) - 3  # every paragraph but the two credits, kept apart


def test_seed_report_gives_its_round_table_and_the_prosecutor_generals_statements(tmp_path, build):
    paragraphs = [p.strip() for p in _seed_text().split("\n\n") if p.strip()]
    body = render_news_item(TITLE, "2026-02-27T16:45:00+05:00", paragraphs, item_id=912345, project="prokuror")
    write_warc(tmp_path / "raw" / "warc" / "seed.warc.gz", [ResponseToArchive(
        api_item_url(912345, "prokuror"), body, datetime(2026, 2, 28, 6, 0, tzinfo=timezone.utc),
        headers=(("Content-Type", "application/json; charset=utf-8"),))])
    assert build(tmp_path, include_sample=False).success

    con = duckdb.connect(str(tmp_path / "publish" / "atazan.duckdb"), read_only=True)
    events = con.execute("SELECT event_type, CAST(event_date AS VARCHAR), location FROM events").fetchall()
    assert len(events) == 1
    assert events[0][:2] == ("round_table", "2026-02-27")
    assert "Академи" in events[0][2]
    speakers = con.execute("SELECT speaker_name, speaker_role, resolution, statement_text FROM statements "
                           "WHERE NOT is_collective ORDER BY char_start").fetchall()
    assert {s[0] for s in speakers} == {"Берик Асылов"}
    assert all(s[1] == "генеральный прокурор" for s in speakers)
    assert [s[2] for s in speakers] == ["named", "pronoun", "role"]
    assert "Закон и порядок" in speakers[0][3]
    assert "нулевой терпимости" in speakers[1][3]
    assert "разъяснительной работы" in speakers[2][3]
    assert con.execute("SELECT count(*) FROM statements WHERE is_collective").fetchall()[0][0] == 1
    targets = con.execute("SELECT DISTINCT m.target FROM statement_mentions m JOIN statements s USING (statement_id) "
                          "WHERE s.speaker_name = 'Берик Асылов'").fetchall()
    assert ("preamble",) in targets
    assert con.execute("SELECT name FROM people").fetchall() == [("Берик Асылов",)]
