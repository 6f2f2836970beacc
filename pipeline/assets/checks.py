"""Asset checks: generated from the metadata module for every table, plus the document-specific ones.

Blocking checks stop what depends on the table: bad data is never published.
"""

import dagster as dg

from pipeline.metadata.tables import CORE_DOCUMENTS, RAW_WARC_RECORDS, TABLES
from pipeline.metadata.validation import count_where, row_violations, schema_violations
from pipeline.resources import AtazanSettings

# Tables whose asset materialises exactly this file; raw tables are inventories of whatever users drop in.
CHECKED_LAYERS = ("core", "out")
EARLIEST_DATE = "1990-01-01"



def _result(violations) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=not violations,
        metadata={"violations": dg.MetadataValue.json([v.detail for v in violations]),
                  "offending_rows": sum(v.count for v in violations)},
    )


def metadata_check(table_name: str) -> dg.AssetChecksDefinition:
    table = TABLES[table_name]
    by_published_name = {t.published_as: t.name for t in TABLES.values() if t.published_as}
    # Foreign keys are checked against the referenced tables, so those must be built first.
    referenced_assets = sorted({by_published_name[fk.table] for fk in table.foreign_keys} - {table_name})

    @dg.asset_check(asset=table_name, name="conforms_to_metadata", blocking=True, additional_deps=referenced_assets,
                    description=f"Columns, types, required fields, unique keys, allowed values and foreign keys of "
                                f"{table_name} as the metadata module describes them.")
    def _check(settings: AtazanSettings) -> dg.AssetCheckResult:
        reads = [settings.relative(name) for name in [table_name, *referenced_assets]]
        with settings.staged(reads=reads) as local:
            path = local.layer_path(table_name)
            referenced = {t.published_as: (t, local.layer_path(t.name)) for t in TABLES.values() if t.published_as}
            return _result(schema_violations(table, path) + row_violations(table, path, referenced))

    return _check


def _single_count_check(name: str, description: str, condition: str, with_records: bool = False):
    @dg.asset_check(asset=CORE_DOCUMENTS.name, name=name, blocking=True, description=description)
    def _check(settings: AtazanSettings) -> dg.AssetCheckResult:
        tables = [CORE_DOCUMENTS.name, *([RAW_WARC_RECORDS.name] if with_records else [])]
        with settings.staged(reads=[settings.relative(t) for t in tables]) as local:
            views = {"raw_warc_records": local.raw_path(RAW_WARC_RECORDS.name)} if with_records else None
            bad = count_where(local.core_path(CORE_DOCUMENTS.name), condition, views)
        return dg.AssetCheckResult(passed=bad == 0, metadata={"offending_rows": bad})

    return _check


document_checks = [
    _single_count_check(
        "published_at_in_range",
        f"Publication dates lie between {EARLIEST_DATE} and two days after the page was fetched.",
        f"published_at < TIMESTAMPTZ '{EARLIEST_DATE}' OR published_at > coalesce(fetched_at, now()) + INTERVAL 2 DAY",
    ),
    _single_count_check(
        "traceable_to_warc",
        "Every document points at a response record in the archive inventory (file, offset, record id, payload).",
        "NOT EXISTS (SELECT 1 FROM raw_warc_records r WHERE r.warc_file = t.warc_file AND r.warc_offset = "
        "t.warc_offset AND r.warc_record_id = t.warc_record_id AND r.payload_sha256 = t.payload_sha256)",
        with_records=True,
    ),
    _single_count_check(
        "body_text_not_empty",
        "No document has an empty or whitespace-only body text, or an empty title.",
        "length(trim(text)) = 0 OR length(trim(title)) = 0",
    ),
]


def all_checks() -> list[dg.AssetChecksDefinition]:
    generated = [metadata_check(name) for name, t in TABLES.items() if t.layer in CHECKED_LAYERS]
    return generated + document_checks
