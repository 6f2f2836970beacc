"""Has a site changed its layout? Compare each source's latest fetch day with the days before."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


from pipeline.storage import duckdb_session
from pipeline.storage.parts import duckdb_source

MIN_PAGES = 3
BROKEN_SHARE = 0.5  # of the latest day's pages failing to parse
HEALTHY_SHARE = 0.2  # of earlier pages failing: above this the parser was never reliable, which is another problem


@dataclass(frozen=True)
class Breakage:
    source: str
    day: str
    failed: int
    latest_total: int
    earlier_failure_share: float


def parser_breakages(captures: Path, errors: Path) -> list[Breakage]:
    if not captures.exists() or not errors.exists():
        return []
    con = duckdb_session.cursor(utc=True)
    try:
        rows = con.execute(f"""
            WITH pages AS (
                SELECT source, CAST(fetched_at AS DATE) AS day, false AS failed FROM {duckdb_source(captures)}
                UNION ALL
                SELECT source, CAST(fetched_at AS DATE), true FROM {duckdb_source(errors)}
                WHERE error_type = 'parse_error'
            ),
            latest AS (SELECT source, max(day) AS day FROM pages GROUP BY source),
            split AS (
                SELECT p.source, l.day, p.day = l.day AS is_latest, p.failed FROM pages p JOIN latest l USING (source)
            )
            SELECT source, CAST(any_value(day) AS VARCHAR),
                   count(*) FILTER (WHERE is_latest AND failed), count(*) FILTER (WHERE is_latest),
                   count(*) FILTER (WHERE NOT is_latest AND failed), count(*) FILTER (WHERE NOT is_latest)
            FROM split GROUP BY source ORDER BY source
        """).fetchall()
    finally:
        con.close()
    broken = []
    for source, day, failed, total, earlier_failed, earlier_total in rows:
        if earlier_total < MIN_PAGES or total < MIN_PAGES:
            continue
        earlier_share = earlier_failed / earlier_total
        if failed / total >= BROKEN_SHARE and earlier_share <= HEALTHY_SHARE:
            broken.append(Breakage(source, day, failed, total, round(earlier_share, 3)))
    return broken
