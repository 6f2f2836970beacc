"""The whole build against an S3 storage root (a local S3 server on loopback): every step pulls what it reads
and pushes what it writes, so a build with an empty local directory finds everything it needs in the root."""
import boto3
import duckdb
import pytest
from moto.server import ThreadedMotoServer

import dagster as dg
from pipeline.definitions import BUILD_ASSETS, all_checks
from pipeline.resources import AtazanSettings
from pipeline.storage.root import StorageRoot


@pytest.fixture(scope="module")
def s3_uri(tmp_path_factory):
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    with pytest.MonkeyPatch.context() as env:
        for name, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
                            "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}.items():
            env.setenv(name, value)
        boto3.client("s3", endpoint_url=f"http://{host}:{port}").create_bucket(Bucket="atazan")
        yield f"s3://atazan/data?endpoint_override={host}:{port}&scheme=http&region=us-east-1"
    server.stop()


def _build(uri, scratch):
    settings = AtazanSettings(data_dir=str(scratch), storage_uri=uri)
    return dg.materialize([*BUILD_ASSETS, *all_checks()], resources={"settings": settings}, raise_on_error=False)


@pytest.fixture(scope="module")
def first_build(s3_uri, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("machine-a")
    return scratch, _build(s3_uri, scratch)


def test_a_build_with_an_s3_root_publishes_there_and_leaves_no_local_state(s3_uri, first_build, tmp_path):
    scratch, result = first_build
    assert result.success
    root = StorageRoot(s3_uri)
    published = {f.path for f in root.list("publish/")}
    assert {"publish/atazan.duckdb", "publish/datapackage.json", "publish/parquet/documents.parquet"} <= published
    assert any(f.path.endswith("atazan-sample.warc.gz") for f in root.list("raw/warc/"))
    assert list(scratch.iterdir()) == []  # every step's scratch directory is gone

    root.pull("publish/atazan.duckdb", tmp_path / "download")
    con = duckdb.connect(str(tmp_path / "download" / "publish" / "atazan.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchall()[0][0] >= 12


def test_a_second_build_on_another_machine_reuses_the_roots_state(s3_uri, first_build, tmp_path):
    assert first_build[1].success
    result = _build(s3_uri, tmp_path / "machine-b")  # a fresh local directory: only the root is shared
    assert result.success
    captures = result.asset_materializations_for_node("core_documents_and_errors")
    metadata = next(m.metadata for m in captures if m.asset_key.to_user_string() == "core_document_captures")
    assert metadata["parsed_now"].value == 0 and metadata["reused"].value > 0
    # the fingerprints travel with the root: models and checks over tables whose bytes did not change are not redone
    models = [m for node in ("out_constitution_versions", "out_articles")
              for m in result.asset_materializations_for_node(node)]
    assert models and all(m.metadata["recomputed"].value is False for m in models)
    checks = {(e.asset_key.to_user_string(), e.check_name): e.metadata["reused"].value
              for e in result.get_asset_check_evaluations() if "reused" in e.metadata}
    assert checks[("out_articles", "conforms_to_metadata")] and checks[("core_articles", "conforms_to_metadata")]
