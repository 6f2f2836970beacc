"""The event groups' descriptions kept part by part (pipeline/nlp/report_digests.py): a part left as it was is
not hashed again, and a group is told extended only when its first reports are those it had."""
import random
import shutil

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

import pipeline.nlp.report_digests as report_digests
from pipeline.metadata.statements import CORE_DOCUMENT_EVENTS
from pipeline.nlp.event_groups import REPORT_READ
from pipeline.storage.fingerprint import settle
from pipeline.storage.parquet import write_rows
from pipeline.storage.parts import part_name
from tests.nlp.test_merge_incremental import _document


def _reports(rng, prefix, documents):
    return [r for n in range(documents) for r in _document(rng, f"{prefix}-{n}", 0)[0]]


def _part(folder, number, rows):
    folder.mkdir(exist_ok=True)
    path = folder / part_name(f"crawl/{number:03d}.warc.gz")
    write_rows(path, CORE_DOCUMENT_EVENTS, rows)
    return path


def _digests(folder, known=None):
    return report_digests.report_digests(folder, REPORT_READ, known or {})


def _hashed(monkeypatch):
    hashed = []
    real = report_digests._part_sums
    monkeypatch.setattr(report_digests, "_part_sums",
                        lambda con, file, *a: hashed.append(file.name) or real(con, file, *a))
    return hashed


def test_a_new_part_is_the_only_one_hashed_and_extends_the_groups_it_reaches(tmp_path, monkeypatch):
    rng = random.Random(3)
    folder = tmp_path / "reports.parquet"
    _part(folder, 1, _reports(rng, "a", 30))
    _part(folder, 2, _reports(rng, "b", 30))
    settle(folder)  # parts written by an earlier run: their times are trusted
    first = _digests(folder)
    new = _part(folder, 3, _reports(rng, "c", 10))
    hashed = _hashed(monkeypatch)
    second = _digests(folder, first.parts)
    assert hashed == [new.name]
    assert second.groups == _digests(folder).groups  # the kept sums are those hashing every part gives
    reached = {k for k, entries in second.groups.items() if entries[-1][0] == new.name}
    for key, entries in second.groups.items():
        old = first.groups.get(key, [])
        if key not in reached:
            assert entries == old
        elif old:
            assert second.extended_from(key, old) == sum(n for _, _, n in old)
        else:
            assert second.extended_from(key, old) == 0  # a new group is merged whole


def test_rows_appended_to_the_last_part_extend_its_groups(tmp_path):
    rng = random.Random(4)
    folder = tmp_path / "reports.parquet"
    rows = _reports(rng, "a", 40)
    _part(folder, 1, rows)
    first = _digests(folder)
    more = rows + _reports(rng, "b", 10)
    _part(folder, 1, more)
    second = _digests(folder, first.parts)
    grown = [k for k in second.groups if k in first.groups and second.groups[k] != first.groups[k]]
    assert grown and all(second.extended_from(k, first.groups[k]) == first.groups[k][0][2] for k in grown)


def test_a_report_changed_or_a_part_put_before_means_the_group_is_merged_whole(tmp_path):
    rng = random.Random(5)
    folder = tmp_path / "reports.parquet"
    rows = _reports(rng, "a", 40)
    _part(folder, 2, rows)
    first = _digests(folder)
    edited = [dict(r) for r in rows]
    edited[0]["title"] += " (edited)"
    edited += _reports(rng, "b", 5)
    _part(folder, 2, edited)
    key = (edited[0]["event_date"], edited[0]["event_type"])
    assert _digests(folder, first.parts).extended_from(key, first.groups[key]) == 0
    _part(folder, 2, rows)
    _part(folder, 1, _reports(rng, "c", 40))  # a part whose name comes first: its reports come before
    second = _digests(folder, first.parts)
    before = [k for k, entries in second.groups.items() if len(entries) == 2]
    assert before and all(second.extended_from(k, first.groups[k]) == 0 for k in before)


def _three_parts(tmp_path, seed):
    """A reports table of three parts, its digests, and each row's group, in the table read whole."""
    rng = random.Random(seed)
    folder = tmp_path / "reports.parquet"
    for number in range(1, 4):
        _part(folder, number, _reports(rng, f"p{number}", 15))
    whole = pq.read_table(folder).select(["event_date", "event_type"]).to_pylist()
    return _digests(folder), [(r["event_date"], r["event_type"]) for r in whole]


def test_rows_are_those_of_the_groups_in_the_table_read_whole(tmp_path):
    digests, whole = _three_parts(tmp_path, 6)
    keys = set(list(digests.groups)[::3])
    rows = digests.rows(keys)
    assert set(rows) == keys
    for key, found in rows.items():
        assert found.tolist() == [i for i, group in enumerate(whole) if group == key]


def test_rows_after_a_groups_first_reports_read_only_the_parts_holding_them(tmp_path, monkeypatch):
    digests, whole = _three_parts(tmp_path, 8)
    read, original = [], report_digests.duckdb_files
    monkeypatch.setattr(report_digests, "duckdb_files", lambda files, **kw: read.extend(files) or original(files, **kw))
    # every report but each group's last; then those of the first two parts (as a third part's are new)
    last_only = {k: sum(n for _, _, n in entries) - 1 for k, entries in digests.groups.items()}
    first_two = {k: sum(n for name, _, n in entries if name != sorted(digests.parts)[2])
                 for k, entries in digests.groups.items()}
    for skip in (last_only, first_two):
        read.clear()
        rows = digests.rows(set(digests.groups), skip=skip)
        for key in digests.groups:
            want = [i for i, group in enumerate(whole) if group == key][skip[key]:]
            assert rows.get(key, np.zeros(0)).tolist() == want
    assert {f.name for f in read} == {sorted(digests.parts)[2]}


def test_a_file_in_place_of_parts_and_an_empty_folder(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "reports.parquet"
    write_rows(path, CORE_DOCUMENT_EVENTS, _reports(rng, "a", 10))
    digests = _digests(path)
    assert list(digests.parts) == ["reports.parquet"] and digests.unique
    assert sum(n for entries in digests.groups.values() for _, _, n in entries) == pq.read_table(path).num_rows
    path.unlink()
    path.mkdir()
    empty = _digests(path)
    assert empty.groups == {} and empty.rows({next(iter(digests.groups))}) == {}


def test_a_part_written_just_before_its_sums_were_taken_is_hashed_again(tmp_path, monkeypatch):
    """Its size and time alone cannot tell it from a part written again within the same tick (as fingerprint.py)."""
    folder = tmp_path / "reports.parquet"
    part = _part(folder, 1, _reports(random.Random(8), "a", 10))
    first = _digests(folder)
    hashed = _hashed(monkeypatch)
    assert _digests(folder, first.parts).groups == first.groups and hashed == [part.name]
