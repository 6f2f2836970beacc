"""Near-duplicate signatures kept between runs, in a sidecar file beside core_documents.

Linking re-published reports needs the MinHash signature of every relevant text, and a run that adds 1% of new
pages read and hashed all of them again (2.7 of the parse step's 9.3 profiled seconds at 10,000 pages, for ~60
new texts). The signatures are kept instead: a captures part (one WARC file's captures) the next run leaves as it
was keeps its rows' signatures, and only the other rows' texts are read and hashed.

The sidecar names rows by their captures part and their number in it, and records each part's SHA-256, so it
describes those files' texts and no others: a part written again by another run, restored from elsewhere or
edited loses its signatures (the other parts keep theirs). (A key per text would need each text read back to find
it; the captures' content_sha256 is of the text with whitespace normalised, which the shingles do not do, so two
texts with one content_sha256 can have different signatures.) It also records a digest of the signature code, numpy's version
and Python's Unicode tables: when any of them changes, every signature is computed again. A missing, unreadable
or unusable sidecar only means that.
"""
from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents import near_duplicates
from pipeline.documents.near_duplicates import PERMUTATIONS
from pipeline.storage.fingerprint import code_digest, module_code
from pipeline.storage.parts import part_files

FORMAT = "near-duplicate-signatures-2"
VERSION_KEY = b"atazan:signatures_version"
PARTS_KEY = b"atazan:captures_parts_sha256"  # {part name: its SHA-256}, as JSON
_WIDTH = PERMUTATIONS * 4  # bytes of one signature (uint32, little-endian)
SCHEMA = pa.schema([
    pa.field("part", pa.string(), nullable=False),  # the captures part's file name
    pa.field("row", pa.int64(), nullable=False),  # the row number in that part
    pa.field("words", pa.bool_(), nullable=False),  # False: the text has no words, and no signature
    pa.field("signature", pa.binary(_WIDTH), nullable=False),  # zeros when it has no words
])


@dataclass(frozen=True)
class Signatures:
    """Signatures of rows of the captures parts, numbered across the parts in name order (CaptureRows): `rows`
    increasing, `values[i]` the signature of row `rows[i]` (zeros where `words[i]` is False)."""
    rows: np.ndarray
    values: np.ndarray
    words: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class CaptureRows:
    """The captures parts (name order) and where each one's rows start in the numbering across them."""
    files: list[Path]
    starts: np.ndarray  # len(files) + 1 entries

    @classmethod
    def of(cls, captures: Path) -> "CaptureRows":
        files = part_files(captures)
        counts = [pq.ParquetFile(f).metadata.num_rows for f in files]
        return cls(files, np.concatenate(([0], np.cumsum(counts, dtype=np.int64))).astype(np.int64))

    def locate(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(part index, row in that part) of rows numbered across the parts."""
        part = np.searchsorted(self.starts, rows, side="right") - 1
        return part, rows - self.starts[part]


@lru_cache(maxsize=1)
def version() -> str:
    """What a signature depends on besides its text."""
    return code_digest(FORMAT, module_code(near_duplicates), np.__version__, unicodedata.unidata_version)


def current(path: Path) -> bool:
    """Whether `path` is a sidecar of the current signature code (whatever captures file it describes)."""
    try:
        metadata = pq.ParquetFile(path).schema_arrow.metadata or {}
    except (OSError, pa.ArrowException):
        return False
    return metadata.get(VERSION_KEY) == version().encode()


def load(path: Path, captures: CaptureRows) -> Signatures | None:
    """The signatures kept for rows of the captures parts as they are now (those of parts whose SHA-256 is the
    one recorded), or None when there are none usable."""
    if not path.exists() or not captures.files or not current(path):
        return None
    try:
        table = pq.ParquetFile(path).read()
        recorded = json.loads((table.schema.metadata or {}).get(PARTS_KEY, b"{}"))
        table = table.select(SCHEMA.names).cast(SCHEMA)
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return None
    index = {f.name: i for i, f in enumerate(captures.files)
             if f.name in recorded and recorded[f.name] == file_sha256(f)}
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
    values = np.zeros((len(table), PERMUTATIONS), dtype=np.uint32)
    if len(table):
        signature = table.column("signature").combine_chunks()
        data = np.frombuffer(signature.buffers()[1], dtype=np.uint8)
        values[:] = data[signature.offset * _WIDTH:(signature.offset + len(table)) * _WIDTH].view("<u4").reshape(
            -1, PERMUTATIONS)
    words = table.column("words").to_numpy(zero_copy_only=False)
    return Signatures(rows, values[usable], words[usable])


def save(path: Path, captures: CaptureRows, signatures: Signatures) -> None:
    """Keep `signatures` (of rows of the captures parts as they are now) in `path`, atomically."""
    values = np.ascontiguousarray(signatures.values, dtype="<u4")
    part, local = captures.locate(signatures.rows)
    names = [f.name for f in captures.files]
    parts = {name: file_sha256(f) for name, f in zip(names, captures.files)}
    table = pa.table({
        "part": pa.DictionaryArray.from_arrays(pa.array(part, pa.int32()), pa.array(names, pa.string()))
                  .dictionary_decode(),
        "row": pa.array(local, pa.int64()),
        "words": pa.array(signatures.words, pa.bool_()),
        "signature": pa.FixedSizeBinaryArray.from_buffers(pa.binary(_WIDTH), len(signatures),
                                                          [None, pa.py_buffer(values.tobytes())]),
    }, schema=SCHEMA.with_metadata({VERSION_KEY: version().encode(),
                                    PARTS_KEY: json.dumps(parts, sort_keys=True).encode()}))
    tmp = path.with_name(path.name + ".tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
