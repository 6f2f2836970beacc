"""The sidecar keeps the similar pairs with the signatures: read back as written, under the signatures' rules (a
part written again loses its rows' pairs, its rows' old signatures kept as gone), and dropped alone when they are
not the current grouping code's or do not hold together."""
import json
import os

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents import signature_store
from pipeline.documents.near_duplicates import PERMUTATIONS
from pipeline.documents.signature_store import CaptureRows, Grouping, Signatures
from pipeline.documents.similar_pairs import Pairs


def _parts(folder, sizes: dict[str, int]):
    folder.mkdir(exist_ok=True)
    for name, size in sizes.items():
        pq.write_table(pa.table({"n": np.arange(size)}), folder / name)
    return CaptureRows.of(folder)


def _kept(rows: np.ndarray, seed: int = 0) -> Signatures:
    """Signatures of `rows`, every third without words; the others ranked in reverse file order, with pairs."""
    rng = np.random.default_rng(seed)
    values = rng.integers(0, 2 ** 32, (len(rows), PERMUTATIONS), dtype=np.uint32)
    words = np.arange(len(rows)) % 3 != 0
    values[~words] = 0
    ranks = np.full(len(rows), -1)
    ranks[np.nonzero(words)[0][::-1]] = np.arange(words.sum())
    pairs = np.array([[0, 1], [0, 3], [1, 2], [2, 3]])
    return Signatures(rows, values, words, Grouping(ranks, Pairs(pairs, np.array([1, 6, 1 << 31, 3])), values[:0]))


def test_the_pairs_are_read_back_as_written(tmp_path):
    captures = _parts(tmp_path / "captures", {"a.parquet": 6, "b.parquet": 4})
    kept = _kept(np.arange(10))
    signature_store.save(tmp_path / "sidecar.parquet", captures, kept)
    assert not list(tmp_path.glob("*.tmp"))
    loaded = signature_store.load(tmp_path / "sidecar.parquet", captures)
    assert np.array_equal(loaded.values, kept.values) and np.array_equal(loaded.grouping.ranks, kept.grouping.ranks)
    order = np.lexsort((loaded.grouping.pairs.pairs[:, 1], loaded.grouping.pairs.pairs[:, 0]))
    assert loaded.grouping.pairs.pairs[order].tolist() == kept.grouping.pairs.pairs.tolist()
    assert loaded.grouping.pairs.bands[order].tolist() == kept.grouping.pairs.bands.tolist()
    assert len(loaded.grouping.gone) == 0


def test_a_part_written_again_loses_its_rows_and_keeps_their_old_signatures_as_gone(tmp_path):
    captures = _parts(tmp_path / "captures", {"a.parquet": 6, "b.parquet": 4})
    kept = _kept(np.arange(10))
    signature_store.save(tmp_path / "sidecar.parquet", captures, kept)
    captures = _parts(tmp_path / "captures", {"a.parquet": 7})  # other bytes: another SHA-256
    loaded = signature_store.load(tmp_path / "sidecar.parquet", captures)
    assert loaded.rows.tolist() == [7, 8, 9, 10]  # b's rows, numbered after a's seven
    assert loaded.grouping.ranks.tolist() == kept.grouping.ranks[6:].tolist()
    grouped_in_a = kept.words[:6]
    assert np.array_equal(loaded.grouping.gone, kept.values[:6][grouped_in_a])


def test_a_sidecar_without_pairs_or_with_another_codes_keeps_its_signatures(tmp_path):
    captures = _parts(tmp_path / "captures", {"a.parquet": 6})
    path = tmp_path / "sidecar.parquet"
    kept = _kept(np.arange(6))
    signature_store.save(path, captures, Signatures(kept.rows, kept.values, kept.words))  # as the code before
    loaded = signature_store.load(path, captures)
    assert np.array_equal(loaded.values, kept.values) and loaded.grouping is None

    signature_store.save(path, captures, kept)
    table = pq.read_table(path)
    pq.write_table(table.replace_schema_metadata({**table.schema.metadata,
                                                  signature_store.GROUPING_KEY: b"older grouping code"}), path)
    loaded = signature_store.load(path, captures)
    assert np.array_equal(loaded.values, kept.values) and loaded.grouping is None


def test_pairs_that_do_not_hold_together_are_not_used(tmp_path):
    captures = _parts(tmp_path / "captures", {"a.parquet": 6})
    path = tmp_path / "sidecar.parquet"
    signature_store.save(path, captures, _kept(np.arange(6)))
    table = pq.read_table(path)
    ranks = table.column("rank").to_numpy().copy()
    ranks[ranks == 1] = 0  # two rows at one position
    pq.write_table(table.set_column(table.schema.get_field_index("rank"), "rank", pa.array(ranks)), path)
    loaded = signature_store.load(path, captures)
    assert loaded is not None and loaded.grouping is None


def test_the_pairs_are_kept_with_the_parts_they_describe(tmp_path):
    captures = _parts(tmp_path / "captures", {"a.parquet": 6})
    path = tmp_path / "sidecar.parquet"
    signature_store.save(path, captures, _kept(np.arange(6)))
    metadata = pq.read_schema(path).metadata
    assert json.loads(metadata[signature_store.PARTS_KEY]) == {"a.parquet": signature_store.file_sha256(
        tmp_path / "captures" / "a.parquet")}
    assert metadata[signature_store.GROUPING_KEY] == signature_store.grouping_version().encode()


def _age(folder, seconds: float = 10.0) -> None:
    """Set the parts' mtimes back, as files written well before a run are."""
    for file in folder.iterdir():
        stat = file.stat()
        os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns - int(seconds * 1e9)))


def _counting_hashes(monkeypatch) -> list:
    hashed = []
    real = signature_store.file_sha256

    def counted(path):
        hashed.append(path.name)
        return real(path)

    monkeypatch.setattr(signature_store, "file_sha256", counted)
    return hashed


def test_a_part_is_hashed_once_a_run_and_not_again_while_its_size_and_mtime_hold(tmp_path, monkeypatch):
    folder = tmp_path / "captures"
    _parts(folder, {"a.parquet": 6, "b.parquet": 4})
    _age(folder)
    hashed = _counting_hashes(monkeypatch)
    path = tmp_path / "sidecar.parquet"
    captures = CaptureRows.of(folder)
    signature_store.save(path, captures, _kept(np.arange(10)))
    signature_store.save(path, captures, _kept(np.arange(10)))  # the same run: taken once
    assert sorted(hashed) == ["a.parquet", "b.parquet"]

    hashed.clear()
    next_run = CaptureRows.of(folder)
    loaded = signature_store.load(path, next_run)
    signature_store.save(path, next_run, loaded)
    assert hashed == [] and loaded.rows.tolist() == list(range(10))


def test_a_part_touched_or_written_too_recently_when_hashed_is_hashed_again(tmp_path, monkeypatch):
    folder = tmp_path / "captures"
    _parts(folder, {"a.parquet": 6, "b.parquet": 4})  # just written: its mtime is racy when hashed now
    path = tmp_path / "sidecar.parquet"
    signature_store.save(path, CaptureRows.of(folder), _kept(np.arange(10)))
    hashed = _counting_hashes(monkeypatch)
    loaded = signature_store.load(path, CaptureRows.of(folder))
    assert sorted(hashed) == ["a.parquet", "b.parquet"] and len(loaded) == 10  # hashed again, and the same

    _age(folder)  # old now, and hashed again under the new mtime: then trusted
    signature_store.save(path, CaptureRows.of(folder), loaded)
    hashed.clear()
    assert len(signature_store.load(path, CaptureRows.of(folder))) == 10 and hashed == []
    stat = (folder / "a.parquet").stat()
    os.utime(folder / "a.parquet", ns=(stat.st_atime_ns, stat.st_mtime_ns - 1_000_000_000))  # touched
    assert len(signature_store.load(path, CaptureRows.of(folder))) == 10 and hashed == ["a.parquet"]


def test_the_signatures_are_kept_a_block_per_part_and_a_part_left_as_it_was_keeps_its_block(tmp_path):
    folder, path = tmp_path / "captures", tmp_path / "sidecar.parquet"
    captures = _parts(folder, {"a.parquet": 6, "b.parquet": 4})
    kept = _kept(np.arange(10))
    signature_store.save(path, captures, kept)
    blocks = signature_store.blocks_path(path)
    first = {p.name: p.stat().st_mtime_ns for p in blocks.iterdir()}
    assert sorted(n.split(".")[0] for n in first) == ["a", "a", "b", "b"]  # rows and signatures, a part
    assert {name: c.compression for name, c in _column_chunks(path).items()} == dict.fromkeys(
        ["part", "row", "words", "rank", "similar", "similar_bands"], "ZSTD")

    # a new part: its block is written, the others' are left as they were
    captures = _parts(folder, {"c.parquet": 3})
    grown = _kept(np.arange(13), seed=1)
    grown.values[:10] = kept.values
    signature_store.save(path, captures, grown)
    after = {p.name: p.stat().st_mtime_ns for p in blocks.iterdir()}
    assert {n: t for n, t in after.items() if n in first} == first and len(after) == 6
    assert np.array_equal(signature_store.load(path, CaptureRows.of(folder)).values, grown.values)

    # a row no longer kept stays in its part's block (a sidecar of the run before still finds it)
    before = tmp_path / "before.parquet"
    before.write_bytes(path.read_bytes())
    fewer = Signatures(np.arange(1, 13), grown.values[1:], grown.words[1:])
    signature_store.save(path, captures, fewer)
    assert {p.name: p.stat().st_mtime_ns for p in blocks.iterdir()} == after
    assert np.array_equal(signature_store.load(path, CaptureRows.of(folder)).values, fewer.values)
    path.write_bytes(before.read_bytes())
    assert np.array_equal(signature_store.load(path, CaptureRows.of(folder)).values, grown.values)

    # a part written again (other bytes): its block goes with the next sidecar, the new bytes get their own
    captures = _parts(folder, {"c.parquet": 4})
    signature_store.save(path, captures, _kept(np.arange(14), seed=2))
    assert len(list(blocks.iterdir())) == 6 and len(set(after) - {p.name for p in blocks.iterdir()}) == 2


def test_a_block_missing_or_damaged_makes_the_sidecar_unusable(tmp_path):
    folder, path = tmp_path / "captures", tmp_path / "sidecar.parquet"
    captures = _parts(folder, {"a.parquet": 6, "b.parquet": 4})
    signature_store.save(path, captures, _kept(np.arange(10)))
    folder_of_blocks = signature_store.blocks_path(path)
    rows_file = sorted(folder_of_blocks.glob("a.parquet.*.rows.npy"))[0]
    values_file = sorted(folder_of_blocks.glob("a.parquet.*.values.npy"))[0]
    for damaged in (rows_file, values_file):
        kept = damaged.read_bytes()
        damaged.write_bytes(b"not a block")
        assert signature_store.load(path, CaptureRows.of(folder)) is None
        damaged.unlink()
        assert signature_store.load(path, CaptureRows.of(folder)) is None
        damaged.write_bytes(kept)
        assert signature_store.load(path, CaptureRows.of(folder)) is not None
    np.save(rows_file, np.arange(2, dtype=np.int64))  # rows that do not count its signatures
    assert signature_store.load(path, CaptureRows.of(folder)) is None
    np.save(values_file, np.zeros((2, PERMUTATIONS), dtype=np.uint32))  # a block without the sidecar's rows
    assert signature_store.load(path, CaptureRows.of(folder)) is None


def _column_chunks(path) -> dict:
    group = pq.ParquetFile(path).metadata.row_group(0)
    return {group.column(i).path_in_schema.split(".")[0]: group.column(i) for i in range(group.num_columns)}


def test_stored_gives_every_kept_row_whatever_parts_are_there_now(tmp_path):
    folder, path = tmp_path / "captures", tmp_path / "sidecar.parquet"
    kept = _kept(np.arange(10))
    signature_store.save(path, _parts(folder, {"a.parquet": 6, "b.parquet": 4}), kept)
    _parts(folder, {"a.parquet": 7})  # the parts changed since: the benchmarks read the sidecar as it is
    words, values = signature_store.stored(path)
    assert np.array_equal(words, kept.words) and np.array_equal(values, kept.values)
    next(signature_store.blocks_path(path).glob("*.values.npy")).unlink()
    assert signature_store.stored(path) is None
