"""A storage root that can live anywhere pyarrow reaches (s3://, gs://, hdfs://, file://).

When the pipeline runs past one machine, each step pulls the files it reads from the root into a scratch
directory of its own, works there, and pushes what it wrote back: steps share nothing but the root.
"""
from __future__ import annotations

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
        """Copy `rel` (file or directory) from the root into `local_root`; returns the number of files."""
        files = self.list(rel)
        for remote in files:
            target = local_root / remote.path
            target.parent.mkdir(parents=True, exist_ok=True)
            with self.fs.open_input_stream(self._full(remote.path)) as source, target.open("wb") as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
        return len(files)

    def push(self, local_root: Path, rel: str) -> int:
        """Copy `rel` (file or directory) from `local_root` to the root; a missing local file is removed there too."""
        local = local_root / rel
        if local.is_dir():
            files = [p for p in sorted(local.rglob("*")) if p.is_file() and not p.name.endswith(".tmp")]
        elif local.is_file():
            files = [local]
        else:
            self.remove(rel)
            return 0
        for path in files:
            remote = self._full(path.relative_to(local_root).as_posix())
            self.fs.create_dir(remote.rsplit("/", 1)[0], recursive=True)
            # An object store shows an object only once it is completely written: readers never see half a file.
            with path.open("rb") as source, self.fs.open_output_stream(remote) as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
        return len(files)

    def remove(self, rel: str) -> None:
        info = self.fs.get_file_info(self._full(rel))
        if info.type == pafs.FileType.File:
            self.fs.delete_file(self._full(rel))
