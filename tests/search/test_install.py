"""Search installed into a copy of the sample build's published file, as the publish step will do it."""
import duckdb

from pipeline.search.install import install_published_search, install_search


def _titles(con, query):
    return [row[0] for row in con.execute(
        "SELECT d.title FROM search_documents(?) AS s JOIN documents AS d USING (document_id) "
        "ORDER BY s.score DESC", [query]).fetchall()]


def test_every_document_and_statement_is_indexed(published_with_search):
    path, rows = published_with_search
    con = duckdb.connect(str(path), read_only=True)
    try:
        documents, statements = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                 for t in ("documents", "statements"))
        indexed = dict(con.execute("SELECT kind, count(*) FROM search_items GROUP BY kind").fetchall())
    finally:
        con.close()
    assert indexed == {"document": documents, "statement": statements}
    assert rows["search_items"] == documents + statements and rows["search_terms"] > 0


def test_the_sample_reform_documents_are_found_in_each_language(published_with_search):
    con = duckdb.connect(str(published_with_search[0]), read_only=True)
    try:
        assert any("Курултай" in title for title in _titles(con, "Курултай")[:3])
        assert any("референдум" in title.lower() for title in _titles(con, "референдум")[:3])
        assert _titles(con, "Kurultai") and _titles(con, "Құрылтай")
        texts = [row[0] for row in con.execute(
            "SELECT st.statement_text FROM search_statements('Курултай') AS s "
            "JOIN statements AS st USING (statement_id)").fetchall()]
    finally:
        con.close()
    assert texts and "урулта" in texts[0]  # Курултай, Курултая, Курултаю


def test_installing_again_replaces_the_index(tmp_path):
    con = duckdb.connect(str(tmp_path / "again.duckdb"))
    try:
        install_search(con, [("d1", "ru", "Курултай")])
        assert install_search(con, [("d2", "ru", "Сенат")], [("s1", "ru", "Сенат")])["search_items"] == 2
        assert con.execute("SELECT * FROM search_documents('Курултай')").fetchall() == []
        assert con.execute("SELECT document_id FROM search_documents('Сенат')").fetchall() == [("d2",)]
    finally:
        con.close()


def test_a_file_without_documents_or_statements_gets_an_empty_index(tmp_path):
    con = duckdb.connect(str(tmp_path / "empty.duckdb"))
    try:
        assert install_published_search(con)["search_items"] == 0
        assert con.execute("SELECT * FROM search_documents('Курултай')").fetchall() == []
    finally:
        con.close()
