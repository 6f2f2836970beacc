"""`atazan sources`: the registry as a table."""
from __future__ import annotations

from typing import TextIO

from pipeline.sources.catalogue import source_rows

COLUMNS = ("source", "hosts", "languages", "discovery", "rate_limit_per_s", "enabled")


def print_sources(out: TextIO) -> int:
    rows = [[_cell(row[c]) for c in COLUMNS] for row in source_rows()]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(COLUMNS)]
    out.write("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    return 0


def _cell(value) -> str:
    if isinstance(value, list):
        return ",".join(value) or "-"
    if value is None or value == "":
        return "-"
    return str(value)
