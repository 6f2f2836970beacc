"""The captures merge and the latest-capture split stream their texts in batches: their outputs must be the
rows, in the order, that sorting every row in DuckDB gave (the reference below is the code they replaced)."""
import os
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.documents import ordered
from pipeline.documents.collect import merge_captures, split_latest
from pipeline.documents.near_duplicates import near_duplicate_groups
from pipeline.metadata.tables import CORE_DOCUMENT_CAPTURES, CORE_DOCUMENTS, CORE_REJECTED_DOCUMENTS
from pipeline.storage.parts import part_files, part_name


# --- the reference: the DuckDB sorts of whole rows this module replaced ------------------------------------------

def _copy(con, query, target, columns):
    con.execute(f"COPY (SELECT {', '.join(columns)} FROM ({query})) TO '{target}' (FORMAT parquet)")


def reference_merge(captures: Path, fresh: Path, reused_keys, target: Path) -> None:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    parts = [f"SELECT * FROM read_parquet('{fresh}')"]
    if reused_keys and captures.exists():
        con.register("reused_keys", pa.table({"warc_file": [k[0] for k in reused_keys],
                                              "warc_offset": [k[1] for k in reused_keys]}))
        parts.append(f"SELECT c.* FROM read_parquet('{captures}') c SEMI JOIN reused_keys k "
                     f"USING (warc_file, warc_offset)")
    _copy(con, " UNION ALL BY NAME ".join(parts) + " ORDER BY warc_file, warc_offset", target,
          CORE_DOCUMENT_CAPTURES.column_names)
    con.close()


def reference_split(captures: Path, documents: Path, rejected: Path) -> None:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute(f"""
        CREATE TEMP TABLE latest AS SELECT * FROM read_parquet('{captures}')
        QUALIFY row_number() OVER (PARTITION BY document_id
                                   ORDER BY fetched_at DESC NULLS LAST, warc_file DESC, warc_offset DESC) = 1""")
    reader = con.sql("SELECT document_id, text FROM latest WHERE relevant "
                     "ORDER BY published_at NULLS LAST, document_id").to_arrow_reader(5000)
    canonical = near_duplicate_groups((row["document_id"], row["text"]) for batch in reader
                                      for row in batch.to_pylist())
    groups = {doc: first for doc, first in canonical.items() if doc != first}
    con.register("duplicates", pa.table({"document_id": pa.array(list(groups), pa.string()),
                                         "duplicate_of": pa.array(list(groups.values()), pa.string())}))
    _copy(con, "SELECT l.*, d.duplicate_of FROM latest l LEFT JOIN duplicates d USING (document_id) "
               "WHERE l.relevant ORDER BY document_id", documents, CORE_DOCUMENTS.column_names)
    _copy(con, "SELECT * FROM latest WHERE NOT relevant ORDER BY document_id", rejected,
          CORE_REJECTED_DOCUMENTS.column_names)
    con.close()


# --- captures like the parse step's: second captures, reprints, missing dates, ties of fetch time ---------------

WORDS = ("конституция курултай референдум комиссия поправка статья парламент сенат мажилис президент указ "
         "закон суд право гражданин выборы депутат министр погода спорт цены").split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(words))


def captures_rows(count: int, seed: int, files: int = 3) -> list[dict]:
    rng = random.Random(seed)
    start = datetime(2026, 3, 1, tzinfo=timezone.utc)
    rows: list[dict] = []
    for i in range(count):
        earlier = rows[rng.randrange(len(rows))] if rows else None
        roll = rng.random()
        if earlier and roll < 0.15:  # another capture of a page (sometimes at the same second, or undated)
            document_id, text = earlier["document_id"], _text(rng, 60)
        elif earlier and roll < 0.3:  # a reprint with a word changed
            document_id, text = f"doc-{i:05d}", earlier["text"] + " передает агентство"
        else:
            document_id, text = f"doc-{i:05d}", _text(rng, rng.randrange(0, 120))
        fetched = None if rng.random() < 0.05 else start + timedelta(minutes=rng.randrange(30))
        rows.append({
            "document_id": document_id, "url": f"https://x.kz/{i}", "canonical_url": f"https://x.kz/{i}",
            "source": "generic", "parser": "generic", "parser_version": "1", "kind": "news", "language": "ru",
            "title": f"title {i}", "text": text, "text_chars": max(len(text), 1),
            "published_at": None if rng.random() < 0.2 else start - timedelta(hours=rng.randrange(10)),
            "content_sha256": str(i), "is_sample": False, "fetched_at": fetched,
            "warc_file": f"f{rng.randrange(files)}.warc.gz", "warc_offset": rng.randrange(10**6),
            "warc_record_id": f"<urn:{i}>", "payload_sha256": str(i), "warnings": ["w"] if i % 7 == 0 else [],
            "relevance_score": rng.random(), "relevance_terms": [], "relevant": rng.random() < 0.6,
        })
    unique = {(r["warc_file"], r["warc_offset"]): r for r in rows}  # the WARC location is the key
    return sorted(unique.values(), key=lambda r: (r["warc_file"], r["warc_offset"]))


def write(path: Path, rows: list[dict], row_group_size: int = 7) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=CORE_DOCUMENT_CAPTURES.arrow_schema), path,
                   row_group_size=row_group_size)
    return path


def write_parts(folder: Path, rows: list[dict]) -> Path:
    """Captures as the parse step keeps them: one part per WARC file, in WARC order."""
    folder.mkdir(parents=True, exist_ok=True)
    for warc_file in sorted({r["warc_file"] for r in rows}):
        write(folder / part_name(warc_file), [r for r in rows if r["warc_file"] == warc_file])
    return folder


def same_split(ours: Path, reference: Path, table) -> None:
    """The parts of `ours` hold the reference's rows (in document_id order), each in its WARC file's part and in
    document_id order within it."""
    for part in part_files(ours):
        rows = pq.read_table(part).to_pylist()
        assert [r["document_id"] for r in rows] == sorted(r["document_id"] for r in rows)
        assert all(part.name == part_name(r["warc_file"]) for r in rows)
    mine = pq.read_table(ours).cast(table.arrow_schema).to_pylist()
    theirs = pq.read_table(reference).cast(table.arrow_schema).to_pylist()
    assert pq.read_table(ours).column_names == table.column_names
    assert sorted(mine, key=lambda r: r["document_id"]) == theirs


def same(ours: Path, reference: Path, table) -> None:
    mine = pq.read_table(ours)
    theirs = pq.read_table(reference).cast(table.arrow_schema)
    assert mine.column_names == table.column_names
    assert mine.num_rows == theirs.num_rows
    assert mine.cast(table.arrow_schema).to_pylist() == theirs.to_pylist()


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    # batches and buckets of a few rows, so every path through the batching is taken by a few hundred rows
    monkeypatch.setattr(ordered, "READ_ROWS", 5)
    monkeypatch.setattr(ordered, "WRITE_ROWS", 11)
    monkeypatch.setattr(ordered, "BUCKET_BYTES", 20000)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_first_merge_writes_every_capture_in_warc_order(tmp_path, seed):
    fresh = write(tmp_path / "fresh.parquet", captures_rows(300, seed))
    reference_merge(tmp_path / "none.parquet", fresh, [], tmp_path / "expected.parquet")
    merge_captures(tmp_path / "captures.parquet", fresh, [])
    same(tmp_path / "captures.parquet", tmp_path / "expected.parquet", CORE_DOCUMENT_CAPTURES)


@pytest.mark.parametrize("seed", [4, 5])
def test_a_merge_keeps_the_reused_captures_and_drops_the_others(tmp_path, seed):
    rows = captures_rows(400, seed)
    rng = random.Random(seed)
    new = [r for r in rows if rng.random() < 0.2]
    old = [r for r in rows if r not in new]
    reused = [(r["warc_file"], r["warc_offset"]) for r in old if rng.random() < 0.9]  # the rest left the archive
    previous = write(tmp_path / "captures.parquet", old)
    fresh = write(tmp_path / "fresh.parquet", new)
    reference_merge(previous, fresh, reused, tmp_path / "expected.parquet")
    merge_captures(previous, fresh, reused)
    same(previous, tmp_path / "expected.parquet", CORE_DOCUMENT_CAPTURES)


def test_a_previous_file_written_by_duckdb_merges_too(tmp_path):
    rows = captures_rows(200, 6)
    write(tmp_path / "old.parquet", rows[50:])
    reference_merge(tmp_path / "none.parquet", tmp_path / "old.parquet", [], tmp_path / "captures.parquet")
    fresh = write(tmp_path / "fresh.parquet", rows[:50])
    reused = [(r["warc_file"], r["warc_offset"]) for r in rows[50:]]
    reference_merge(tmp_path / "captures.parquet", fresh, reused, tmp_path / "expected.parquet")
    merge_captures(tmp_path / "captures.parquet", fresh, reused)
    same(tmp_path / "captures.parquet", tmp_path / "expected.parquet", CORE_DOCUMENT_CAPTURES)


def test_fresh_captures_out_of_warc_order_are_sorted(tmp_path):
    rows = captures_rows(300, 7)
    random.Random(7).shuffle(rows)
    fresh = write(tmp_path / "fresh.parquet", rows)
    reference_merge(tmp_path / "none.parquet", fresh, [], tmp_path / "expected.parquet")
    merge_captures(tmp_path / "captures.parquet", fresh, [])
    same(tmp_path / "captures.parquet", tmp_path / "expected.parquet", CORE_DOCUMENT_CAPTURES)


@pytest.mark.parametrize("seed", [8, 9, 10])
def test_the_split_gives_the_same_documents_rejected_pages_and_duplicates(tmp_path, seed):
    rows = captures_rows(500, seed)
    captures = write_parts(tmp_path / "captures.parquet", rows)
    reference_split(write(tmp_path / "all.parquet", rows), tmp_path / "expected_documents.parquet",
                    tmp_path / "expected_rejected.parquet")
    split_latest(captures, tmp_path / "documents.parquet", tmp_path / "rejected.parquet")
    same_split(tmp_path / "documents.parquet", tmp_path / "expected_documents.parquet", CORE_DOCUMENTS)
    same_split(tmp_path / "rejected.parquet", tmp_path / "expected_rejected.parquet", CORE_REJECTED_DOCUMENTS)
    linked = pq.read_table(tmp_path / "documents.parquet", columns=["duplicate_of"]).column(0).drop_null()
    assert len(linked) >= 5  # the reprints were found, so the comparison covers duplicate_of
    assert not list(tmp_path.glob(".*.sort")) and not list(tmp_path.glob("*.tmp"))  # no scratch left behind


def test_an_empty_captures_part_gives_empty_outputs(tmp_path):
    captures = tmp_path / "captures.parquet"
    captures.mkdir()
    write(captures / "empty.parquet", [])
    split_latest(captures, tmp_path / "documents.parquet", tmp_path / "rejected.parquet")
    assert pq.read_table(tmp_path / "documents.parquet").num_rows == 0
    assert pq.read_table(tmp_path / "rejected.parquet").schema.names == CORE_REJECTED_DOCUMENTS.column_names


def test_out_documents_keeps_the_order_of_core_documents(tmp_path, monkeypatch):
    from pipeline.storage import sql_models
    monkeypatch.setattr(sql_models, "ROW_GROUP_ROWS", 16)  # many row groups on both sides
    captures = write_parts(tmp_path / "captures.parquet", captures_rows(600, 11))
    split_latest(captures, tmp_path / "core_documents.parquet", tmp_path / "rejected.parquet")
    model = next(m for m in sql_models.load_models() if m.name == "out_documents")
    sql_models.run_model(model, {"core_documents": tmp_path / "core_documents.parquet"}, tmp_path / "out.parquet")
    out = pq.read_table(tmp_path / "out.parquet", columns=["warc_file", "document_id"]).to_pylist()
    ids = [r["document_id"] for r in out]
    assert len(ids) > 200 and out == sorted(out, key=lambda r: (r["warc_file"], r["document_id"]))
    assert ids == pq.read_table(tmp_path / "core_documents.parquet", columns=["document_id"]).column(0).to_pylist()


def test_a_previous_captures_file_without_a_newer_optional_column_merges_with_nulls(tmp_path):
    rows = captures_rows(120, 12)
    old = pa.Table.from_pylist(rows[40:], schema=CORE_DOCUMENT_CAPTURES.arrow_schema).drop_columns(["warnings"])
    pq.write_table(old, tmp_path / "captures.parquet", row_group_size=9)
    fresh = write(tmp_path / "fresh.parquet", rows[:40])
    merge_captures(tmp_path / "captures.parquet", fresh, [(r["warc_file"], r["warc_offset"]) for r in rows[40:]])
    merged = pq.read_table(tmp_path / "captures.parquet").to_pylist()
    expected = sorted(rows[:40] + [{**r, "warnings": None} for r in rows[40:]],
                      key=lambda r: (r["warc_file"], r["warc_offset"]))
    assert merged == expected


def test_take_rows_reads_the_rows_asked_for_across_row_groups(tmp_path):
    table = pa.table({"n": pa.array(range(50), pa.int64()), "s": pa.array([f"t{i}" for i in range(50)])})
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=7)
    schema = pa.schema([pa.field("s", pa.string()), pa.field("absent", pa.int64())])
    for rows in ([], [0], [49], [3, 6, 7, 8, 20, 21, 48], list(range(50))):
        got = [r for chunk in ordered.take_rows(tmp_path / "t.parquet", np.array(rows, dtype=np.int64), schema)
               for r in chunk.to_pylist()]
        assert got == [{"s": f"t{i}", "absent": None} for i in rows]
