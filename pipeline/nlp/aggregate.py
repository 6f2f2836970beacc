"""From per-document rows to the dataset's events, people and organisations."""
from __future__ import annotations

from pathlib import Path

from pipeline.nlp.merge import REPORT_COLUMNS, merge_events
from pipeline.nlp.people import STATEMENT_COLUMNS, build_organisations, build_people
from pipeline.storage.parquet import iter_rows


def events_tables(document_events_path: Path) -> tuple[list[dict], list[dict]]:
    """Merged events (a report from sample data only marks the event as sample) and their documents."""
    reports = list(iter_rows(document_events_path, columns=[*REPORT_COLUMNS, "is_sample"]))
    sample_by_report = {r["document_event_id"]: r["is_sample"] for r in reports}
    events, event_documents = merge_events(reports)
    sample_by_event: dict[str, bool] = {}
    for link in event_documents:
        flag = sample_by_report.get(link["document_event_id"], False)
        sample_by_event[link["event_id"]] = sample_by_event.get(link["event_id"], True) and flag
    for event in events:
        event["is_sample"] = sample_by_event.get(event["event_id"], False)
    return events, event_documents


def people_tables(statements_path: Path, events: list[dict], event_documents: list[dict]) -> dict[str, list[dict]]:
    statements = list(iter_rows(statements_path, columns=list(STATEMENT_COLUMNS)))
    people, person_statements = build_people(statements)
    roles = []
    for person in people:
        seen = set()
        for role in person.pop("roles"):
            key = (role["role"], role.get("org") or "")
            if key in seen:
                continue
            seen.add(key)
            roles.append({"person_id": person["person_id"], "role": role["role"], "org": role.get("org") or "",
                          "first_date": role.get("first_date"), "last_date": role.get("last_date")})
    return {
        "people": people,
        "person_roles": roles,
        "person_statements": person_statements,
        "organisations": build_organisations(statements, events, event_documents),
    }
