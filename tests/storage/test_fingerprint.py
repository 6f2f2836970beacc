"""Fingerprints of a step's inputs: a step is skipped only when no input, no code and no output changed."""
import json
import os
import shutil

import pytest

import pipeline.storage.fingerprint as fingerprint
from pipeline.storage.atomic import replace_if_changed
from pipeline.storage.fingerprint import RACY_NS, StepFingerprint, code_digest, file_state


@pytest.fixture(autouse=True)
def fresh_memo(monkeypatch):
    monkeypatch.setattr(fingerprint, "_memo", {})


def _age(path, seconds=10):
    """Make a file look written `seconds` ago, as files of an earlier build are."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 1_000_000_000))


def _step(tmp_path, code="v1"):
    return StepFingerprint(tmp_path / "step.json", {"a": tmp_path / "a.txt", "b": tmp_path / "b.txt"}, code,
                           {"out": tmp_path / "out.txt"})


def _run(tmp_path, code="v1") -> bool:
    """One run of a toy step (out = a + b); True when it recomputed."""
    step = _step(tmp_path, code)
    if step.unchanged():
        return False
    (tmp_path / "out.txt").write_text((tmp_path / "a.txt").read_text() + (tmp_path / "b.txt").read_text())
    step.record()
    return True


@pytest.fixture
def built(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.txt").write_text("two")
    assert _run(tmp_path)
    return tmp_path


def test_nothing_changed_leaves_the_output_untouched(built):
    before = (built / "out.txt").stat()
    assert not _run(built)
    after = (built / "out.txt").stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert (built / "out.txt").read_text() == "onetwo"


def test_a_changed_input_recomputes_even_with_the_same_size_and_mtime(built):
    path = built / "a.txt"
    st = path.stat()
    path.write_text("ONE")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _run(built)
    assert (built / "out.txt").read_text() == "ONEtwo"


def test_a_changed_input_recomputes(built):
    (built / "b.txt").write_text("three")
    assert _run(built)
    assert (built / "out.txt").read_text() == "onethree"


def test_changed_code_recomputes(built):
    assert _run(built, code="v2")
    assert not _run(built, code="v2")


def test_a_missing_or_edited_output_recomputes(built):
    (built / "out.txt").unlink()
    assert _run(built)
    (built / "out.txt").write_text("tampered")
    assert _run(built)
    assert (built / "out.txt").read_text() == "onetwo"


def test_a_missing_input_is_never_a_match(built):
    (built / "b.txt").unlink()
    step = _step(built)
    assert not step.unchanged()
    step.record()  # an input is missing: nothing is recorded, the next run recomputes
    assert not (built / "step.json").exists()


def test_a_damaged_marker_recomputes(built):
    (built / "step.json").write_text("{not json")
    assert _run(built)
    (built / "step.json").write_text(json.dumps({"code": "v1", "inputs": {"a": {"size": "x"}}}))
    assert _run(built)


def test_an_input_touched_but_not_changed_does_not_recompute(built):
    os.utime(built / "a.txt")
    assert not _run(built)


def test_files_copied_elsewhere_match_by_content(built, tmp_path_factory):
    """Staged from a storage root, files have new paths and mtimes: their content decides."""
    other = tmp_path_factory.mktemp("scratch")
    for name in ("a.txt", "b.txt", "out.txt", "step.json"):
        shutil.copy(built / name, other / name)
    assert not _run(other)
    (other / "a.txt").write_text("uno")
    assert _run(other)


def test_a_remembered_digest_is_trusted_only_for_files_that_were_not_fresh(tmp_path):
    path = tmp_path / "f"
    path.write_text("x")
    fresh = file_state(path)
    assert not fresh.trusted_for(fresh.size, fresh.mtime_ns)  # hashed right after it was written: racy
    _age(path)
    settled = file_state(path)
    assert settled.trusted_for(settled.size, settled.mtime_ns)
    assert settled.mtime_ns + RACY_NS <= settled.hashed_at_ns


def test_settled_files_are_not_read_again(built, monkeypatch):
    for name in ("a.txt", "b.txt", "out.txt"):
        _age(built / name)
    assert not _run(built)  # hashes the files once more, now that they are settled, and remembers them
    monkeypatch.setattr(fingerprint, "_memo", {})
    reads = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: reads.append(str(p)) or real_open(p, *a, **k))
    assert not _run(built)
    assert not [r for r in reads if r.endswith(".txt")]


def test_code_digest_tells_parts_apart():
    assert code_digest("ab", "c") != code_digest("a", "bc")
    assert code_digest("select 1") == code_digest("select 1")


def test_the_same_bytes_do_not_replace_a_file(tmp_path):
    target, tmp = tmp_path / "t.parquet", tmp_path / "t.parquet.tmp"
    target.write_bytes(b"same")
    _age(target)
    before = target.stat().st_mtime_ns
    tmp.write_bytes(b"same")
    assert replace_if_changed(tmp, target) is False
    assert target.stat().st_mtime_ns == before and not tmp.exists()
    tmp.write_bytes(b"diff")
    assert replace_if_changed(tmp, target) is True
    assert target.read_bytes() == b"diff" and not tmp.exists()


def test_changed_inputs_names_what_an_update_in_place_must_apply(built):
    (built / "b.txt").write_text("three")
    step = _step(built)
    assert not step.unchanged()
    assert step.changed_inputs() == {"b"}


def test_changed_inputs_is_none_when_the_outputs_must_be_made_again(built):
    (built / "b.txt").write_text("three")
    assert _step(built, code="v2").changed_inputs() is None  # other code
    (built / "out.txt").write_text("edited by hand")
    assert _step(built).changed_inputs() is None  # the output is not the one the marker knows
    (built / "out.txt").write_text("onetwo")
    (built / "a.txt").unlink()
    assert _step(built).changed_inputs() is None  # an input gone
    (built / "a.txt").write_text("one")
    (built / "step.json").write_text("{not json")
    assert _step(built).changed_inputs() is None  # no usable marker


# A table kept as a folder of Parquet parts (pipeline/storage/parts.py): its state is over its parts.

def _parts(folder, **parts):
    """Write (or overwrite) these parts of `folder`: name -> content."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in parts.items():
        (folder / f"{name}.parquet").write_text(content)
    return folder


def _folder_step(tmp_path, code="v1"):
    return StepFingerprint(tmp_path / "step.json", {"docs": tmp_path / "docs.parquet", "a": tmp_path / "a.txt"}, code,
                           {"out": tmp_path / "out.parquet"})


def _folder_run(tmp_path) -> bool:
    """One run of a toy step whose input and output are folders of parts (out's parts = docs' parts, upper-cased);
    True when it recomputed."""
    step = _folder_step(tmp_path)
    if step.unchanged():
        return False
    shutil.rmtree(tmp_path / "out.parquet", ignore_errors=True)
    _parts(tmp_path / "out.parquet", **{p.stem: p.read_text().upper() for p in (tmp_path / "docs.parquet").iterdir()})
    step.record()
    return True


@pytest.fixture
def built_folder(tmp_path):
    _parts(tmp_path / "docs.parquet", w1="one", w2="two", _empty="")
    (tmp_path / "a.txt").write_text("a")
    assert _folder_run(tmp_path)
    return tmp_path


def test_a_folder_state_is_over_its_parts(tmp_path):
    folder = _parts(tmp_path / "t.parquet", w1="one", w2="three")
    (folder / "w3.parquet.tmp").write_text("half written: not a part")
    state = file_state(folder)
    assert state.size == 8 and set(state.parts) == {"w1.parquet", "w2.parquet"}
    assert state.mtime_ns == max(p.stat().st_mtime_ns for p in (folder, folder / "w1.parquet", folder / "w2.parquet"))
    assert file_state(tmp_path / "missing.parquet") is None
    assert file_state(_parts(tmp_path / "empty.parquet")) is None  # no part: not a table yet


def test_a_part_added_removed_or_changed_changes_the_folders_digest(tmp_path):
    folder = _parts(tmp_path / "t.parquet", w1="one", w2="two")
    digests = [file_state(folder).sha256]
    _parts(folder, w3="three")
    digests.append(file_state(folder).sha256)
    (folder / "w1.parquet").unlink()
    digests.append(file_state(folder).sha256)
    st = (folder / "w2.parquet").stat()
    (folder / "w2.parquet").write_text("TWO")  # same size, same mtime
    os.utime(folder / "w2.parquet", ns=(st.st_atime_ns, st.st_mtime_ns))
    digests.append(file_state(folder).sha256)
    (folder / "w2.parquet").rename(folder / "w4.parquet")  # the same bytes under another name
    digests.append(file_state(folder).sha256)
    assert len(set(digests)) == len(digests)
    _parts(tmp_path / "same.parquet", w3="three", w4="TWO")
    assert file_state(tmp_path / "same.parquet").sha256 == digests[-1]  # content decides, not mtimes


def test_a_step_over_folders_runs_only_when_a_part_changed(built_folder):
    assert not _folder_run(built_folder)
    os.utime(built_folder / "docs.parquet" / "w1.parquet")  # touched, not changed
    assert not _folder_run(built_folder)
    _parts(built_folder / "docs.parquet", w3="three")
    step = _folder_step(built_folder)
    assert not step.unchanged() and step.changed_inputs() == {"docs"}
    assert _folder_run(built_folder)
    assert (built_folder / "out.parquet" / "w3.parquet").read_text() == "THREE"
    (built_folder / "docs.parquet" / "w1.parquet").unlink()
    assert _folder_step(built_folder).changed_inputs() == {"docs"}
    assert _folder_run(built_folder) and not (built_folder / "out.parquet" / "w1.parquet").exists()


def test_an_output_folder_with_a_part_changed_added_or_gone_is_made_again(built_folder):
    out = built_folder / "out.parquet"
    for change in (lambda: (out / "w1.parquet").write_text("edited"), lambda: _parts(out, w9="stray"),
                   lambda: (out / "w2.parquet").unlink(), lambda: shutil.rmtree(out)):
        change()
        assert _folder_step(built_folder).changed_inputs() is None
        assert _folder_run(built_folder)
        assert sorted(p.name for p in out.iterdir()) == ["_empty.parquet", "w1.parquet", "w2.parquet"]


def test_a_table_that_turned_from_a_file_into_a_folder_or_back_is_a_change(built_folder):
    (built_folder / "a.txt").unlink()
    _parts(built_folder / "a.txt", w1="a")
    assert _folder_step(built_folder).changed_inputs() == {"a"}
    assert _folder_run(built_folder)
    shutil.rmtree(built_folder / "docs.parquet")
    (built_folder / "docs.parquet").write_text("onetwo")
    assert _folder_step(built_folder).changed_inputs() == {"docs"}


def test_settled_parts_are_not_read_again_and_a_new_part_alone_is_read(built_folder, monkeypatch):
    for path in [*(built_folder / "docs.parquet").iterdir(), *(built_folder / "out.parquet").iterdir()]:
        _age(path)
    assert not _folder_run(built_folder)  # hashes the parts once more, now that they are settled, and remembers them
    marker = json.loads((built_folder / "step.json").read_text())
    assert set(marker["inputs"]["docs"]["parts"]) == {"_empty.parquet", "w1.parquet", "w2.parquet"}
    assert "parts" not in marker["inputs"]["a"]  # a file's state is kept as before
    monkeypatch.setattr(fingerprint, "_memo", {})
    reads = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: reads.append(str(p)) or real_open(p, *a, **k))
    assert not _folder_run(built_folder)
    assert not [r for r in reads if r.endswith(".parquet")]
    _parts(built_folder / "docs.parquet", w3="three")
    step = _folder_step(built_folder)
    assert step.changed_inputs() == {"docs"}
    assert [r for r in reads if r.endswith(".parquet")] == [str(built_folder / "docs.parquet" / "w3.parquet")]


def test_recorded_outputs_are_trusted_without_reading_them_again(built, monkeypatch):
    """A step's outputs are hashed as it records them, right after writing them: the next look at them (the next
    step, the next run) takes the recorded digest instead of reading every byte again."""
    for name in ("a.txt", "b.txt"):
        _age(built / name)
    (built / "out.txt").write_text("onetwo, again")  # just written, as a step writes its output
    step = _step(built)
    step.unchanged()
    step.record()
    monkeypatch.setattr(fingerprint, "_memo", {})
    reads = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: reads.append(str(p)) or real_open(p, *a, **k))
    assert _step(built).unchanged()
    assert not [r for r in reads if r.endswith(".txt")]


def test_a_settled_output_changed_later_is_seen(built):
    (built / "out.txt").write_text("onetwo, again")
    step = _step(built)
    step.unchanged()
    step.record()
    (built / "out.txt").write_text("onetwo, AGAIN")  # same size, written after the record: a new mtime
    assert not _step(built).unchanged()


def test_settle_leaves_files_written_long_ago_and_folders_parts_alike(tmp_path):
    old, folder = tmp_path / "old.parquet", tmp_path / "table.parquet"
    old.write_text("x")
    _age(old)
    before = old.stat().st_mtime_ns
    folder.mkdir()
    (folder / "a.parquet").write_text("a")
    fingerprint.settle(old)
    fingerprint.settle(folder)
    fingerprint.settle(tmp_path / "missing.parquet")
    assert old.stat().st_mtime_ns == before
    part = file_state(folder / "a.parquet")
    assert part.trusted_for(part.size, part.mtime_ns)


def test_an_output_known_by_its_stat_is_not_read_and_a_write_to_it_is_seen(built, monkeypatch):
    def step():
        return StepFingerprint(built / "step.json", {"a": built / "a.txt", "b": built / "b.txt"}, "v1",
                               {"out": built / "out.txt"}, stat_outputs=frozenset({"out"}))

    first = step()
    first.unchanged()
    (built / "out.txt").write_text("onetwo")
    reads = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: reads.append(str(p)) or real_open(p, *a, **k))
    first.record()
    assert not [r for r in reads if r.endswith("out.txt")]
    monkeypatch.undo()
    assert step().unchanged()
    (built / "out.txt").write_text("onetwX")  # same size, a new mtime
    assert not step().unchanged()


def test_a_value_kept_by_file_is_computed_again_only_for_files_changed_or_of_other_code(tmp_path):
    from pipeline.storage.fingerprint import kept_by_file

    files = [tmp_path / "a.parquet", tmp_path / "b.parquet"]
    for f in files:
        f.write_text(f.name)
        then = os.stat(f).st_mtime_ns - 2 * RACY_NS  # a stamp taken just after a write is not trusted
        os.utime(f, ns=(then, then))
    computed = []

    def size(paths):
        computed.append(sorted(p.name for p in paths))
        return {p.name: p.stat().st_size for p in paths}

    kept = tmp_path / "kept.json"
    assert kept_by_file(files, kept, "v1", size) == {"a.parquet": 9, "b.parquet": 9}
    assert kept_by_file(files, kept, "v1", size) == {"a.parquet": 9, "b.parquet": 9}
    files[1].write_text("longer b")
    assert kept_by_file(files, kept, "v1", size)["b.parquet"] == 8
    assert kept_by_file(files, kept, "v2", size) == {"a.parquet": 9, "b.parquet": 8}
    kept.write_text("[damaged")
    kept_by_file(files, kept, "v2", size)
    both = ["a.parquet", "b.parquet"]
    assert computed == [both, ["b.parquet"], both, both]  # first; b changed; other code; the kept file damaged
