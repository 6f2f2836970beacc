"""The instance's SQLite files in WAL mode sync at checkpoints; other SQLite files keep SQLite's default."""
import sqlite3

import pytest
import sqlalchemy
from sqlalchemy.pool import NullPool

from pipeline.storage import instance
from pipeline.storage.instance import relax_sqlite_sync

FULL, NORMAL = 2, 1


def _synchronous(path) -> int:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.connect() as conn:
        value = conn.execute(sqlalchemy.text("PRAGMA synchronous")).scalar()
    engine.dispose()
    return value


def test_wal_databases_sync_normally_and_others_keep_the_default(tmp_path):
    relax_sqlite_sync()
    relax_sqlite_sync()  # idempotent
    wal, rollback = tmp_path / "runs.db", tmp_path / "other.db"
    with sqlite3.connect(wal) as con:
        con.execute("PRAGMA journal_mode=WAL")
    sqlite3.connect(rollback).close()
    assert _synchronous(wal) == NORMAL
    assert _synchronous(rollback) == FULL


def _write_through_an_engine(path, value) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}", poolclass=NullPool)  # as Dagster's storages connect
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text("INSERT INTO t VALUES (:v)"), {"v": value})
        conn.commit()
    engine.dispose()


def _read(path, query):
    con = sqlite3.connect(path)
    try:
        return con.execute(query).fetchone()[0]
    finally:
        con.close()


def test_closing_the_engines_connection_leaves_the_wal_to_the_anchor_and_loses_nothing(tmp_path):
    relax_sqlite_sync()
    path = tmp_path / "index.db"
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE t (v INTEGER)")
    con.close()
    for value in range(5):
        _write_through_an_engine(path, value)
    # no checkpoint at each close: the events are in the WAL, which readers see
    assert (tmp_path / "index.db-wal").stat().st_size > 0
    assert _read(path, "SELECT count(*) FROM t") == 5
    instance.close_anchors()  # as at the process's exit: the last connection checkpoints
    assert not (tmp_path / "index.db-wal").exists()
    assert _read(path, "SELECT sum(v) FROM t") == 10


def test_at_most_max_anchors_stay_open(tmp_path, monkeypatch):
    relax_sqlite_sync()
    instance.close_anchors()
    monkeypatch.setattr(instance, "MAX_ANCHORS", 2)
    for name in ("a", "b", "c"):
        with sqlite3.connect(tmp_path / f"{name}.db") as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("CREATE TABLE t (v INTEGER)")
        con.close()
        _write_through_an_engine(tmp_path / f"{name}.db", 1)
    assert [p.rsplit("/", 1)[1] for p in instance._anchors] == ["b.db", "c.db"]
    instance.close_anchors()


def test_the_event_log_keeps_one_engine_and_one_connection_a_file_and_loses_no_event(tmp_path, monkeypatch):
    import dagster as dg
    from dagster._core.storage.dagster_run import DagsterRun

    made, connects = [], []
    real_create_engine = instance.create_engine

    def counted(*args, **kwargs):
        engine = real_create_engine(*args, **kwargs)
        made.append(args[0])
        sqlalchemy.event.listen(engine, "connect", lambda *_: connects.append(args[0]))
        return engine

    monkeypatch.setattr(instance, "create_engine", counted)
    monkeypatch.setattr(instance, "_engines", type(instance._engines)())
    relax_sqlite_sync()
    instance.reuse_event_log_engines()
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    with dg.DagsterInstance.from_config(str(tmp_path)) as dagster_instance:
        run = dagster_instance.add_run(DagsterRun(job_name="build", run_id="run-1"))
        for number in range(20):
            dagster_instance.report_engine_event(f"event {number}", run)
        messages = [entry.message for entry in dagster_instance.all_logs("run-1")]
        run_engine = next(engine for conn, engine in instance._engines.items() if conn.endswith("/run-1.db"))
        with run_engine.connect() as conn:  # the kept connection, opened once the file was in WAL mode
            assert conn.execute(sqlalchemy.text("PRAGMA synchronous")).scalar() == NORMAL
    assert messages == [f"event {number}" for number in range(20)]
    assert len(made) == len(set(made)) and any("run-1" in conn for conn in made)  # one engine per file
    run_file = next(conn for conn in connects if conn.endswith("/run-1.db"))
    # the first use makes the file's tables (a second connection, nested, inspects them), then one in WAL mode;
    # the 20 events open none
    assert connects.count(run_file) <= 3
    instance.dispose_engines()


def test_at_most_max_engines_are_kept(monkeypatch, tmp_path):
    monkeypatch.setattr(instance, "_engines", type(instance._engines)())
    monkeypatch.setattr(instance, "MAX_ENGINES", 2)
    engines = [instance._engine(f"sqlite:///{tmp_path}/{name}.db", 30) for name in ("a", "b", "a", "c")]
    assert engines[0] is engines[2]
    assert [conn.rsplit("/", 1)[1] for conn in instance._engines] == ["a.db", "c.db"]


def test_a_kept_connection_does_not_write_to_a_replaced_file(tmp_path, monkeypatch):
    monkeypatch.setattr(instance, "_engines", type(instance._engines)())
    path = tmp_path / "run.db"

    def fresh_file():
        for name in ("run.db", "run.db-wal", "run.db-shm"):
            (tmp_path / name).unlink(missing_ok=True)
        with sqlite3.connect(path) as con:
            con.execute("CREATE TABLE t (v INTEGER)")
        con.close()

    def write(value):
        with instance._engine(f"sqlite:///{path}", 30).connect() as conn:
            conn.execute(sqlalchemy.text("INSERT INTO t VALUES (:v)"), {"v": value})
            conn.commit()

    fresh_file()
    write(1)
    fresh_file()  # as a wiped instance's files are made again
    write(2)
    assert _read(path, "SELECT group_concat(v) FROM t") == "2"
    path.unlink()
    with pytest.raises(sqlalchemy.exc.OperationalError, match="no such table"):
        write(3)  # a new empty file: an error, not a write to the deleted one


def test_a_yes_about_the_index_file_is_kept_until_the_file_is_replaced(tmp_path):
    asked = []

    class Storage:
        def path_for_shard(self, shard):
            return str(tmp_path / f"{shard}.db")

    def has_table(storage, name):
        asked.append(name)
        return name == "present"

    kept = instance._kept_yes(has_table)
    (tmp_path / "index.db").write_bytes(b"")
    assert [kept(Storage(), "present"), kept(Storage(), "present"), kept(Storage(), "absent"),
            kept(Storage(), "absent")] == [True, True, False, False]
    assert asked == ["present", "absent", "absent"]  # a yes is asked once, a no each time
    (tmp_path / "index.db").unlink()
    (tmp_path / "other").write_bytes(b"")  # the old file's inode may not be reused at once
    (tmp_path / "index.db").write_bytes(b"")  # a wiped instance's new file is asked again
    assert kept(Storage(), "present") and asked[-1] == "present" and len(asked) == 4


def test_the_event_log_answers_its_schema_questions_once_and_stores_asset_events(tmp_path, monkeypatch):
    import dagster as dg
    from dagster._core.storage.event_log.sqlite import sqlite_event_log

    instance.reuse_event_log_engines()
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    with dg.DagsterInstance.from_config(str(tmp_path)) as dagster_instance:
        storage = dagster_instance.event_log_storage
        engines = []  # has_table makes an engine each time it asks
        real = sqlite_event_log.create_engine
        monkeypatch.setattr(sqlite_event_log, "create_engine", lambda *a, **k: engines.append(a) or real(*a, **k))
        assert all(storage.supports_asset_checks for _ in range(5)) and len(engines) <= 1
        for number in range(3):
            dagster_instance.report_runless_asset_event(dg.AssetMaterialization("table", metadata={"n": number}))
        events = dagster_instance.fetch_materializations(dg.AssetKey("table"), limit=10).records
    assert sorted(e.asset_materialization.metadata["n"].value for e in events) == [0, 1, 2]
    instance.dispose_engines()
