"""scripts/bench/build_run.py: the environment a measured build runs in."""
import os
import subprocess
import sys

from scripts.bench.build_run import build_environment


def test_a_measured_build_keeps_bytecode_as_python_does_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # as this project's build machine's shells set it
    env = build_environment(tmp_path / "data", tmp_path / "home")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["ATAZAN_DATA_DIR"] == str((tmp_path / "data").resolve()) and env["ATAZAN_INCLUDE_SAMPLE"] == "0"
    assert env["DAGSTER_HOME"] == str(tmp_path / "home")
    # asked for, it stays
    assert build_environment(tmp_path, tmp_path, {"PYTHONDONTWRITEBYTECODE": "1"})["PYTHONDONTWRITEBYTECODE"] == "1"


def test_a_measured_build_has_the_packages_make_run_installs_so_no_pandas(tmp_path):
    """The test extras install pandas, which pyarrow imports when it can (0.15-0.3 s a build); `make run`'s
    environment has none: a measured build cannot import it, even when the caller's path is given."""
    env = build_environment(tmp_path, tmp_path, {"PYTHONPATH": "/elsewhere"})
    script = "import pyarrow as pa, sys; pa.array([1]); import pandas"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "ModuleNotFoundError" not in done.stderr
    assert "pandas is not installed in the environment `make run` builds in" in done.stderr
    assert env["PYTHONPATH"].split(os.pathsep)[1:] == ["/elsewhere"]
