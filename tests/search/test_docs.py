"""Every query of docs/search.md runs on the sample build's file with search and finds something."""
import re
from pathlib import Path

import duckdb
import pytest

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "search.md"
QUERIES = [statement.strip() for block in re.findall(r"```sql\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
           for statement in block.split(";") if statement.strip()]


def test_the_guide_has_queries():
    assert len(QUERIES) >= 6


@pytest.mark.parametrize("query", QUERIES, ids=[q.splitlines()[0][:60] for q in QUERIES])
def test_a_documented_query_finds_rows(published_with_search, query):
    con = duckdb.connect(str(published_with_search[0]), read_only=True)
    try:
        assert con.execute(query).fetchall()
    finally:
        con.close()
