"""Publishing the out tables: Parquet and CSV exports, the DuckDB file, and a summary of the build."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.metadata.datapackage import datapackage
from pipeline.metadata.schema import Table
from pipeline.publish.files import build_duckdb, publish_csv, publish_parquet
from pipeline.storage.sql_models import load_views, view_statements

DUCKDB_NAME = "atazan.duckdb"


def publish(out_tables: list[tuple[Table, Path]], publish_dir: Path, provenance: dict[str, str],
            error_counts: dict[str, int]) -> dict:
    """Write publish/parquet, publish/csv and publish/atazan.duckdb; return the summary (also saved as JSON)."""
    rows: dict[str, int] = {}
    published: list[tuple[Table, Path]] = []
    for table, out_path in out_tables:
        parquet = publish_dir / "parquet" / f"{table.published_as}.parquet"
        rows[table.published_as] = publish_parquet(out_path, parquet, table, provenance)
        publish_csv(parquet, publish_dir / "csv" / f"{table.published_as}.csv")
        published.append((table, parquet))
    build_duckdb(publish_dir / DUCKDB_NAME, published, view_statements(load_views()))
    write_json(publish_dir / "datapackage.json", datapackage(
        rows, version=provenance["atazan:code_version"], created=provenance["atazan:build_time"],
        sources=_package_sources(publish_dir / "parquet" / "sources.parquet")))
    summary = {
        # Relative to the data root, which may be a local folder or a storage URI.
        "duckdb": f"publish/{DUCKDB_NAME}",
        "parquet_dir": "publish/parquet",
        "csv_dir": "publish/csv",
        "rows": rows,
        "errors": error_counts,
        **{k.split(":", 1)[1]: v for k, v in provenance.items()},
    }
    write_json(publish_dir / "summary.json", summary)
    return summary


def _package_sources(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = pq.read_table(path, columns=["title", "homepage", "documents"]).to_pylist()
    return [{"title": r["title"], "path": r["homepage"]} for r in rows if r["homepage"] and r["documents"]]


def parquet_rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)
