"""scripts/bench/build_run.py: the environment a measured build runs in."""
from scripts.bench.build_run import build_environment


def test_a_measured_build_keeps_bytecode_as_python_does_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # as this project's build machine's shells set it
    env = build_environment(tmp_path / "data", tmp_path / "home")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["ATAZAN_DATA_DIR"] == str((tmp_path / "data").resolve()) and env["ATAZAN_INCLUDE_SAMPLE"] == "0"
    assert env["DAGSTER_HOME"] == str(tmp_path / "home")
    # asked for, it stays
    assert build_environment(tmp_path, tmp_path, {"PYTHONDONTWRITEBYTECODE": "1"})["PYTHONDONTWRITEBYTECODE"] == "1"
