"""The official texts of the Constitution in the WARC archive, found through the raw inventory."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from pipeline.legal.dataset import ArchivedText
from pipeline.legal.identify import identify
from pipeline.storage.parquet import iter_rows
from pipeline.warc.reader import read_response


def archived_texts(records_path: Path, warc_dir: Path) -> Iterator[ArchivedText | dict]:
    """Each official text as an ArchivedText; a record that cannot be read back yields an error row (a dict)."""
    for record in iter_rows(records_path):
        status = record.get("http_status")
        if status is not None and not 200 <= status < 300:
            continue
        found = identify(record["url"], record["fetched_at"], record.get("content_type") or "")
        if found is None:
            continue
        try:
            body, _, _ = read_response(warc_dir / record["warc_file"], record["warc_offset"])
        except Exception as exc:  # recorded, and the other texts go on
            yield {"url": record["url"], "version_id": found.version_id, "language": found.language,
                   "format": found.fmt, "error": f"cannot read the record back: {exc}",
                   "warc_file": record["warc_file"], "warc_offset": record["warc_offset"],
                   "is_sample": record["is_sample"]}
            continue
        yield ArchivedText(found.version_id, found.language, found.fmt, body, record["url"], record["warc_file"],
                           record["warc_offset"], record["fetched_at"], record["is_sample"])
