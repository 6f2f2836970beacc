"""DuckDB 1.0, the oldest version the published file promises, opens a file with search read-only and gets the same
answers as DuckDB 2: the macros are stored in a form 1.0 reads and use nothing 1.0 lacks."""
import json
import subprocess
import sys

import duckdb
import pytest

OLDEST_DUCKDB = "duckdb==1.0.0"
QUERIES = [
    "SELECT * FROM search_documents('конституция')",
    "SELECT * FROM search_documents('Құрылтайдың')",
    "SELECT * FROM search_documents('constitutional amendments')",
    "SELECT * FROM search_statements('Құрылтай')",
    "SELECT * FROM search_matches('Курултай депутаты', 'document') WHERE words_matched = query_words",
    "SELECT * FROM search_query_terms('Конституционная реформа и вице-министр') ORDER BY ALL",
]


@pytest.fixture(scope="module")
def duckdb_1_0(tmp_path_factory):
    target = tmp_path_factory.mktemp("duckdb-1.0")
    try:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(target), OLDEST_DUCKDB],
                       check=True, capture_output=True, timeout=180)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"{OLDEST_DUCKDB} could not be installed from the package registry ({exc})")
    return target


def test_duckdb_1_0_answers_as_duckdb_2(search_file, duckdb_1_0):
    script = (
        "import duckdb, json, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "answers = [con.execute(q).fetchall() for q in json.loads(sys.stdin.read())]\n"
        "print(json.dumps([duckdb.__version__, answers], ensure_ascii=False))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(search_file)], input=json.dumps(QUERIES),
                            capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(duckdb_1_0), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    version, old_answers = json.loads(result.stdout)
    assert version == "1.0.0"
    con = duckdb.connect(str(search_file), read_only=True)
    try:
        new_answers = [json.loads(json.dumps(con.execute(q).fetchall())) for q in QUERIES]
    finally:
        con.close()
    assert all(old_answers), old_answers
    assert _rounded(old_answers) == _rounded(new_answers)


def _rounded(value):
    """Scores to nine digits: the two versions may sum floating point numbers in another order."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value
