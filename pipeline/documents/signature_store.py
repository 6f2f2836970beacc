"""Near-duplicate signatures kept between runs, in a sidecar file beside core_documents.

Linking re-published reports needs the MinHash signature of every relevant text, and a run that adds 1% of new
pages read and hashed all of them again (2.7 of the parse step's 9.3 profiled seconds at 10,000 pages, for ~60
new texts). The signatures are kept instead: a captures part (one WARC file's captures) the next run leaves as it
was keeps its rows' signatures, and only the other rows' texts are read and hashed.

The sidecar names rows by their captures part and their number in it, and records each part's SHA-256, so it
describes those files' texts and no others: a part written again by another run, restored from elsewhere or
edited loses its signatures (the other parts keep theirs). (A key per text would need each text read back to find
it; the captures' content_sha256 is of the text with whitespace normalised, which the shingles do not do, so two
texts with one content_sha256 can have different signatures.) A part's SHA-256 is taken once a run, and not again
in the next while its size and mtime are those recorded with it (fingerprint.stamp_trusted: hashing the 40 MB of
captures twice a run was 0.1-0.2 s of a +1% run's parse step). It also records a digest of the signature code, numpy's version
and Python's Unicode tables: when any of them changes, every signature is computed again. A missing, unreadable
or unusable sidecar only means that.

The signatures themselves (30 MB at 100,000 pages) are kept in a block per captures part, in a folder beside the
sidecar (`blocks_path`): a block (its rows and their signatures, two .npy files, the signatures mapped from their
file when read) is named by the part's name and SHA-256 and the signature code, and holds every row
of its part given a signature so far (a row no longer the latest capture of its page stays, so a sidecar of an
earlier run finds its rows too). A run that adds a WARC file writes its own part's block and leaves the others as
they are (writing the one file again, and freeing its old copy, was 0.06-0.14 s of every such run). The sidecar
lists the blocks it was written with; a block missing, unreadable or without one of its rows makes the sidecar
unusable, as a damaged sidecar is. Blocks of parts no longer there go when the sidecar is next written.

It also keeps how that run grouped the texts (pipeline/documents/similar_pairs.py): each row's position in the
canonical order and its similar pairs, so the next run pairs its new texts only. They are written in the sidecar
that lists the signatures' blocks, so they are always those signatures' pairs; they obey the same rules (a part
written again loses its rows' pairs; its rows' signatures, as they were, tell which buckets lost a member), and a
digest of the grouping code of their own: a sidecar without them, or with another code's, keeps its signatures
usable and only means the texts are grouped whole.
"""
from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.documents import near_duplicates, similar_pairs
from pipeline.documents.near_duplicates import PERMUTATIONS
from pipeline.documents.similar_pairs import Pairs
from pipeline.storage.atomic import save_array
from pipeline.storage.fingerprint import code_digest, file_stamp, module_code, stamp_trusted
from pipeline.storage.parts import part_files, row_starts

FORMAT = "near-duplicate-signatures-4"
VERSION_KEY = b"atazan:signatures_version"
PARTS_KEY = b"atazan:captures_parts_sha256"  # {part name: its SHA-256}, as JSON
STAMPS_KEY = b"atazan:captures_parts_stamps"  # {part name: [*fingerprint.file_stamp when hashed, the SHA-256]}
ROWS_SUFFIX, VALUES_SUFFIX = ".rows.npy", ".values.npy"  # a signature block's two files
BLOCKS_KEY = b"atazan:signature_blocks"  # {part name: its block's name in blocks_path}, as JSON
GROUPING_FORMAT = "similar-pairs-1"
GROUPING_KEY = b"atazan:similar_pairs_version"
SCHEMA = pa.schema([
    pa.field("part", pa.string(), nullable=False),  # the captures part's file name
    pa.field("row", pa.int64(), nullable=False),  # the row number in that part
    pa.field("words", pa.bool_(), nullable=False),  # False: the text has no words, and no signature (zeros)
])
GROUPING = pa.schema([
    pa.field("rank", pa.int64(), nullable=False),  # the position in the canonical order; -1: not grouped (no words)
    pa.field("similar", pa.list_(pa.int64()), nullable=False),  # the later ranks it is a similar pair with
    pa.field("similar_bands", pa.list_(pa.int64()), nullable=False),  # each pair's bands, a bit each
])


@dataclass(frozen=True)
class Grouping:
    """How the run that kept the signatures grouped their texts: each row's position in its canonical order
    (`ranks`, aligned with Signatures.rows; -1 where the text has no words), the similar pairs by those positions,
    and the signatures of the texts it grouped whose rows are gone from the captures parts as they are now."""
    ranks: np.ndarray
    pairs: Pairs
    gone: np.ndarray


@dataclass(frozen=True)
class Signatures:
    """Signatures of rows of the captures parts, numbered across the parts in name order (CaptureRows): `rows`
    increasing, `values[i]` the signature of row `rows[i]` (zeros where `words[i]` is False); `grouping`: how they
    were grouped, when known."""
    rows: np.ndarray
    values: np.ndarray
    words: np.ndarray
    grouping: Grouping | None = None

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class CaptureRows:
    """The captures parts (name order) and where each one's rows start in the numbering across them."""
    files: list[Path]
    starts: np.ndarray  # len(files) + 1 entries
    # name -> (SHA-256, file_stamp when taken), each part's taken once (part_hashes)
    _hashes: dict[str, tuple[str, list[int]]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, captures: Path) -> "CaptureRows":
        files = part_files(captures)
        return cls(files, row_starts(files).astype(np.int64))  # footers read once a process (storage.footers)

    def locate(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(part index, row in that part) of rows numbered across the parts."""
        part = np.searchsorted(self.starts, rows, side="right") - 1
        return part, rows - self.starts[part]

    def part_hashes(self, recorded: dict[str, str] | None = None, stamps: dict[str, list] | None = None,
                    ) -> dict[str, tuple[str, list[int]]]:
        """Each part's SHA-256 and the stamp it was taken under: the `recorded` one when its recorded stamp is
        trusted for the file as it is (fingerprint.stamp_trusted), else hashed; once for the object's life."""
        for file in self.files:
            if file.name in self._hashes:
                continue
            now = file_stamp(file)
            kept = (recorded or {}).get(file.name)
            before = (stamps or {}).get(file.name)
            # a stamp names the SHA-256 it was taken with: a sidecar whose parts' digests were changed alone is not
            # taken at its word
            if isinstance(before, list) and len(before) == 4 and before[3] == kept and stamp_trusted(before[:3], now):
                self._hashes[file.name] = (kept, before[:3])
            else:
                self._hashes[file.name] = (file_sha256(file), now)
        return {f.name: self._hashes[f.name] for f in self.files}


@lru_cache(maxsize=1)
def version() -> str:
    """What a signature depends on besides its text."""
    return code_digest(FORMAT, module_code(near_duplicates), np.__version__, unicodedata.unidata_version)


@lru_cache(maxsize=1)
def grouping_version() -> str:
    """What the similar pairs depend on besides the signatures."""
    return code_digest(GROUPING_FORMAT, version(), module_code(near_duplicates, similar_pairs))


def current(path: Path) -> bool:
    """Whether `path` is a sidecar of the current signature code (whatever captures file it describes)."""
    try:
        metadata = pq.ParquetFile(path).schema_arrow.metadata or {}
    except (OSError, pa.ArrowException):
        return False
    return metadata.get(VERSION_KEY) == version().encode()


def load(path: Path, captures: CaptureRows) -> Signatures | None:
    """The signatures kept for rows of the captures parts as they are now (those of parts whose SHA-256 is the
    one recorded), with their grouping when it is the current code's, or None when there are none usable."""
    if not path.exists() or not captures.files or not current(path):
        return None
    try:
        table = pq.ParquetFile(path).read()
        metadata = table.schema.metadata or {}
        recorded = json.loads(metadata.get(PARTS_KEY, b"{}"))
        stamps = json.loads(metadata.get(STAMPS_KEY, b"{}"))
        blocks = json.loads(metadata.get(BLOCKS_KEY, b"{}"))
        if not isinstance(recorded, dict) or not isinstance(stamps, dict) or not isinstance(blocks, dict):
            return None
        grouped = metadata.get(GROUPING_KEY) == grouping_version().encode() and \
            all(name in table.column_names for name in GROUPING.names)
        schema = pa.schema([*SCHEMA, *(GROUPING if grouped else [])])
        table = table.select(schema.names).cast(schema)
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return None
    hashes = captures.part_hashes(recorded, stamps)
    index = {f.name: i for i, f in enumerate(captures.files)
             if f.name in recorded and recorded[f.name] == hashes[f.name][0]}
    if not index:
        return None
    # each row's part by its name, looked up once per name (a list of 100,000 names took 0.2 s a run)
    names = table.column("part").combine_chunks().dictionary_encode()
    lookup = np.array([index.get(name, -1) for name in names.dictionary.to_pylist()], dtype=np.int64)
    part = lookup[names.indices.to_numpy(zero_copy_only=False)] if len(table) else np.zeros(0, dtype=np.int64)
    local = table.column("row").to_numpy()
    usable = part >= 0
    usable[usable] &= local[usable] < captures.starts[part[usable] + 1] - captures.starts[part[usable]]
    rows = captures.starts[part[usable]] + local[usable]
    if len(rows) > 1 and not np.all(rows[1:] > rows[:-1]):
        return None
    values = _read_blocks(blocks_path(path), blocks, names, local)
    if values is None:
        return None
    words = table.column("words").to_numpy(zero_copy_only=False)
    grouping = _grouping(table, values, usable) if grouped else None
    every = bool(usable.all())
    return Signatures(rows, values if every else values[usable], words if every else words[usable], grouping)


def stored(path: Path) -> tuple[np.ndarray, np.ndarray] | None:
    """Every row's `words` flag and signature as a sidecar keeps them, in its order, whatever captures parts it
    describes (for the benchmarks); None when it or a block cannot be read."""
    try:
        table = pq.ParquetFile(path).read(columns=["part", "row", "words"])
        blocks = json.loads((table.schema.metadata or {}).get(BLOCKS_KEY, b"{}"))
    except (OSError, ValueError, pa.ArrowException):
        return None
    if not isinstance(blocks, dict):
        return None
    names = table.column("part").combine_chunks().dictionary_encode()
    values = _read_blocks(blocks_path(path), blocks, names, table.column("row").to_numpy())
    return None if values is None else (table.column("words").to_numpy(zero_copy_only=False), values)


def _grouping(table: pa.Table, values: np.ndarray, usable: np.ndarray) -> Grouping | None:
    """The kept grouping of the sidecar's rows (`values` their signatures, `usable` those of parts as they were), or
    None when it does not hold together (positions repeated, pairs out of order or of no position)."""
    ranks = table.column("rank").to_numpy()
    ranked = ranks[ranks >= 0]
    if len(ranked) and (ranked.max() >= len(ranked) or np.bincount(ranked).max() > 1):
        return None  # not the positions 0, 1, ... of one order
    similar = table.column("similar").combine_chunks()
    bands = table.column("similar_bands").combine_chunks()
    owner = pc.list_parent_indices(similar).to_numpy()
    if not np.array_equal(pc.list_value_length(similar).to_numpy(zero_copy_only=False),
                          pc.list_value_length(bands).to_numpy(zero_copy_only=False)):
        return None
    pairs = np.stack([ranks[owner], pc.list_flatten(similar).to_numpy()], axis=1)
    if len(pairs) and (np.any(pairs[:, 0] < 0) or np.any(pairs[:, 1] <= pairs[:, 0]) or
                       pairs[:, 1].max() >= len(ranked)):
        return None
    return Grouping(ranks[usable], Pairs(pairs, pc.list_flatten(bands).to_numpy()), values[~usable & (ranks >= 0)])


def save(path: Path, captures: CaptureRows, signatures: Signatures) -> None:
    """Keep `signatures` (of rows of the captures parts as they are now) in `path`, atomically."""
    values = np.ascontiguousarray(signatures.values, dtype="<u4")
    part, local = captures.locate(signatures.rows)
    names = [f.name for f in captures.files]
    hashes = captures.part_hashes()
    columns = {
        "part": pa.DictionaryArray.from_arrays(pa.array(part, pa.int32()), pa.array(names, pa.string()))
                  .dictionary_decode(),
        "row": pa.array(local, pa.int64()),
        "words": pa.array(signatures.words, pa.bool_()),
    }
    blocks = _write_blocks(blocks_path(path), values, part, local, names, hashes)
    metadata = {VERSION_KEY: version().encode(),
                PARTS_KEY: json.dumps({n: sha for n, (sha, _) in hashes.items()}, sort_keys=True).encode(),
                STAMPS_KEY: json.dumps({n: [*stamp, sha] for n, (sha, stamp) in hashes.items()},
                                       sort_keys=True).encode(),
                BLOCKS_KEY: json.dumps(blocks, sort_keys=True).encode()}
    schema = SCHEMA
    if signatures.grouping is not None:
        columns.update(_grouping_columns(signatures.grouping))
        metadata[GROUPING_KEY] = grouping_version().encode()
        schema = pa.schema([*SCHEMA, *GROUPING])
    table = pa.table(columns, schema=schema.with_metadata(metadata))
    tmp = path.with_name(path.name + ".tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    # last: the blocks of parts no longer there, or of other bytes (the sidecar before listed some until now)
    in_use = {_block_name(name, sha) for name, (sha, _) in hashes.items()}
    for file in blocks_path(path).iterdir():
        if file.name.removesuffix(ROWS_SUFFIX).removesuffix(VALUES_SUFFIX) not in in_use:
            file.unlink(missing_ok=True)


def blocks_path(path: Path) -> Path:
    """The folder of a sidecar's signature blocks: core_documents.signatures.parquet -> core_documents.signatures/."""
    path = Path(path)
    return path.with_name(path.name.removesuffix(".parquet"))


def _block_name(name: str, sha256: str) -> str:
    """A part's block: its name, its SHA-256 and the signature code decide which texts' signatures it holds. The
    block is two files: its rows (ROWS_SUFFIX) and their signatures (VALUES_SUFFIX), read without a copy."""
    code = hashlib.sha256(version().encode()).hexdigest()[:16]
    return f"{name}.{sha256[:32]}.{code}"


def _write_blocks(folder: Path, values: np.ndarray, part: np.ndarray, local: np.ndarray, names: list[str],
                  hashes: dict[str, tuple[str, list[int]]]) -> dict[str, str]:
    """Each part's rows' signatures in its block (rows are in part order, so a part's are one slice). A block
    holds every row of its part given a signature so far: it is written only when rows it does not hold come (its
    rows no longer kept stay in it, for a sidecar of an earlier run). Returns {part name: block name}."""
    folder.mkdir(parents=True, exist_ok=True)
    bounds = np.searchsorted(part, np.arange(len(names) + 1))
    blocks = {}
    for index, name in enumerate(names):
        start, end = int(bounds[index]), int(bounds[index + 1])
        if start == end:
            continue
        blocks[name] = block = _block_name(name, hashes[name][0])
        rows, block_values = local[start:end], values[start:end]
        held = _read_block(folder, block)
        if held is not None:
            if np.isin(rows, held[0]).all():
                continue
            rows, block_values = _union(held, (rows, block_values))
        # the signatures first: a block is complete once its rows are there, and they must count its signatures
        save_array(folder / (block + VALUES_SUFFIX), np.ascontiguousarray(block_values, dtype=np.uint32))
        save_array(folder / (block + ROWS_SUFFIX), np.asarray(rows, dtype=np.int64))
    return blocks


def _union(held: tuple[np.ndarray, np.ndarray], new: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The rows of both (a row in both: the new signature), in row order."""
    rows = np.concatenate((new[0], held[0]))
    values = np.concatenate((new[1], held[1]))
    rows, first = np.unique(rows, return_index=True)
    return rows, values[first]


def _read_block(folder: Path, block: str) -> tuple[np.ndarray, np.ndarray] | None:
    """A block's rows (increasing) and their signatures, these mapped from the file, not read; None when it is
    missing or not a block."""
    try:
        rows = np.load(folder / (block + ROWS_SUFFIX), allow_pickle=False)
        values = np.load(folder / (block + VALUES_SUFFIX), mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    if rows.dtype != np.int64 or values.dtype != np.uint32 or rows.ndim != 1 or \
            values.shape != (len(rows), PERMUTATIONS) or (len(rows) > 1 and np.any(np.diff(rows) <= 0)):
        return None
    return rows, values


def _read_blocks(folder: Path, blocks: dict, names: pa.DictionaryArray, local: np.ndarray) -> np.ndarray | None:
    """The signatures of the sidecar's rows (`names`: each row's part, dictionary-encoded; `local`: its row in that
    part; rows in part order), from the blocks it lists, copied once from the files into one array; None when a
    block is missing, unreadable or lacks a row."""
    parts = names.dictionary.to_pylist()
    codes = names.indices.to_numpy(zero_copy_only=False) if len(names) else np.zeros(0, dtype=np.int64)
    if len(codes) > 1 and np.any(np.diff(codes) < 0):
        return None  # a part's rows not together: not a sidecar this module wrote
    bounds = np.searchsorted(codes, np.arange(len(parts) + 1)) if len(codes) else np.zeros(len(parts) + 1, int)
    values = np.empty((len(local), PERMUTATIONS), dtype=np.uint32)
    for code, name in enumerate(parts):
        start, end = int(bounds[code]), int(bounds[code + 1])
        if start == end:
            continue
        held = _read_block(folder, blocks[name]) if isinstance(blocks.get(name), str) else None
        if held is None:
            return None
        wanted = local[start:end]
        at = np.minimum(np.searchsorted(held[0], wanted), len(held[0]) - 1)
        if not np.array_equal(held[0][at], wanted):
            return None
        values[start:end] = held[1] if len(at) == len(held[0]) else held[1][at]
    return values


def _grouping_columns(grouping: Grouping) -> dict[str, pa.Array]:
    """The pairs as lists on the rows of their earlier document: the partners' ranks and the pairs' bands."""
    ranks = grouping.ranks
    row_of_rank = np.full(int(ranks.max(initial=-1)) + 1, -1, dtype=np.int64)
    row_of_rank[ranks[ranks >= 0]] = np.nonzero(ranks >= 0)[0]
    owner = row_of_rank[grouping.pairs.pairs[:, 0]]
    order = np.argsort(owner, kind="stable")
    offsets = pa.array(np.searchsorted(owner[order], np.arange(len(ranks) + 1)).astype(np.int32))
    return {
        "rank": pa.array(ranks, pa.int64()),
        "similar": pa.ListArray.from_arrays(offsets, pa.array(grouping.pairs.pairs[order, 1], pa.int64())),
        "similar_bands": pa.ListArray.from_arrays(offsets, pa.array(grouping.pairs.bands[order], pa.int64())),
    }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
