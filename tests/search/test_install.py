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


def _index_of(con):
    return (con.execute("SELECT kind, id, language, length FROM search_items ORDER BY ALL").fetchall(),
            con.execute("SELECT term, kind, id, tf FROM search_terms ORDER BY ALL").fetchall())


def test_reused_postings_give_the_index_a_fresh_build_gives(tmp_path, monkeypatch):
    import pipeline.search.index as index

    from tests.search.conftest import DOCUMENTS, STATEMENTS

    reuse = tmp_path / "reuse"
    con = duckdb.connect(str(tmp_path / "reused.duckdb"))
    fresh = duckdb.connect(str(tmp_path / "fresh.duckdb"))
    try:
        install_search(con, DOCUMENTS, STATEMENTS, reuse_dir=reuse)
        stemmed = []
        real = index.stem_counts
        monkeypatch.setattr(index, "stem_counts", lambda text, language: stemmed.append(text) or real(text, language))
        changed = [*DOCUMENTS[:-1], ("ru-once", "ru", "Курултай соберётся в марте"), ("new", "en", "The Senate")]
        install_search(con, changed, STATEMENTS[1:], reuse_dir=reuse)
        # only the changed and the new document were stemmed; the dropped statement is gone
        assert sorted(stemmed) == sorted(["Курултай соберётся в марте", "The Senate"])
        install_search(fresh, changed, STATEMENTS[1:])
        assert _index_of(con) == _index_of(fresh)
        assert con.execute("SELECT document_id FROM search_documents('Сенат')").fetchall() == []
        assert ("ru-once",) in con.execute("SELECT document_id FROM search_documents('Курултай')").fetchall()
    finally:
        con.close()
        fresh.close()


def test_postings_of_other_indexing_code_are_not_reused(tmp_path, monkeypatch):
    import pipeline.search.index as index
    import pipeline.search.install as install

    reuse = tmp_path / "reuse"
    con = duckdb.connect(str(tmp_path / "a.duckdb"))
    try:
        install_search(con, [("d1", "ru", "Курултай")], reuse_dir=reuse)
        (reuse / "code").write_text("another version of the stemmer")
        stemmed = []
        real = index.stem_counts
        monkeypatch.setattr(index, "stem_counts", lambda text, language: stemmed.append(text) or real(text, language))
        install.install_search(con, [("d1", "ru", "Курултай")], reuse_dir=reuse)
        assert stemmed == ["Курултай"]
    finally:
        con.close()


def test_keys_written_in_several_batches_give_the_same_index_and_the_memory_limit_is_restored(tmp_path, monkeypatch):
    import pipeline.search.install as install

    from tests.search.conftest import DOCUMENTS, STATEMENTS

    monkeypatch.setattr(install, "KEY_BATCH_ROWS", 2)
    con = duckdb.connect(str(tmp_path / "batched.duckdb"))
    fresh = duckdb.connect(str(tmp_path / "fresh.duckdb"))
    try:
        con.execute("SET memory_limit = '1GiB'")
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        install_search(con, DOCUMENTS, STATEMENTS, reuse_dir=tmp_path / "reuse")
        install_search(con, DOCUMENTS[1:], STATEMENTS, reuse_dir=tmp_path / "reuse")  # reuses them in batches
        install_search(fresh, DOCUMENTS[1:], STATEMENTS)
        assert _index_of(con) == _index_of(fresh)
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == limit
    finally:
        con.close()
        fresh.close()
