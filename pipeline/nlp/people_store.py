"""The summaries of each part of core_statements that people and organisations are made from (people_parts.py's
names and roles, people.organisation_summary), kept between runs beside the event and people step's state: a run
that adds a part of statements reads and summarises that part, and takes the others' summaries from the files the
last runs wrote.

A folder (core/events_and_people.summaries/) with three Arrow IPC files a part of the statements, each written
atomically, each with what it was made from in its schema's metadata: the digest of the part's rows (which the
step takes anyway, incremental._digest) and of the code. Arrow files, not Parquet: every run reads all of them,
and with a part a WARC file a crawl adds files every day (at 200 parts, 636 Parquet files took 0.21 s to read,
the same as Arrow files 0.015 s; they are a cache, twice as big, that no user reads). A part is summarised again
when any of its files is missing, unreadable or made from other rows or code, so a summary is never taken for
other rows, even after a run killed halfway.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pyarrow as pa

import pipeline.nlp.people as people_module
import pipeline.nlp.people_parts as people_parts
from pipeline.nlp.people import ORGANISATIONS_SCHEMA, organisation_summary
from pipeline.nlp.people_parts import NAMES_SCHEMA, ROLES_SCHEMA, summarise
from pipeline.storage.fingerprint import code_digest, module_code

MADE_FROM_KEY = "atazan:summarised_from"  # a summary file's footer: its part's rows digest and the code


@dataclass(frozen=True)
class Part:
    name: str  # its file's, in the statements' folder (or the statements' one file)
    rows: int
    digest: str  # of its rows (what it is summarised from)


@dataclass
class Summaries:
    names: pa.Table  # NAMES_SCHEMA, every part's in the parts' order
    roles: pa.Table
    organisations: pa.Table  # ORGANISATIONS_SCHEMA
    part_index: tuple[pa.Array, pa.Array]  # each row's part number, of names and of roles
    summarised: list[str]  # the parts summarised by this run (the others' summaries were kept)


def summaries_folder(state_path: Path) -> Path:
    """core/events_and_people.summaries/, beside the state file."""
    return Path(state_path).with_name(Path(state_path).name.removesuffix(".state.json") + ".summaries")


def code() -> str:
    return code_digest("people-summaries-2", module_code(people_parts, people_module), *SCHEMAS)


SCHEMAS = (NAMES_SCHEMA, ROLES_SCHEMA, ORGANISATIONS_SCHEMA)
KINDS = ("names", "roles", "organisations")  # the files of a part, in the order of SCHEMAS


def summarise_part(statements: pa.Table) -> tuple[pa.Table, pa.Table, pa.Table]:
    """A part's three summaries, of its statements (people.STATEMENT_COLUMNS, in the part's order)."""
    return (*summarise(statements), organisation_summary(statements))


def updated(rows_of: Callable[[Part], pa.Table], parts: list[Part], state_path: Path, reuse: bool) -> Summaries:
    """Every part's summaries: kept ones (when `reuse` and made from the part's rows as they are) or made from
    `rows_of(part)` (its statements, people.STATEMENT_COLUMNS) and kept."""
    folder = summaries_folder(state_path)
    folder.mkdir(parents=True, exist_ok=True)
    digest = code()
    made, names_part, roles_part, summarised, files = [[], [], []], [], [], [], set()
    for number, part in enumerate(parts):
        paths = _paths(folder, part.name)
        files.update(p.name for p in paths)
        made_from = f"{digest} {part.digest}"
        kept = [_read(path, made_from) for path in paths] if reuse else [None]
        if any(table is None for table in kept):
            kept = summarise_part(rows_of(part))
            for path, table in zip(paths, kept):
                _write(path, table, made_from)
            summarised.append(part.name)
        for tables, table in zip(made, kept):
            tables.append(table)
        names_part.append(pa.array(np.full(kept[0].num_rows, number, np.int64)))
        roles_part.append(pa.array(np.full(kept[1].num_rows, number, np.int64)))
    for stale in [p for p in folder.iterdir() if p.name not in files]:
        stale.unlink()  # of a part gone
    names, roles, organisations = (_concat(tables, schema) for tables, schema in zip(made, SCHEMAS))
    return Summaries(names, roles, organisations, (_concat_arrays(names_part), _concat_arrays(roles_part)),
                     summarised)


def _paths(folder: Path, part: str) -> tuple[Path, ...]:
    stem = part.removesuffix(".parquet")
    return tuple(folder / f"{stem}.{kind}.arrow" for kind in KINDS)


def _read(path: Path, made_from: str) -> pa.Table | None:
    """The summary kept in `path` if it was made from `made_from`; None otherwise (missing, unreadable, other)."""
    try:
        # read whole into memory (small files): the table must not depend on a file the next run replaces
        reader = pa.ipc.open_file(pa.BufferReader(path.read_bytes()))
        if (reader.schema.metadata or {}).get(MADE_FROM_KEY.encode()) != made_from.encode():
            return None
        return reader.read_all().replace_schema_metadata(None)
    except (OSError, pa.ArrowException):
        return None


def _write(path: Path, table: pa.Table, made_from: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    table = table.replace_schema_metadata({MADE_FROM_KEY: made_from})
    with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    os.replace(tmp, path)


def _concat(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _concat_arrays(arrays: list[pa.Array]) -> pa.Array:
    return pa.concat_arrays(arrays) if arrays else pa.array([], pa.int64())
