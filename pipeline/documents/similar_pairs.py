"""Near-duplicate groups kept between runs: a run that adds documents finds pairs for its new ones only.

groups_from_signatures (near_duplicates.py) is the definition. In each of the BANDS bands, documents whose band of
their signature is the same fall in one bucket; in a bucket, in the canonical order, every member is paired with
the bucket's first member and with the member before it; the pairs whose signatures agree on at least
SIMILARITY_THRESHOLD are similar, and the groups are their connected components, each led by its earliest document.

The pairs a bucket gives depend on its members and their order, and whether a pair is similar on its two signatures
alone. Documents kept from the previous run keep their signatures and their relative order (the canonical order is
decided by each document's own published_at and id), so a bucket that neither gained a new document nor lost one
gives this run the pairs it gave then. Only the buckets a new or departed document falls in (its band keys, looked
up among every document's) are paired again, a few rows each. For that, each kept pair carries the bands in which it
was a candidate: a pair whose bucket changed in one band loses that band only, and is dropped when it has none left.

The components are found in numpy, by hooking each root onto the smallest root it has an edge to and jumping
pointers until every edge joins one root; roots only move to smaller positions, so each component's root is its
earliest document, the one the union-find of groups_from_signatures ends at.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

# The keys, the order of a bucket and the similarity test must be groups_from_signatures' own for the pairs to be its.
from pipeline.documents.near_duplicates import BANDS, ROWS, SIMILARITY_THRESHOLD, _mix, stable_order

assert ROWS == 4 and BANDS <= 63  # the band key packs four rows; a pair's bands are bits of an int64
_CHUNK = 1 << 16  # pairs compared at once: 2 x 128 x 4 bytes each
_TABLE = 1 << 16  # slots of _is_in's table: 64 KB
_KEY_ROWS = 2048  # signatures made keys at once: 2 MB of uint64
_BAND_GROUP = 8  # bands whose keys are held at once: 8 bytes a document each


@dataclass(frozen=True)
class Pairs:
    """Similar pairs by position in the canonical order: `pairs[k]` = (i, j), i < j, each pair once (found and
    updated give them in increasing order); `bands[k]` has bit b set when the pair was a candidate in band b."""
    pairs: np.ndarray
    bands: np.ndarray

    def __len__(self) -> int:
        return len(self.pairs)


def found(signature: np.ndarray) -> Pairs:
    """The similar pairs of documents whose signatures are the rows of `signature`, in the canonical order."""
    count = len(signature)
    candidates = [(band, _bucket_pairs(keys)) for band, keys in _keys_by_band(signature)]
    codes, bands = _by_pair(count, candidates)
    return _similar(signature, codes, bands)


def updated(signature: np.ndarray, before: np.ndarray, previous: Pairs, gone: np.ndarray) -> Pairs:
    """found(signature), from the previous run's pairs: document i was at position `before[i]` of that run's order
    (-1: it is new), and `gone` holds the signatures of that run's documents that are not among these (their buckets
    lost a member). Kept documents out of their previous relative order mean found() over all of them."""
    count = len(signature)
    kept = np.nonzero(before >= 0)[0]
    if not len(kept) or np.any(np.diff(before[kept]) <= 0):
        return found(signature)
    now = np.full(int(max(before.max(), previous.pairs.max(initial=-1))) + 1, -1, dtype=np.int64)
    now[before[kept]] = kept
    old = now[previous.pairs] if len(previous) else np.empty((0, 2), dtype=np.int64)
    still = np.all(old >= 0, axis=1)  # a pair with a departed document is gone (its buckets are paired again)
    old, old_bands = old[still], previous.bands[still].copy()
    new = np.nonzero(before < 0)[0]
    candidates = []
    for (band, keys), (_, gone_keys) in zip(_keys_by_band(signature), _keys_by_band(gone)):
        changed = np.unique(np.concatenate((keys[new], gone_keys)))
        if not len(changed):
            continue
        in_changed = _is_in(keys, changed)
        old_bands[in_changed[old[:, 0]]] &= ~np.int64(1 << band)
        members = np.nonzero(in_changed)[0]
        candidates.append((band, members[_bucket_pairs(keys[members])]))
    codes, bands = _by_pair(count, candidates)
    fresh = _similar(signature, codes, bands)
    return _merged(count, Pairs(old, old_bands), fresh)


def earliest(count: int, pairs: np.ndarray) -> np.ndarray:
    """Each document's component root: the earliest document connected to it by the pairs."""
    label = np.arange(count, dtype=np.int64)
    a, b = pairs[:, 0], pairs[:, 1]
    while len(a):
        low, high = np.minimum(label[a], label[b]), np.maximum(label[a], label[b])
        apart = low != high
        a, b, low, high = a[apart], b[apart], low[apart], high[apart]
        # an edge whose ends share a root keeps sharing it: roots are only ever hooked onto smaller ones
        np.minimum.at(label, high, low)
        while True:
            jumped = label[label]
            if np.array_equal(jumped, label):
                break
            label = jumped
    return label


def groups(ids: list[str] | pa.Array, pairs: Pairs) -> dict[str, str]:
    """groups_from_signatures' {document_id: canonical document_id} from the similar pairs (ids[i] at position i).
    `ids` may be an Arrow array: only the grouped documents' ids are made Python strings (a run's 57,000 ids made
    a list took 0.025 s at 100,000 pages, for the few thousand grouped)."""
    if not len(pairs):
        return {}
    roots = earliest(len(ids), pairs.pairs)
    in_group = np.bincount(roots, minlength=len(ids))[roots] > 1
    return dict(zip(_taken(ids, np.nonzero(in_group)[0]), _taken(ids, roots[in_group])))


def _taken(ids: list[str] | pa.Array, positions: np.ndarray) -> list[str]:
    if isinstance(ids, pa.Array):
        return ids.take(pa.array(positions, pa.int64())).to_pylist()
    return [ids[i] for i in positions.tolist()]


def band_keys(signature: np.ndarray, bands: range) -> np.ndarray:
    """_candidate_pairs' bucket key of each signature in each of `bands` (bands x signatures). A few rows at a
    time, all the bands' values of a row together: a band's four values alone, row after row, read a cache line for
    every 16 bytes, and took four times as long."""
    keys = np.empty((len(bands), len(signature)), dtype=np.uint64)
    columns = slice(bands.start * ROWS, bands.stop * ROWS)
    for start in range(0, len(signature), _KEY_ROWS):
        rows = signature[start:start + _KEY_ROWS, columns].astype(np.uint64).reshape(-1, len(bands), ROWS)
        keys[:, start:start + _KEY_ROWS] = (_mix((rows[:, :, 0] << np.uint64(32)) | rows[:, :, 1]) ^
                                            ((rows[:, :, 2] << np.uint64(32)) | rows[:, :, 3])).T
    return keys


def _keys_by_band(signature: np.ndarray):
    """(band, its keys) for every band, _BAND_GROUP bands' keys in memory at a time."""
    for first in range(0, BANDS, _BAND_GROUP):
        bands = range(first, min(first + _BAND_GROUP, BANDS))
        yield from zip(bands, band_keys(signature, bands))


def _bucket_pairs(keys: np.ndarray) -> np.ndarray:
    """(first, member) and (previous, member) of every bucket, as indices into `keys` (given in canonical order)."""
    order = stable_order(keys)
    sorted_keys = keys[order]
    same_as_previous = np.concatenate(([False], sorted_keys[1:] == sorted_keys[:-1]))
    members = np.nonzero(same_as_previous)[0]
    if not len(members):
        return np.empty((0, 2), dtype=np.int64)
    run_start = np.maximum.accumulate(np.where(same_as_previous, 0, np.arange(len(keys))))
    return np.concatenate((np.stack([order[run_start[members]], order[members]], axis=1),
                           np.stack([order[members - 1], order[members]], axis=1)))


def _by_pair(count: int, candidates: list[tuple[int, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Each candidate pair once (as i * count + j, increasing) with the bands it was a candidate in."""
    codes = [pairs[:, 0] * count + pairs[:, 1] for _, pairs in candidates]
    bits = [np.full(len(pairs), 1 << band, dtype=np.int64) for band, pairs in candidates]
    if not codes:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return _or_by_code(np.concatenate(codes), np.concatenate(bits))


def _or_by_code(codes: np.ndarray, bits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not len(codes):
        return codes, bits
    order = np.argsort(codes)
    codes, bits = codes[order], bits[order]
    starts = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1])))
    return codes[starts], np.bitwise_or.reduceat(bits, starts)


def _similar(signature: np.ndarray, codes: np.ndarray, bands: np.ndarray) -> Pairs:
    count = max(len(signature), 1)
    pairs = np.stack([codes // count, codes % count], axis=1)
    keep = np.zeros(len(pairs), dtype=bool)
    for start in range(0, len(pairs), _CHUNK):
        part = pairs[start:start + _CHUNK]
        # the expression of near_duplicates._similar_pairs, so a pair at the threshold is decided the same way
        keep[start:start + _CHUNK] = (signature[part[:, 0]] == signature[part[:, 1]]).mean(axis=1) \
            >= SIMILARITY_THRESHOLD
    return Pairs(pairs[keep], bands[keep])


def _merged(count: int, kept: Pairs, fresh: Pairs) -> Pairs:
    codes, bands = _or_by_code(np.concatenate((kept.pairs[:, 0] * count + kept.pairs[:, 1],
                                               fresh.pairs[:, 0] * count + fresh.pairs[:, 1])),
                               np.concatenate((kept.bands, fresh.bands)))
    codes, bands = codes[bands != 0], bands[bands != 0]
    return Pairs(np.stack([codes // max(count, 1), codes % max(count, 1)], axis=1), bands)


def _is_in(keys: np.ndarray, sorted_unique: np.ndarray) -> np.ndarray:
    """Which keys are among the few `sorted_unique`: a binary search of every key cost 5 ms a band at 57,000 keys,
    so the keys are first looked up by their low bits in a table that fits the CPU cache, and searched if there."""
    low_bits = np.uint64(_TABLE - 1)
    table = np.zeros(_TABLE, dtype=bool)
    table[(sorted_unique & low_bits).astype(np.intp)] = True
    maybe = np.nonzero(table[(keys & low_bits).astype(np.intp)])[0]
    at = np.minimum(np.searchsorted(sorted_unique, keys[maybe]), len(sorted_unique) - 1)
    found_here = np.zeros(len(keys), dtype=bool)
    found_here[maybe] = sorted_unique[at] == keys[maybe]
    return found_here
