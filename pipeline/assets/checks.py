"""Asset checks: generated from the metadata module for every table, plus the document-specific ones.

Blocking checks stop what depends on the table: bad data is never published. The out tables' checks run in the
step that builds the table (pipeline/assets/out.py); the core tables' checks run in one step per step that
builds them, so a build does not pay Dagster's cost of a step for each of the 28 checks; such a step runs its
checks two at a time (run_together). A check whose table, referenced tables and constraints are unchanged since
its last run returns that run's result (metadata `reused: true`) without reading the table again. A check that
runs counts its row constraints part by part and reads only the parts it has not counted before
(pipeline/metadata/part_counts.py); keys spanning parts are counted on the whole table.
"""

import sys
from dataclasses import dataclass
from datetime import date
from typing import Callable

import dagster as dg

import pipeline.metadata.key_hashes as key_hashes
import pipeline.metadata.part_counts as part_counts
import pipeline.metadata.validation as validation
from pipeline.assets.constitution import core_constitution
from pipeline.assets.core import core_documents_and_errors, core_sources
from pipeline.assets.statements import core_document_analysis, core_events_and_people
from pipeline.metadata.part_counts import (PartCounts, count_parts, foreign_key_count, part_digests, row_count,
                                           row_violations_by_part)
from pipeline.metadata.schema import Table
from pipeline.metadata.tables import CORE_DOCUMENTS, RAW_WARC_RECORDS, TABLES
from pipeline.metadata.validation import count_where, row_violations, schema_violations
from pipeline.resources import AtazanSettings
from pipeline.storage.fingerprint import FileState, StepFingerprint, code_digest, module_code
from pipeline.threads import beside

# Tables whose asset materialises exactly this file; raw tables are inventories of whatever users drop in.
CHECKED_LAYERS = ("core", "out")
EARLIEST_DATE = "1990-01-01"
METADATA_CHECK = "conforms_to_metadata"
PART_COUNTS = "part_counts"  # where a check's marker keeps its counts per part
CHECK_THREADS = 2  # checks run at once in a core check step (the cores the build is measured on)
# The steps that build core tables; each gets one step checking all of them.
CORE_PRODUCERS = (core_sources, core_documents_and_errors, core_constitution, core_document_analysis,
                  core_events_and_people)


def check_marker(table_name: str, check_name: str) -> str:
    """Where a check's last result and what it was computed from are kept, relative to the data root."""
    return f"{table_name.split('_', 1)[0]}/{table_name}.{check_name}.json"


def key_hashes_store(table_name: str) -> str:
    """Where the metadata check keeps the key hashes of a table's parts (metadata/key_hashes.py), relative to the
    data root: a folder beside its marker, staged with it."""
    return f"{table_name.split('_', 1)[0]}/{table_name}.{METADATA_CHECK}.keys"


def referenced_tables(table: Table) -> list[str]:
    """The other tables `table`'s foreign keys point at: they must be built before its check runs."""
    by_published_name = {t.published_as: t.name for t in TABLES.values() if t.published_as}
    return sorted({by_published_name[fk.table] for fk in table.foreign_keys} - {table.name})


def metadata_check_spec(table_name: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        METADATA_CHECK, asset=table_name, blocking=True,
        description=f"Columns, types, required fields, unique keys, allowed values and foreign keys of {table_name} "
                    f"as the metadata module describes them.")


def metadata_check_result(table: Table, local: AtazanSettings) -> dg.AssetCheckResult:
    """The metadata check of `table` on the files under `local` (its referenced tables there too)."""
    names = [table.name, *referenced_tables(table)]

    def run(states: dict[str, FileState | None], known: PartCounts) -> tuple[bool, dict, PartCounts]:
        path = local.layer_path(table.name)
        referenced = {t.published_as: (t, local.layer_path(t.name)) for t in TABLES.values() if t.published_as}
        violations = schema_violations(table, path)
        if any(state is None for state in states.values()):  # gone since hashed: the whole check says which
            violations += row_violations(table, path, referenced)
            kept = PartCounts(known.code)
        else:
            targets = {t.published_as: states[t.name] for t in TABLES.values() if t.published_as and t.name in states}
            rows, kept = row_violations_by_part(table, path, referenced, part_digests(path, states[table.name]),
                                                targets, known, keys=local.root / key_hashes_store(table.name))
            violations += rows
        return not violations, {"violations": [v.detail for v in violations],
                                "offending_rows": sum(v.count for v in violations)}, kept

    code = code_digest(*(TABLES[n] for n in names),
                       module_code(validation, part_counts, key_hashes, sys.modules[__name__]))
    return _reused_or_run(table.name, METADATA_CHECK, local, {n: local.layer_path(n) for n in names}, code, run)


@dataclass(frozen=True)
class CountCheck:
    """A hand-written check on core_documents: no row may match `condition`."""
    name: str
    description: str
    condition: str
    with_records: bool = False

    @property
    def spec(self) -> dg.AssetCheckSpec:
        return dg.AssetCheckSpec(self.name, asset=CORE_DOCUMENTS.name, blocking=True, description=self.description)

    @property
    def tables(self) -> list[str]:
        return [CORE_DOCUMENTS.name, *([RAW_WARC_RECORDS.name] if self.with_records else [])]

    def result(self, local: AtazanSettings) -> dg.AssetCheckResult:
        def run(states: dict[str, FileState | None], known: PartCounts) -> tuple[bool, dict, PartCounts]:
            path = local.core_path(CORE_DOCUMENTS.name)
            views = {"raw_warc_records": local.raw_path(RAW_WARC_RECORDS.name)} if self.with_records else None
            if any(state is None for state in states.values()):  # gone since hashed: the whole count says which
                bad, kept = count_where(path, self.condition, views), PartCounts(known.code)
            else:
                # the records as a foreign key's target: a part with no document out of them keeps none while the
                # records, kept a part per WARC file, only gain parts (a new WARC file's)
                condition = foreign_key_count(self.condition, {t: states[t] for t in self.tables[1:]}) \
                    if self.with_records else row_count(self.condition)
                (bad,), kept = count_parts(path, part_digests(path, states[CORE_DOCUMENTS.name]), [condition],
                                           known, views, utc=True)
            return bad == 0, {"offending_rows": bad}, kept

        # A condition that reads the clock may change its answer without any input changing: once a day.
        clock = date.today().isoformat() if "now()" in self.condition else ""
        code = code_digest(self.condition, clock, module_code(validation, part_counts, sys.modules[__name__]))
        return _reused_or_run(CORE_DOCUMENTS.name, self.name, local,
                              {t: local.layer_path(t) for t in self.tables}, code, run)


DOCUMENT_CHECKS = (
    CountCheck(
        "published_at_in_range",
        f"Publication dates lie between {EARLIEST_DATE} and two days after the page was fetched.",
        f"published_at < TIMESTAMPTZ '{EARLIEST_DATE}' OR published_at > coalesce(fetched_at, now()) + INTERVAL 2 DAY",
    ),
    CountCheck(
        "traceable_to_warc",
        "Every document points at a response record in the archive inventory (file, offset, record id, payload).",
        "NOT EXISTS (SELECT 1 FROM raw_warc_records r WHERE r.warc_file = t.warc_file AND r.warc_offset = "
        "t.warc_offset AND r.warc_record_id = t.warc_record_id AND r.payload_sha256 = t.payload_sha256)",
        with_records=True,
    ),
    CountCheck(
        "body_text_not_empty",
        "No document has an empty or whitespace-only body text, or an empty title.",
        "length(trim(text)) = 0 OR length(trim(title)) = 0",
    ),
)


def _reused_or_run(table_name: str, check_name: str, local: AtazanSettings, inputs: dict, code: str,
                   run: Callable[[dict[str, FileState | None], PartCounts], tuple[bool, dict, PartCounts]],
                   ) -> dg.AssetCheckResult:
    fingerprint = StepFingerprint(local.root / check_marker(table_name, check_name), inputs, code, outputs={})
    reused = fingerprint.unchanged() and "passed" in fingerprint.extra
    if reused:
        passed, metadata = fingerprint.extra["passed"], fingerprint.extra["metadata"]
    else:
        known = PartCounts.load(fingerprint.extra.get(PART_COUNTS), code)
        passed, metadata, kept = run(fingerprint.current_inputs(), known)
        fingerprint.record(passed=passed, metadata=metadata, **{PART_COUNTS: kept.raw()})
    shown = {k: dg.MetadataValue.json(v) if isinstance(v, (list, dict)) else v for k, v in metadata.items()}
    # how many parts (or files) this run read for its row constraints: 0 when reused
    parts_read = 0 if reused else kept.parts_counted
    return dg.AssetCheckResult(asset_key=table_name, check_name=check_name, passed=passed,
                               metadata={**shown, "reused": reused, "parts_read": parts_read})


def core_checks(producer: dg.AssetsDefinition) -> dg.AssetChecksDefinition:
    """One step running the checks of every core table `producer` builds (and the document checks)."""
    tables = [TABLES[k.to_user_string()] for k in producer.keys
              if k.to_user_string() in TABLES and TABLES[k.to_user_string()].layer in CHECKED_LAYERS]
    counts = [c for c in DOCUMENT_CHECKS if CORE_DOCUMENTS in tables]
    specs = [metadata_check_spec(t.name) for t in tables] + [c.spec for c in counts]

    @dg.multi_asset_check(specs=specs, name=f"check_{producer.node_def.name}", can_subset=True,
                          description=f"The checks of the core tables {producer.node_def.name} builds.")
    def _checks(context: dg.AssetCheckExecutionContext, settings: AtazanSettings):
        selected = context.selected_asset_check_keys
        chosen_tables = [t for t in tables if dg.AssetCheckKey(dg.AssetKey(t.name), METADATA_CHECK) in selected]
        chosen_counts = [c for c in counts if dg.AssetCheckKey(dg.AssetKey(CORE_DOCUMENTS.name), c.name) in selected]
        markers = ([check_marker(t.name, METADATA_CHECK) for t in chosen_tables]
                   + [key_hashes_store(t.name) for t in chosen_tables]
                   + [check_marker(CORE_DOCUMENTS.name, c.name) for c in chosen_counts])
        files = {t.name for t in chosen_tables} | {name for c in chosen_counts for name in c.tables}
        reads = [settings.relative(name) for name in sorted(files)] + markers
        with settings.staged(reads=reads, writes=markers) as local:
            jobs = [lambda t=t: metadata_check_result(t, local) for t in chosen_tables]
            jobs += [lambda c=c: c.result(local) for c in chosen_counts]
            results = run_together(jobs)
        yield from results

    return _checks


def run_together(jobs: list[Callable[[], dg.AssetCheckResult]]) -> list[dg.AssetCheckResult]:
    """Each job's result, in order. The checks of a step are independent (each reads its tables and writes its own
    marker) and spend their time in DuckDB and pyarrow, which let go of the GIL: two at once use both cores."""
    if len(jobs) < 2:
        return [job() for job in jobs]
    with beside(CHECK_THREADS, "atazan-check") as pool:
        return list(pool.map(lambda job: job(), jobs))


def all_checks() -> list[dg.AssetChecksDefinition]:
    """The checks that run in steps of their own (the out tables' run in their assets' steps)."""
    return [core_checks(producer) for producer in CORE_PRODUCERS]
