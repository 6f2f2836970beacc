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
    # an item is indexed from all its rows: one whose rows changed in any way loses every posting it had and
    # is indexed again from all its new rows (an id on two rows, one of them new, is not indexed twice)
    changed = f"changed_{table}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE {changed} AS SELECT id FROM {old} ANTI JOIN {new} USING (id, h) "
                f"UNION SELECT id FROM {new} ANTI JOIN {old} USING (id, h)")
    con.execute(f"CREATE OR REPLACE TEMP TABLE stale_{table} AS SELECT id FROM {changed} SEMI JOIN {old} USING (id)")
    con.execute(f"CREATE OR REPLACE TEMP TABLE fresh_{table} AS SELECT id FROM {changed} SEMI JOIN {new} USING (id)")
    con.execute(f"DROP TABLE {changed}")


def apply_item_changes(con: duckdb.DuckDBPyConnection, table: str, new_rows: str) -> ItemChanges:
    """Update search_items, search_terms and search_vocabulary for the changes `changed_items` found."""
    kind, item_id, _, _ = SEARCHED_TABLES[table]
    stale, fresh = f"stale_{table}", f"fresh_{table}"
    removed, added = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (stale, fresh))
    if not removed and not added:
        return ItemChanges(0, 0)
    # a term's items change by the postings taken away and added: counting them is cheaper than counting every
    # posting of the terms again (0.33 s against a few ms at 100,000 pages)
    con.execute("CREATE OR REPLACE TEMP TABLE term_changes (term VARCHAR, kind VARCHAR, items INTEGER)")
    con.execute(f"INSERT INTO term_changes SELECT term, kind, -1 FROM search_terms "
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
        con.execute(f"INSERT INTO term_changes SELECT term, kind, 1 FROM read_parquet({terms})")
    con.execute("CREATE OR REPLACE TEMP TABLE term_deltas AS SELECT term, kind, sum(items)::INTEGER AS items "
                "FROM term_changes GROUP BY term, kind HAVING sum(items) <> 0")
    con.execute("UPDATE search_vocabulary v SET items = v.items + d.items FROM term_deltas d "
                "WHERE v.term = d.term AND v.kind = d.kind")
    con.execute("INSERT INTO search_vocabulary SELECT term, kind, items FROM term_deltas "
                "ANTI JOIN search_vocabulary USING (term, kind) ORDER BY kind, term")
    con.execute("DELETE FROM search_vocabulary v USING term_deltas d "
                "WHERE v.term = d.term AND v.kind = d.kind AND v.items <= 0")
    for temp in (stale, fresh, "term_changes", "term_deltas"):
        con.execute(f"DROP TABLE {temp}")
    return ItemChanges(removed, added)


def _sql_string(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"
