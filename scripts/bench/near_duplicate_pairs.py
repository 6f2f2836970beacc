"""The near-duplicate grouping of a +1% run, timed in-process: the whole computation against the update of the
previous run's pairs (pipeline/documents/similar_pairs.py), and the sidecar's pair columns.

    python -m scripts.bench.near_duplicate_pairs --documents 57000 --new 600 --gone 30

Random signatures in the canonical order, a tenth of them copies of an earlier one with 5-60% of their values
changed (near-duplicates or not). `--new` of them, at random positions (new pages dated anywhere in the archive's
time, as the build benchmark dates them), were not there in the previous run, and `--gone` documents of the previous
run are no longer there (pages captured again). With `--sidecar`, the signatures are those a build kept
(core/core_documents.signatures.parquet, in its file order), and `--documents` the first of them. Each function is
timed best of `--repeat` runs, wall and CPU time: other work on the machine lengthens both (the CPU time less).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents import signature_store, similar_pairs
from pipeline.documents.near_duplicates import PERMUTATIONS, groups_from_signatures
from pipeline.documents.signature_store import Grouping


def planted(count: int, rng: np.random.Generator, share: float = 0.1) -> np.ndarray:
    signature = rng.integers(0, 2 ** 32, (count, PERMUTATIONS), dtype=np.uint32)
    for i in np.nonzero(rng.random(count) < share)[0]:
        if i:
            changed = rng.random(PERMUTATIONS) < rng.uniform(0.05, 0.6)
            signature[i] = np.where(changed, signature[i], signature[rng.integers(max(0, i - 2000), i)])
    return signature


def kept_signatures(path: Path) -> np.ndarray:
    """The signatures of the texts with words in a signature sidecar, in its order."""
    kept = signature_store.stored(path)
    if kept is None:
        raise SystemExit(f"{path}: not a readable signature sidecar (or one of its blocks is missing)")
    words, values = kept
    return values[words]


def best(repeat: int, function) -> tuple[tuple[float, float], object]:
    """((best wall seconds, best CPU seconds), the result): the CPU time is what a loaded machine changes least."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return (min(walls), min(cpus)), result


def _ms(seconds: tuple[float, float]) -> str:
    return f"{seconds[0] * 1000:7.1f} ms wall, {seconds[1] * 1000:7.1f} ms CPU"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=57_000, help="documents grouped in this run")
    parser.add_argument("--new", type=int, default=600, help="of which not there in the previous run")
    parser.add_argument("--gone", type=int, default=30, help="documents of the previous run no longer there")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--sidecar", type=Path, help="a build's kept signatures instead of random ones")
    args = parser.parse_args(argv)

    rng = np.random.default_rng(args.seed)
    if args.sidecar:
        everything = kept_signatures(args.sidecar)[:args.documents + args.gone]
    else:
        everything = planted(args.documents + args.gone, rng)
    gone = np.zeros(len(everything), dtype=bool)
    gone[rng.choice(len(everything), args.gone, replace=False)] = True
    new = np.zeros(len(everything), dtype=bool)
    new[rng.choice(np.nonzero(~gone)[0], args.new, replace=False)] = True
    previous = np.nonzero(~new)[0]  # the previous run's documents, in the same canonical order
    now = np.nonzero(~gone)[0]
    signature = everything[now]
    position = np.full(len(everything), -1)
    position[previous] = np.arange(len(previous))
    before = position[now]
    kept = similar_pairs.found(everything[previous])
    ids = [f"doc{i}" for i in now.tolist()]

    whole_s, expected = best(args.repeat, lambda: groups_from_signatures(ids, signature))
    found_s, _ = best(args.repeat, lambda: similar_pairs.groups(ids, similar_pairs.found(signature)))
    updated_s, result = best(args.repeat, lambda: similar_pairs.groups(
        ids, similar_pairs.updated(signature, before, kept, everything[gone])))
    if result != expected:
        raise SystemExit("the updated grouping is not groups_from_signatures'")
    pairs = similar_pairs.updated(signature, before, kept, everything[gone])
    write_s, read_s = _pair_columns(pairs, len(signature), args.repeat)
    print(f"{len(signature):,} documents ({args.new:,} new, {args.gone:,} gone), {len(pairs):,} similar pairs, "
          f"{len(expected):,} documents in groups; best of {args.repeat}:")
    print(f"  groups_from_signatures, whole (before):  {_ms(whole_s)}")
    print(f"  similar_pairs.found + groups, whole:     {_ms(found_s)} (a first run, or no usable sidecar)")
    print(f"  similar_pairs.updated + groups (after):  {_ms(updated_s)} ({whole_s[0] / updated_s[0]:.1f}x wall)")
    print(f"  the sidecar's pair columns: written {_ms(write_s)}; read {_ms(read_s)}")
    return 0


def _pair_columns(pairs: similar_pairs.Pairs, count: int, repeat: int):
    """What keeping the pairs adds to the sidecar's write and read (rank and two list columns)."""
    grouping = Grouping(np.arange(count), pairs, np.empty((0, PERMUTATIONS), dtype=np.uint32))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pairs.parquet"
        write_s, _ = best(repeat, lambda: pq.write_table(
            pa.table(signature_store._grouping_columns(grouping)), path, compression="zstd"))
        usable = np.ones(count, dtype=bool)
        read_s, _ = best(repeat, lambda: signature_store._grouping(
            pq.ParquetFile(path).read(), np.zeros((count, 0), dtype=np.uint32), usable))
    return write_s, read_s


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
