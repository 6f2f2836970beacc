"""Every SQL query in the user docs runs against the sample build and answers something: the docs never rot."""
import re
from pathlib import Path

import duckdb
import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = ["journalists.md", "search.md", "data-engineers.md"]
SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.S)


def _queries():
    for name in GUIDES:
        path = DOCS / name
        if not path.exists():
            continue
        for number, query in enumerate(SQL_BLOCK.findall(path.read_text(encoding="utf-8")), start=1):
            yield pytest.param(query, id=f"{name}:{number}")


def test_the_journalist_guide_answers_at_least_ten_questions():
    assert len(SQL_BLOCK.findall((DOCS / "journalists.md").read_text(encoding="utf-8"))) >= 10


@pytest.mark.parametrize("query", list(_queries()))
def test_documented_query_answers_on_the_sample_build(sample_build, query):
    data_dir, _ = sample_build
    con = duckdb.connect(str(data_dir / "publish" / "atazan.duckdb"), read_only=True)
    rows = con.execute(query).fetchall()
    assert rows, "the query returns nothing on the sample build"
