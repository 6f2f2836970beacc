"""Putting a finished temporary file in place, only when it says something new.

A writer that produced the same bytes as the file it replaces leaves that file alone: its mtime stays, so the
fingerprints of the steps that read it stay valid without reading it again, and readers see no change.
"""
from __future__ import annotations

import os
from pathlib import Path


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
