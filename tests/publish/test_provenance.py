"""The archive's digest: over the records as inventoried, kept between runs while the records are the same."""
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


def test_a_kept_digest_is_taken_again_only_while_the_records_are_the_same(tmp_path, monkeypatch):
    records, state = tmp_path / "records.parquet", tmp_path / "state"
    _records(records, [("a.warc.gz", 0, "p1")])
    digest = archive_digest(records, state)
    assert digest == archive_digest(records)

    def read(path):
        raise AssertionError("records read again")

    with monkeypatch.context() as patched:
        patched.setattr(provenance, "_records_digest", read)
        assert archive_digest(records, state) == digest
    _records(records, [("a.warc.gz", 0, "p1"), ("b.warc.gz", 5, "p2")])
    assert archive_digest(records, state) == archive_digest(records) != digest


def test_the_digest_is_the_sha256_of_the_sorted_lines_file_offset_payload(tmp_path):
    """As archive_digest documents it, whatever the files' names (by code point) and the row groups."""
    import hashlib
    import random

    rng = random.Random(3)
    names = ["a.warc.gz", "Z.warc.gz", "crawl/ä-2026.warc.gz", "ё.warc.gz", "a.warc"]
    rows = [(rng.choice(names), rng.randrange(10 ** 9), f"{rng.random():.12f}") for _ in range(500)]
    path = tmp_path / "records.parquet"
    _records(path, rows)
    pq.write_table(pq.read_table(path), path, row_group_size=37)
    expected = hashlib.sha256("".join(f"{f}\t{o}\t{p}\n" for f, o, p in sorted(rows)).encode()).hexdigest()
    assert archive_digest(path) == expected
    _records(path, [])
    assert archive_digest(path) == hashlib.sha256(b"").hexdigest()
