import gc

import pytest

from pipeline.commands.build import lasting_objects


def test_lasting_objects_are_frozen_and_collection_goes_on_after():
    frozen = gc.get_freeze_count()
    with lasting_objects():
        assert not gc.isenabled()
        made_here = [[] for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(made_here)


def test_collection_goes_on_after_a_failure_in_it():
    with pytest.raises(ImportError):
        with lasting_objects():
            import pipeline.no_such_module  # noqa: F401
    assert gc.isenabled()


def test_the_analysis_server_starts_before_the_run_only_for_unrecorded_warc_files(tmp_path, monkeypatch):
    import json
    from multiprocessing import forkserver

    from pipeline.commands.build import start_analysis_for_new_files
    from pipeline.nlp import parallel

    monkeypatch.setenv("ATAZAN_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ATAZAN_STORAGE_URI", raising=False)
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    parallel.stop_server()
    warc = tmp_path / "raw" / "warc"
    warc.mkdir(parents=True)
    assert not start_analysis_for_new_files()  # no archive
    (warc / "a.warc.gz").write_bytes(b"")
    (tmp_path / "raw" / "warc_files.json").write_text(json.dumps({"a.warc.gz": "fingerprint"}), encoding="utf-8")
    assert not start_analysis_for_new_files()  # every file recorded by the last inventory
    assert forkserver._forkserver._forkserver_pid is None
    (warc / "b.warc.gz").write_bytes(b"")
    monkeypatch.setenv("ATAZAN_STORAGE_URI", "s3://bucket/atazan")
    assert not start_analysis_for_new_files()  # a remote archive is not looked at here
    monkeypatch.delenv("ATAZAN_STORAGE_URI")
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "1")
    assert not start_analysis_for_new_files()  # one worker: the analysis runs in the build process
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    try:
        assert start_analysis_for_new_files() and forkserver._forkserver._forkserver_pid is not None
    finally:
        reaper = parallel.stop_server()
        if reaper is not None:
            reaper.join(timeout=30)
