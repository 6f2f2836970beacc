"""Putting full-text search into an open DuckDB database: index the items, create the tables and the macros."""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipeline.search.index import ITEMS_SCHEMA, TERMS_SCHEMA, index_rows
from pipeline.search.sql import comment_statements, index_table_statements, macro_statements

READ_BATCH_ROWS = 2000


def install_search(con: duckdb.DuckDBPyConnection,
                   documents: Iterable[tuple[str, str | None, str]],
                   statements: Iterable[tuple[str, str | None, str]] = ()) -> dict[str, int]:
    """Index documents (id, language, title + text) and statements (id, language, text) and create the search
    tables and macros on con, replacing earlier ones. Returns the rows of each table created.

    The postings go through Parquet files in a temporary folder, so Python holds one batch and DuckDB sorts them
    out of core, however large the archive."""
    items = chain((("document", *d) for d in documents), (("statement", *s) for s in statements))
    with tempfile.TemporaryDirectory(prefix="atazan-search-") as folder:
        terms_path, items_path = Path(folder) / "terms.parquet", Path(folder) / "items.parquet"
        with pq.ParquetWriter(terms_path, TERMS_SCHEMA) as terms_out, \
                pq.ParquetWriter(items_path, ITEMS_SCHEMA) as items_out:
            for batch in index_rows(items):
                terms_out.write_table(batch.terms)
                items_out.write_table(batch.items)
        with _without_progress_bar(con):
            for statement in index_table_statements(str(terms_path), str(items_path)):
                con.execute(statement)
    for statement in macro_statements() + comment_statements():
        con.execute(statement)
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("search_items", "search_terms", "search_vocabulary", "search_stopwords")}


def install_published_search(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Search over the published `documents` (title and text) and `statements` tables of con, whichever exist."""
    tables = {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'"
    ).fetchall()}
    documents = _rows(con, "SELECT document_id, language, concat_ws(chr(10) || chr(10), title, text) FROM documents"
                      ) if "documents" in tables else ()
    statements = _rows(con, "SELECT statement_id, language, statement_text FROM statements"
                       ) if "statements" in tables else ()
    return install_search(con, documents, statements)


@contextmanager
def _without_progress_bar(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """The sort of the postings takes seconds, and its progress bar would fill the publish step's log."""
    enabled = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0]
    con.execute("SET enable_progress_bar = false")
    try:
        yield
    finally:
        con.execute(f"SET enable_progress_bar = {'true' if enabled else 'false'}")


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> Iterator[tuple]:
    """Stream a query's rows through a cursor of its own, so con stays free for the writes that follow."""
    cursor = con.cursor()
    try:
        reader = cursor.sql(query).to_arrow_reader(READ_BATCH_ROWS)
        for batch in reader:
            yield from zip(*(column.to_pylist() for column in batch.columns))
    finally:
        cursor.close()
