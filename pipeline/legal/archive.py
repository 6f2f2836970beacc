"""The official texts of the Constitution in the WARC archive, found through the raw inventory."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.legal.dataset import ArchivedText
from pipeline.legal.identify import identify
from pipeline.storage.parts import part_files
from pipeline.warc.reader import read_response

# Every URL identify() takes has one of these hosts: the records of other sites (all but a few of an archive of
# news) are left in Arrow, not made into dicts and parsed one by one (4 s at 100,000 pages).
_OFFICIAL_HOSTS = r"(?i)zan\.(gov\.)?kz"
_COLUMNS = ["url", "fetched_at", "content_type", "http_status", "warc_file", "warc_offset", "is_sample"]


def official_records(records_path: Path) -> Iterator[dict]:
    """The inventory's records whose URL may be an official text's (a superset: identify() decides)."""
    for file in part_files(records_path) or [records_path]:
        parquet = pq.ParquetFile(file)
        for group in range(parquet.num_row_groups):
            batch = parquet.read_row_group(group, columns=_COLUMNS)
            yield from batch.filter(pc.match_substring_regex(batch["url"], _OFFICIAL_HOSTS)).to_pylist()


def archived_texts(records_path: Path, warc_dir: Path) -> Iterator[ArchivedText | dict]:
    """Each official text as an ArchivedText; a record that cannot be read back yields an error row (a dict)."""
    for record in official_records(records_path):
        status = record.get("http_status")
        if status is not None and not 200 <= status < 300:
            continue
        found = identify(record["url"], record["fetched_at"], record.get("content_type") or "")
        if found is None:
            continue
        try:
            body, _, _ = read_response(warc_dir / record["warc_file"], record["warc_offset"])
        except Exception as exc:  # recorded, and the other texts go on
            yield {"source_url": record["url"], "version_id": found.version_id, "language": found.language,
                   "format": found.fmt, "error": f"cannot read the record back: {exc}",
                   "warc_file": record["warc_file"], "warc_offset": record["warc_offset"],
                   "is_sample": record["is_sample"]}
            continue
        yield ArchivedText(found.version_id, found.language, found.fmt, body, record["url"], record["warc_file"],
                           record["warc_offset"], record["fetched_at"], record["is_sample"])
