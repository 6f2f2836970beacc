"""Settings every asset reads, through a Dagster resource (set from environment variables with dg.EnvVar)."""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import dagster as dg

from pipeline.crawl.config import CrawlConfig, parse_ca_bundles

DEFAULT_DATA_DIR = "data"
# Folders relative to the data root (trailing slash: a whole folder is pulled or pushed).
WARC_DIR = "raw/warc/"
CRAWL_DIR = "crawl/"
PUBLISH_DIR = "publish/"


class AtazanSettings(dg.ConfigurableResource):
    """Where the pipeline reads and writes.

    data_dir: ATAZAN_DATA_DIR (default ./data): raw/warc/ (the archive), core/ and out/ (Parquet),
    publish/ (atazan.duckdb, parquet/, csv/, datapackage.json).
    include_sample: ATAZAN_INCLUDE_SAMPLE (default 1): add the bundled sample archive to raw/warc/;
    0 removes it, so a build of real crawls has no sample rows.
    """

    data_dir: str = DEFAULT_DATA_DIR
    include_sample: str = "1"
    # ATAZAN_STORAGE_URI: when set (s3://bucket/prefix, gs://..., file:///...), the layers live there and data_dir is
    # only a local scratch: each step pulls what it reads into a fresh directory and pushes back what it wrote.
    storage_uri: str = ""

    @property
    def root(self) -> Path:
        return Path(self.data_dir).expanduser().resolve()

    @property
    def warc_dir(self) -> Path:
        return self.root / "raw" / "warc"

    @property
    def raw_dir(self) -> Path:
        return self.root / "raw"

    @property
    def core_dir(self) -> Path:
        return self.root / "core"

    @property
    def out_dir(self) -> Path:
        return self.root / "out"

    @property
    def publish_dir(self) -> Path:
        return self.root / "publish"

    @property
    def sample_enabled(self) -> bool:
        return self.include_sample.strip().lower() not in ("0", "false", "no", "off", "")

    def core_path(self, table: str) -> Path:
        return self.core_dir / f"{table}.parquet"

    def out_path(self, table: str) -> Path:
        return self.out_dir / f"{table}.parquet"

    def raw_path(self, table: str) -> Path:
        return self.raw_dir / f"{table}.parquet"

    @staticmethod
    def relative(table: str) -> str:
        """Where a table lives, relative to the data root (core/core_documents.parquet: a file or a parts folder)."""
        return f"{table.split('_', 1)[0]}/{table}.parquet"

    @contextmanager
    def staged(self, reads: Iterable[str] = (), writes: Iterable[str] = ()) -> Iterator["AtazanSettings"]:
        """The settings a step works with. With a storage URI: a scratch directory holding what the step reads
        (paths relative to the root: a table's file or folder of parts, other files, or directories ending in /),
        whose `writes` go back to the root when the step succeeds. A write not ending in / is replaced whole there
        (StorageRoot.push: parts the step removed go too); a directory ending in / only gains files. Without a
        storage URI: these settings, unchanged."""
        if not self.storage_uri:
            yield self
            return
        from pipeline.storage.root import StorageRoot

        root = StorageRoot(self.storage_uri)
        self.root.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix="step-", dir=self.root))
        try:
            for rel in reads:
                root.pull(rel, scratch)
            yield AtazanSettings(data_dir=str(scratch), include_sample=self.include_sample)
            for rel in writes:
                root.push(scratch, rel)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def location(self, rel: str) -> str:
        """Where a file of the data root is, for people: its URI with a storage root, else its local path."""
        return f"{self.storage_uri.rstrip('/')}/{rel}" if self.storage_uri else str(self.root / rel)

    def layer_path(self, table: str) -> Path:
        """The Parquet file (or folder of parts) of a table, by the layer its name starts with (raw_, core_, out_)."""
        layer = table.split("_", 1)[0]
        return {"raw": self.raw_path, "core": self.core_path, "out": self.out_path}[layer](table)


class CrawlSettings(dg.ConfigurableResource):
    """How far a crawl goes: ATAZAN_CRAWL_MAX_PAGES (per source and run; empty: no limit), ATAZAN_CA_BUNDLES
    (`host=pem;host=pem` for hosts whose certificates chain to Kazakhstan's national root CA)."""

    max_pages: str = ""
    ca_bundles: str = ""
    allow_loopback_for_tests: bool = False  # only the test servers live on loopback; a real crawl refuses it

    def config(self, settings: AtazanSettings) -> CrawlConfig:
        return CrawlConfig(data_dir=settings.root, max_pages=int(self.max_pages) if self.max_pages else None,
                           ca_bundles=parse_ca_bundles(self.ca_bundles), allow_loopback=self.allow_loopback_for_tests)


def _env_or(name: str, default: str):
    # dg.EnvVar is resolved at launch time (and shown as such in the UI); fall back to a default only when unset.
    return dg.EnvVar(name) if os.environ.get(name) else default


def settings_from_environment() -> AtazanSettings:
    return AtazanSettings(
        data_dir=_env_or("ATAZAN_DATA_DIR", DEFAULT_DATA_DIR),
        include_sample=_env_or("ATAZAN_INCLUDE_SAMPLE", "1"),
        storage_uri=_env_or("ATAZAN_STORAGE_URI", ""),
    )


def crawl_settings_from_environment() -> CrawlSettings:
    return CrawlSettings(max_pages=_env_or("ATAZAN_CRAWL_MAX_PAGES", ""), ca_bundles=_env_or("ATAZAN_CA_BUNDLES", ""))
