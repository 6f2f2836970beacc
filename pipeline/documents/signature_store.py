"""Near-duplicate signatures kept between runs, in a sidecar file beside core_documents.

Linking re-published reports needs the MinHash signature of every relevant text, and a run that adds 1% of new
pages read and hashed all of them again (2.7 of the parse step's 9.3 profiled seconds at 10,000 pages, for ~60
new texts). The signatures are kept instead: a row the next run copies unchanged into its captures file keeps
its signature, and only the other rows' texts are read and hashed.

The sidecar names rows by their number in the captures file it was made with, and records that file's SHA-256,
so it describes that file's texts and no other: a captures file written by another run, restored from elsewhere
or edited makes it unusable. (A key per text would need each text read back to find it; the captures'
content_sha256 is of the text with whitespace normalised, which the shingles do not do, so two texts with one
content_sha256 can have different signatures.) It also records a digest of the signature code, numpy's version
and Python's Unicode tables: when any of them changes, every signature is computed again. A missing, unreadable
or unusable sidecar only means that.
"""
from __future__ import annotations

import hashlib
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

FORMAT = "near-duplicate-signatures-1"
VERSION_KEY = b"atazan:signatures_version"
CAPTURES_KEY = b"atazan:captures_sha256"
_WIDTH = PERMUTATIONS * 4  # bytes of one signature (uint32, little-endian)
SCHEMA = pa.schema([
    pa.field("row", pa.int64(), nullable=False),  # the row number in the captures file
    pa.field("words", pa.bool_(), nullable=False),  # False: the text has no words, and no signature
    pa.field("signature", pa.binary(_WIDTH), nullable=False),  # zeros when it has no words
])


@dataclass(frozen=True)
class Signatures:
    """Signatures of rows of one captures file: `rows` increasing, `values[i]` the signature of row `rows[i]`
    (zeros where `words[i]` is False)."""
    rows: np.ndarray
    values: np.ndarray
    words: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)

    def through(self, sources: np.ndarray, rows: np.ndarray) -> "Signatures":
        """These signatures for the rows of a file made by copying rows of this one: row i of the new file is row
        `rows[i]` of this file where `sources[i]` is 1 (a merge plan's output; other sources are new rows)."""
        new_rows = np.nonzero(sources == 1)[0]
        at = np.searchsorted(self.rows, rows[new_rows])
        found = at < len(self.rows)
        found[found] = self.rows[at[found]] == rows[new_rows][found]
        return Signatures(new_rows[found], self.values[at[found]], self.words[at[found]])


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


def load(path: Path, captures: Path) -> Signatures | None:
    """The signatures kept for the rows of `captures`, or None when there are none usable."""
    if not path.exists() or not captures.exists() or not current(path):
        return None
    try:
        table = pq.ParquetFile(path).read()
    except (OSError, pa.ArrowException):
        return None
    if (table.schema.metadata or {}).get(CAPTURES_KEY) != file_sha256(captures).encode():
        return None  # made with another captures file
    try:
        table = table.select(SCHEMA.names).cast(SCHEMA)
    except (KeyError, pa.ArrowException):
        return None
    rows = table.column("row").to_numpy()
    if len(rows) > 1 and not np.all(rows[1:] > rows[:-1]):
        return None
    values = np.zeros((len(rows), PERMUTATIONS), dtype=np.uint32)
    if len(rows):
        signature = table.column("signature").combine_chunks()
        data = np.frombuffer(signature.buffers()[1], dtype=np.uint8)
        values[:] = data[signature.offset * _WIDTH:(signature.offset + len(rows)) * _WIDTH].view("<u4").reshape(
            -1, PERMUTATIONS)
    return Signatures(rows, values, table.column("words").to_numpy(zero_copy_only=False))


def save(path: Path, captures: Path, signatures: Signatures) -> None:
    """Keep `signatures` (of rows of `captures`, as it is now) in `path`, atomically."""
    values = np.ascontiguousarray(signatures.values, dtype="<u4")
    table = pa.table({
        "row": pa.array(signatures.rows, pa.int64()),
        "words": pa.array(signatures.words, pa.bool_()),
        "signature": pa.FixedSizeBinaryArray.from_buffers(pa.binary(_WIDTH), len(signatures),
                                                          [None, pa.py_buffer(values.tobytes())]),
    }, schema=SCHEMA.with_metadata({VERSION_KEY: version().encode(),
                                    CAPTURES_KEY: file_sha256(captures).encode()}))
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
