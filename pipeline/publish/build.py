"""Publishing the out tables: Parquet and CSV exports, the DuckDB file, and a summary of the build.

A published file is written again only when what it is made from changed: its out table (by content), the
table's metadata, the provenance it carries (code version, licence; not the build time) or the code that writes
it. The archive's digest describes the whole release, so it is in datapackage.json and summary.json rather than
in every file's footer: a run that adds pages leaves the files of the tables it did not change as they were. What each was last made from is kept in `state_dir` (outside publish/, which releases copy whole).
When the DuckDB file is updated in place, the CSV files are written beside the update, by a thread.
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq

import pipeline.documents.language
import pipeline.publish.database_update as database_update
import pipeline.publish.files as files
import pipeline.search.index
import pipeline.search.install
import pipeline.search.sql
import pipeline.search.update
import pipeline.search.stemming
import pipeline.search.stopwords
import pipeline.search.suffixes
from pipeline.metadata.datapackage import datapackage
from pipeline.metadata.schema import Table
from pipeline.publish.database_update import update_duckdb
from pipeline.publish.files import append_csv, append_parquet, build_duckdb, publish_csv, publish_parquet
from pipeline.storage.fingerprint import StepFingerprint, code_digest, module_code
from pipeline.storage.parts import num_rows
from pipeline.storage.sql_models import load_views, view_statements
from pipeline.threads import beside

DUCKDB_NAME = "atazan.duckdb"
# A CSV written whole from a Parquet file this big or smaller is written beside the DuckDB file's update.
CSV_BESIDE_BYTES = 32 << 20
ARCHIVE_KEY = "atazan:source_archive_sha256"
# What the published DuckDB file's full-text search index is built by.
SEARCH_CODE = (pipeline.search.index, pipeline.search.install, pipeline.search.sql, pipeline.search.stemming,
               pipeline.search.stopwords, pipeline.search.suffixes, pipeline.search.update, pipeline.documents.language)


def publish(out_tables: list[tuple[Table, Path]], publish_dir: Path, provenance: dict[str, str],
            error_counts: dict[str, int], state_dir: Path) -> dict:
    """Write publish/parquet, publish/csv and publish/atazan.duckdb (each only when its inputs changed); return
    the summary (also saved as JSON), with `rewritten`: the files written by this call."""
    rows: dict[str, int] = {}
    rewritten: list[str] = []
    published: list[tuple[Table, Path]] = []
    # table -> (digest of its published file before, rows of it): files written as the old file's rows, then new ones
    appended: dict[str, tuple[str, int]] = {}
    in_files = {k: v for k, v in provenance.items() if k != ARCHIVE_KEY}
    # the build time changes every run; the files keep the time they were written
    lasting = {k: v for k, v in sorted(in_files.items()) if k != "atazan:build_time"}
    views = view_statements(load_views())
    database = publish_dir / DUCKDB_NAME
    fingerprint = StepFingerprint(
        state_dir / f"{DUCKDB_NAME}.json",
        {t.published_as: publish_dir / "parquet" / f"{t.published_as}.parquet" for t, _ in out_tables},
        code_digest([t for t, _ in out_tables], views, module_code(files, database_update, *SEARCH_CODE)),
        {"duckdb": database}, stat_outputs=frozenset({"duckdb"}))
    # The CSV files wait for the DuckDB file, to be written beside its update, when it may be updated in place (it is
    # there, made by this code); otherwise each is written after its Parquet file, as the memory of a full
    # publish allows (the Parquet writes' memory and DuckDB's for a whole CSV at once: 35 MB more at 100,000 pages).
    csv_files: list[tuple[StepFingerprint, Path, Path, int | None]] = []
    csv_beside_update = database.exists() and fingerprint.made_by_this_code()
    for table, out_path in out_tables:
        parquet = publish_dir / "parquet" / f"{table.published_as}.parquet"
        csv = publish_dir / "csv" / f"{table.published_as}.csv"
        # the CSV is read by no step: known by its size and mtime (the database reads the Parquet file)
        table_fingerprint = StepFingerprint(
            state_dir / f"{table.published_as}.json", {"out": out_path}, code_digest(table, lasting, module_code(files)),
            {"parquet": parquet, "csv": csv}, stat_outputs=frozenset({"csv"}))
        if table_fingerprint.unchanged():
            rows[table.published_as] = parquet_rows(parquet)
        else:
            kept, new_parts = _rows_kept(table_fingerprint, parquet)
            before = table_fingerprint.recorded_output("parquet")
            appended_rows = None if kept is None else append_parquet(
                [out_path / name for name in new_parts], parquet, table, in_files)
            rows[table.published_as] = appended_rows if appended_rows is not None else \
                publish_parquet(out_path, parquet, table, in_files)
            if kept is None:
                rewritten += [f"parquet/{parquet.name}", f"csv/{csv.name}"]
            else:
                if before is not None:
                    appended[table.published_as] = (before.sha256, kept)
                rewritten += [f"parquet/{parquet.name}", f"csv/{csv.name} (appended {rows[table.published_as] - kept})"]
            csv_files.append((table_fingerprint, parquet, csv, kept))
            if not csv_beside_update:
                _write_csv_files(csv_files)
                csv_files = []
        published.append((table, parquet))
    if fingerprint.unchanged():
        _write_csv_files(csv_files)
    else:
        changed = fingerprint.changed_inputs()
        if changed is not None and database.exists():
            with _csv_files_beside(csv_files):
                updates = update_duckdb(database, [(t, p) for t, p in published if t.published_as in changed],
                                        _appended_since_database(fingerprint, appended))
            rewritten.append(f"{DUCKDB_NAME} (updated: " + ", ".join(f"{k} {v}" for k, v in updates.items()) + ")")
        else:
            _write_csv_files(csv_files)
            build_duckdb(database, published, views, search_reuse_dir=state_dir / "search")
            rewritten.append(DUCKDB_NAME)
        fingerprint.record()
    write_json(publish_dir / "datapackage.json", datapackage(
        rows, version=provenance["atazan:code_version"], created=provenance["atazan:build_time"],
        sources=_package_sources(publish_dir / "parquet" / "sources.parquet"), archive=provenance.get(ARCHIVE_KEY)))
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
    return {**summary, "rewritten": rewritten}


def _write_csv_files(files: list[tuple[StepFingerprint, Path, Path, int | None]]) -> None:
    """Each table's CSV from its new Parquet file (appended to after the `kept` rows it holds; None: written
    whole), then the record of both (a CSV not written leaves its table to be published again next run)."""
    for fingerprint, parquet, csv, kept in files:
        if kept is None:
            publish_csv(parquet, csv)
        else:
            append_csv(parquet, csv, kept)
        fingerprint.record()


@contextmanager
def _csv_files_beside(files: list[tuple[StepFingerprint, Path, Path, int | None]]) -> Iterator[None]:
    """The CSV files written by a thread while the block runs (the DuckDB file's update: DuckDB lets go of the GIL,
    and the two use both cores), and finished when it ends. A CSV written whole from a big Parquet file is written
    before, not beside the update: DuckDB holds its rows in order in memory (340 MB for documents at 100,000
    pages). A CSV that fails fails the step."""
    first, alongside = [], []
    for file in files:
        _, parquet, _, kept = file
        (first if kept is None and parquet.stat().st_size > CSV_BESIDE_BYTES else alongside).append(file)
    _write_csv_files(first)
    with beside(1, "atazan-csv") as writer:
        written = writer.submit(_write_csv_files, alongside)
        yield
        written.result()


def _rows_kept(fingerprint: StepFingerprint, parquet: Path) -> tuple[int | None, list[str]]:
    """When the out table is a folder whose parts the published files were made from are still its first parts,
    as they were, and the files are as they were written, with the same code: the rows of the published files
    and the names of the parts after those (the new rows come after them: the files are appended to). (None, [])
    otherwise. New parts come last when WARC files are named by the time of their crawl, as the crawl names them."""
    if fingerprint.changed_inputs() is None:
        return None, []
    before, now = fingerprint.recorded_input("out"), fingerprint.current_inputs()["out"]
    if before is None or now is None or before.parts is None or now.parts is None:
        return None, []
    old, new = sorted(before.parts), sorted(now.parts)
    if len(new) <= len(old) or new[:len(old)] != old:
        return None, []
    if any(before.parts[name].get("sha256") != now.parts[name].get("sha256") for name in old):
        return None, []
    return parquet_rows(parquet), new[len(old):]


def _appended_since_database(fingerprint: StepFingerprint, appended: dict[str, tuple[str, int]]) -> dict[str, int]:
    """The tables whose DuckDB copy holds exactly the first rows of their new published file: the file was
    appended to, and the database was last made from the file as it was before (same digest). Their new rows
    are inserted without comparing every row (update_duckdb)."""
    kept = {}
    for name, (digest, rows) in appended.items():
        made_from = fingerprint.recorded_input(name)
        if made_from is not None and made_from.sha256 == digest:
            kept[name] = rows
    return kept


def _package_sources(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = pq.ParquetFile(path).read(columns=["title", "homepage", "documents"]).to_pylist()
    return [{"title": r["title"], "path": r["homepage"]} for r in rows if r["homepage"] and r["documents"]]


def parquet_rows(path: Path) -> int:
    """Rows of a Parquet file or of a table kept as a folder of parts (an error table); 0 when there is none."""
    return num_rows(path)


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)
