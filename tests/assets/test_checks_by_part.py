"""A check of a table kept as parts reads only the parts it has not counted before, and says exactly what a check
of the whole table says: passed, the violations and the offending rows, after parts are added, changed and
removed, and after a table a foreign key points at changes."""
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline.metadata.part_counts as part_counts
from pipeline.assets.checks import DOCUMENT_CHECKS, check_marker, metadata_check_result
from pipeline.metadata.tables import TABLES
from pipeline.metadata.validation import count_where, row_violations, schema_violations
from pipeline.resources import AtazanSettings
from pipeline.storage.parquet import write_rows
from pipeline.storage.parts import part_files, part_name

DOCUMENTS, RECORDS = TABLES["core_documents"], TABLES["raw_warc_records"]
ROLES, PEOPLE = TABLES["out_person_roles"], TABLES["out_people"]
OUT_DOCUMENTS, OUT_SOURCES = TABLES["out_documents"], TABLES["out_sources"]
FETCHED = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def _document(warc: str, n: int, **changes) -> dict:
    return {"document_id": f"d{n:04d}", "url": f"https://akorda.kz/{n}", "canonical_url": f"https://akorda.kz/{n}",
            "source": "akorda", "parser": "akorda", "parser_version": "1", "kind": "press_release",
            "language": "ru", "title": f"Title {n}", "published_at": FETCHED, "text": f"Text {n}",
            "text_chars": 6, "content_sha256": f"c{n}", "is_sample": False, "fetched_at": FETCHED,
            "warc_file": warc, "warc_offset": n * 100, "warc_record_id": f"<urn:uuid:{n}>",
            "payload_sha256": f"p{n}", "warnings": [], "relevance_score": 0.8, "relevance_terms": ["референдум"],
            "duplicate_of": None, **changes}


def _record(document: dict) -> dict:
    return {"warc_file": document["warc_file"], "warc_offset": document["warc_offset"], "warc_length": 10,
            "warc_record_id": document["warc_record_id"], "url": document["url"], "fetched_at": FETCHED,
            "http_status": 200, "content_type": "text/html", "payload_sha256": document["payload_sha256"],
            "payload_length": 10, "is_sample": False, "crawl_role": "page"}


class Archive:
    """core_documents as parts, one per WARC file, and the inventory of their records."""

    def __init__(self, root: Path):
        self.settings = AtazanSettings(data_dir=str(root), include_sample="0")
        self.folder = self.settings.core_path(DOCUMENTS.name)
        self.parts: dict[str, list[dict]] = {}

    def write(self, warc: str, rows: list[dict], records: bool = True) -> None:
        self.parts[warc] = rows
        write_rows(self.folder / part_name(warc), DOCUMENTS, rows)
        if records:
            self.write_records()

    def remove(self, warc: str) -> None:
        del self.parts[warc]
        (self.folder / part_name(warc)).unlink()
        self.write_records()

    def write_records(self, leave_out: tuple[str, ...] = ()) -> None:
        rows = [_record(d) for part in self.parts.values() for d in part if d["document_id"] not in leave_out]
        write_rows(self.settings.raw_path(RECORDS.name), RECORDS, rows)


class ArchiveOfParts(Archive):
    """The same, with the inventory's records kept a part per WARC file, as the inventory keeps them: a part is
    written only when its rows change."""

    def write_records(self, leave_out: tuple[str, ...] = ()) -> None:
        folder = self.settings.raw_path(RECORDS.name)
        if folder.is_file():
            folder.unlink()
        for warc, part in self.parts.items():
            rows = [_record(d) for d in part if d["document_id"] not in leave_out]
            path = folder / part_name(warc)
            if not path.exists() or pq.read_table(path).to_pylist() != rows:
                write_rows(path, RECORDS, rows)
        for path in part_files(folder):
            if path.name not in {part_name(w) for w in self.parts}:
                path.unlink()


def _shown(result) -> dict:
    """What a user reads of a check's result."""
    return {"passed": result.passed, **{k: getattr(v, "value", getattr(v, "data", v)) for k, v in result.metadata.items()
                                        if k in ("violations", "offending_rows")}}


def _whole(table, settings) -> dict:
    """The metadata check on the whole table, as it was before checks were counted by part."""
    path = settings.layer_path(table.name)
    referenced = {t.published_as: (t, settings.layer_path(t.name)) for t in TABLES.values() if t.published_as}
    violations = schema_violations(table, path) + row_violations(table, path, referenced)
    return {"passed": not violations, "violations": [v.detail for v in violations],
            "offending_rows": sum(v.count for v in violations)}


def _whole_count(check, settings) -> dict:
    views = {"raw_warc_records": settings.raw_path(RECORDS.name)} if check.with_records else None
    bad = count_where(settings.core_path(DOCUMENTS.name), check.condition, views)
    return {"passed": bad == 0, "offending_rows": bad}


def _check_all(archive: Archive) -> dict[str, int]:
    """Every check of core_documents, each compared with the whole-table check; the parts each one read."""
    settings = archive.settings
    result = metadata_check_result(DOCUMENTS, settings)
    assert _shown(result) == _whole(DOCUMENTS, settings)
    read = {"metadata": result.metadata["parts_read"].value}
    for check in DOCUMENT_CHECKS:
        result = check.result(settings)
        assert _shown(result) == _whole_count(check, settings), check.name
        read[check.name] = result.metadata["parts_read"].value
    return read


@pytest.fixture(autouse=True, params=["one scan", "a query per condition"])
def counting(request, monkeypatch):
    """Small parts are counted in one scan, large ones a query per condition: both give the same answers."""
    if request.param == "a query per condition":
        monkeypatch.setattr(part_counts, "ONE_SCAN_BYTES", 0)


@pytest.fixture
def archive(tmp_path) -> Archive:
    """Two WARC files' parts: the first with a score above its maximum and an empty text (old violations)."""
    archive = Archive(tmp_path)
    archive.write("crawl/a.warc.gz", [_document("crawl/a.warc.gz", 1, relevance_score=1.5),
                                      _document("crawl/a.warc.gz", 2, text=" ", text_chars=1)], records=False)
    archive.write("crawl/b.warc.gz", [_document("crawl/b.warc.gz", n) for n in (3, 4, 5)])
    return archive


def test_the_first_check_reads_every_part_and_finds_the_old_violations(archive):
    assert _check_all(archive) == {"metadata": 2, "published_at_in_range": 2, "traceable_to_warc": 2,
                                   "body_text_not_empty": 2}
    result = metadata_check_result(DOCUMENTS, archive.settings)
    assert result.metadata["reused"].value is True and not result.passed
    assert result.metadata["violations"].data == ["relevance_score: 1 offending rows"]
    assert [c.result(archive.settings).passed for c in DOCUMENT_CHECKS] == [True, True, False]


def test_a_new_part_is_read_alone_and_its_violations_are_added_to_the_old_ones(archive):
    _check_all(archive)
    archive.write("crawl/c.warc.gz", [_document("crawl/c.warc.gz", 6, language="de", title=""),
                                      _document("crawl/c.warc.gz", 7, published_at=datetime(1980, 1, 1,
                                                                                            tzinfo=timezone.utc))])
    # the inventory changed with the new file, so traceable_to_warc counts every part again (its keys only)
    assert _check_all(archive) == {"metadata": 1, "published_at_in_range": 1, "traceable_to_warc": 3,
                                   "body_text_not_empty": 1}
    assert _shown(metadata_check_result(DOCUMENTS, archive.settings))["violations"] == [
        "language: 1 offending rows", "relevance_score: 1 offending rows"]
    assert [c.result(archive.settings).metadata["offending_rows"].value for c in DOCUMENT_CHECKS] == [1, 0, 2]


def test_a_key_repeated_in_two_parts_is_found_when_the_second_part_is_new(archive):
    _check_all(archive)
    archive.write("crawl/c.warc.gz", [_document("crawl/c.warc.gz", 3), _document("crawl/c.warc.gz", 8)])
    assert _check_all(archive)["metadata"] == 1
    assert "document_id: 1 offending rows" in _shown(metadata_check_result(DOCUMENTS, archive.settings))["violations"]


def test_a_removed_part_takes_its_violations_and_its_repeated_keys_away(archive):
    archive.write("crawl/c.warc.gz", [_document("crawl/c.warc.gz", 4, text="")])
    _check_all(archive)
    assert "document_id: 1 offending rows" in _shown(metadata_check_result(DOCUMENTS, archive.settings))["violations"]
    archive.remove("crawl/b.warc.gz")
    assert _check_all(archive) == {"metadata": 0, "published_at_in_range": 0, "traceable_to_warc": 2,
                                   "body_text_not_empty": 0}
    assert _shown(metadata_check_result(DOCUMENTS, archive.settings))["violations"] == [
        "relevance_score: 1 offending rows"]
    archive.remove("crawl/a.warc.gz")
    assert _check_all(archive)["body_text_not_empty"] == 0
    assert metadata_check_result(DOCUMENTS, archive.settings).passed
    assert DOCUMENT_CHECKS[2].result(archive.settings).metadata["offending_rows"].value == 1


def test_a_changed_part_is_read_again(archive):
    _check_all(archive)
    archive.write("crawl/a.warc.gz", [_document("crawl/a.warc.gz", 1), _document("crawl/a.warc.gz", 2)],
                  records=False)
    assert _check_all(archive) == {"metadata": 1, "published_at_in_range": 1, "traceable_to_warc": 1,
                                   "body_text_not_empty": 1}
    assert metadata_check_result(DOCUMENTS, archive.settings).passed
    archive.write("crawl/b.warc.gz", [_document("crawl/b.warc.gz", 3, kind="blog"), _document("crawl/b.warc.gz", 4)],
                  records=False)
    assert _check_all(archive)["metadata"] == 1


def test_with_the_records_in_parts_a_new_warc_file_is_traced_alone_and_a_record_gone_is_found(tmp_path):
    archive = ArchiveOfParts(tmp_path)
    archive.write("crawl/a.warc.gz", [_document("crawl/a.warc.gz", 1)])
    archive.write("crawl/b.warc.gz", [_document("crawl/b.warc.gz", n) for n in (3, 4)])
    assert _check_all(archive)["traceable_to_warc"] == 2
    archive.write("crawl/c.warc.gz", [_document("crawl/c.warc.gz", 6)])
    assert _check_all(archive)["traceable_to_warc"] == 1  # the records only gained a part: the new one is read
    archive.write_records(leave_out=("d0003",))  # an old part lost a record: every part is read again
    assert _check_all(archive)["traceable_to_warc"] == 3
    assert DOCUMENT_CHECKS[1].result(archive.settings).metadata["offending_rows"].value == 1


def test_a_record_gone_from_the_inventory_is_found_in_an_old_part(archive):
    _check_all(archive)
    archive.write_records(leave_out=("d0003",))
    assert _check_all(archive)["traceable_to_warc"] == 2
    assert DOCUMENT_CHECKS[1].result(archive.settings).metadata["offending_rows"].value == 1


def test_counts_of_other_checking_code_are_not_reused(archive):
    _check_all(archive)
    result = replace(DOCUMENT_CHECKS[2], condition="length(trim(text)) < 3").result(archive.settings)
    assert result.metadata["parts_read"].value == 2 and result.metadata["offending_rows"].value == 1


def test_a_part_with_another_schema_is_checked_as_the_whole_table_is(archive):
    import pyarrow.parquet as pq

    _check_all(archive)
    last = archive.folder / part_name("crawl/b.warc.gz")
    pq.write_table(pq.read_table(last).drop_columns(["warnings"]), last)
    result = metadata_check_result(DOCUMENTS, archive.settings)
    assert _shown(result) == _whole(DOCUMENTS, archive.settings) and not result.passed


def _person(n: int) -> dict:
    return {"person_id": f"p{n}", "name": f"Name {n}", "aliases": "", "languages": "ru", "first_date": date(2026, 3, 1),
            "last_date": date(2026, 3, 2), "statement_count": 1, "document_count": 1}


def _role(person_id: str, role: str = "minister") -> dict:
    return {"person_id": person_id, "role": role, "org": "ЦИК", "first_date": None, "last_date": None}


def test_a_foreign_key_is_counted_again_in_every_part_when_its_target_changes(tmp_path):
    settings = AtazanSettings(data_dir=str(tmp_path), include_sample="0")
    roles, people = settings.out_path(ROLES.name), settings.out_path(PEOPLE.name)

    def check() -> int:
        result = metadata_check_result(ROLES, settings)
        assert _shown(result) == _whole(ROLES, settings)
        return result.metadata["parts_read"].value

    write_rows(people, PEOPLE, [_person(1), _person(2)])
    write_rows(roles / part_name("a"), ROLES, [_role("p1"), _role("p2")])
    write_rows(roles / part_name("b"), ROLES, [_role("p9")])
    assert check() == 2
    write_rows(roles / part_name("c"), ROLES, [_role("p3"), _role("p1", "deputy")])
    assert check() == 1  # the people did not change: the old parts' counts stand
    assert _shown(metadata_check_result(ROLES, settings))["offending_rows"] == 2
    write_rows(people, PEOPLE, [_person(1), _person(2), _person(9)])
    assert check() == 3  # p9 of the old part b is found now
    assert _shown(metadata_check_result(ROLES, settings))["violations"] == ["person_id -> people: 1 offending rows"]


def _out_document(n: int, **changes) -> dict:
    row = {k: v for k, v in _document(f"crawl/{n}.warc.gz", n, **changes).items() if k in OUT_DOCUMENTS.column_names}
    return {**row, "published_date": date(2026, 3, 2)}


def test_a_reference_into_the_same_table_breaks_when_the_part_it_points_into_goes(tmp_path):
    settings = AtazanSettings(data_dir=str(tmp_path), include_sample="0")
    documents = settings.out_path(OUT_DOCUMENTS.name)
    write_rows(settings.out_path(OUT_SOURCES.name), OUT_SOURCES, [
        {"source": "akorda", "title": "Akorda", "kind": "press_release", "enabled": True, "documents": 3,
         "sample_documents": 0}])
    write_rows(documents / part_name("a"), OUT_DOCUMENTS, [_out_document(1)])
    write_rows(documents / part_name("b"), OUT_DOCUMENTS, [_out_document(2, duplicate_of="d0001")])
    result = metadata_check_result(OUT_DOCUMENTS, settings)
    assert result.passed and _shown(result) == _whole(OUT_DOCUMENTS, settings)
    (documents / part_name("a")).unlink()
    result = metadata_check_result(OUT_DOCUMENTS, settings)
    assert _shown(result) == _whole(OUT_DOCUMENTS, settings)
    assert result.metadata["violations"].data == ["duplicate_of -> documents: 1 offending rows"]


def test_the_marker_keeps_counts_of_the_current_parts_only(archive):
    import json

    _check_all(archive)
    archive.remove("crawl/a.warc.gz")
    _check_all(archive)
    marker = json.loads((archive.settings.root / check_marker(DOCUMENTS.name, "body_text_not_empty")).read_text())
    assert len(marker["extra"]["part_counts"]["counts"]) == 1
