"""The whole build against an S3 storage root (a local S3 server on loopback): every step pulls what it reads
and pushes what it writes, so a build with an empty local directory finds everything it needs in the root."""
import shutil

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
    # what the event and people step keeps for its next run goes to the root too, or that run merges whole
    assert root.list("core/events_and_people.seeds.arrow") and root.list("core/events_and_people.summaries")
    assert root.list("core/core_documents.record_sums.json")  # and the parse step's sums of the records' parts
    assert root.list("core/core_constitution.official_records.json")  # and each part's official records
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
    models = [m for m in result.asset_materializations_for_node("out_models")
              if m.asset_key.to_user_string() in ("out_constitution_versions", "out_articles")]
    assert models and all(m.metadata["recomputed"].value is False for m in models)
    checks = {(e.asset_key.to_user_string(), e.check_name): e.metadata["reused"].value
              for e in result.get_asset_check_evaluations() if "reused" in e.metadata}
    assert checks[("out_articles", "conforms_to_metadata")] and checks[("core_articles", "conforms_to_metadata")]


# A table kept as a folder of parts (pipeline/storage/parts.py) goes to and from the root as one output: the root's
# copy becomes what the step left, whichever kind the table was before.

TABLE = "core/core_documents.parquet"


@pytest.fixture(params=["local", "s3"])
def root(request, tmp_path):
    if request.param == "local":
        return StorageRoot((tmp_path / "root").as_uri())
    uri = request.getfixturevalue("s3_uri")
    return StorageRoot(uri.replace("atazan/data", f"atazan/{tmp_path.name}", 1))


def _write(local_root, rel, **parts):
    """A folder of parts at `rel` (name -> content), or with content= a plain file, replacing what was there."""
    path = local_root / rel
    shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    if "content" in parts:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(parts["content"])
    for name, content in parts.items() if "content" not in parts else ():
        path.mkdir(parents=True, exist_ok=True)
        (path / f"{name}.parquet").write_text(content)


def _remote(root, rel=TABLE) -> list[str]:
    return [f.path for f in root.list(rel)]


def _pulled(root, where, rel=TABLE) -> dict[str, str]:
    root.pull(rel, where)
    path = where / rel
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path] if path.exists() else []
    return {p.relative_to(where).as_posix(): p.read_text() for p in files}


def test_a_pushed_folder_mirrors_the_local_parts(root, tmp_path):
    step = tmp_path / "step"
    _write(step, TABLE, w1="one", w2="two", _empty="")
    (step / TABLE / "w3.parquet.tmp").write_text("half written")
    assert root.push(step, TABLE) == 3
    _write(step, TABLE, w2="TWO", w3="three")  # a part removed, one changed, one added
    assert root.push(step, TABLE) == 2
    assert _remote(root) == [f"{TABLE}/w2.parquet", f"{TABLE}/w3.parquet"]
    assert _pulled(root, tmp_path / "next") == {f"{TABLE}/w2.parquet": "TWO", f"{TABLE}/w3.parquet": "three"}


def test_a_plain_file_and_a_folder_replace_each_other_at_the_root(root, tmp_path):
    step = tmp_path / "step"
    _write(step, TABLE, content="old rows")
    root.push(step, TABLE)
    _write(step, TABLE, w1="one", w2="two")
    root.push(step, TABLE)
    assert _remote(root) == [f"{TABLE}/w1.parquet", f"{TABLE}/w2.parquet"]
    assert _pulled(root, tmp_path / "a") == {f"{TABLE}/w1.parquet": "one", f"{TABLE}/w2.parquet": "two"}
    _write(step, TABLE, content="new rows")
    root.push(step, TABLE)
    assert _remote(root) == [TABLE]
    assert _pulled(root, tmp_path / "b") == {TABLE: "new rows"}


def test_an_output_the_step_left_none_of_is_removed_at_the_root(root, tmp_path):
    step = tmp_path / "step"
    _write(step, TABLE, w1="one")
    _write(step, "core/core_sources.parquet", content="sources")
    root.push(step, TABLE), root.push(step, "core/core_sources.parquet")
    shutil.rmtree(step)
    assert root.push(step, TABLE) == 0 and root.push(step, "core/core_sources.parquet") == 0
    assert _remote(root) == [] and _remote(root, "core/") == []


def test_a_folder_steps_add_to_keeps_the_files_this_step_did_not_write(root, tmp_path):
    _write(tmp_path / "one", "raw/warc/a.warc.gz", content="a")
    _write(tmp_path / "two", "raw/warc/b.warc.gz", content="b")
    root.push(tmp_path / "one", "raw/warc/")
    root.push(tmp_path / "two", "raw/warc/")
    assert _remote(root, "raw/warc/") == ["raw/warc/a.warc.gz", "raw/warc/b.warc.gz"]


def test_a_pulled_table_replaces_the_local_copy_whole(root, tmp_path):
    step, local = tmp_path / "step", tmp_path / "local"
    _write(step, TABLE, w2="two")
    root.push(step, TABLE)
    _write(local, TABLE, w1="stale part", w2="old")
    assert _pulled(root, local) == {f"{TABLE}/w2.parquet": "two"}
    _write(local, TABLE, content="an old plain file")
    assert _pulled(root, local) == {f"{TABLE}/w2.parquet": "two"}
    _write(step, TABLE, content="rows")
    root.push(step, TABLE)
    assert _pulled(root, local) == {TABLE: "rows"}
