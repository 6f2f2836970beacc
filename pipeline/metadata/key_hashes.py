"""Whether a table kept as parts repeats a key, without grouping every key of every part again (issue 8).

A unique or primary-key constraint spans the whole table: each run grouped every key of every part (10-50 ms a table
at 100,000 pages, 0.3 s of a run that adds one part). Instead each part's keys are hashed once (DuckDB's `hash`,
sorted, kept in a file named by the part's SHA-256), and the store remembers which parts were found together with no
key twice. A run then looks only the other parts' hashes up: among themselves and in each of those parts'. No hash
found twice means no key found twice (equal keys hash alike): nothing repeats. A hash found twice (a key repeated, or
two keys that collide) sends the count to the caller's exact query, which says how many keys repeat.

The store is a folder beside the check's marker: `<SHA-256 of a part>.<constraint>.npy` per part and constraint, and
`<constraint>.json`, the parts (name -> SHA-256) proven to hold no key twice together. A part changed or gone leaves
the others proven (fewer rows repeat nothing more); a part not proven is checked. Files this module cannot read
are made again; an unreadable proof only means every part is checked.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import duckdb
import numpy as np

from pipeline.storage import duckdb_session
from pipeline.storage.atomic import save_array, write_bytes
from pipeline.storage.fingerprint import code_digest

FORMAT = "key-hashes-1"
SUFFIX = ".npy"


def repeated_keys(files: dict[str, Path], parts: dict[str, str], key: tuple[str, ...], nulls: bool, store: Path,
                  exact: Callable[[], int]) -> int:
    """How many keys (the columns `key`; rows whose key is NULL count as a key when `nulls`, else are left out)
    appear more than once over the parts (`files`: name -> file, `parts`: name -> its SHA-256): 0 when no hash
    repeats, else `exact()`."""
    constraint = code_digest(FORMAT, key, nulls, duckdb.__version__)[:16]
    store.mkdir(parents=True, exist_ok=True)
    proof = store / f"{constraint}.json"
    proven = {name: digest for name, digest in _load_proof(proof).items()
              if parts.get(name) == digest and _hashes_path(store, digest, constraint).exists()}
    fresh = [_part_hashes(files[name], key, nulls, _hashes_path(store, parts[name], constraint))
             for name in parts if name not in proven]
    count = exact() if _repeats(fresh, [_hashes_path(store, d, constraint) for d in proven.values()]) else 0
    if count == 0:
        write_bytes(proof, json.dumps(parts, sort_keys=True).encode())
    kept = {_hashes_path(store, digest, constraint).name for digest in parts.values()}
    for old in store.glob(f"*.{constraint}{SUFFIX}"):
        if old.name not in kept:
            old.unlink(missing_ok=True)
    return count


def _repeats(fresh: list[np.ndarray], proven: list[Path]) -> bool:
    """Whether a hash of the parts not proven appears twice among them, or in a proven part's (each sorted)."""
    if not fresh:
        return False
    new = np.sort(np.concatenate(fresh))
    if len(new) > 1 and bool(np.any(new[1:] == new[:-1])):
        return True
    for path in proven:
        old = _read(path)
        if old is None:
            return True  # gone since it was listed: the exact count decides
        at = np.minimum(np.searchsorted(old, new), max(len(old) - 1, 0))
        if len(old) and bool(np.any(old[at] == new)):
            return True
    return False


def _part_hashes(file: Path, key: tuple[str, ...], nulls: bool, kept: Path) -> np.ndarray:
    """The part's key hashes, sorted: from `kept` when it can be read, else taken and kept there."""
    hashes = _read(kept)
    if hashes is not None:
        return hashes
    columns = ", ".join(f'"{c}"' for c in key)
    where = "" if nulls else "WHERE " + " AND ".join(f'"{c}" IS NOT NULL' for c in key)
    con = duckdb_session.cursor()
    try:
        source = str(file).replace("'", "''")
        hashes = con.execute(f"SELECT hash({columns}) AS h FROM read_parquet('{source}') {where}").fetchnumpy()["h"]
    finally:
        con.close()
    hashes = np.sort(np.asarray(hashes, dtype=np.uint64))
    save_array(kept, hashes)
    return hashes


def _hashes_path(store: Path, digest: str, constraint: str) -> Path:
    return store / f"{digest}.{constraint}{SUFFIX}"


def _read(path: Path) -> np.ndarray | None:
    try:
        hashes = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    if hashes.dtype != np.uint64 or hashes.ndim != 1:
        return None
    return hashes


def _load_proof(path: Path) -> dict[str, str]:
    try:
        proof = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(proof, dict):
        return {}
    return {k: v for k, v in proof.items() if isinstance(k, str) and isinstance(v, str)}
