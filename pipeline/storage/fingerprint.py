"""Work whose inputs did not change is not done again: a step's inputs, fingerprinted by content, kept in a marker.

A marker (a small JSON file beside the step's outputs) records the SHA-256 of every input file, a digest of the
code that turned them into the outputs (the SQL text, the table's metadata, the package version: whatever the
caller passes) and the outputs as the step left them. When all three still match, the outputs are what running
the step again would write, and the step keeps them; any difference, a missing file or an unreadable marker
means the step runs.

Hashing reads every byte. To keep that cheap a file's digest is remembered by (path, size, mtime_ns), in this
process and in the marker, but only for a file whose mtime was safely in the past when it was hashed: a file
rewritten within the filesystem's timestamp granularity could keep its size and mtime (git's "racily clean"
entries). Files staged from a storage root get new mtimes in every scratch directory, so they are hashed again:
slower, still correct.

A step's outputs are hashed when it records them, moments after it wrote them: racy, so every later look would
read them again (the next step that reads them, the next run: 690 MB of published files at 100,000 pages).
`record()` first sets the mtime of an output written in the last RACY_NS back by RACY_NS: any later write
sets the mtime to its own time, so the remembered digest is safe to trust from then on. An output that only its
step writes and no step reads (a published CSV or database file, hundreds of MB) may be named in `stat_outputs`:
it is known by its size and settled mtime, not read at all.

A table kept as a folder of Parquet parts (pipeline/storage/parts.py) is fingerprinted by its parts: each part is
hashed (or its digest reused) as a file is, and the marker keeps every part's state, so a run after one part was
added or changed reads that part only.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping

from pipeline.storage.atomic import write_bytes
from pipeline.storage.parts import RACY_NS, part_files

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    sha256: str
    hashed_at_ns: int
    parts: dict[str, dict] | None = None  # a folder's: each part's state, by name (as a marker keeps it)

    def trusted_for(self, size: int, mtime_ns: int) -> bool:
        # a folder's state is never reused whole, only its parts' states
        return (self.parts is None and self.size == size and self.mtime_ns == mtime_ns
                and mtime_ns + RACY_NS <= self.hashed_at_ns)


_memo: dict[tuple[str, int, int], FileState] = {}


def file_state(path: Path, known: FileState | None = None) -> FileState | None:
    """The file's size, mtime and content digest; None when it does not exist. `known` is an earlier state of the
    same file, reused (like this process's memo) when its size and mtime still match and were not racy. A folder
    of parts has a state over its parts (_folder_state)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(st.st_mode):
        return _folder_state(Path(path), st.st_mtime_ns, known)
    key = (str(path), st.st_size, st.st_mtime_ns)
    for candidate in (_memo.get(key), known):
        if candidate is not None and candidate.trusted_for(st.st_size, st.st_mtime_ns):
            return candidate
    hashed_at = time.time_ns()
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    state = FileState(st.st_size, st.st_mtime_ns, digest.hexdigest(), hashed_at)
    _memo[key] = state
    return state


def _folder_state(folder: Path, folder_mtime_ns: int, known: FileState | None) -> FileState | None:
    """The parts' sizes summed, the latest mtime of a part or of the folder (adding or removing a part changes the
    folder's), and a digest of every part's name and digest: a part added, removed or changed changes it. None
    when the folder holds no part (a table's folder always holds one: this is no table yet)."""
    known_parts = (known.parts if known else None) or {}
    parts = {p.name: file_state(p, _state(known_parts.get(p.name))) for p in part_files(folder)}
    if not parts or None in parts.values():  # a part removed while we looked: as good as missing
        return None
    lines = "".join(f"{name}\t{state.sha256}\n" for name, state in parts.items())
    return FileState(sum(s.size for s in parts.values()), max(folder_mtime_ns, *(s.mtime_ns for s in parts.values())),
                     hashlib.sha256(lines.encode("utf-8")).hexdigest(), min(s.hashed_at_ns for s in parts.values()),
                     {name: _raw(state) for name, state in parts.items()})


def file_stamp(path: Path) -> list[int]:
    """[size, mtime_ns, taken_at_ns] of a file, to keep beside a value computed from it (stamp_trusted)."""
    taken_at = time.time_ns()
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, taken_at]


def stamp_trusted(kept: list | None, now: list[int]) -> bool:
    """Whether a value kept with the stamp `kept` (file_stamp, taken when the value was computed) still describes
    the file stamped `now`: the same size and mtime, and an mtime not racy when the value was taken, as
    FileState.trusted_for."""
    return (kept is not None and len(kept) >= 3 and list(kept[:2]) == now[:2]
            and kept[1] + RACY_NS <= kept[2])


def kept_by_file(files: list[Path], kept_path: Path | None, code: str,
                 compute: Callable[[list[Path]], dict[str, object]]) -> dict[str, object]:
    """{file name: value} for `files`: the value kept in `kept_path` (JSON) for a file whose stamp says it is as it
    was when the value was computed by this `code` (stamp_trusted), else computed by `compute` (the files whose
    value is not kept, at once: {file name: value}); all written back to `kept_path` (None: nothing kept)."""
    try:
        kept = json.loads(Path(kept_path).read_text(encoding="utf-8")) if kept_path is not None else {}
    except (OSError, ValueError):
        kept = {}
    if not isinstance(kept, dict):
        kept = {}
    entries, todo = {}, []
    for file in files:
        stamp, before = file_stamp(file), kept.get(file.name)
        if (isinstance(before, dict) and "value" in before and before.get("code") == code
                and stamp_trusted(before.get("stamp"), stamp)):
            entries[file.name] = before
        else:
            todo.append((file, stamp))
    if todo:
        computed = compute([file for file, _ in todo])
        entries.update({file.name: {"code": code, "stamp": stamp, "value": computed[file.name]}
                        for file, stamp in todo})
    if kept_path is not None:
        Path(kept_path).parent.mkdir(parents=True, exist_ok=True)
        write_bytes(Path(kept_path), json.dumps(entries, sort_keys=True).encode("utf-8"))
    return {file.name: entries[file.name]["value"] for file in files}


def stat_state(path: Path) -> FileState | None:
    """A file known by its size and mtime alone (StepFingerprint's `stat_outputs`); None when it does not exist."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return FileState(st.st_size, st.st_mtime_ns, f"stat:{st.st_size}:{st.st_mtime_ns}", time.time_ns())


def settle(path: Path) -> None:
    """Set back by RACY_NS the mtime of a file (or of a folder's parts) written in the last RACY_NS, so that its
    digest taken now can be trusted later (see the module's docstring). Only for files the caller just wrote."""
    now = time.time_ns()
    for file in part_files(path):
        try:
            st = os.stat(file)
            if st.st_mtime_ns + RACY_NS > now:
                os.utime(file, ns=(st.st_atime_ns, now - RACY_NS))
        except FileNotFoundError:
            continue  # gone meanwhile: record() finds it missing


def code_digest(*parts: object) -> str:
    """A digest of what, besides the input files, decides the outputs (SQL text, table metadata, versions)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


class StepFingerprint:
    """The inputs and code of one step, compared with what its marker says its outputs were made from.

    Inputs are hashed when `unchanged()` is called (before the step runs) and those states are what `record()`
    saves after it ran: an input changed while the step ran makes the next run recompute.
    """

    def __init__(self, marker: Path, inputs: Mapping[str, Path], code: str, outputs: Mapping[str, Path],
                 stat_outputs: frozenset[str] = frozenset()):
        self.marker = Path(marker)
        self.inputs = dict(inputs)
        self.code = code
        self.outputs = dict(outputs)
        self.stat_outputs = frozenset(stat_outputs)
        self._previous = _load(self.marker)
        self._input_states: dict[str, FileState | None] | None = None
        self.extra: dict = dict(self._previous.get("extra") or {}) if self._previous else {}

    def _states(self, files: Mapping[str, Path], section: str) -> dict[str, FileState | None]:
        known = (self._previous or {}).get(section) or {}
        return {name: stat_state(path) if section == "outputs" and name in self.stat_outputs
                else file_state(path, _state(known.get(name))) for name, path in files.items()}

    def current_inputs(self) -> dict[str, FileState | None]:
        if self._input_states is None:
            self._input_states = self._states(self.inputs, "inputs")
        return self._input_states

    def unchanged(self) -> bool:
        """True when the marker matches the code, every input and every output (all present)."""
        previous = self._previous
        if previous is None or previous.get("code") != self.code:
            self.current_inputs()
            return False
        if not _same(previous.get("inputs"), self.current_inputs()):
            return False
        outputs = self._states(self.outputs, "outputs")
        if not _same(previous.get("outputs"), outputs):
            return False
        if _refreshed(previous, self.current_inputs(), outputs):
            # digests were taken while files were fresh (racy): remember the settled ones, so the next run
            # does not read every byte again
            self._write(self.current_inputs(), outputs)
        return True

    def made_by_this_code(self) -> bool:
        """Whether the marker was written by this code (its inputs and outputs not looked at)."""
        return self._previous is not None and self._previous.get("code") == self.code

    def changed_inputs(self) -> set[str] | None:
        """The names of the inputs whose content changed since the marker was written, when the code is the same
        and the outputs are as the step left them: what a step that can update its outputs in place has to apply.
        None when the outputs must be made again from scratch (no marker, other code or input names, an output
        changed or gone)."""
        previous = self._previous
        if previous is None or previous.get("code") != self.code:
            return None
        recorded = previous.get("inputs")
        if not isinstance(recorded, dict) or set(recorded) != set(self.inputs):
            return None
        if not _same(previous.get("outputs"), self._states(self.outputs, "outputs")):
            return None
        current = self.current_inputs()
        if any(state is None for state in current.values()):
            return None
        return {name for name, state in current.items() if not _same({name: recorded[name]}, {name: state})}

    def recorded_input(self, name: str) -> FileState | None:
        """The state of input `name` as the marker recorded it (a folder's with its parts' states); None without
        one."""
        return _state(((self._previous or {}).get("inputs") or {}).get(name))

    def recorded_output(self, name: str) -> FileState | None:
        """The state of output `name` as the marker recorded it; None without one."""
        return _state(((self._previous or {}).get("outputs") or {}).get(name))

    def record(self, **extra) -> None:
        """Save the inputs as they were before the step ran and the outputs as they are now (plus `extra`, e.g.
        a check's result). Nothing is saved when an input or output is missing: the next run recomputes."""
        inputs = self.current_inputs()
        for path in self.outputs.values():
            settle(path)
        outputs = self._states(self.outputs, "outputs")
        if any(s is None for s in [*inputs.values(), *outputs.values()]):
            self.marker.unlink(missing_ok=True)
            return
        self.extra = extra
        self._write(inputs, outputs)

    def _write(self, inputs, outputs) -> None:
        data = {"code": self.code, "inputs": {k: _raw(v) for k, v in inputs.items()},
                "outputs": {k: _raw(v) for k, v in outputs.items()}, "extra": self.extra}
        self.marker.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.marker.with_name(self.marker.name + ".tmp")
        # compact: the C encoder (an indent takes Python's, 0.15 s a run for the markers of 200 parts)
        tmp.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.marker)


def _load(marker: Path) -> dict | None:
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no usable marker: the step runs
    return data if isinstance(data, dict) else None


def _raw(state: FileState) -> dict:
    # not dataclasses.asdict, which copies every part's state deeply: a folder's parts are raw dicts already
    raw = {"size": state.size, "mtime_ns": state.mtime_ns, "sha256": state.sha256, "hashed_at_ns": state.hashed_at_ns}
    if state.parts is not None:  # a file's state has none, as markers kept it before tables could be folders
        raw["parts"] = state.parts
    return raw


def _state(raw) -> FileState | None:
    try:
        return FileState(**raw) if raw else None
    except TypeError:
        return None


def _same(recorded, current: Mapping[str, FileState | None]) -> bool:
    if not isinstance(recorded, dict) or set(recorded) != set(current):
        return False
    for name, state in current.items():
        before = _state(recorded.get(name))
        if state is None or before is None or before.sha256 != state.sha256:
            return False
    return True


def _refreshed(previous: dict, inputs, outputs) -> bool:
    for section, states in (("inputs", inputs), ("outputs", outputs)):
        for name, state in states.items():
            before = _state(previous[section].get(name))
            if before != state:
                return True
    return False


def module_code(*modules) -> str:
    """A digest of these modules' source files: a change to the code that writes or checks a table counts as a
    change of its inputs."""
    return code_digest(*(_source_digest(m.__file__) for m in modules))


@lru_cache(maxsize=None)
def _source_digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
