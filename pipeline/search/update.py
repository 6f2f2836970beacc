"""Bringing the search index of a published DuckDB file up to date with a new version of a searched table, in the
file, instead of indexing every item again: the items whose id, language or text changed lose their postings, the
new and changed ones are stemmed and added, and the vocabulary is counted again for the stems they touch.

The result holds the same rows as a full index of the new table (tests/search/test_update.py); only the rows'
physical order differs, which no query depends on.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.search.install import SEARCHED_TABLES, index_to_parquet, item_query, rows


@dataclass(frozen=True)
class ItemChanges:
    removed: int  # items whose postings were dropped (gone, or changed)
    added: int  # items stemmed and added (new, or changed)


def changed_items(con: duckdb.DuckDBPyConnection, table: str, old: str, new: str) -> None:
    """Temp tables `stale_<table>` and `fresh_<table>` (column id): the items the table's new version no longer
    has as they were, and the items it adds or changes. `old` and `new` name relations of the table's versions
    with columns id and h, a hash that changes with the item's language or text: the publish step's hash of the
    whole row, so that each row is hashed once (an item whose other columns changed is indexed again: the same
    postings)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE stale_{table} AS SELECT DISTINCT id FROM {old} ANTI JOIN {new} USING (id, h)")
    con.execute(f"CREATE OR REPLACE TEMP TABLE fresh_{table} AS SELECT DISTINCT id FROM {new} ANTI JOIN {old} USING (id, h)")


def apply_item_changes(con: duckdb.DuckDBPyConnection, table: str, new_rows: str) -> ItemChanges:
    """Update search_items, search_terms and search_vocabulary for the changes `changed_items` found."""
    kind, item_id, _, _ = SEARCHED_TABLES[table]
    stale, fresh = f"stale_{table}", f"fresh_{table}"
    removed, added = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (stale, fresh))
    if not removed and not added:
        return ItemChanges(0, 0)
    con.execute("CREATE OR REPLACE TEMP TABLE touched_terms (term VARCHAR, kind VARCHAR)")
    con.execute(f"INSERT INTO touched_terms SELECT DISTINCT term, kind FROM search_terms "
                f"WHERE kind = '{kind}' AND id IN (SELECT id FROM {stale})")
    for index_table in ("search_terms", "search_items"):
        con.execute(f"DELETE FROM {index_table} WHERE kind = '{kind}' AND id IN (SELECT id FROM {stale})")
    items = ((kind, *row) for row in rows(con, item_query(table, f"{new_rows} WHERE {item_id} IN "
                                                               f"(SELECT id FROM {fresh})"), own_cursor=False))
    with tempfile.TemporaryDirectory(prefix="atazan-search-") as folder:
        terms, new_items = (_sql_string(p) for p in index_to_parquet(items, Path(folder)))
        con.execute(f"INSERT INTO search_items SELECT kind, id, language, length FROM read_parquet({new_items}) "
                    f"ORDER BY kind, id")
        con.execute(f"INSERT INTO search_terms SELECT term, kind, id, tf FROM read_parquet({terms}) "
                    f"ORDER BY kind, term, id")
        con.execute(f"INSERT INTO touched_terms SELECT DISTINCT term, kind FROM read_parquet({terms})")
    con.execute("DELETE FROM search_vocabulary v USING touched_terms t WHERE v.term = t.term AND v.kind = t.kind")
    con.execute("INSERT INTO search_vocabulary SELECT term, kind, count(*)::INTEGER AS items "
                "FROM search_terms SEMI JOIN (SELECT DISTINCT term, kind FROM touched_terms) USING (term, kind) "
                "GROUP BY term, kind ORDER BY kind, term")
    for temp in (stale, fresh, "touched_terms"):
        con.execute(f"DROP TABLE {temp}")
    return ItemChanges(removed, added)


def _sql_string(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"
