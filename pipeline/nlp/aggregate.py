"""From per-document rows to the dataset's events, people and organisations."""
from __future__ import annotations

from pathlib import Path

from pipeline.nlp.merge import REPORT_COLUMNS, merge_events
from pipeline.nlp.people import STATEMENT_COLUMNS, organisations_table, people_table
from pipeline.storage.parquet import iter_rows
from pipeline.storage.parts import read_table


def events_tables(document_events_path: Path) -> tuple[list[dict], list[dict]]:
    """Merged events (a report from sample data only marks the event as sample) and their documents; the
    reports are taken in the file's order (the archive's, see merge_events)."""
    reports = list(iter_rows(document_events_path, columns=[*REPORT_COLUMNS, "is_sample"]))
    return merged_events(reports)


def merged_events(reports: list[dict], name_keys: dict[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """merge_events of reports in the archive's order, and each event's is_sample: true only when every report
    of it is from sample data."""
    return with_sample(reports, *merge_events(reports, name_keys, in_order=True))


def with_sample(reports: list[dict], events: list[dict], event_documents: list[dict]) -> tuple[list[dict], list[dict]]:
    """Each event's is_sample, from its reports (`reports` holds every report the events link to)."""
    return with_sample_of({r["document_event_id"]: r["is_sample"] for r in reports}, events, event_documents)


def with_sample_of(sample_by_report: dict[str, bool], events: list[dict],
                   event_documents: list[dict]) -> tuple[list[dict], list[dict]]:
    """Each event's is_sample, from its reports' (`sample_by_report`: by document_event_id; a repeated id has the
    flag of its last report)."""
    sample_by_event: dict[str, bool] = {}
    for link in event_documents:
        flag = sample_by_report.get(link["document_event_id"], False)
        sample_by_event[link["event_id"]] = sample_by_event.get(link["event_id"], True) and flag
    for event in events:
        event["is_sample"] = sample_by_event.get(event["event_id"], False)
    return events, event_documents


def people_tables(statements_path: Path, events: list[dict], event_documents: list[dict]) -> dict[str, list[dict]]:
    """People (their roles as rows of their own, in the order of the people and of their roles), the statements
    of each, and organisations."""
    statements = read_table(statements_path, list(STATEMENT_COLUMNS))
    people, person_roles, person_statements = people_table(statements)
    return {
        "people": people,
        "person_roles": person_roles.to_pylist(),
        "person_statements": person_statements.to_pylist(),
        "organisations": organisations_table(statements, events, event_documents),
    }
