"""Putting a finished temporary file in place: a reader, or a run killed half-way, sees the old file or the new one,
never part of one; and, with replace_if_changed, only when it says something new.

A writer that produced the same bytes as the file it replaces leaves that file alone: its mtime stays, so the
fingerprints of the steps that read it stay valid without reading it again, and readers see no change.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np


def write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def save_array(path: Path, array: np.ndarray) -> None:
    """`array` as a .npy file (np.save to an open file: given a name, it would add a suffix to the temporary one)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as out:
        np.save(out, array, allow_pickle=False)
    os.replace(tmp, path)


def replace_if_changed(tmp: Path, target: Path) -> bool:
    """Move `tmp` onto `target` unless `target` already holds the same bytes (then `tmp` is removed).
    True when `target` was replaced."""
    if _same_bytes(tmp, target):
        tmp.unlink()
        return False
    os.replace(tmp, target)
    return True


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if os.path.getsize(a) != os.path.getsize(b):
            return False
    except OSError:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            chunk = fa.read(1 << 20)
            if chunk != fb.read(1 << 20):
                return False
            if not chunk:
                return True
