"""Strings of an Arrow array as one run of bytes, to hash many lines at once."""
from __future__ import annotations

import numpy as np
import pyarrow as pa


def joined_strings(values: pa.Array | pa.ChunkedArray) -> bytes:
    """The strings one after the other (nulls as nothing): what b"".join of their UTF-8 bytes gives, taken from
    the array's value buffer."""
    values = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    if not len(values):
        return b""
    _, offsets, data = values.buffers()
    at = np.frombuffer(offsets, dtype=np.int32)[values.offset:values.offset + len(values) + 1]
    return data.to_pybytes()[at[0]:at[-1]]
