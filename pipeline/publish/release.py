"""Releases: a dated, immutable copy of the published files, made only when every published table passes its
checks; `releases/latest` points at the newest."""
from __future__ import annotations

import os
import shutil
import stat
from datetime import date
from pathlib import Path

from pipeline.metadata.tables import published_tables
from pipeline.metadata.validation import row_violations, schema_violations


class ReleaseRefused(Exception):
    """The published files are missing or break a blocking check."""


def release_violations(publish_dir: Path) -> list[str]:
    """What blocks a release: a missing file, or a published table that breaks its metadata's constraints."""
    problems = []
    tables = published_tables()
    files = {t.published_as: publish_dir / "parquet" / f"{t.published_as}.parquet" for t in tables}
    for required in ("atazan.duckdb", "datapackage.json"):
        if not (publish_dir / required).exists():
            problems.append(f"{required} is missing: run the build first")
    referenced = {t.published_as: (t, files[t.published_as]) for t in tables}
    for table in tables:
        path = files[table.published_as]
        if not path.exists():
            problems.append(f"{path.name} is missing")
            continue
        for violation in schema_violations(table, path) + row_violations(table, path, referenced):
            problems.append(f"{table.published_as}: {violation.check}: {violation.detail}")
    return problems


def make_release(publish_dir: Path, releases_dir: Path, day: date | None = None) -> Path:
    problems = release_violations(publish_dir)
    if problems:
        raise ReleaseRefused("release refused:\n  " + "\n  ".join(problems))
    name = f"v{(day or date.today()):%Y.%m.%d}"
    target = releases_dir / name
    if target.exists():
        raise ReleaseRefused(f"release {name} exists already and releases are immutable")
    releases_dir.mkdir(parents=True, exist_ok=True)
    staging = releases_dir / f".{name}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(publish_dir, staging, ignore=shutil.ignore_patterns("*.tmp"))
    _read_only(staging)
    os.rename(staging, target)
    _point_latest(releases_dir, name)
    return target


def _read_only(root: Path) -> None:
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file():
            path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def _point_latest(releases_dir: Path, name: str) -> None:
    """Replace releases/latest atomically: a reader sees the old release or the new one, never neither."""
    link = releases_dir / "latest"
    tmp = releases_dir / ".latest.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(name)
    os.replace(tmp, link)
