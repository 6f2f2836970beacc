"""Settings every asset reads, through a Dagster resource (set from environment variables with dg.EnvVar)."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from pipeline.crawl.config import CrawlConfig, parse_ca_bundles

DEFAULT_DATA_DIR = "data"


class AtazanSettings(dg.ConfigurableResource):
    """Where the pipeline reads and writes.

    data_dir: ATAZAN_DATA_DIR (default ./data): raw/warc/ (the archive), core/ and out/ (Parquet),
    publish/ (atazan.duckdb, parquet/, csv/, datapackage.json).
    include_sample: ATAZAN_INCLUDE_SAMPLE (default 1): add the bundled sample archive to raw/warc/;
    0 removes it, so a build of real crawls has no sample rows.
    """

    data_dir: str = DEFAULT_DATA_DIR
    include_sample: str = "1"

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

    def layer_path(self, table: str) -> Path:
        """The Parquet file of a table, by the layer its name starts with (raw_, core_, out_)."""
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
    )


def crawl_settings_from_environment() -> CrawlSettings:
    return CrawlSettings(max_pages=_env_or("ATAZAN_CRAWL_MAX_PAGES", ""), ca_bundles=_env_or("ATAZAN_CA_BUNDLES", ""))
