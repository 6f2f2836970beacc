"""The names and roles summaries of each part of core_statements (people_parts.py), kept between runs beside the
event and people step's state: a run that adds a part of statements summarises that part, and takes the others'
summaries from the last run's.

Two Parquet files, written atomically, each row with the name of the part it summarises; the names file's footer
records what every part was summarised from (the digest of its rows the step takes anyway, incremental._digest)
and by which code. A part is summarised again when its digest or the code differs, or the files cannot be read:
a part's summary is never taken for other rows, even after a run killed halfway (rows and digests are in one file).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import pipeline.nlp.people as people_module
import pipeline.nlp.people_parts as people_parts
from pipeline.nlp.people_parts import NAMES_SCHEMA, ROLES_SCHEMA, summarise
from pipeline.storage.fingerprint import code_digest, module_code

MADE_FROM_KEY = "atazan:summarised_parts"  # {part: digest of its rows} and the code, as JSON
_PART = pa.field("part", pa.string())


@dataclass(frozen=True)
class Part:
    name: str
    start: int  # its first row in the statements read whole
    rows: int
    digest: str  # of its rows (what it is summarised from)


@dataclass
class Summaries:
    names: pa.Table  # NAMES_SCHEMA, every part's in the parts' order
    roles: pa.Table
    part_index: tuple[pa.Array, pa.Array]  # each row's part number, of names and of roles
    summarised: list[str]  # the parts summarised by this run (the others' summaries were kept)


def summaries_paths(state_path: Path) -> tuple[Path, Path]:
    """core/events_and_people.names.parquet and .roles.parquet, beside the state file."""
    stem = Path(state_path).name.removesuffix(".state.json")
    return (Path(state_path).with_name(f"{stem}.names.parquet"),
            Path(state_path).with_name(f"{stem}.roles.parquet"))


def code() -> str:
    return code_digest("people-summaries-1", module_code(people_parts, people_module), NAMES_SCHEMA, ROLES_SCHEMA)


def updated(statements: pa.Table, parts: list[Part], state_path: Path, reuse: bool) -> Summaries:
    """Every part's summaries: kept ones (when `reuse` and made from the part's rows as they are) or made from
    `statements` (every part's rows, in the parts' order); the kept files are written again when any changed."""
    kept = _load(state_path) if reuse else None
    names, roles, names_part, roles_part, summarised = [], [], [], [], []
    for number, part in enumerate(parts):
        if kept is not None and kept[0].get(part.name) == part.digest:
            part_names, part_roles = (_of_part(table, part.name) for table in kept[1:])
        else:
            part_names, part_roles = summarise(statements.slice(part.start, part.rows))
            summarised.append(part.name)
        names.append(part_names)
        roles.append(part_roles)
        names_part.append(pa.array([number] * part_names.num_rows, pa.int64()))
        roles_part.append(pa.array([number] * part_roles.num_rows, pa.int64()))
    result = Summaries(_concat(names, NAMES_SCHEMA), _concat(roles, ROLES_SCHEMA),
                       (_concat_arrays(names_part), _concat_arrays(roles_part)), summarised)
    if summarised or kept is None or set(kept[0]) != {p.name for p in parts}:
        _save(state_path, result, parts)
    return result


def _of_part(table: pa.Table, name: str) -> pa.Table:
    return table.filter(pc.equal(table["part"], name)).drop_columns(["part"])


def _concat(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _concat_arrays(arrays: list[pa.Array]) -> pa.Array:
    return pa.concat_arrays(arrays) if arrays else pa.array([], pa.int64())


def _load(state_path: Path) -> tuple[dict[str, str], pa.Table, pa.Table] | None:
    """The kept summaries and what each part's were made from; None when missing, unreadable or of other code."""
    names_path, roles_path = summaries_paths(state_path)
    try:
        names = pq.ParquetFile(names_path).read()
        roles = pq.ParquetFile(roles_path).read()
        made_from = json.loads((names.schema.metadata or {}).get(MADE_FROM_KEY.encode(), b"null"))
    except (OSError, ValueError, pa.ArrowException):
        return None
    if not isinstance(made_from, dict) or made_from.get("code") != code() or not isinstance(made_from.get("parts"),
                                                                                           dict):
        return None
    if names.schema.remove_metadata() != NAMES_SCHEMA.insert(0, _PART) or roles.schema.remove_metadata() != \
            ROLES_SCHEMA.insert(0, _PART) or roles.schema.metadata.get(MADE_FROM_KEY.encode()) != \
            names.schema.metadata.get(MADE_FROM_KEY.encode()):
        return None  # not the pair one run wrote
    return made_from["parts"], names, roles


def _save(state_path: Path, summaries: Summaries, parts: list[Part]) -> None:
    made_from = json.dumps({"code": code(), "parts": {p.name: p.digest for p in parts}}, sort_keys=True)
    names_path, roles_path = summaries_paths(state_path)
    for path, table, index in ((names_path, summaries.names, summaries.part_index[0]),
                               (roles_path, summaries.roles, summaries.part_index[1])):
        named = pc.take(pa.array([p.name for p in parts], pa.string()), index) if parts else pa.array([], pa.string())
        table = table.add_column(0, _PART, named).replace_schema_metadata({MADE_FROM_KEY: made_from})
        tmp = path.with_name(path.name + ".tmp")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
