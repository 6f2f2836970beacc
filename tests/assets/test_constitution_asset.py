"""The constitution step parses the official texts again only when their records, its code or the day changed: a
run that adds news pages keeps its tables (tests/assets/test_checks_and_skips.py), a new capture of a text or a
text not read back does not."""
from datetime import datetime, timezone

import dagster as dg
import pyarrow.parquet as pq

from pipeline.assets.constitution import MARKER, OUTPUTS, core_constitution
from pipeline.assets.raw import raw_warc_inventory
from pipeline.legal.archive import official_records
from pipeline.resources import AtazanSettings
from pipeline.warc.reader import read_response
from pipeline.warc.writer import ResponseToArchive, write_warc


def _run(data_dir, with_inventory: bool = False) -> dict[str, bool]:
    """Each constitution table's `recomputed`, after the constitution step (and the inventory's before it)."""
    steps = [raw_warc_inventory, core_constitution] if with_inventory else [core_constitution]
    result = dg.materialize(steps, resources={"settings": AtazanSettings(data_dir=str(data_dir))})
    assert result.success
    tables = {t.name for t in OUTPUTS}
    return {e.asset_key.to_user_string(): e.materialization.metadata["recomputed"].value
            for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() in tables}


def _official_record(data_dir) -> dict:
    return next(r for r in official_records(data_dir / "raw" / "raw_warc_records.parquet") if r["http_status"] == 200)


def test_the_tables_are_kept_until_an_official_record_changes(built):
    _run(built)
    assert set(_run(built).values()) == {False}
    articles = pq.read_table(built / "core" / "core_articles.parquet")
    record = _official_record(built)
    body, _, _ = read_response(built / "raw" / "warc" / record["warc_file"], record["warc_offset"])
    later = datetime(2026, 7, 2, 9, tzinfo=timezone.utc)  # after every capture of the sample
    write_warc(built / "raw" / "warc" / "user" / "recapture.warc.gz", [ResponseToArchive(
        record["url"], body, later, headers=(("Content-Type", record["content_type"]),))])
    assert set(_run(built, with_inventory=True).values()) == {True}
    again = pq.read_table(built / "core" / "core_articles.parquet")
    assert again.num_rows == articles.num_rows  # the same text, captured again
    assert "user/recapture.warc.gz" in again.column("warc_file").to_pylist()  # its latest capture


def test_a_text_not_read_back_is_tried_again_next_run(built):
    _run(built)
    record = _official_record(built)
    # the inventory not run again: its record of the text is there, the text cannot be read back
    (built / "raw" / "warc" / record["warc_file"]).write_bytes(b"not a warc file any more")
    (built / MARKER).unlink()  # as after a change of the code
    assert set(_run(built).values()) == {True}
    errors = pq.read_table(built / "core" / "core_official_text_errors.parquet").to_pylist()
    assert any(e["error"].startswith("cannot read the record back") for e in errors)
    assert not (built / MARKER).exists()
    assert set(_run(built).values()) == {True}
