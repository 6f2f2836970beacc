"""Which code a benchmark measures. By default the working tree (what a developer has now); with --code REV,
a committed revision exported with `git archive` into a temporary directory and put first on PYTHONPATH, so
that figures can be tied to a commit while others keep editing the tree (the editable install's finder comes
after PYTHONPATH entries)."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path


def describe(repository: Path) -> str:
    """'<commit>' or '<commit> + uncommitted changes' for the tree at `repository`."""
    commit = _git(repository, "rev-parse", "--short", "HEAD")
    if commit is None:
        return "not a git checkout"
    dirty = _git(repository, "status", "--porcelain", "--untracked-files=no", "--", "pipeline", "sql")
    return f"{commit}" + (" + uncommitted changes in pipeline/ or sql/" if dirty else "")


def run_at_revision(repository: Path, revision: str, script_argv: list[str]) -> int:
    """Run this benchmark's own copy at `revision` (arguments `script_argv`) and return its exit status."""
    commit = _git(repository, "rev-parse", "--short", revision)
    if commit is None:
        raise SystemExit(f"unknown revision {revision!r}")
    snapshot = Path(tempfile.mkdtemp(prefix=f"atazan-code-{commit}-"))
    try:
        archive = subprocess.run(["git", "-C", str(repository), "archive", "--format=tar", commit],
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(snapshot, filter="data")
        script = snapshot / "scripts" / "bench_build.py"
        if not script.exists():
            raise SystemExit(f"revision {commit} has no scripts/bench_build.py")
        env = {**os.environ, "PYTHONPATH": str(snapshot), "ATAZAN_BENCH_CODE": f"{commit} (exported)"}
        return subprocess.run([sys.executable, str(script), *script_argv], env=env, cwd=snapshot).returncode
    finally:
        shutil.rmtree(snapshot, ignore_errors=True)


def _git(repository: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(repository), *args], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip()

