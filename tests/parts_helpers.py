"""A table written as a folder of Parquet parts (pipeline/storage/parts.py) from the same rows as a plain file, so a
test can check that a reader gives the same answers for both."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.storage.parts import EMPTY_PART, part_name


def split_into_parts(file: Path, folder: Path, sizes: list[int]) -> Path:
    """The rows of the Parquet `file`, in order, as parts of these sizes in `folder` (named so that name order is the
    rows' order); no sizes: the empty table's one part, EMPTY_PART."""
    data = pq.read_table(file)
    assert sum(sizes) == data.num_rows
    folder.mkdir(parents=True)
    if not sizes:
        pq.write_table(data.slice(0, 0), folder / EMPTY_PART)
    start = 0
    for number, size in enumerate(sizes):
        pq.write_table(data.slice(start, size), folder / part_name(f"crawl/{number:03d}.warc.gz"), row_group_size=2)
        start += size
    return folder
