"""The people's summaries of the statements' parts are kept between runs and taken only for the rows they were made
from."""
import random

import pyarrow as pa

from pipeline.nlp import people_store
from pipeline.nlp.people import organisation_summary
from pipeline.nlp.people_parts import summarise
from pipeline.nlp.people_store import Part, summaries_folder, updated
from tests.nlp.test_merge_equivalence import random_statements
from tests.nlp.test_people_parts import _table


def _split(statements: pa.Table, sizes: list[int], digests: list[str]):
    """The statements cut into parts of these sizes, in order: how the step reads a part's rows, and the parts."""
    parts = [Part(f"crawl%2F{number:03d}.warc.gz.parquet", size, digest)
             for number, (size, digest) in enumerate(zip(sizes, digests))]
    starts = dict(zip((p.name for p in parts), [sum(sizes[:i]) for i in range(len(sizes))]))
    return (lambda part: statements.slice(starts[part.name], part.rows)), parts


def _statements(seed=3, count=60):
    return _table(random_statements(random.Random(seed), count))


def test_a_run_summarises_only_the_parts_whose_rows_changed_and_keeps_the_others(tmp_path):
    statements = _statements()
    state = tmp_path / "core" / "events_and_people.state.json"
    first = updated(*_split(statements, [20, 40], ["a", "b"]), state, reuse=True)
    assert first.summarised == ["crawl%2F000.warc.gz.parquet", "crawl%2F001.warc.gz.parquet"]
    again = updated(*_split(statements, [20, 40], ["a", "b"]), state, reuse=True)
    assert again.summarised == []
    assert again.names.equals(first.names) and again.roles.equals(first.roles)
    assert [a.to_pylist() for a in again.part_index] == [a.to_pylist() for a in first.part_index]
    grown = pa.concat_tables([statements, _statements(seed=4, count=10)])
    third = updated(*_split(grown, [20, 40, 10], ["a", "b", "c"]), state, reuse=True)
    assert third.summarised == ["crawl%2F002.warc.gz.parquet"]
    assert third.names.slice(0, first.names.num_rows).equals(first.names)
    assert third.names.slice(first.names.num_rows).equals(summarise(grown.slice(60, 10))[0])
    assert third.organisations.slice(first.organisations.num_rows).equals(organisation_summary(grown.slice(60, 10)))


def test_a_summary_is_not_taken_for_other_rows_other_code_or_when_unreadable(tmp_path, monkeypatch):
    statements = _statements()
    state = tmp_path / "events_and_people.state.json"
    updated(*_split(statements, [30, 30], ["a", "b"]), state, reuse=True)
    # the second part's rows changed (another digest): summarised again from the rows given now
    assert updated(*_split(statements, [30, 30], ["a", "b2"]), state, reuse=True).summarised == [
        "crawl%2F001.warc.gz.parquet"]
    roles = summaries_folder(state) / "crawl%2F000.warc.gz.roles.arrow"
    roles.write_bytes(b"not an Arrow file")
    assert updated(*_split(statements, [30, 30], ["a", "b2"]), state, reuse=True).summarised == [
        "crawl%2F000.warc.gz.parquet"]
    assert updated(*_split(statements, [30, 30], ["a", "b2"]), state, reuse=False).summarised == [
        "crawl%2F000.warc.gz.parquet", "crawl%2F001.warc.gz.parquet"]  # the whole merge reads nothing kept
    monkeypatch.setattr(people_store, "code", lambda: "other code")
    assert len(updated(*_split(statements, [30, 30], ["a", "b2"]), state, reuse=True).summarised) == 2


def test_the_summaries_of_parts_gone_are_removed(tmp_path):
    statements = _statements()
    state = tmp_path / "events_and_people.state.json"
    updated(*_split(statements, [30, 30], ["a", "b"]), state, reuse=True)
    updated(*_split(statements.slice(0, 30), [30], ["a"]), state, reuse=True)
    assert sorted(p.name for p in summaries_folder(state).iterdir()) == [
        "crawl%2F000.warc.gz.names.arrow", "crawl%2F000.warc.gz.organisations.arrow",
        "crawl%2F000.warc.gz.roles.arrow"]
