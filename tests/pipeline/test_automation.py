"""The schedule and the sensor: off by default, and the sensor fires only when the archive changes."""
from datetime import datetime, timezone

import dagster as dg

from pipeline.automation import daily_build, new_warc_files
from pipeline.definitions import defs
from pipeline.resources import AtazanSettings
from pipeline.warc.writer import ResponseToArchive, write_warc


def test_schedule_and_sensor_are_off_until_turned_on():
    assert daily_build.default_status == dg.DefaultScheduleStatus.STOPPED
    assert new_warc_files.default_status == dg.DefaultSensorStatus.STOPPED
    assert daily_build.execution_timezone == "Asia/Almaty"


def test_sensor_requests_a_build_only_when_warc_files_change(tmp_path):
    settings = AtazanSettings(data_dir=str(tmp_path))
    context = dg.build_sensor_context(resources={"settings": settings})
    assert isinstance(new_warc_files(context), dg.RunRequest)  # first look: the empty archive is new
    context = dg.build_sensor_context(cursor=context.cursor, resources={"settings": settings})
    assert isinstance(new_warc_files(context), dg.SkipReason)
    write_warc(tmp_path / "raw" / "warc" / "new.warc.gz",
               [ResponseToArchive("https://example.kz/a", b"<p>x</p>", datetime(2026, 3, 1, tzinfo=timezone.utc))])
    context = dg.build_sensor_context(cursor=context.cursor, resources={"settings": settings})
    request = new_warc_files(context)
    assert isinstance(request, dg.RunRequest) and request.run_key == context.cursor


def test_every_asset_has_a_group_owner_kind_and_description():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.group_name in ("raw", "core", "out", "publish", "crawl"), key
        assert node.owners, key
        assert node.description, key
        assert any(tag.startswith("dagster/kind/") for tag in node.tags), key


def test_daily_crawl_asks_for_one_run_per_source():
    from pipeline.assets.crawl import source_partitions
    from pipeline.automation import daily_crawl

    context = dg.build_schedule_context(scheduled_execution_time=datetime(2026, 3, 16, 0, 0, tzinfo=timezone.utc))
    requests = daily_crawl(context)
    assert sorted(r.partition_key for r in requests) == sorted(source_partitions.get_partition_keys())
    assert all(r.run_key.endswith("2026-03-16") for r in requests)
    assert daily_crawl.default_status == dg.DefaultScheduleStatus.STOPPED
