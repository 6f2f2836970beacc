"""Re-published reports: one press release on several sites, lightly edited, linked to one canonical document.

Texts are compared by the Jaccard similarity of their 5-word shingles, estimated with MinHash and found with
locality-sensitive hashing (LSH), so no pair of documents is compared unless they share a band of their
signature. A new headline, an agency tag ("передает Kazinform") or an added paragraph leaves most shingles of
a 300-word release intact (similarity 0.7-0.95); two journalists writing up the same event choose different
words and share few 5-word runs (below 0.2 even when both quote the same sentence). SIMILARITY_THRESHOLD sits
between the two; the tests hold the pairs that set it.

Only the standard library and numpy: words hashed with zlib.crc32 (stable across runs, unlike hash()), shingles
and MinHash in numpy in batches, so memory is the signatures (PERMUTATIONS x 4 bytes a document) plus one batch.
"""
from __future__ import annotations

import string
import unicodedata
import zlib
from collections.abc import Iterable

import numpy as np

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS, ROWS = 32, 4  # 32 x 4 = 128: a pair at similarity 0.5 becomes a candidate with probability 0.87
SIMILARITY_THRESHOLD = 0.5
# Shingles hashed at once: PERMUTATIONS x this x 4 bytes = 4 MB of scratch, which stays in the CPU cache
# (32 MB batches ran three times slower).
BATCH_SHINGLES = 1 << 13

_rng = np.random.default_rng(20260315)  # fixed: the same text must give the same signature in every run
_MULTIPLIERS = (_rng.integers(1, 2**32, PERMUTATIONS, dtype=np.uint32) | np.uint32(1))[:, None]
_INCREMENTS = _rng.integers(0, 2**32, PERMUTATIONS, dtype=np.uint32)[:, None]
_POSITION_FACTORS = _rng.integers(1, 2**63, SHINGLE_WORDS, dtype=np.uint64) | np.uint64(1)

# Punctuation becomes a space, so "комиссии," and "комиссии" are one word. Working on UTF-8 bytes with a
# 256-entry table is what normalise_for_hash's casefolding plus a regex would do, at a twentieth of the cost.
_ASCII_PUNCTUATION = bytes.maketrans(string.punctuation.encode(), b" " * len(string.punctuation))
_OTHER_PUNCTUATION = [c.encode() for c in "«»„“”‘’–—‑‐…•·\u00a0\u202f№"]


def _words(text: str) -> list[bytes]:
    data = unicodedata.normalize("NFC", text).casefold().replace("ё", "е").encode("utf-8")
    data = data.translate(_ASCII_PUNCTUATION)
    for mark in _OTHER_PUNCTUATION:
        if mark in data:
            data = data.replace(mark, b" ")
    return data.split()


def shingle_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the text's overlapping 5-word runs (case, punctuation and spacing ignored)."""
    words = _words(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    word_hashes = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    count = max(len(words) - SHINGLE_WORDS + 1, 1)  # a text shorter than one shingle is one shingle
    shingles = np.zeros(count, dtype=np.uint64)
    for position in range(min(SHINGLE_WORDS, len(words))):
        shingles += word_hashes[position:position + count] * _POSITION_FACTORS[position]  # wraps mod 2**64
    return _mix(shingles)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the sums over all 64 bits before MinHash takes the high half."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def _minhash_batch(shingle_arrays: list[np.ndarray]) -> np.ndarray:
    """Signatures (documents x PERMUTATIONS, uint32) of non-empty shingle arrays, one numpy pass for all."""
    lengths = np.fromiter((len(a) for a in shingle_arrays), dtype=np.int64, count=len(shingle_arrays))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    shingles = (np.concatenate(shingle_arrays) >> np.uint64(32)).astype(np.uint32)
    # one permutation of the 32-bit values per row: odd multiplier, increment, xor-shift (each a bijection)
    hashed = _MULTIPLIERS * shingles[None, :]
    hashed += _INCREMENTS
    hashed ^= hashed >> np.uint32(15)
    return np.ascontiguousarray(np.minimum.reduceat(hashed, starts, axis=1).T)


def signatures(texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of the texts that have words, and the positions (in input order) they belong to."""
    batches: list[np.ndarray] = []
    positions: list[int] = []
    pending: list[np.ndarray] = []
    pending_shingles = 0
    for position, text in enumerate(texts):
        shingles = shingle_hashes(text)
        if not len(shingles):
            continue  # an empty page is nobody's duplicate
        positions.append(position)
        pending.append(shingles)
        pending_shingles += len(shingles)
        if pending_shingles >= BATCH_SHINGLES:
            batches.append(_minhash_batch(pending))
            pending, pending_shingles = [], 0
    if pending:
        batches.append(_minhash_batch(pending))
    if not batches:
        return np.empty((0, PERMUTATIONS), dtype=np.uint32), np.empty(0, dtype=np.int64)
    return np.concatenate(batches), np.asarray(positions, dtype=np.int64)


def similarity(text_a: str, text_b: str) -> float:
    """Estimated Jaccard similarity of two texts' shingles (0 when either has no words)."""
    signature, positions = signatures([text_a, text_b])
    if len(positions) < 2:
        return 0.0
    return float(np.mean(signature[0] == signature[1]))


def _candidate_pairs(signature: np.ndarray) -> np.ndarray:
    """Pairs (i < j) that share at least one band: each document with the first and the previous document
    of every bucket it falls in."""
    count = len(signature)
    found = []
    for band in range(BANDS):
        # one band at a time: a uint64 copy of the whole signature would be 1 KB a document
        rows = signature[:, band * ROWS:(band + 1) * ROWS].astype(np.uint64)
        keys = _mix((rows[:, 0] << np.uint64(32)) | rows[:, 1]) ^ ((rows[:, 2] << np.uint64(32)) | rows[:, 3])
        order = stable_order(keys)
        sorted_keys = keys[order]
        same_as_previous = np.concatenate(([False], sorted_keys[1:] == sorted_keys[:-1]))
        if not same_as_previous.any():
            continue
        run_start = np.maximum.accumulate(np.where(same_as_previous, 0, np.arange(count)))
        members = np.nonzero(same_as_previous)[0]
        found.append(np.stack([order[run_start[members]], order[members]], axis=1))
        found.append(np.stack([order[members - 1], order[members]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found), axis=1)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    return np.unique(pairs, axis=0)


def stable_order(keys: np.ndarray) -> np.ndarray:
    """np.argsort(keys, kind="stable") in a third of its time at 100,000 keys (5 ms a band, 32 bands a run): the
    default sort, with only the runs of equal keys (a bucket's few members) put in their original order."""
    order = np.argsort(keys)
    sorted_keys = keys[order]
    tie = sorted_keys[1:] == sorted_keys[:-1]
    if tie.any():
        in_run = np.zeros(len(keys), dtype=bool)
        in_run[1:] |= tie
        in_run[:-1] |= tie
        at = np.nonzero(in_run)[0]
        order[at] = order[at][np.lexsort((order[at], sorted_keys[at]))]
    return order


def _similar_pairs(signature: np.ndarray, pairs: np.ndarray, chunk: int = 1 << 16) -> np.ndarray:
    keep = []
    for start in range(0, len(pairs), chunk):
        part = pairs[start:start + chunk]
        agreement = (signature[part[:, 0]] == signature[part[:, 1]]).mean(axis=1)
        keep.append(part[agreement >= SIMILARITY_THRESHOLD])
    return np.concatenate(keep) if keep else pairs


def _components(count: int, pairs: np.ndarray) -> np.ndarray:
    """Union-find over the similar pairs; every document's root is the earliest document of its group."""
    parent = np.arange(count)

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in pairs.tolist():
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.fromiter((root(node) for node in range(count)), dtype=np.int64, count=count)


def near_duplicate_groups(docs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{document_id: canonical document_id} for every document that has a near-duplicate.

    docs are (document_id, text) pairs in a stable order (document ids unique); the canonical document of a
    group is its first in that order and maps to itself, so "not counted twice" means counting documents whose
    id is absent from the result or maps to itself. Groups are connected components: if A is like B and B like
    C, all three are one group even when A and C differ more.
    """
    ids: list[str] = []

    def texts():
        for document_id, text in docs:
            ids.append(document_id)
            yield text

    signature, positions = signatures(texts())
    return groups_from_signatures([ids[p] for p in positions], signature)


def groups_from_signatures(ids: list[str], signature: np.ndarray) -> dict[str, str]:
    """near_duplicate_groups from signatures already computed (row i is document ids[i], in the stable order
    that decides the canonical), so the texts can be read in any order, once."""
    if len(ids) < 2:
        return {}
    similar = _similar_pairs(signature, _candidate_pairs(signature))
    if not len(similar):
        return {}
    roots = _components(len(ids), similar)
    in_group = np.bincount(roots, minlength=len(ids))[roots] > 1
    return {ids[i]: ids[roots[i]] for i in np.nonzero(in_group)[0]}
