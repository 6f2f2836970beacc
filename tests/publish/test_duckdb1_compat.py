"""The published DuckDB file opens in DuckDB 1.x (DBeaver's driver, older CLIs) and answers the documented queries."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

OLD_DUCKDB = "duckdb==1.1.3"
DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="module")
def duckdb1(tmp_path_factory):
    target = tmp_path_factory.mktemp("duckdb1")
    try:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(target), OLD_DUCKDB],
                       check=True, capture_output=True, timeout=180)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"{OLD_DUCKDB} could not be installed from the package registry ({exc}); this test needs it")
    return target


def test_documented_queries_run_in_duckdb_1x_read_only(sample_build, duckdb1):
    data_dir, _ = sample_build
    queries = re.findall(r"```sql\n(.*?)```", (DOCS / "journalists.md").read_text(encoding="utf-8"), re.S)
    script = (
        "import duckdb, json, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "queries = json.loads(sys.stdin.read())\n"
        "print(json.dumps([duckdb.__version__] + [len(con.execute(q).fetchall()) for q in queries]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(data_dir / "publish" / "atazan.duckdb")],
                            input=json.dumps(queries), capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(duckdb1), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    version, *counts = json.loads(result.stdout)
    assert version.startswith("1.")
    assert all(count > 0 for count in counts), counts


def test_a_file_updated_in_place_still_opens_in_duckdb_1x(sample_build, duckdb1, tmp_path):
    """An update in place writes new blocks into the published file: they must keep its 1.0 storage format."""
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.metadata.tables import published_tables
    from pipeline.publish.database_update import update_duckdb

    data_dir, _ = sample_build
    database = tmp_path / "atazan.duckdb"
    shutil.copy(data_dir / "publish" / "atazan.duckdb", database)
    documents = tmp_path / "documents.parquet"
    table = pq.read_table(data_dir / "publish" / "parquet" / "documents.parquet")
    rows = table.to_pylist()
    rows.append({**rows[0], "document_id": "added-in-place", "title": "Курултай: добавленный документ"})
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), documents)
    [spec] = [t for t in published_tables() if t.published_as == "documents"]
    update_duckdb(database, [(spec, documents)])
    script = (
        "import duckdb, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(con.execute(\"SELECT count(*) FROM search_documents('добавленный') s JOIN documents d "
        "USING (document_id) WHERE d.document_id = 'added-in-place'\").fetchone()[0])\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(database)], capture_output=True, text=True,
                            timeout=120, env={"PYTHONPATH": str(duckdb1), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "1"
