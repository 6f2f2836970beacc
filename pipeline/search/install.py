"""Putting full-text search into an open DuckDB database: index the items, create the tables and the macros."""
from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents import language as _language
from pipeline.search import index as _index_module, stemming as _stemming, stopwords as _stopwords
from pipeline.search import suffixes as _suffixes
from pipeline.search.index import ITEMS_SCHEMA, TERMS_SCHEMA, index_rows
from pipeline.search.sql import comment_statements, index_table_statements, macro_statements
from pipeline.storage.fingerprint import code_digest, module_code

READ_BATCH_ROWS = 2000
# Memory limits of DuckDB while the items are read from the database being built, one pass over every text
# (else it keeps the blocks it read cached up to the limit it was given for copying and sorting), and while the
# kept postings are merged with the new ones, by a connection of this module's own (unbounded, it held 100 MB
# more). At 100,000 pages the publish step's peak went from 744 MB to 523 MB, and it ran faster.
READ_MEMORY_LIMIT = "64MB"
MERGE_MEMORY_LIMIT = "256MB"
KEYS_SCHEMA = pa.schema([("kind", pa.string()), ("id", pa.string()), ("key", pa.string())])
REUSED_SCHEMA = pa.schema([("key", pa.string())])
KEY_BATCH_ROWS = 20_000
# The tables the index is kept in.
INDEX_TABLES = ("search_items", "search_terms", "search_vocabulary", "search_stopwords")
# What an item's postings are computed by: a change to any of these indexes every item again.
INDEX_CODE = (_index_module, _stemming, _stopwords, _suffixes, _language)


def install_search(con: duckdb.DuckDBPyConnection,
                   documents: Iterable[tuple[str, str | None, str]],
                   statements: Iterable[tuple[str, str | None, str]] = (),
                   reuse_dir: Path | None = None) -> dict[str, int]:
    """Index documents (id, language, title + text) and statements (id, language, text) and create the search
    tables and macros on con, replacing earlier ones. Returns the rows of each table created.

    The postings go through Parquet files in a temporary folder, so Python holds one batch and DuckDB sorts them
    out of core, however large the archive. With `reuse_dir` (a folder kept from one build to the next) the
    postings are kept there, and an item whose kind, id, language and text are those of the last build, indexed
    by the same code, is not stemmed again."""
    items = chain((("document", *d) for d in documents), (("statement", *s) for s in statements))
    with tempfile.TemporaryDirectory(prefix="atazan-search-") as folder:
        with _memory_limit(con, READ_MEMORY_LIMIT):
            if reuse_dir is None:
                terms_path, items_path = index_to_parquet(items, Path(folder))
            else:
                terms_path, items_path = _index_reusing(items, Path(reuse_dir), Path(folder))
        with _without_progress_bar(con):
            for statement in index_table_statements(str(terms_path), str(items_path)):
                con.execute(statement)
    for statement in macro_statements() + comment_statements():
        con.execute(statement)
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in INDEX_TABLES}


def index_to_parquet(items: Iterable[tuple], folder: Path) -> tuple[Path, Path]:
    """Postings and items of `items` in two Parquet files in `folder`."""
    terms_path, items_path = folder / "terms.parquet", folder / "items.parquet"
    with pq.ParquetWriter(terms_path, TERMS_SCHEMA) as terms_out, \
            pq.ParquetWriter(items_path, ITEMS_SCHEMA) as items_out:
        for batch in index_rows(items):
            terms_out.write_table(batch.terms)
            items_out.write_table(batch.items)
    return terms_path, items_path


def _item_key(kind: str, item_id: str, language: str | None, text: str | None) -> str:
    digest = hashlib.sha256()
    for part in (kind, item_id, language or "", text or ""):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def _index_reusing(items: Iterable[tuple], reuse_dir: Path, folder: Path) -> tuple[Path, Path]:
    """The postings of every item, the unchanged ones copied from `reuse_dir`'s (which then holds the new ones)."""
    code = code_digest(module_code(*INDEX_CODE))
    kept_terms, kept_items, stamp = reuse_dir / "terms.parquet", reuse_dir / "items.parquet", reuse_dir / "code"
    usable = kept_terms.exists() and kept_items.exists() and stamp.exists() and stamp.read_text() == code
    known = set(pq.ParquetFile(kept_items).read(columns=["key"]).column("key").to_pylist()) if usable else set()
    fresh_keys, reused = folder / "fresh_keys.parquet", folder / "reused.parquet"
    # the keys go to files as they come: held in lists, the keys of 100,000 pages' items took 115 MB
    with _KeyWriter(fresh_keys, KEYS_SCHEMA) as fresh_out, _KeyWriter(reused, REUSED_SCHEMA) as reused_out:
        def fresh():
            for item in items:
                key = _item_key(*item)
                if key in known:
                    reused_out.add(key)
                    continue
                fresh_out.add(item[0], item[1], key)
                yield item

        terms_path, items_path = index_to_parquet(fresh(), folder)
    reuse_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        con.execute(f"SET memory_limit = '{MERGE_MEMORY_LIMIT}'")
        for name, columns, kept, path in (("terms", "term, kind, id, tf", kept_terms, terms_path),
                                          ("items", "kind, id, language, length", kept_items, items_path)):
            parts = [f"SELECT {columns}, key FROM read_parquet({_string(path)}) AS new "
                     f"JOIN read_parquet({_string(fresh_keys)}) AS fresh USING (kind, id)"]
            if reused_out.rows:
                parts.append(f"SELECT {columns}, key FROM read_parquet({_string(kept)}) AS kept "
                             f"SEMI JOIN read_parquet({_string(reused)}) AS reused USING (key)")
            tmp = reuse_dir / f"{name}.parquet.tmp"
            con.execute(f"COPY ({' UNION ALL '.join(parts)}) TO {_string(tmp)} (FORMAT parquet, COMPRESSION zstd)")
        stamp.unlink(missing_ok=True)  # a crash between the two renames leaves no stamp: everything is indexed again
        for name in ("terms", "items"):
            os.replace(reuse_dir / f"{name}.parquet.tmp", reuse_dir / f"{name}.parquet")
        stamp.write_text(code)
    finally:
        con.close()
    return kept_terms, kept_items


class _KeyWriter:
    """Rows of a few strings written to a Parquet file KEY_BATCH_ROWS at a time."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.schema, self.rows = schema, 0
        self.columns: list[list] = [[] for _ in schema.names]
        self.writer = pq.ParquetWriter(path, schema)

    def add(self, *values: str) -> None:
        for column, value in zip(self.columns, values):
            column.append(value)
        self.rows += 1
        if len(self.columns[0]) >= KEY_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(pa.table(self.columns, schema=self.schema))
        self.columns = [[] for _ in self.schema.names]

    def __enter__(self) -> "_KeyWriter":
        return self

    def __exit__(self, *exc) -> None:
        if self.columns[0] or not self.rows:
            self._flush()
        self.writer.close()


# What each searched table contributes: its item kind and the SQL of an item's id, language and indexed text.
SEARCHED_TABLES = {
    "documents": ("document", "document_id", "language", "concat_ws(chr(10) || chr(10), title, text)"),
    "statements": ("statement", "statement_id", "language", "statement_text"),
}


def item_query(table: str, source: str | None = None) -> str:
    """The (id, language, text) rows a searched table gives, read from `source` (a FROM clause; the table itself
    by default)."""
    _, item_id, language, text = SEARCHED_TABLES[table]
    return f"SELECT {item_id}, {language}, {text} FROM {source or table}"


def install_published_search(con: duckdb.DuckDBPyConnection, reuse_dir: Path | None = None) -> dict[str, int]:
    """Search over the published `documents` (title and text) and `statements` tables of con, whichever exist."""
    tables = {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'"
    ).fetchall()}
    documents = rows(con, item_query("documents")) if "documents" in tables else ()
    statements = rows(con, item_query("statements")) if "statements" in tables else ()
    return install_search(con, documents, statements, reuse_dir)


@contextmanager
def _memory_limit(con: duckdb.DuckDBPyConnection, limit: str) -> Iterator[None]:
    """Set con's memory limit for a while: the items are read from con's tables in one pass, and the blocks DuckDB
    keeps cached up to its limit are memory the publish step holds for nothing. The limit is put back as DuckDB
    shows it (to a tenth of its unit: 256MB comes back as 244.1 MiB)."""
    before = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute(f"SET memory_limit = '{limit}'")
    try:
        yield
    finally:
        con.execute(f"SET memory_limit = '{before}'")


@contextmanager
def _without_progress_bar(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """The sort of the postings takes seconds, and its progress bar would fill the publish step's log."""
    enabled = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0]
    con.execute("SET enable_progress_bar = false")
    try:
        yield
    finally:
        con.execute(f"SET enable_progress_bar = {'true' if enabled else 'false'}")


def rows(con: duckdb.DuckDBPyConnection, query: str, own_cursor: bool = True) -> Iterator[tuple]:
    """Stream a query's rows, by default through a cursor of its own so con stays free for the writes that follow
    (a cursor does not see con's temp tables: pass own_cursor=False to read those, and write only after)."""
    cursor = con.cursor() if own_cursor else con
    try:
        reader = cursor.sql(query).to_arrow_reader(READ_BATCH_ROWS)
        for batch in reader:
            yield from zip(*(column.to_pylist() for column in batch.columns))
    finally:
        if own_cursor:
            cursor.close()


def _string(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"
