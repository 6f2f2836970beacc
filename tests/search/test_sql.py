"""The macros of the DuckDB file: the same tokens and stems as Python, BM25 ranking, found word forms."""
import math

import pytest

from pipeline.search.stemming import LANGUAGES, query_forms, stem, words
from pipeline.search.sql import macro_statements

TEXT = ("Конституционная реформа 2026 года: Курултай вместо Парламента, поправки к Конституции, являющийся "
        "самостоятельными, сильнейший. Её ВИЦЕ-министр Нур\u2011Султан, Кон\u00adституция. Ата Заңның жобасы "
        "Құрылтайдың депутаттарының сайлауында талқыланды, еліміздің азаматтары Конституциядағы өзгерістерді "
        "қолдады. The Kurultai's amendments were nationally debated by voters; congress status.")


def _documents(con, query):
    return [row[0] for row in con.execute("SELECT document_id FROM search_documents(?)", [query]).fetchall()]


def test_sql_stems_every_word_as_python_does(search_db):
    for language in LANGUAGES:
        rows = search_db.execute(f"SELECT word, search_stem_{language}(word) FROM unnest(?::VARCHAR[]) AS t(word)",
                                 [words(TEXT)]).fetchall()
        assert rows == [(word, stem(word, language)) for word in words(TEXT)], language


def test_sql_reads_a_query_as_python_does(search_db):
    rows = search_db.execute("SELECT word, form FROM search_query_terms(?)", [TEXT]).fetchall()
    python = {(word, form) for word, forms in query_forms(TEXT) for form in forms}
    assert set(rows) == python


def test_russian_forms_are_found_by_the_dictionary_form(search_db):
    found = _documents(search_db, "конституция")
    assert found[0] == "ru-reform"  # Конституцию, Конституции, конституционной
    assert "kk-kurultai" in found  # Конституциясы: the Kazakh stem конституция
    assert "ru-weather" not in found


def test_an_adjective_finds_the_noun_by_shared_prefix(search_db):
    assert _documents(search_db, "конституционной")[0] == "ru-reform"
    assert "ru-reform" in _documents(search_db, "конституционный")


def test_kazakh_forms_are_found(search_db):
    assert _documents(search_db, "Құрылтай")[:2] == ["kk-kurultai", "kk-once"]
    assert _documents(search_db, "Құрылтайдың")[:2] == ["kk-kurultai", "kk-once"]
    assert "kk-kurultai" in _documents(search_db, "Конституция")


def test_english_forms_are_found(search_db):
    assert _documents(search_db, "amendment") == ["en-amend"]
    assert _documents(search_db, "constitutional vote") == ["en-amend"]


def test_a_document_about_the_subject_ranks_above_one_mentioning_it_once(search_db):
    scores = dict(search_db.execute("SELECT * FROM search_documents('Курултай')").fetchall())
    assert scores["ru-kurultai"] > scores["ru-once"] > 0
    scores = dict(search_db.execute("SELECT * FROM search_documents('Құрылтай')").fetchall())
    assert scores["kk-kurultai"] > scores["kk-once"] > 0


def test_results_come_best_first(search_db):
    scores = [row[1] for row in search_db.execute("SELECT * FROM search_documents('реформа Конституции')").fetchall()]
    assert scores == sorted(scores, reverse=True) and len(scores) >= 2


def test_score_is_bm25(search_db):
    """One word, one exact stem: idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average length))."""
    n, average = search_db.execute(
        "SELECT count(*), avg(length) FROM search_items WHERE kind = 'document'").fetchone()
    df = search_db.execute("SELECT items FROM search_vocabulary WHERE kind = 'document' AND term = 'погод'").fetchone()[0]
    tf, length = search_db.execute(
        "SELECT tf, length FROM search_terms JOIN search_items USING (kind, id) "
        "WHERE kind = 'document' AND id = 'ru-weather' AND term = 'погод'").fetchone()
    expected = math.log(1 + (n - df + 0.5) / (df + 0.5)) * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / average))
    assert search_db.execute("SELECT * FROM search_documents('погода')").fetchall() == [
        ("ru-weather", pytest.approx(expected))]


def test_statements_are_searched_apart(search_db):
    assert search_db.execute("SELECT statement_id FROM search_statements('Құрылтай')").fetchall() == [("s-kk",)]
    assert search_db.execute("SELECT statement_id FROM search_statements('kurultai')").fetchall() == [("s-en",)]
    assert search_db.execute("SELECT statement_id FROM search_statements('конституция')").fetchall() == [("s-ru",)]


def test_every_word_can_be_required(search_db):
    rows = search_db.execute("SELECT id FROM search_matches('Курултай депутаты', 'document') "
                             "WHERE words_matched = query_words").fetchall()
    assert rows == [("ru-kurultai",)]


def test_stopwords_and_empty_queries_find_nothing(search_db):
    assert _documents(search_db, "и в на") == []
    assert _documents(search_db, "") == []
    assert _documents(search_db, "!!!") == []


def test_a_quote_in_a_query_is_harmless(search_db):
    assert _documents(search_db, "Курултай' OR 1=1 --") == _documents(search_db, "Курултай")


def test_short_stems_do_not_stand_for_longer_words(search_db):
    """право must not find правительство: prefixes stand for each other from six letters on."""
    assert _documents(search_db, "право") == []


def test_tables_and_macros_carry_descriptions(search_db):
    tables = dict(search_db.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    assert all(tables[t] for t in ("search_items", "search_terms", "search_vocabulary", "search_stopwords"))
    macros = dict(search_db.execute(
        "SELECT function_name, comment FROM duckdb_functions() WHERE function_name LIKE 'search%'").fetchall())
    assert macros["search_documents"] and macros["search_statements"] and macros["search_stem_kk"]


def test_macros_are_plain_sql_of_duckdb_1_0():
    """No lambda arrows (deprecated after 1.x) and no extension functions in what the file stores."""
    text = "\n".join(macro_statements())
    assert "->" not in text and "lambda" not in text.lower()
    assert "match_bm25" not in text and "stem(" not in text.replace("search_stem_", "")
