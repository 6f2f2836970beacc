"""How the analysis workers' server loads natasha's models faster, without changing what they compute (outside
pipeline/nlp: the analysis's version, analysis.nlp_version, covers what the models say, not how they load)."""
from __future__ import annotations

import numpy as np
from navec.pq import PQ

_PRECOMPUTE = PQ.precompute
_SIM = PQ.sim


def navec_lookups_only() -> None:
    """navec's quantised vectors (natasha's embedding) load without the tables of navec's own similarity queries: a
    norm a vector and a product a pair of centroids, 0.3 s of the server's loading (on the core the parse step
    waits for) and 26 MB. natasha's taggers only look vectors up (slovnet takes the codes and indexes); a `sim`
    call computes the tables first, as loading did."""
    PQ.precompute = _lookups_only
    PQ.sim = _sim_when_asked


def _lookups_only(pq: PQ) -> None:
    pq.qdims = np.arange(pq.qdim)  # what a lookup (PQ.__getitem__, unpack) needs


def _sim_when_asked(pq: PQ, a, b):
    if not hasattr(pq, "ab"):
        _PRECOMPUTE(pq)
    return _SIM(pq, a, b)
