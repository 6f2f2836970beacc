"""Row constraints counted part by part, so that a check of a table kept as parts reads only its new or changed
parts (issue 8: a new WARC file adds one part, and its check should cost about that part).

A row constraint (required, allowed values, minimum, maximum, a foreign key, a hand-written condition on each row)
is decided row by row: a table's count is the sum of its parts' counts, and a part's count depends only on the
part's content, the condition and the content of the tables the condition reads. Each count is kept under the
part's SHA-256 and a key made of the condition and the digests of those tables, so a part whose content and key
were counted before is not read again. A foreign key whose target changed (a reference to the table itself:
whenever the table changes) has a new key; DuckDB reads only the columns its condition names. A target kept as
one file is known by the values of the key it is referenced by, not by its bytes: `people` or `sources`, written
again by every run that adds pages (a person's counts, a source's documents), keep their counts while no key comes
or goes (`out_statements` and `out_documents` read every part again on every such run). And a row with no
target can only find one when the target gains rows: a part that had none for a key still has none when the
target is kept as parts and only gained some (its parts as they were, and new ones: what a new WARC file does),
so such a part is not read again; the other parts are. A table constraint (a unique or primary key) spans parts:
it is counted on the whole table, over its key columns only.

The counts are kept with the digest of the checking code: other code, nothing reused. A table whose parts do not
all have the same columns and types is counted whole, as one read of all its parts would count it, and nothing
is kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.metadata.key_hashes import repeated_keys
from pipeline.metadata.schema import Table
from pipeline.metadata.validation import (PART_COLUMN, Constraint, Violation, connect, constraints, reference_views,
                                          violation)
from pipeline.storage.fingerprint import FileState, code_digest
from pipeline.storage.footers import footer


# Up to this many bytes of parts to read, the conditions are counted in one scan, each with a FILTER; beyond, in a
# query each, which lets DuckDB skip the row groups whose statistics rule its condition out (a required column
# without nulls is not read at all). One scan reads every column a condition names: on the 100,000-page testbed
# 0.02-0.05 s for a new captures part (1.6 MB) against 0.05-0.12 s a query each, but 0.9 s for the whole table
# (34 MB) against 0.3 s.
ONE_SCAN_BYTES = 8 << 20


@dataclass(frozen=True)
class RowCount:
    """A row condition (on `t`) and the key its counts are kept under. `targets`, for a foreign key whose target
    tables are all kept as parts: their parts ({table: {part name: SHA-256}}), under which a part's count of none
    stays none while they only gain parts (`grows`: the key such counts are kept under, the condition's alone)."""
    key: str
    condition: str
    targets: dict[str, dict[str, str]] | None = None

    @property
    def grows(self) -> str:
        return "none:" + code_digest(self.condition)[:24]


def row_count(condition: str, *depends_on: str) -> RowCount:
    """A condition whose count also depends on `depends_on` (the digests of the tables it reads)."""
    return RowCount(code_digest(condition, *depends_on)[:24], condition)


def foreign_key_count(condition: str, targets: dict[str, FileState], keys: dict[str, str] | None = None) -> RowCount:
    """A foreign key's condition (rows whose key is in no row of the `targets`), kept under the targets' digests
    (a target's `keys`, when given: the digest of its referenced values, key_values_digest); with their parts when
    every target is kept as parts."""
    keys = keys or {}
    parts = {name: {part: raw["sha256"] for part, raw in state.parts.items()} if state.parts is not None else None
             for name, state in sorted(targets.items())}
    identities = [f"keys:{keys[name]}" if name in keys else state.sha256 for name, state in sorted(targets.items())]
    return RowCount(code_digest(condition, *identities)[:24], condition,
                    None if any(p is None for p in parts.values()) else parts)


def key_values_digest(path: Path, columns: tuple[str, ...]) -> str:
    """A digest of the distinct values of `columns` in the table at `path` (one file), rows with a null left out:
    all that a foreign key's condition reads of its target (a null never matches)."""
    table = pq.read_table(path, columns=list(columns))
    valid = pc.is_valid(table[columns[0]])
    for column in columns[1:]:
        valid = pc.and_(valid, pc.is_valid(table[column]))
    distinct = table.filter(valid).group_by(list(columns)).aggregate([]).sort_by([(c, "ascending") for c in columns])
    return code_digest(columns, list(zip(*(distinct[c].to_pylist() for c in columns))))


def _only_gained(before: dict[str, dict[str, str]] | None, now: dict[str, dict[str, str]]) -> bool:
    """Whether every target kept every part it had, as it was (and may have more)."""
    return (isinstance(before, dict) and set(before) == set(now) and all(
        isinstance(before[name], dict) and all(now[name].get(part) == sha for part, sha in before[name].items())
        for name in now))


@dataclass
class PartCounts:
    """The counts of row conditions by part digest and key, as a check's marker keeps them."""
    code: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    schemas: dict[str, str] = field(default_factory=dict)  # part digest -> digest of its columns and types
    # RowCount.grows -> the targets' parts under which every part's count kept under that key (none) holds
    targets: dict[str, dict] = field(default_factory=dict)
    parts_counted: int = 0  # parts this run read (not kept)

    @classmethod
    def load(cls, raw: object, code: str) -> "PartCounts":
        """The counts a marker kept, when they were made by this code; none otherwise."""
        if (not isinstance(raw, dict) or raw.get("code") != code or not isinstance(raw.get("counts"), dict)
                or not isinstance(raw.get("schemas"), dict)):
            return cls(code)
        targets = raw.get("targets")
        return cls(code, raw["counts"], raw["schemas"], targets if isinstance(targets, dict) else {})

    def raw(self) -> dict:
        return {"code": self.code, "counts": self.counts, "schemas": self.schemas, "targets": self.targets}


def part_digests(path: Path, state: FileState) -> dict[str, str]:
    """Each part's file name and SHA-256, from the table's fingerprint state (a plain file is its one part)."""
    if state.parts is None:
        return {Path(path).name: state.sha256}
    return {name: raw["sha256"] for name, raw in state.parts.items()}


def count_parts(path: Path, parts: dict[str, str], conditions: list[RowCount], known: PartCounts,
                views: dict[str, Path] | None = None, utc: bool = False) -> tuple[list[int], PartCounts]:
    """The rows of the table at `path` matching each condition, summed over its parts, and the counts to keep.
    `parts` maps each part's file name to its SHA-256 as the check's fingerprint took it; a part is read only for
    the conditions whose count of its digest is not in `known`. `views` are the tables the conditions read."""
    path = Path(path)
    files = {name: path / name if path.is_dir() else path for name in parts}
    schemas = {digest: known.schemas.get(digest) or _schema_digest(files[name]) for name, digest in parts.items()}
    if len(set(schemas.values())) > 1:
        con = connect(path, views, utc)
        try:
            totals = [con.execute(f"SELECT count(*) FROM t WHERE {c.condition}").fetchall()[0][0] for c in conditions]
        finally:
            con.close()
        return totals, PartCounts(known.code, parts_counted=len(parts))

    keys = [c.key for c in conditions]
    growing = [c for c in conditions if c.targets is not None]
    kept_keys = set(keys) | {c.grows for c in growing}
    by_digest = {digest: {k: n for k, n in known.counts.get(digest, {}).items() if k in kept_keys}
                 for digest in set(parts.values())}
    for c in growing:
        grown = _only_gained(known.targets.get(c.grows), c.targets)
        for counts in by_digest.values():
            if not grown:
                counts.pop(c.grows, None)  # none under targets that lost or changed a part: proves nothing now
            elif c.key not in counts and counts.get(c.grows) == 0:
                counts[c.key] = 0
    # parts missing the same conditions are read together, in one scan
    missing: dict[tuple[str, ...], list[str]] = {}
    for name, digest in parts.items():
        todo = tuple(k for k in keys if k not in by_digest[digest])
        if todo:
            missing.setdefault(todo, []).append(name)
    for todo, names in missing.items():
        chosen = [c for c in conditions if c.key in todo]
        counted = _count(path, [files[n] for n in names], chosen, views, utc)
        for name in names:
            by_digest[parts[name]].update(zip(todo, counted[str(files[name])]))
    for c in growing:  # every part's count is now under the current targets
        for counts in by_digest.values():
            if counts[c.key] == 0:
                counts[c.grows] = 0
            else:
                counts.pop(c.grows, None)
    totals = [sum(by_digest[digest][k] for digest in parts.values()) for k in keys]
    return totals, PartCounts(known.code, by_digest, schemas, {c.grows: c.targets for c in growing},
                              parts_counted=sum(len(names) for names in missing.values()))


def _count(path: Path, files: list[Path], conditions: list[RowCount], views: dict[str, Path] | None,
           utc: bool) -> dict[str, list[int]]:
    counted: dict[str, list[int]] = {str(f): [0] * len(conditions) for f in files}
    con = connect(path, views, utc, files=files)
    try:
        if sum(f.stat().st_size for f in files) <= ONE_SCAN_BYTES:
            filters = ", ".join(f"count(*) FILTER (WHERE {c.condition})" for c in conditions)
            for part, *counts in con.execute(f"SELECT {PART_COLUMN}, {filters} FROM t GROUP BY 1").fetchall():
                counted[part] = counts
        else:
            for i, c in enumerate(conditions):
                for part, count in con.execute(f"SELECT {PART_COLUMN}, count(*) FROM t WHERE {c.condition} "
                                               f"GROUP BY 1").fetchall():
                    counted.setdefault(part, [0] * len(conditions))[i] = count
    finally:
        con.close()
    # a name DuckDB spelled otherwise than it was asked must not leave a part at 0
    unknown = set(counted) - {str(f) for f in files}
    if unknown:
        raise RuntimeError(f"DuckDB named parts that were not asked for: {sorted(unknown)[:3]}")
    return counted


def _schema_digest(file: Path) -> str:
    # names and types, as DuckDB reads them: the parts DuckDB wrote mark a column required when it had no nulls
    return code_digest([(f.name, str(f.type)) for f in footer(file).schema])[:24]


def row_violations_by_part(table: Table, path: Path, referenced: dict[str, tuple[Table, Path]] | None,
                           parts: dict[str, str], targets: dict[str, FileState],
                           known: PartCounts, keys: Path | None = None) -> tuple[list[Violation], PartCounts]:
    """What `validation.row_violations` finds, with the row constraints counted part by part (reusing `known`) and
    the table constraints on the whole table. `targets` holds the fingerprint state of each referenced
    (published) table. `keys`: where the key constraints of a table kept as parts keep their parts' key hashes
    (key_hashes.py); None: every key is grouped again."""
    checked = constraints(table, referenced)
    rows = [c for c in checked if c.condition]
    conditions = [foreign_key_count(c.condition, {name: targets[name] for name in c.references},
                                    {name: key_values_digest(referenced[name][1], c.reference_columns)
                                     for name in c.references if targets[name].parts is None})
                  if c.references else row_count(c.condition) for c in rows]
    totals, kept = count_parts(path, parts, conditions, known, reference_views(rows, referenced))
    counts = iter(totals)
    found = [next(counts) if c.condition else None for c in checked]
    if any(c.sql for c in checked):
        con = connect(path)
        try:
            found = [n if n is not None else _table_count(c, con, path, parts, keys) for c, n in zip(checked, found)]
        finally:
            con.close()
    return [violation(c, n) for c, n in zip(checked, found) if n], kept


def _table_count(c: Constraint, con, path: Path, parts: dict[str, str], keys: Path | None) -> int:
    """A table constraint's count: a key constraint of a table kept as parts from its parts' key hashes."""
    exact = lambda: con.execute(c.sql).fetchall()[0][0]  # noqa: E731
    if c.key and keys is not None and Path(path).is_dir() and parts:
        return repeated_keys({name: Path(path) / name for name in parts}, parts, c.key, c.key_nulls, keys, exact)
    return exact()
