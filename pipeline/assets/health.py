"""Checks that watch the sources over time: a parser that stopped reading its site, tables gone stale."""
import dagster as dg

from pipeline.metadata.tables import CORE_DOCUMENT_CAPTURES, CORE_DOCUMENT_ERRORS
from pipeline.resources import AtazanSettings
from pipeline.sources.health import parser_breakages

@dg.asset_check(
    asset=CORE_DOCUMENT_CAPTURES.name,
    name="parsers_still_read_their_sites",
    description="Fails when a source's parser suddenly extracts nothing from pages it used to parse: on the latest "
                "day it fetched, most of its pages failed to parse, though earlier pages parsed (a layout change).",
    additional_deps=[CORE_DOCUMENT_ERRORS.name],
)
def parsers_still_read_their_sites(settings: AtazanSettings) -> dg.AssetCheckResult:
    tables = [CORE_DOCUMENT_CAPTURES.name, CORE_DOCUMENT_ERRORS.name]
    with settings.staged(reads=[settings.relative(t) for t in tables]) as local:
        broken = parser_breakages(local.core_path(CORE_DOCUMENT_CAPTURES.name),
                                  local.core_path(CORE_DOCUMENT_ERRORS.name))
    return dg.AssetCheckResult(
        passed=not broken,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"broken_sources": dg.MetadataValue.json([b.__dict__ for b in broken])},
        description="; ".join(f"{b.source}: {b.failed} of {b.latest_total} pages failed on {b.day}" for b in broken)
                    or None,
    )

