"""The archive's digest: over the records as inventoried, each records part's kept between runs while it is the
same."""
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish import provenance
from pipeline.publish.provenance import archive_digest


def _records(path, rows):
    pq.write_table(pa.table({"warc_file": [r[0] for r in rows], "warc_offset": pa.array([r[1] for r in rows], pa.int64()),
                             "payload_sha256": [r[2] for r in rows], "url": ["https://x.kz/"] * len(rows)}), path)


def test_the_digest_does_not_depend_on_the_records_order_and_changes_with_them(tmp_path):
    first, second = tmp_path / "a.parquet", tmp_path / "b.parquet"
    _records(first, [("b.warc.gz", 10, "p2"), ("a.warc.gz", 0, "p1")])
    _records(second, [("a.warc.gz", 0, "p1"), ("b.warc.gz", 10, "p2")])
    assert archive_digest(first) == archive_digest(second)
    _records(second, [("a.warc.gz", 0, "p1"), ("b.warc.gz", 10, "p3")])
    assert archive_digest(first) != archive_digest(second)


def _aged(path):
    """A part written an hour ago: a stamp taken just after a write is not trusted (fingerprint.stamp_trusted)."""
    import os
    import time

    then = time.time_ns() - 3600 * 1_000_000_000
    os.utime(path, ns=(then, then))


def test_a_kept_part_digest_is_taken_again_only_while_the_part_is_the_same(tmp_path, monkeypatch):
    records, state = tmp_path / "records.parquet", tmp_path / "state"
    records.mkdir()
    _records(records / "a.warc.gz.parquet", [("a.warc.gz", 0, "p1")])
    _aged(records / "a.warc.gz.parquet")
    digest = archive_digest(records, state)
    assert digest == archive_digest(records)
    read = []
    digests = provenance._file_digests
    monkeypatch.setattr(provenance, "_file_digests", lambda table: read.append(table.num_rows) or digests(table))
    assert archive_digest(records, state) == digest and read == []  # nothing read again
    _records(records / "b.warc.gz.parquet", [("b.warc.gz", 5, "p2"), ("b.warc.gz", 9, "p3")])
    assert archive_digest(records, state) == archive_digest(records) != digest
    assert read[0] == 2  # a new WARC file's part: only it was read
    _records(records / "a.warc.gz.parquet", [("a.warc.gz", 0, "p9")])  # a part written again: read again
    assert archive_digest(records, state) == archive_digest(records)


def test_the_same_records_kept_as_one_file_or_as_parts_have_the_same_digest(tmp_path):
    rows = [("a.warc.gz", 0, "p1"), ("b.warc.gz", 5, "p2"), ("a.warc.gz", 7, "p3")]
    one, parts = tmp_path / "one.parquet", tmp_path / "parts.parquet"
    _records(one, rows)
    parts.mkdir()
    for name in ("a.warc.gz", "b.warc.gz"):
        _records(parts / f"{name}.parquet", [r for r in rows if r[0] == name])
    assert archive_digest(one) == archive_digest(parts)


def test_the_digest_is_that_of_each_files_digest_of_its_sorted_lines_offset_payload(tmp_path):
    """As archive_digest documents it, whatever the files' names (by code point) and the row groups."""
    import hashlib
    import random

    rng = random.Random(3)
    names = ["a.warc.gz", "Z.warc.gz", "crawl/ä-2026.warc.gz", "ё.warc.gz", "a.warc"]
    rows = [(rng.choice(names), rng.randrange(10 ** 9), f"{rng.random():.12f}") for _ in range(500)]
    path = tmp_path / "records.parquet"
    _records(path, rows)
    pq.write_table(pq.read_table(path), path, row_group_size=37)
    of_file = {name: hashlib.sha256("".join(f"{o}\t{p}\n" for f, o, p in sorted(rows) if f == name).encode())
               .hexdigest() for name in {f for f, _, _ in rows}}
    expected = hashlib.sha256("".join(f"{f}\t{d}\n" for f, d in sorted(of_file.items())).encode()).hexdigest()
    assert archive_digest(path) == expected
    _records(path, [])
    assert archive_digest(path) == hashlib.sha256(b"").hexdigest()
