"""The pairs kept between runs and updated with the new documents must be the pairs, and give the groups, that
groups_from_signatures finds over every document: over random signatures with planted near-duplicates, and over
signatures of a few values, whose buckets are large and whose pairs depend on the order of their members."""
import numpy as np
import pyarrow as pa
import pytest

from pipeline.documents import near_duplicates
from pipeline.documents.near_duplicates import PERMUTATIONS, groups_from_signatures
from pipeline.documents.similar_pairs import Pairs, earliest, found, groups, updated


def _signatures(count: int, rng, few_values: bool) -> np.ndarray:
    """Random signatures; a tenth copy an earlier one with 5-60% of its values changed (near-duplicates or not)."""
    high = 3 if few_values else 2 ** 32
    signature = rng.integers(0, high, (count, PERMUTATIONS), dtype=np.uint32)
    for i in np.nonzero(rng.random(count) < 0.1)[0]:
        if i:
            changed = rng.random(PERMUTATIONS) < rng.uniform(0.05, 0.6)
            signature[i] = np.where(changed, signature[i], signature[rng.integers(0, i)])
    return signature


def _reference_pairs(signature: np.ndarray) -> np.ndarray:
    pairs = near_duplicates._similar_pairs(signature, near_duplicates._candidate_pairs(signature))
    return np.unique(pairs, axis=0) if len(pairs) else np.empty((0, 2), dtype=np.int64)


def _ids(count: int) -> list[str]:
    return [f"doc{i}" for i in range(count)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("few_values", [False, True])
def test_the_pairs_found_at_once_are_groups_from_signatures_pairs(seed, few_values):
    rng = np.random.default_rng(seed)
    signature = _signatures(int(rng.integers(0, 400)), rng, few_values)
    pairs = found(signature)
    assert np.array_equal(pairs.pairs, _reference_pairs(signature))
    assert np.all(pairs.bands != 0)
    assert groups(_ids(len(signature)), pairs) == groups_from_signatures(_ids(len(signature)), signature)
    assert groups(pa.array(_ids(len(signature)), pa.string()), pairs) == groups(_ids(len(signature)), pairs)


class Archive:
    """Documents with a signature and a sort key (the canonical order), the set grouped in a run, and what the
    previous run kept: its documents in its order and its pairs."""

    def __init__(self, rng, few_values: bool):
        self.rng, self.few_values = rng, few_values
        self.signature = np.empty((0, PERMUTATIONS), dtype=np.uint32)
        self.key = np.empty(0)
        self.present = np.empty(0, dtype=bool)
        self.previous: np.ndarray | None = None  # document numbers in the previous run's order
        self.pairs: Pairs | None = None

    def add(self, count: int, earliest_key: float = 0.0, copies_of_present: float = 0.3) -> None:
        new = _signatures(count, self.rng, self.few_values)
        present = np.nonzero(self.present)[0]
        for i in range(count):  # some copy a document already there (an old group gains a member)
            if len(present) and self.rng.random() < copies_of_present:
                changed = self.rng.random(PERMUTATIONS) < self.rng.uniform(0.05, 0.4)
                new[i] = np.where(changed, new[i], self.signature[self.rng.choice(present)])
        self.signature = np.concatenate((self.signature, new))
        self.key = np.concatenate((self.key, self.rng.uniform(earliest_key, 1.0, count)))
        self.present = np.concatenate((self.present, np.ones(count, dtype=bool)))

    def remove(self, share: float) -> None:
        self.present &= self.rng.random(len(self.present)) >= share

    def rewrite(self, share: float) -> None:
        """Documents read again as new ones (a captures part written again): same signatures, new identities."""
        again = np.nonzero(self.present & (self.rng.random(len(self.present)) < share))[0]
        self.present[again] = False
        self.signature = np.concatenate((self.signature, self.signature[again]))
        self.key = np.concatenate((self.key, self.key[again]))
        self.present = np.concatenate((self.present, np.ones(len(again), dtype=bool)))

    def run(self) -> tuple[np.ndarray, Pairs]:
        """One run's grouping, incremental when there is a previous run; (documents in order, pairs)."""
        order = np.nonzero(self.present)[0]
        order = order[np.argsort(self.key[order], kind="stable")]
        signature = self.signature[order]
        if self.previous is None:
            pairs = found(signature)
        else:
            position = np.full(len(self.signature), -1)
            position[self.previous] = np.arange(len(self.previous))
            before = position[order]
            gone = self.signature[self.previous[~self.present[self.previous]]]
            pairs = updated(signature, before, self.pairs, gone)
        self.previous, self.pairs = order, pairs
        return order, pairs

    def check(self) -> dict[str, str]:
        order, pairs = self.run()
        signature = self.signature[order]
        whole = found(signature)
        assert np.array_equal(pairs.pairs, whole.pairs) and np.array_equal(pairs.bands, whole.bands)
        ids = [f"doc{i}" for i in order.tolist()]
        result = groups(ids, pairs)
        assert result == groups_from_signatures(ids, signature)
        return result


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("few_values", [False, True])
def test_runs_that_add_remove_and_rewrite_documents_group_as_a_whole_computation(seed, few_values):
    archive = Archive(np.random.default_rng(100 + seed), few_values)
    archive.add(300)
    archive.check()
    archive.add(5, earliest_key=0.9)  # new documents after the others
    archive.check()
    archive.add(20)  # anywhere in the order, some before the old canonicals
    archive.check()
    archive.remove(0.05)  # no longer the latest capture, or no longer relevant
    archive.check()
    archive.rewrite(0.2)
    archive.add(10)
    archive.check()
    archive.check()  # nothing new
    archive.remove(1.0)  # nothing left
    archive.check()
    archive.add(30)
    archive.check()


def test_a_new_document_earlier_than_a_groups_canonical_becomes_its_canonical():
    rng = np.random.default_rng(5)
    archive = Archive(rng, few_values=False)
    archive.add(200, copies_of_present=0.0)
    archive.signature[150] = archive.signature[20]  # doc20 and doc150 one group, led by the earlier of the two
    archive.key[20], archive.key[150] = 0.5, 0.6
    assert archive.check()["doc150"] == "doc20"
    archive.add(1, copies_of_present=0.0)
    archive.signature[-1] = archive.signature[150]
    archive.key[-1] = 0.1
    result = archive.check()
    assert result["doc20"] == result["doc150"] == result["doc200"] == "doc200"


def test_a_new_document_between_two_of_a_bucket_parts_them_when_no_other_band_joins_them():
    """A bucket pairs each member with its first and its previous member: a document put between two similar
    documents that only that band joins leaves them in no candidate pair, so no longer one group."""
    rng = np.random.default_rng(8)

    def random_signature():
        return rng.integers(0, 2 ** 32, PERMUTATIONS, dtype=np.uint32)

    first, a, c, between = (random_signature() for _ in range(4))
    for signature in (a, c, between):
        signature[:4] = first[:4]  # band 0: one bucket of all four
    c[4:] = np.where(np.arange(4, PERMUTATIONS) % 4 == 0, c[4:], a[4:])  # 97 of 128 values of a, no other band
    archive = Archive(rng, few_values=False)
    archive.signature = np.stack([first, a, c])
    archive.key = np.array([0.1, 0.2, 0.5])
    archive.present = np.ones(3, dtype=bool)
    assert archive.check() == {"doc1": "doc1", "doc2": "doc1"}
    archive.signature = np.concatenate((archive.signature, between[None]))
    archive.key = np.append(archive.key, 0.3)
    archive.present = np.append(archive.present, True)
    assert archive.check() == {}


def test_kept_documents_out_of_their_previous_order_are_grouped_whole():
    rng = np.random.default_rng(9)
    signature = _signatures(200, rng, few_values=True)
    previous = found(signature)
    shuffled = rng.permutation(200)
    assert np.array_equal(updated(signature[shuffled], shuffled, previous, signature[:0]).pairs,
                          found(signature[shuffled]).pairs)


def _union_find_roots(count: int, pairs: np.ndarray) -> list[int]:
    parent = list(range(count))

    def root(node):
        while parent[node] != node:
            node = parent[node]
        return node

    for a, b in pairs.tolist():
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [root(n) for n in range(count)]


@pytest.mark.parametrize("shape", ["random", "path", "star"])
def test_each_component_is_led_by_its_earliest_document(shape):
    rng = np.random.default_rng(len(shape))
    count = 500
    if shape == "random":
        pairs = rng.integers(0, count, (400, 2))
    elif shape == "path":  # a path through the documents in a random order: many rounds of hooking
        walk = rng.permutation(count)
        pairs = np.stack([walk[:-1], walk[1:]], axis=1)
    else:
        pairs = np.stack([np.full(count - 1, count - 1), np.arange(count - 1)], axis=1)
    pairs = np.sort(pairs, axis=1)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    assert earliest(count, pairs).tolist() == _union_find_roots(count, pairs)
    assert earliest(3, np.empty((0, 2), dtype=np.int64)).tolist() == [0, 1, 2]
