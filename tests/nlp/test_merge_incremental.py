"""The incremental merge (pipeline/nlp/incremental.py) writes exactly what the whole merge writes: same rows, ids
and order (and bytes), on random archives changed again and again (documents added, removed, analysed again,
rows edited), and falls back to the whole merge when its state is missing, corrupt or does not fit the
outputs."""
import json
import random
import shutil

import dagster as dg
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline.nlp.incremental as incremental
from pipeline.assets.statements import core_events_and_people
from pipeline.metadata.statements import CORE_DOCUMENT_EVENTS, CORE_STATEMENTS
from pipeline.nlp.aggregate import events_tables, people_tables
from pipeline.nlp.incremental import AGGREGATE_MARKER, AGGREGATE_STATE, AGGREGATES, update_events_and_people
from pipeline.nlp.seeded_events import Seeds, save, seeds_path
from pipeline.resources import AtazanSettings
from pipeline.storage.fingerprint import settle
from pipeline.storage.parquet import iter_rows, write_rows
from tests.nlp.test_merge_equivalence import random_reports, random_statements

FIRST = ["Нурлан", "Ерлан", "Марат", "Асель", "Берик", "Айгуль", "Nurlan", "Erlan"]
LAST = ["Абдиров", "Карин", "Омарова", "Асылов", "Сейтказиев", "Жумабаев", "Тлеубеков", "Ахметов", "Нуров",
        "Болатов", "Серикова", "Қасымов", "Abdirov", "Karin", "Zhumabayev"]


def _document(rng, document_id, version):
    """One document's rows: a few event reports and statements, with ids of their own."""
    sample = rng.random() < 0.2
    reports = random_reports(rng, rng.choice((0, 1, 1, 2, 3, 5)))
    for number, report in enumerate(reports):
        report.update(document_event_id=f"dev-{document_id}-{version}-{number}", document_id=document_id,
                      is_sample=sample)
    statements = random_statements(rng, rng.choice((0, 1, 2, 4, 8)))
    for number, statement in enumerate(statements):
        if rng.random() < 0.5:  # many more surnames than the shared pool, so that most stay untouched
            last = rng.choice(LAST) + rng.choice(("", "", "а", "ов"))
            statement["speaker_name"] = last if rng.random() < 0.25 else f"{rng.choice(FIRST)} {last}"
        statement.update(statement_id=f"st-{document_id}-{version}-{number}", document_id=document_id,
                         statement_text="…", kind="direct", speech_verb="сказал", char_end=9, confidence=0.9,
                         attribution="quote_then_verb", resolution="named", is_sample=sample)
    return reports, statements


class Archive:
    """Documents' rows, written as the analysis step writes them (old rows in their order, new documents' last),
    sorted by primary key, or with the old rows in their order and the new ones anywhere."""

    def __init__(self, rng, documents):
        self.rng = rng
        self.serial = 0
        self.docs = {}
        for _ in range(documents):
            self.add()
        self.report_order, self.statement_order = [], []

    def add(self):
        self.serial += 1
        document_id = f"doc-{self.rng.randrange(10 ** 6):06d}-{self.serial}"
        self.docs[document_id] = _document(self.rng, document_id, 0)

    def change(self, rounds):
        rng = self.rng
        for _ in range(rng.choice((1, 1, 2, 5))):
            self.add()
        for document_id in rng.sample(sorted(self.docs), min(len(self.docs), rng.choice((0, 0, 1, 2)))):
            del self.docs[document_id]
        for document_id in rng.sample(sorted(self.docs), min(len(self.docs), rng.choice((0, 0, 1)))):
            self.docs[document_id] = _document(rng, document_id, rounds)  # analysed again: new rows
        rows = [r for reports, _ in self.docs.values() for r in reports]
        if rows and rng.random() < 0.3:  # one field of one row edited in place
            row = rng.choice(rows)
            field = rng.choice(("title", "is_sample", "place_key", "participants", "organiser"))
            row[field] = {"title": row["title"] + " проекта", "is_sample": not row["is_sample"],
                          "place_key": "lmt", "participants": ["Берик Асылов"], "organiser": "Сенат"}[field]
        rows = [s for _, statements in self.docs.values() for s in statements]
        if rows and rng.random() < 0.3:
            row = rng.choice(rows)
            field = rng.choice(("speaker_role", "speaker_org", "statement_date", "is_organisation"))
            row[field] = {"speaker_role": "министр", "speaker_org": "Сенат", "statement_date": None,
                          "is_organisation": not row["is_organisation"]}[field]

    def write(self, directory, sort=None, append=None):
        reports = [r for reports, _ in self.docs.values() for r in reports]
        statements = [s for _, statements in self.docs.values() for s in statements]
        draw = self.rng.random()
        if sort or (sort is None and append is None and draw < 0.35):
            reports.sort(key=lambda r: r["document_event_id"])
            statements.sort(key=lambda s: s["statement_id"])
        else:  # the old rows in their old order, the new ones last or anywhere
            last = append if append is not None else draw < 0.7
            reports = _keep_order(self.rng, reports, self.report_order, "document_event_id", last)
            statements = _keep_order(self.rng, statements, self.statement_order, "statement_id", last)
        self.report_order = [r["document_event_id"] for r in reports]
        self.statement_order = [s["statement_id"] for s in statements]
        write_rows(directory / "reports.parquet", CORE_DOCUMENT_EVENTS, reports)
        write_rows(directory / "statements.parquet", CORE_STATEMENTS, statements)
        return directory / "reports.parquet", directory / "statements.parquet"


def _keep_order(rng, rows, order, key, last):
    position = {k: i for i, k in enumerate(order)}
    old = sorted((r for r in rows if r[key] in position), key=lambda r: position[r[key]])
    for row in (r for r in rows if r[key] not in position):
        old.insert(len(old) if last else rng.randint(0, len(old)), row)
    return old


def _outputs(directory):
    return {name: (table, directory / f"{table.name}.parquet") for table, name in AGGREGATES.items()}


def _whole(reports, statements, directory):
    """The whole merge, as the step wrote it before it was incremental."""
    directory.mkdir(exist_ok=True)
    events, event_documents = events_tables(reports)
    rows = {"events": events, "event_documents": event_documents,
            **people_tables(statements, events, event_documents)}
    for name, (table, path) in _outputs(directory).items():
        write_rows(path, table, rows[name])
    return _read(directory)


def _read(directory):
    return {name: list(iter_rows(path)) for name, (_, path) in _outputs(directory).items()}


def _bytes(directory):
    return {name: path.read_bytes() for name, (_, path) in _outputs(directory).items() if path.is_file()}


def _run(reports, statements, directory, previous=True, changed=None):
    directory.mkdir(exist_ok=True)
    return update_events_and_people(reports, statements, _outputs(directory), directory / "state.json", previous,
                                    changed)


def _check(tmp_path, reports, statements, incremental):
    whole = _whole(reports, statements, tmp_path / "whole")
    got, made = _read(incremental), _bytes(incremental)
    if statements.is_dir():  # person_statements in parts, each sorted: the whole's rows, in another order
        links = got.pop("person_statements")
        assert sorted(map(tuple, (r.values() for r in links))) == sorted(
            map(tuple, (r.values() for r in whole.pop("person_statements"))))
    assert got == whole
    assert made == {k: v for k, v in _bytes(tmp_path / "whole").items() if k in made}


def _changes(seed, tmp_path, rounds=4):
    rng = random.Random(seed)
    archive = Archive(rng, rng.choice((0, 1, 5, 20, 40)))
    inputs = archive.write(tmp_path)
    stats = _run(*inputs, tmp_path / "inc", previous=False)
    assert stats.whole
    _check(tmp_path, *inputs, tmp_path / "inc")
    for round_ in range(1, rounds + 1):
        before = [path.read_bytes() for path in inputs]
        archive.change(round_)
        inputs = archive.write(tmp_path)
        # as the step's fingerprint says: the inputs whose bytes changed
        changed = {name for name, path, old in zip(("reports", "statements"), inputs, before)
                   if path.read_bytes() != old}
        stats = _run(*inputs, tmp_path / "inc", changed=changed)
        assert not stats.whole, stats.reason
        _check(tmp_path, *inputs, tmp_path / "inc")


def _in_parts(reports, folder, part_of, round_, key="document_event_id"):
    """The reports file as core_document_events is kept (or the statements file as core_statements, `key`
    "statement_id"): a part per WARC file, a document's rows in the part of the round that (re)analysed it. A
    part whose rows did not change is left as it was (its file's time too)."""
    from pipeline.storage.parts import part_name

    rows = pq.read_table(reports)
    ids = rows["document_id"].to_pylist()
    analysed = {r["document_id"]: r[key] for r in rows.to_pylist()}
    for document_id, report_id in analysed.items():
        if part_of.get(document_id, (None, None))[1] != report_id.rsplit("-", 2)[-2]:
            part_of[document_id] = (round_, report_id.rsplit("-", 2)[-2])  # new or analysed again
    numbers = np.array([part_of[d][0] for d in ids], dtype=np.int64)
    folder.mkdir(exist_ok=True)
    names = set()
    for number in np.unique(numbers).tolist():
        path = folder / part_name(f"crawl/{number:03d}.warc.gz")
        names.add(path.name)
        tmp = folder / "part.tmp"
        pq.write_table(rows.take(pa.array(np.nonzero(numbers == number)[0])), tmp)
        if path.exists() and path.read_bytes() == tmp.read_bytes():
            tmp.unlink()
        else:
            tmp.replace(path)
    for stale in [p for p in folder.iterdir() if p.name not in names]:
        stale.unlink()
    if not names:
        pq.write_table(rows.slice(0, 0), folder / part_name("empty"))
    return folder


def _changes_in_parts(seed, tmp_path, rounds=4, statements_in_parts=False):
    rng = random.Random(seed)
    archive = Archive(rng, rng.choice((1, 5, 20, 40)))
    part_of, statement_part_of = {}, {}
    reports, statements = archive.write(tmp_path, append=True)
    folder = _in_parts(reports, tmp_path / "core_document_events.parquet", part_of, 0)
    whole_statements = statements
    if statements_in_parts:
        statements = _in_parts(whole_statements, tmp_path / "core_statements.parquet", statement_part_of, 0,
                               key="statement_id")
    assert _run(folder, statements, tmp_path / "inc", previous=False).whole
    _check(tmp_path, folder, statements, tmp_path / "inc")
    for round_ in range(1, rounds + 1):
        before = (_folder_bytes(folder), _folder_bytes(statements))
        archive.change(round_)
        reports, whole_statements = archive.write(tmp_path, append=True)
        _in_parts(reports, folder, part_of, round_)
        if statements_in_parts:
            _in_parts(whole_statements, statements, statement_part_of, round_, key="statement_id")
        after = (_folder_bytes(folder), _folder_bytes(statements))
        changed = {name for name, old, new in zip(("reports", "statements"), before, after) if old != new}
        stats = _run(folder, statements, tmp_path / "inc", changed=changed)
        assert not stats.whole, stats.reason
        _check(tmp_path, folder, statements, tmp_path / "inc")
        if statements_in_parts and "statements" in changed:  # only the parts whose rows changed
            assert stats.people_parts_summarised <= len(after[1]) and stats.people_parts_summarised <= sum(
                after[1].get(name) != data for name, data in before[1].items()) + len(set(after[1]) - set(before[1]))


def _folder_bytes(path):
    return {p.name: p.read_bytes() for p in path.iterdir()} if path.is_dir() else {path.name: path.read_bytes()}


@pytest.mark.parametrize("seed", range(12))
def test_the_incremental_merge_writes_what_the_whole_merge_writes_with_reports_in_parts(seed, tmp_path):
    """As the analysis step keeps core_document_events: a part per WARC file, most left as they were."""
    _changes_in_parts(seed, tmp_path)


@pytest.mark.parametrize("seed", range(12))
def test_the_incremental_merge_writes_what_the_whole_merge_writes_with_statements_in_parts(seed, tmp_path):
    """As the analysis step keeps core_statements too: people from the summaries of parts, most kept."""
    _changes_in_parts(seed, tmp_path, statements_in_parts=True)


@pytest.mark.parametrize("seed", range(40))
def test_the_incremental_merge_writes_what_the_whole_merge_writes(seed, tmp_path):
    _changes(seed, tmp_path)


@pytest.mark.parametrize("seed", range(3))
def test_reports_made_python_values_a_few_groups_at_a_time_merge_the_same(seed, tmp_path, monkeypatch):
    from pipeline.nlp.event_groups import _Reports

    monkeypatch.setattr(_Reports, "WINDOW", 2)  # a window of one or two groups, then the next
    _changes(seed, tmp_path)
    _changes_in_parts(seed, tmp_path / "parts")


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(40, 400))
def test_the_incremental_merge_writes_what_the_whole_merge_writes_on_more_archives(seed, tmp_path):
    _changes(seed, tmp_path)


def test_a_few_new_documents_merge_again_only_some_event_groups(tmp_path):
    rng = random.Random(2026)
    archive = Archive(rng, 300)
    _run(*archive.write(tmp_path, sort=True), tmp_path / "inc", previous=False)
    for round_ in range(1, 4):
        for _ in range(3):
            archive.add()
        inputs = archive.write(tmp_path, sort=True)
        stats = _run(*inputs, tmp_path / "inc")
        assert 0 < stats.event_groups_merged < stats.event_groups / 2
        assert 0 < stats.reports_merged < stats.reports / 2
        _check(tmp_path, *inputs, tmp_path / "inc")


def test_new_documents_last_are_merged_into_the_events_of_those_before(tmp_path):
    """As a new WARC file's documents come last in the reports: every group they reach keeps its events, and only
    the new reports go through the merge."""
    rng = random.Random(2027)
    archive = Archive(rng, 300)
    _run(*archive.write(tmp_path, append=True), tmp_path / "inc", previous=False)
    for round_ in range(1, 4):
        before = {r["document_event_id"] for reports, _ in archive.docs.values() for r in reports}
        for _ in range(3):
            archive.add()
        inputs = archive.write(tmp_path, append=True)
        new = sum(1 for reports, _ in archive.docs.values() for r in reports if r["document_event_id"] not in before)
        stats = _run(*inputs, tmp_path / "inc")
        assert stats.event_groups_merged > 0 and stats.reports_merged == new, stats
        assert stats.event_groups_extended + stats.reports_merged >= stats.event_groups_merged
        _check(tmp_path, *inputs, tmp_path / "inc")


def test_only_the_inputs_that_changed_are_read(tmp_path):
    """Reports and statements written again with the same rows (as the analysis step does on every run): no
    event group changed, nothing is written. Statements changed and reports not: the events are not looked at,
    the people and organisations are built again."""
    archive = Archive(random.Random(3), 30)
    inputs = archive.write(tmp_path, sort=True)
    _run(*inputs, tmp_path / "inc", previous=False)
    stamps = {p: p.stat().st_mtime_ns for _, p in _outputs(tmp_path / "inc").values()}
    stats = _run(*archive.write(tmp_path, sort=True), tmp_path / "inc", changed={"reports", "statements"})
    assert not stats.whole and stats.written == "" and stats.reports_merged == 0 and stats.statements == 0
    assert {p: p.stat().st_mtime_ns for _, p in _outputs(tmp_path / "inc").values()} == stamps
    _check(tmp_path, *inputs, tmp_path / "inc")
    statement = next(s for _, rows in archive.docs.values() for s in rows)
    statement["speaker_role"] = "министр"
    inputs = archive.write(tmp_path, sort=True)
    stats = _run(*inputs, tmp_path / "inc", changed={"statements"})
    assert stats.written == "people,person_roles,person_statements,organisations" and stats.event_groups == 0
    _check(tmp_path, *inputs, tmp_path / "inc")
    report = next(r for reports, _ in archive.docs.values() for r in reports)
    report["organiser"] = "Конституционный суд"  # an organisation no statement names
    inputs = archive.write(tmp_path, sort=True)
    stats = _run(*inputs, tmp_path / "inc", changed={"reports"})
    assert stats.written == "events,event_documents,organisations" and stats.statements == 0
    _check(tmp_path, *inputs, tmp_path / "inc")


@pytest.mark.parametrize("damage", ["missing", "corrupt", "other version", "not json", "links lost", "kept events lost",
                                    "kept events of another run"])
def test_a_missing_or_bad_state_means_the_whole_merge(tmp_path, damage):
    rng = random.Random(11)
    archive = Archive(rng, 30)
    _run(*archive.write(tmp_path), tmp_path / "inc", previous=False)
    state = tmp_path / "inc" / "state.json"
    if damage == "missing":
        state.unlink()
    elif damage == "corrupt":
        state.write_bytes(state.read_bytes()[:100])
    elif damage == "other version":
        state.write_text(json.dumps({**json.loads(state.read_text()), "version": 0}))
    elif damage == "not json":
        state.write_text("[1, 2]")
    elif damage == "kept events lost":
        seeds_path(state).unlink()
    elif damage == "kept events of another run":
        seeds = Seeds.load(seeds_path(state), json.loads(state.read_text())["seeds_token"])
        save(seeds_path(state), seeds.table, "another")
    else:  # outputs that do not fit each other: events without their reports
        table, path = _outputs(tmp_path / "inc")["event_documents"]
        write_rows(path, table, list(iter_rows(path))[::2])
    archive.change(1)
    inputs = archive.write(tmp_path)
    stats = _run(*inputs, tmp_path / "inc")
    assert stats.whole and stats.reason
    _check(tmp_path, *inputs, tmp_path / "inc")


def test_outputs_of_another_run_mean_the_whole_merge(tmp_path):
    """The caller says the outputs are not the ones its state was written with (previous=False): nothing of them
    is read."""
    archive = Archive(random.Random(5), 30)
    _run(*archive.write(tmp_path), tmp_path / "inc", previous=False)
    for _, path in _outputs(tmp_path / "inc").values():
        path.write_bytes(b"not parquet")
    archive.change(1)
    inputs = archive.write(tmp_path)
    assert _run(*inputs, tmp_path / "inc", previous=False).whole
    _check(tmp_path, *inputs, tmp_path / "inc")


def test_repeated_report_ids_merge_the_events_whole(tmp_path):
    """is_sample is looked up by report id across groups: with an id repeated, the events are merged whole, now
    and in the next run."""
    rng = random.Random(8)
    archive = Archive(rng, 30)
    _run(*archive.write(tmp_path), tmp_path / "inc", previous=False)
    docs = [d for d, (reports, _) in archive.docs.items() if reports]
    twin = dict(archive.docs[docs[0]][0][0], event_date=archive.docs[docs[1]][0][0]["event_date"], is_sample=True)
    archive.docs[docs[1]][0].append(twin)
    archive.change(1)
    inputs = archive.write(tmp_path)
    stats = _run(*inputs, tmp_path / "inc")
    assert not stats.whole and stats.event_groups_merged == stats.event_groups
    _check(tmp_path, *inputs, tmp_path / "inc")
    archive.docs[docs[1]][0].remove(twin)
    archive.change(2)
    inputs = archive.write(tmp_path)
    stats = _run(*inputs, tmp_path / "inc")
    assert stats.event_groups_merged == stats.event_groups  # the outputs were made with the repeated id
    _check(tmp_path, *inputs, tmp_path / "inc")
    archive.change(3)
    inputs = archive.write(tmp_path)
    assert _run(*inputs, tmp_path / "inc").event_groups_merged < stats.event_groups
    _check(tmp_path, *inputs, tmp_path / "inc")


def test_every_document_gone_leaves_empty_tables(tmp_path):
    archive = Archive(random.Random(9), 30)
    docs = [d for d, (reports, _) in archive.docs.items() if reports]
    archive.docs[docs[1]][0].append(dict(archive.docs[docs[0]][0][0]))  # a report id twice: events merged whole
    _run(*archive.write(tmp_path), tmp_path / "inc", previous=False)
    archive.docs.clear()
    inputs = archive.write(tmp_path)
    stats = _run(*inputs, tmp_path / "inc")
    assert not stats.whole and stats.event_groups == stats.people == stats.organisations == 0
    _check(tmp_path, *inputs, tmp_path / "inc")
    assert not any(_read(tmp_path / "inc").values())


# --- the step: its fingerprint decides between nothing, the incremental and the whole merge ---

def _step(data_dir):
    result = dg.materialize([core_events_and_people], resources={"settings": AtazanSettings(data_dir=str(data_dir))})
    assert result.success
    events = next(e for e in result.get_asset_materialization_events()
                  if e.asset_key.to_user_string() == "core_events")
    return {k: v.value for k, v in events.materialization.metadata.items()}


def _step_inputs(archive, data_dir):
    core = data_dir / "core"
    core.mkdir(parents=True, exist_ok=True)
    reports, statements = archive.write(core)
    shutil.move(reports, core / "core_document_events.parquet")
    shutil.move(statements, core / "core_statements.parquet")
    return core / "core_document_events.parquet", core / "core_statements.parquet"


def test_the_step_merges_whole_then_incrementally_then_not_at_all(tmp_path):
    archive = Archive(random.Random(21), 40)
    data = tmp_path / "data"
    inputs = _step_inputs(archive, data)
    first = _step(data)
    assert first["recomputed"] is True and first["whole"] is True
    assert (data / AGGREGATE_MARKER).exists() and (data / AGGREGATE_STATE).exists()
    archive.change(1)
    inputs = _step_inputs(archive, data)
    second = _step(data)
    assert second["recomputed"] is True and second["whole"] is False
    assert second["reports_merged"] < first["reports_merged"]
    _check(tmp_path, *inputs, data / "core")
    third = _step(data)
    assert third["recomputed"] is False and "whole" not in third


def test_the_step_merges_whole_after_a_change_of_its_code_or_a_run_killed_halfway(tmp_path, monkeypatch):
    archive = Archive(random.Random(22), 40)
    data = tmp_path / "data"
    _step_inputs(archive, data)
    _step(data)
    archive.change(1)
    inputs = _step_inputs(archive, data)
    monkeypatch.setattr(incremental, "merge_code", lambda *tables: "other code")
    assert _step(data)["whole"] is True
    _check(tmp_path, *inputs, data / "core")
    monkeypatch.undo()
    # killed halfway: the events of newer inputs written, the people, the state and the marker not
    archive.change(2)
    newer = archive.write(tmp_path)
    _run(*newer, tmp_path / "newer", previous=False)
    shutil.copy(tmp_path / "newer" / "core_events.parquet", data / "core" / "core_events.parquet")
    archive.change(3)
    inputs = _step_inputs(archive, data)
    assert _step(data)["whole"] is True
    _check(tmp_path, *inputs, data / "core")


def test_statements_kept_as_parts_give_person_statements_parts_of_the_same_names(tmp_path):
    """With core_statements a folder of parts, core_person_statements has a part of each name holding the links of
    that part's statements (out_statements runs over the pairs); a new part of statements writes its own part
    and the parts whose people changed, and leaves the others."""
    from tests.parts_helpers import split_into_parts

    rng = random.Random(7)
    archive = Archive(rng, 30)
    reports, statements = archive.write(tmp_path, append=True)
    sizes = [10, pq.read_table(statements).num_rows - 10]
    folder = split_into_parts(statements, tmp_path / "core_statements.parquet", sizes)
    _run(reports, folder, tmp_path / "inc", previous=False)
    links = tmp_path / "inc" / "core_person_statements.parquet"
    assert sorted(p.name for p in links.iterdir()) == sorted(p.name for p in folder.iterdir())
    whole = _whole(reports, statements, tmp_path / "whole")
    assert sorted(map(tuple, (r.values() for r in iter_rows(links)))) == \
        sorted(map(tuple, (r.values() for r in whole["person_statements"])))
    for part in folder.iterdir():
        mine = set(pq.read_table(part)["statement_id"].to_pylist())
        assert {r["statement_id"] for r in iter_rows(links / part.name)} <= mine

    stamps = {p.name: p.stat().st_mtime_ns for p in links.iterdir()}
    new = [s for n in range(3) for s in _document(rng, f"doc-new-{n}", 0)[1]]
    for statement in new:  # someone nobody named before: no old statement changes person
        statement.update(speaker_name="Ержан Новобранцев", is_collective=False, is_organisation=False)
    assert new
    write_rows(folder / "crawl%2F999.warc.gz.parquet", CORE_STATEMENTS, new)
    read = []
    real_rows_of = incremental._rows_of

    def rows_of(path):
        reader = real_rows_of(path)
        return lambda part: read.append(part.name) or reader(part)

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(incremental, "_rows_of", rows_of)
        stats = _run(reports, folder, tmp_path / "inc", changed={"statements"})
    assert not stats.whole and "person_statements" in stats.written
    # the new part is read (summarised, its links made) and no other: no one's person changed
    assert set(read) == {"crawl%2F999.warc.gz.parquet"} and stats.people_parts_summarised == 1
    now = {p.name: p.stat().st_mtime_ns for p in links.iterdir()}
    assert len(list(iter_rows(links / "crawl%2F999.warc.gz.parquet"))) == len(new)
    assert {name: now[name] for name in stamps} == stamps


def test_the_statements_digest_hashes_only_the_parts_whose_files_changed(tmp_path, monkeypatch):
    """A run that adds a part of statements hashes that part; the digest is the one every part hashed gives, and
    a part rewritten with other rows changes it."""
    from tests.parts_helpers import split_into_parts

    rng = random.Random(11)
    _, statements = Archive(rng, 20).write(tmp_path, append=True)
    rows = pq.read_table(statements).num_rows
    folder = split_into_parts(statements, tmp_path / "core_statements.parquet", [rows // 2, rows - rows // 2])
    settle(folder)  # parts written by an earlier run: their times are trusted
    columns = incremental.STATEMENT_COLUMNS
    digest, known = incremental._digest(folder, columns, {})
    new = [s for n in range(2) for s in _document(rng, f"doc-new-{n}", 0)[1]]
    write_rows(folder / "crawl%2F999.warc.gz.parquet", CORE_STATEMENTS, new)
    hashed = []
    real_files = incremental.duckdb_files
    monkeypatch.setattr(incremental, "duckdb_files", lambda files, **kw: hashed.extend(files) or real_files(files, **kw))
    grown, known = incremental._digest(folder, columns, known)
    assert [f.name for f in hashed] == ["crawl%2F999.warc.gz.parquet"]
    assert grown != digest and grown == incremental._digest(folder, columns, {})[0]
    first = sorted(folder.iterdir())[0]
    table = pq.read_table(first)
    pq.write_table(table.slice(1), first)  # a statement gone from an old part
    assert incremental._digest(folder, columns, known)[0] not in (grown, digest)


def test_report_rows_are_read_from_the_parts_that_hold_them(tmp_path):
    """The reports a run merges (row numbers in core_document_events read whole) are the same rows read from a
    folder of parts as from one file."""
    from pipeline.nlp import event_groups
    from tests.parts_helpers import split_into_parts

    reports, _ = Archive(random.Random(5), 30).write(tmp_path, append=True)
    total = pq.read_table(reports).num_rows
    folder = split_into_parts(reports, tmp_path / "core_document_events.parquet", [5, total - 15, 10])
    wanted = [np.array([total - 1, 2]), np.array([total - 3])]
    columns = event_groups.REPORT_READ
    groups = {"a": wanted[0], "b": wanted[1]}
    from_parts, from_file = event_groups._Reports(folder, columns, groups), event_groups._Reports(reports, columns, groups)
    ids = pq.read_table(reports)["document_event_id"]
    for key, rows in (("a", (2, total - 1)), ("b", (total - 3,))):
        assert from_parts.of(key) == from_file.of(key)
        assert [r["document_event_id"] for r in from_parts.of(key)] == [ids[i].as_py() for i in rows]
    assert from_parts.of("c") == [] and len(from_parts) == 3
