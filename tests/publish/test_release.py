"""Releases: immutable dated copies, refused when the published data breaks a blocking check."""
import shutil
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.publish.release import ReleaseRefused, make_release


@pytest.fixture
def publish_copy(sample_build, tmp_path):
    data_dir, _ = sample_build
    target = tmp_path / "publish"
    shutil.copytree(data_dir / "publish", target)
    return target


def test_a_release_is_a_read_only_dated_copy_and_latest_points_at_it(publish_copy, tmp_path):
    releases = tmp_path / "releases"
    target = make_release(publish_copy, releases, date(2026, 11, 25))
    assert target.name == "v2026.11.25"
    assert (target / "atazan.duckdb").exists() and (target / "parquet" / "documents.parquet").exists()
    assert not (target / "datapackage.json").stat().st_mode & 0o222
    assert (releases / "latest").resolve() == target.resolve()
    with pytest.raises(ReleaseRefused, match="immutable"):
        make_release(publish_copy, releases, date(2026, 11, 25))
    second = make_release(publish_copy, releases, date(2026, 11, 26))
    assert (releases / "latest").resolve() == second.resolve()


def test_a_release_is_refused_when_a_published_table_breaks_its_checks(publish_copy, tmp_path):
    path = publish_copy / "parquet" / "documents.parquet"
    table = pq.read_table(path)
    duplicated = pa.concat_tables([table, table.slice(0, 1)])  # a repeated document_id
    pq.write_table(duplicated, path)
    with pytest.raises(ReleaseRefused, match="documents: primary_key"):
        make_release(publish_copy, tmp_path / "releases", date(2026, 11, 25))
    assert not (tmp_path / "releases" / "v2026.11.25").exists()
