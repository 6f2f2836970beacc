"""A storage root that can live anywhere pyarrow reaches (s3://, gs://, hdfs://, file://).

When the pipeline runs past one machine, each step pulls the files it reads from the root into a scratch
directory of its own, works there, and pushes what it wrote back: steps share nothing but the root.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow.fs as pafs


@dataclass(frozen=True)
class RemoteFile:
    path: str  # relative to the root
    size: int
    mtime_ns: int


class StorageRoot:
    def __init__(self, uri: str):
        self.uri = uri
        self.fs, base = pafs.FileSystem.from_uri(uri)
        self.base = base.rstrip("/")

    def _full(self, rel: str) -> str:
        return f"{self.base}/{rel.strip('/')}" if rel.strip("/") else self.base

    def list(self, rel: str) -> list[RemoteFile]:
        """Files under `rel` (a directory) or `rel` itself (a file); nothing when it does not exist."""
        info = self.fs.get_file_info(self._full(rel))
        if info.type == pafs.FileType.NotFound:
            return []
        if info.type == pafs.FileType.File:
            return [RemoteFile(rel.strip("/"), info.size or 0, info.mtime_ns or 0)]
        found = self.fs.get_file_info(pafs.FileSelector(self._full(rel), recursive=True))
        prefix = self.base + "/"
        return sorted((RemoteFile(f.path[len(prefix):], f.size or 0, f.mtime_ns or 0) for f in found
                       if f.type == pafs.FileType.File), key=lambda f: f.path)

    def pull(self, rel: str, local_root: Path) -> int:
        """Copy `rel` (file or directory) from the root into `local_root`; returns the number of files. A path not
        ending in / is one table or file: a local copy is replaced whole (a parts folder keeps no part the root no
        longer has, and a plain file and a folder may replace each other)."""
        files = self.list(rel)
        if files and not rel.endswith("/"):
            _remove_local(local_root / rel)
        for remote in files:
            target = local_root / remote.path
            target.parent.mkdir(parents=True, exist_ok=True)
            with self.fs.open_input_stream(self._full(remote.path)) as source, target.open("wb") as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
        return len(files)

    def push(self, local_root: Path, rel: str) -> int:
        """Copy `rel` (file or directory) from `local_root` to the root. A path ending in / is a folder steps add
        files to (raw/warc/): its files are copied, nothing is removed. Any other path is one output of the step,
        a file or a folder of parts, and the root's copy becomes what the step left: a part the step removed, a
        plain file where it left a folder (or the reverse), the output itself when the step left none."""
        local = local_root / rel
        if local.is_dir():
            files = [p for p in sorted(local.rglob("*")) if p.is_file() and not p.name.endswith(".tmp")]
        else:
            files = [local] if local.is_file() else []
        if not rel.endswith("/"):
            self._remove_stale(rel, local, {p.relative_to(local_root).as_posix() for p in files})
        for path in files:
            remote = self._full(path.relative_to(local_root).as_posix())
            self.fs.create_dir(remote.rsplit("/", 1)[0], recursive=True)
            # An object store shows an object only once it is completely written: readers never see half a file.
            with path.open("rb") as source, self.fs.open_output_stream(remote) as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
        return len(files)

    def _remove_stale(self, rel: str, local: Path, kept: set[str]) -> None:
        """Delete what the root has at `rel` and the step did not leave: a file or folder of the other kind than
        `local` (or any, when `local` is gone), a folder's files not in `kept`. Done before the copy: a folder
        cannot be made where a file is, and an object store would keep both."""
        full = self._full(rel)
        info = self.fs.get_file_info(full)
        if info.type == pafs.FileType.File and not local.is_file():
            self.fs.delete_file(full)
        elif info.type == pafs.FileType.Directory and not local.is_dir():
            self.fs.delete_dir(full)
        elif info.type == pafs.FileType.Directory:
            for remote in self.list(rel):
                if remote.path not in kept:
                    self.fs.delete_file(self._full(remote.path))


def _remove_local(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
