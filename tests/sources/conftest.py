"""Fixtures for the site parsers' tests: the bundled sample pages (written by us in each site's structure) and
the manifest that lists them with the URL and fetch time each was "fetched" at."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.sources.base import Page

SAMPLES = Path(__file__).resolve().parents[2] / "pipeline" / "samples"


@pytest.fixture(scope="session")
def manifest() -> list[dict]:
    return json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_page(manifest):
    """The Page of a manifest entry, by its path ("pages/akorda/...")."""
    by_path = {entry["path"]: entry for entry in manifest}

    def load(path: str, body: bytes | None = None, content_type: str | None = None) -> Page:
        entry = by_path[path]
        return Page(
            url=entry["url"],
            body=(SAMPLES / path).read_bytes() if body is None else body,
            content_type=entry["content_type"] if content_type is None else content_type,
            fetched_at=datetime.fromisoformat(entry["fetched_at"].replace("Z", "+00:00")),
        )

    return load


@pytest.fixture(scope="session")
def sample_bytes():
    return lambda path: (SAMPLES / path).read_bytes()
