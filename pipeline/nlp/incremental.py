"""core_events_and_people when a few documents are new or changed (issue 8: 1% new pages should cost about 1% of
a build): the events are merged again only in the groups whose reports changed; people and organisations are put
together from summaries of each part of the statements, of which only new or changed parts are read and made.

Events: only the event groups (event_date, event_type) whose reports changed are merged again, and a group
that only got reports after its old ones (a new WARC file's) keeps its events and merges the new reports into
them: see event_groups.py.

People: a person is made of their statements and of which names are theirs, which depends on the keys of all
names (people.person_aliases), and a few people (the president, the commission's chair) are in most new
documents. So each part of the statements is summarised by speaker name (people_parts.py), the summaries are kept
between runs (people_store.py: only a part whose rows changed is summarised again), and the people are put
together from all of them when the statements' rows changed (a digest of them, as of the reports); only the keys
of the names (skeleton, ~80 us a name) are kept in the state. Organisations likewise, from a summary by
organisation name a part (people.organisation_summary), and the merged events they organise.

The digests and the keys are kept in a state file written with the outputs. The caller says whether the
outputs and the state on disk are the ones the previous run with this code left (the step's fingerprint), and
which inputs changed since; otherwise, or when the state cannot be read or does not fit the outputs, every
group is merged: the whole merge.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Mapping

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import pipeline.storage.parquet as parquet_module
from pipeline.metadata.schema import Table
from pipeline.metadata.statements import (CORE_DOCUMENT_EVENTS, CORE_EVENT_DOCUMENTS, CORE_EVENTS, CORE_ORGANISATIONS,
                                          CORE_PEOPLE, CORE_PERSON_ROLES, CORE_PERSON_STATEMENTS, CORE_STATEMENTS)
import pipeline.nlp.analysis as analysis
from pipeline.nlp.analysis import AGGREGATION_MODULES, nlp_version
from pipeline.nlp.event_groups import EventGroups, StaleOutputs
from pipeline.nlp import people_store
from pipeline.nlp.people import STATEMENT_COLUMNS, organisations_from_summaries, sorted_links, statements_of_people
from pipeline.nlp.people_parts import people_from_summaries
from pipeline.nlp.people_store import Part, Summaries
from pipeline.nlp.seeded_events import seeds_path
from pipeline.storage import duckdb_session
from pipeline.storage.fingerprint import StepFingerprint, code_digest, file_stamp, module_code, stamp_trusted
from pipeline.storage.parquet import write_arrow
from pipeline.storage.parts import (duckdb_files, ensure_folder, footer_value, part_files,
                                    remove_stale_parts)
from pipeline.threads import beside

STATE_VERSION = 4
LINKS_KEY = "atazan:links"  # a core_person_statements part's footer: what its links were made from (write_links)
LINKS_FORMAT = "links-2"
# Relative to the data root: what the events and people were last merged from (the inputs and outputs by
# content, the code), and the digests of the reports of every event group and of the statements (see above).
AGGREGATE_MARKER = "core/events_and_people.inputs.json"
AGGREGATE_STATE = "core/events_and_people.state.json"
AGGREGATES = {CORE_EVENTS: "events", CORE_EVENT_DOCUMENTS: "event_documents", CORE_PEOPLE: "people",
              CORE_PERSON_ROLES: "person_roles", CORE_PERSON_STATEMENTS: "person_statements",
              CORE_ORGANISATIONS: "organisations"}
OUTPUTS = ("events", "event_documents", "people", "person_roles", "person_statements", "organisations")


def merge_code(*tables: Table) -> str:
    """What besides the inputs decides the outputs and the state: the nlp code (the analysis's, which has the
    names' keys, and the merge's modules), the Parquet writer, the tables' definitions, DuckDB (its hash) and
    pyarrow."""
    merge_sources = [(Path(analysis.__file__).parent / name).read_bytes() for name in AGGREGATION_MODULES]
    return code_digest("events_and_people", STATE_VERSION, nlp_version(), merge_sources, module_code(parquet_module),
                       [repr(t) for t in tables], duckdb.__version__, pa.__version__)


@dataclass
class MergeStats:
    whole: bool = True
    reason: str = ""  # why the events were merged whole
    event_groups: int = 0
    event_groups_merged: int = 0
    event_groups_extended: int = 0  # of those merged: only their new reports went through the merge
    reports: int = 0
    reports_merged: int = 0  # reports that went through the merge (a seeded event's reports did not)
    statements: int = 0  # the statements people and organisations were built from (0: not built again)
    people: int = 0
    people_parts_summarised: int = 0  # parts of the statements summarised again (people_store.py)
    organisations: int = 0
    written: str = ""  # the outputs written again, separated by commas (the others are as they were)

    def metadata(self) -> dict:
        return asdict(self)

    def wrote(self, *names: str) -> None:
        self.written = ",".join(n for n in (*self.written.split(","), *names) if n)


def update_events_and_people(reports_path: Path, statements_path: Path, outputs: Mapping[str, tuple[Table, Path]],
                             state_path: Path, previous: bool, changed: set[str] | None = None) -> MergeStats:
    """Write the six tables of `outputs` (OUTPUTS → (table, path)) and the state. `previous`: the outputs and
    the state on disk are what the previous run with this code wrote (else they are not read); `changed`: of
    "reports" and "statements", the inputs that changed since (None: both)."""
    state, reason = _load_state(state_path) if previous else (None, "no outputs of this code")
    if state is not None:
        try:
            return _update(reports_path, statements_path, outputs, state_path, state, changed)
        except StaleOutputs as exc:
            reason = f"the state does not fit the outputs: {exc}"
    stats = _update(reports_path, statements_path, outputs, state_path, None, None)
    stats.reason = reason
    return stats


def _update(reports_path: Path, statements_path: Path, outputs, state_path: Path, state: dict | None,
            changed: set[str] | None) -> MergeStats:
    stats = MergeStats(whole=state is None)
    changed = {"reports", "statements"} if state is None or changed is None else set(changed)
    old = state or {}
    name_keys = dict(old.get("name_keys") or {})
    events = EventGroups(reports_path, outputs, old, stats, "reports" in changed, seeds_path(state_path))
    (people, people_path), (roles, roles_path), (person_statements, links_path) = (
        outputs[n] for n in ("people", "person_roles", "person_statements"))
    statements_digest, statement_parts = old.get("statements_digest"), old.get("statement_parts") or {}
    summaries, names = None, None
    # the event merge runs in a thread beside the people's (DuckDB reads the events it extends, Arrow groups the
    # people's summaries: both without the GIL). Each adds the keys of the names it meets to name_keys: a name's
    # key is the same whichever adds it.
    with beside(1, "atazan-events") as merge:
        merged = merge.submit(events.write, name_keys)
        # the analysis step writes its files again on every run: the statements changed only if their rows did
        if "statements" in changed:
            statements_digest, statement_parts = _digest(statements_path, STATEMENT_COLUMNS, statement_parts)
            if statements_digest == old.get("statements_digest"):
                changed.discard("statements")
        parts = _parts(statement_parts)
        if "statements" in changed:
            summaries = people_store.updated(_rows_of(statements_path), parts, state_path, reuse=state is not None)
            stats.statements = sum(part.rows for part in parts)
            people_rows, role_rows, person_id_of = people_from_summaries(summaries.names, summaries.roles,
                                                                         summaries.part_index, name_keys)
            write_arrow(people_path, people, pa.Table.from_pylist(people_rows, schema=people.arrow_schema))
            write_arrow(roles_path, roles, role_rows)
            write_links(links_path, person_statements, _rows_of(statements_path), parts, person_id_of, summaries,
                        statements_path)
            stats.people = len(people_rows)
            stats.people_parts_summarised = len(summaries.summarised)
            names = set(pc.unique(summaries.names["name"]).to_pylist())
        merged.result()
    new_state = {"version": STATE_VERSION, **events.state(), "statements_digest": statements_digest,
                 "statement_parts": statement_parts}
    if names is not None:
        stats.wrote("people", "person_roles", "person_statements")  # after the events': MergeStats.written's order
        if len(name_keys) > 2 * len(names) + 1000:  # names gone and participants: forget them now and then
            name_keys = {n: k for n, k in name_keys.items() if n in names}
    organisations, organisations_path = outputs["organisations"]
    if summaries is not None or events.rewritten:
        # an organisation is in statements, and organises events (with their reports' languages and documents)
        if summaries is None:  # the statements' summaries as the last run left them (read, not made)
            summaries = people_store.updated(_rows_of(statements_path), parts, state_path, reuse=True)
        links = pq.ParquetFile(events.links_path).read(columns=["event_id", "document_id"])
        rows = organisations_from_summaries(
            summaries.organisations, events.final_events.select(["event_id", "organiser", "languages"]), links)
        write_arrow(organisations_path, organisations,
                    pa.Table.from_pylist(rows, schema=organisations.arrow_schema))
        stats.organisations = len(rows)
        stats.wrote("organisations")
    _write_state(state_path, {**new_state, "name_keys": name_keys})
    return stats


def write_links(path: Path, table: Table, rows_of: Callable[[Part], pa.Table], parts: list[Part],
                person_id_of: dict[str, str], summaries: Summaries, statements_path: Path) -> list[str]:
    """core_person_statements, kept as the statements are: one file, or a part per part of core_statements with
    the links of its statements (so out_statements runs part by part). A part's links depend on its rows and on
    the person of each name in it: a part whose footer records the same (its rows' digest and its names' people)
    is left as it is, not read, so a run that adds a WARC file reads and writes its part and those whose names
    joined another person. `rows_of(part)`: the part's statements (people.STATEMENT_COLUMNS); `parts`: the
    statements' parts, in order; `summaries`: their names (people_store). Returns the parts (or file) written."""
    path = Path(path)
    if not Path(statements_path).is_dir():
        if path.is_dir():
            shutil.rmtree(path)
        rows = pa.concat_tables([_links(rows_of(part), person_id_of) for part in parts]) if parts else \
            pa.table({"person_id": pa.array([], pa.string()), "statement_id": pa.array([], pa.string())})
        write_arrow(path, table, sorted_links(rows).cast(table.arrow_schema))
        return [path.name]
    ensure_folder(path)
    names = summaries.names["name"].to_pylist()
    bounds = np.searchsorted(summaries.part_index[0].to_numpy(), np.arange(len(parts) + 1))
    written = []
    for number, part in enumerate(parts):
        people_of_names = "".join(f"{n}\t{person_id_of[n]}\n" for n in sorted(names[bounds[number]:bounds[number + 1]]))
        identity = hashlib.sha256(f"{LINKS_FORMAT}\n{part.digest}\n{people_of_names}".encode()).hexdigest()
        target = path / part.name
        if footer_value(target, LINKS_KEY) == identity:
            continue
        write_arrow(target, table, sorted_links(_links(rows_of(part), person_id_of)).cast(table.arrow_schema),
                    {LINKS_KEY: identity})
        written.append(part.name)
    remove_stale_parts(path, {p.name for p in parts})
    return written


def _links(statements: pa.Table, person_id_of: dict[str, str]) -> pa.Table:
    """(person_id, statement_id) of the statements of people, in their order."""
    rows = statements.filter(statements_of_people(statements))
    spelled = pc.unique(rows["speaker_name"])
    ids = pa.array([person_id_of[n] for n in spelled.to_pylist()], pa.string())
    return pa.table({"person_id": pc.take(ids, pc.index_in(rows["speaker_name"], value_set=spelled)),
                     "statement_id": rows["statement_id"]})


def _rows_of(statements_path: Path) -> Callable[[Part], pa.Table]:
    """Reads a part's statements (people.STATEMENT_COLUMNS): its file in the folder, or the one file."""
    statements_path = Path(statements_path)
    in_parts = statements_path.is_dir()

    def rows_of(part: Part) -> pa.Table:
        file = statements_path / part.name if in_parts else statements_path
        return pq.ParquetFile(file).read(columns=list(STATEMENT_COLUMNS))

    return rows_of


def _parts(sums: dict[str, list]) -> list[Part]:
    """The statements' parts (_digest's sums, in the parts' order), each with its rows' count and digest."""
    return [Part(name, count, f"{total} {count}") for name, (*_, total, count) in sums.items()]


def _digest(path: Path, columns, known: dict[str, list]) -> tuple[str, dict[str, list]]:
    """The rows of a table (these columns, and their order) as a digest: each part's sum of its rows' hashes and
    their count, in the parts' order with their names (core_person_statements has a part for each, even one
    without statements). A part's sum is taken again only when its file's size or time changed since `known`
    (name -> file_stamp, sum, count), or the time was too recent then to be trusted: a run that adds a WARC file hashes its part only (0.3 s for every
    statement at 100,000 pages). Returns the digest and the parts' sums for the next run."""
    files = [f for f in (part_files(path) if Path(path).is_dir() else [Path(path)]) if f.exists()]
    names = ", ".join(f'"{c}"' for c in columns)
    sums: dict[str, list] = {}
    con = duckdb_session.cursor()
    try:
        for file in files:
            stamp = file_stamp(file)
            before = known.get(file.name)
            if stamp_trusted(before, stamp):
                sums[file.name] = before
                continue
            total, count = con.execute(f"SELECT sum(hash({names}, file_row_number)), count(*) "
                                       f"FROM {duckdb_files([file], file_row_number=True)}").fetchall()[0]
            sums[file.name] = [*stamp, str(total or 0), count]
    finally:
        con.close()
    listed = "\n".join(f"{name} {total} {count}" for name, (*_, total, count) in sums.items())
    return hashlib.sha256(listed.encode()).hexdigest(), sums


def _load_state(path: Path) -> tuple[dict | None, str]:
    try:
        state = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return None, f"no state ({type(exc).__name__})"
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
        return None, "a state of another version"
    return state, ""


def _write_state(path: Path, state: dict) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def merge_events_and_people(root: Path, core_path: Callable[[str], Path]) -> MergeStats | None:
    """The step's work in a data directory: nothing when its inputs, outputs and code are as the marker says
    (None); else the merge, incremental when the outputs and the state are those the marker recorded."""
    inputs = {t.name: core_path(t.name) for t in (CORE_DOCUMENT_EVENTS, CORE_STATEMENTS)}
    state = root / AGGREGATE_STATE
    fingerprint = StepFingerprint(root / AGGREGATE_MARKER, inputs,
                                  merge_code(CORE_DOCUMENT_EVENTS, CORE_STATEMENTS, *AGGREGATES),
                                  {**{t.name: core_path(t.name) for t in AGGREGATES}, "state": state})
    if fingerprint.unchanged():
        return None
    changed = fingerprint.changed_inputs()
    stats = update_events_and_people(
        inputs[CORE_DOCUMENT_EVENTS.name], inputs[CORE_STATEMENTS.name],
        {name: (t, core_path(t.name)) for t, name in AGGREGATES.items()}, state, previous=changed is not None,
        changed=None if changed is None else {{CORE_DOCUMENT_EVENTS.name: "reports",
                                               CORE_STATEMENTS.name: "statements"}[n] for n in changed})
    fingerprint.record()
    return stats
