"""`atazan release`: publish a dated, immutable copy of the last build."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from pipeline.publish.release import ReleaseRefused, make_release
from pipeline.resources import DEFAULT_DATA_DIR


def run_release(releases_dir: str | None = None) -> int:
    data_dir = Path(os.environ.get("ATAZAN_DATA_DIR") or DEFAULT_DATA_DIR).resolve()
    target_dir = Path(releases_dir).resolve() if releases_dir else data_dir / "releases"
    try:
        target = make_release(data_dir / "publish", target_dir)
    except ReleaseRefused as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"released {target} (releases/latest points at it)")
    return 0
