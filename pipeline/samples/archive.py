"""The bundled sample archive: the HTML pages kept in pipeline/samples/pages, packed into one WARC.

The pages are readable in git; the WARC is built from them at run time, byte for byte the same each time
(record ids and dates come from the manifest), so a second build gives identical tables.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from pipeline.warc.reader import SAMPLE_MARKER, parse_warc_date
from pipeline.warc.writer import ResponseToArchive, stable_record_id, write_warc

SAMPLE_WARC_NAME = "atazan-sample.warc.gz"


@dataclass(frozen=True)
class SampleEntry:
    path: str
    url: str
    fetched_at: datetime
    content_type: str
    status: int


def samples_root() -> Path:
    return Path(str(resources.files("pipeline.samples")))


def load_manifest(root: Path | None = None) -> list[SampleEntry]:
    root = root or samples_root()
    entries = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    out = []
    for entry in entries:
        fetched = parse_warc_date(entry["fetched_at"])
        if fetched is None:
            raise ValueError(f"sample manifest: bad fetched_at for {entry['path']!r}: {entry['fetched_at']!r}")
        out.append(SampleEntry(entry["path"], entry["url"], fetched, entry.get("content_type", "text/html; charset=utf-8"),
                               int(entry.get("status", 200))))
    return out


def build_sample_archive(target_dir: Path, root: Path | None = None) -> tuple[Path, int]:
    """Write the sample WARC into `target_dir`; returns its path and the number of pages."""
    root = root or samples_root()
    entries = load_manifest(root)
    responses = [
        ResponseToArchive(
            url=e.url,
            body=(root / e.path).read_bytes(),
            fetched_at=e.fetched_at,
            status=e.status,
            headers=(("Content-Type", e.content_type),),
            record_id=stable_record_id(e.url, e.fetched_at.isoformat()),
        )
        for e in entries
    ]
    info = {
        "software": "atazan sample archive builder",
        "description": "Pages written by the atazan team in the structure of real sites; not real reporting.",
        SAMPLE_MARKER: "true",
    }
    latest = max((e.fetched_at for e in entries), default=None)
    path = write_warc(Path(target_dir) / SAMPLE_WARC_NAME, responses, warcinfo=info, info_date=latest)
    return path, len(responses)
