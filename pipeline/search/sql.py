"""The SQL that puts search inside the published DuckDB file: the index tables and the macros a journalist calls.

The query is tokenised and stemmed by macros generated from the very rules the index was built with
(stemming.py, suffixes.py), so `SELECT * FROM search_documents('конституционная реформа')` works in the DuckDB CLI
or DBeaver with nothing but SQL. Everything here is plain SQL of DuckDB 1.0 (no extension, no lambda syntax), so
the file stays readable by DuckDB >= 1.0 when written with storage_compatibility_version 'v1.0.0'.

Ranking is BM25 (k1 = 1.2, b = 0.75) per kind (documents and statements are separate collections). A query word
stands for the index stems that equal one of its stems (weight 1) or that it shares a prefix of at least
PREFIX_MIN_CHARS letters with, one being the start of the other (weight 0.5: конституц ~ конституцион); its term
frequency in an item is the weighted sum over those stems, its document frequency the items having any of them.
"""
from __future__ import annotations

from pipeline.search.stemming import FOLDINGS, LANGUAGES, MIN_WORD_CHARS, WORD_PATTERN
from pipeline.search.stopwords import STOPWORDS
from pipeline.search.suffixes import STEMMERS

K1 = 1.2
B = 0.75
PREFIX_MIN_CHARS = 6  # прав (право) must not stand for правительств, while реформ may stand for реформирован
PREFIX_WEIGHT = 0.5

TABLE_COMMENTS = {
    "search_items": "Full-text search: every indexed item (a document: title and text; a statement: its text), its "
                    "language and length in indexed terms.",
    "search_terms": "Full-text search postings: how many times each stem occurs in each item.",
    "search_vocabulary": "Full-text search: every stem in the index, with the number of items of each kind having it.",
    "search_stopwords": "Full-text search: the words too common to be indexed or searched for, per language.",
}
COLUMN_COMMENTS = {
    ("search_items", "kind"): "'document' (id is documents.document_id) or 'statement' (statements.statement_id).",
    ("search_items", "id"): "The item's id in its table.",
    ("search_items", "language"): "Language the item was stemmed as: ru, kk or en.",
    ("search_items", "length"): "Number of indexed terms of the item (stopwords excluded).",
    ("search_terms", "term"): "A stem (конституц, құрылтай, amend).",
    ("search_terms", "kind"): "'document' or 'statement'.",
    ("search_terms", "id"): "The item's id in its table.",
    ("search_terms", "tf"): "How many times the stem occurs in the item.",
    ("search_vocabulary", "term"): "A stem.",
    ("search_vocabulary", "kind"): "'document' or 'statement'.",
    ("search_vocabulary", "items"): "Number of items of that kind having the stem.",
    ("search_stopwords", "word"): "A word left out of the index and of queries.",
    ("search_stopwords", "language"): "The language whose stopword it is: ru, kk or en.",
}
MACRO_COMMENTS = {
    "search_documents": "Full-text search of documents: SELECT * FROM search_documents('конституционная реформа') "
                        "gives (document_id, score), best first (BM25; Russian, Kazakh and English word forms).",
    "search_statements": "Full-text search of statements: SELECT * FROM search_statements('Құрылтай') gives "
                         "(statement_id, score), best first.",
    "search_matches": "search_matches(query, 'document' | 'statement'): (id, score, words_matched, query_words), "
                      "unordered; words_matched = query_words keeps the items having every word of the query.",
    "search_query_terms": "search_query_terms(query): each word of a query and the stems it is searched for.",
}


def index_table_statements(terms_parquet: str, items_parquet: str) -> list[str]:
    """Create the index tables from the Parquet files the indexer wrote (postings sorted by stem for compression
    and so a lookup reads few row groups)."""
    return [
        f"CREATE OR REPLACE TABLE search_items AS SELECT kind, id, language, length "
        f"FROM read_parquet({_string(items_parquet)}) ORDER BY kind, id",
        f"CREATE OR REPLACE TABLE search_terms AS SELECT term, kind, id, tf "
        f"FROM read_parquet({_string(terms_parquet)}) ORDER BY kind, term, id",
        "CREATE OR REPLACE TABLE search_vocabulary AS SELECT term, kind, count(*)::INTEGER AS items "
        "FROM search_terms GROUP BY term, kind ORDER BY kind, term",
        "CREATE OR REPLACE TABLE search_stopwords (word VARCHAR, language VARCHAR)",
        "INSERT INTO search_stopwords VALUES " + ", ".join(
            f"({_string(word)}, {_string(language)})"
            for language in LANGUAGES for word in sorted(STOPWORDS[language])),
    ]


def macro_statements() -> list[str]:
    """Create the macros, each after the ones it calls."""
    return [*(_stem_macro(language) for language in LANGUAGES), _query_terms_macro(), _matches_macro(),
            _ranked_macro("search_documents", "document", "document_id"),
            _ranked_macro("search_statements", "statement", "statement_id")]


def comment_statements() -> list[str]:
    """Descriptions shown by DBeaver and duckdb_tables() / duckdb_columns() / duckdb_functions()."""
    out = [f"COMMENT ON TABLE {table} IS {_string(text)}" for table, text in TABLE_COMMENTS.items()]
    out += [f"COMMENT ON COLUMN {table}.{column} IS {_string(text)}"
            for (table, column), text in COLUMN_COMMENTS.items()]
    out += [f"COMMENT ON MACRO TABLE {macro} IS {_string(text)}" for macro, text in MACRO_COMMENTS.items()]
    out += [f"COMMENT ON MACRO search_stem_{language} IS "
            f"{_string(f'The {language} stem of a lower-cased word, as the search index stores it.')}"
            for language in LANGUAGES]
    return out


def stem_expression(language: str, word: str = "word") -> str:
    """SQL applying the language's rules to a normalised word: nested regexp_replace, innermost rule first."""
    expression = word
    for rule in STEMMERS[language]:
        expression = f"regexp_replace({expression}, {_string(rule.pattern)}, {_string(rule.replacement)})"
    return expression


def normalise_expression(text: str) -> str:
    """SQL normalising text as stemming.normalise does: NFC, lower case, then the foldings in order."""
    expression = f"lower(nfc_normalize({text}))"
    for old, new in FOLDINGS:
        expression = f"replace({expression}, {_string(old)}, {_string(new)})"
    return expression


def _stem_macro(language: str) -> str:
    return f"CREATE OR REPLACE MACRO search_stem_{language}(word) AS {stem_expression(language)}"


def _query_terms_macro() -> str:
    stems = "\nUNION ".join(f"SELECT word, search_stem_{language}(word) AS form FROM query_words"
                            for language in LANGUAGES)
    return f"""CREATE OR REPLACE MACRO search_query_terms(q) AS TABLE
WITH whole_words AS (
    SELECT unnest(regexp_extract_all({normalise_expression('q')}, {_string(WORD_PATTERN)})) AS word
), all_words AS (
    SELECT word FROM whole_words
    UNION ALL
    SELECT unnest(string_split(word, '-')) AS word FROM whole_words WHERE contains(word, '-')
), query_words AS (
    SELECT DISTINCT word FROM all_words
    WHERE length(word) >= {MIN_WORD_CHARS} AND word NOT IN (SELECT word FROM search_stopwords)
)
{stems}"""


def _matches_macro() -> str:
    return f"""CREATE OR REPLACE MACRO search_matches(q, item_kind) AS TABLE
WITH forms AS (
    SELECT word, form FROM search_query_terms(q)
), matched AS (
    SELECT f.word, v.term, max(CASE WHEN v.term = f.form THEN 1.0 ELSE {PREFIX_WEIGHT} END) AS weight
    FROM forms AS f
    JOIN search_vocabulary AS v ON v.kind = item_kind AND (
        v.term = f.form
        OR (length(f.form) >= {PREFIX_MIN_CHARS} AND starts_with(v.term, f.form))
        OR (length(v.term) >= {PREFIX_MIN_CHARS} AND starts_with(f.form, v.term)))
    GROUP BY f.word, v.term
), hits AS (
    SELECT m.word, p.id, sum(p.tf * m.weight) AS tf
    FROM matched AS m JOIN search_terms AS p ON p.kind = item_kind AND p.term = m.term
    GROUP BY m.word, p.id
), word_frequency AS (
    SELECT word, count(*) AS df FROM hits GROUP BY word
), collection AS (
    SELECT count(*) AS n, avg(length) AS average_length FROM search_items WHERE kind = item_kind
)
SELECT h.id,
       sum(ln(1 + (c.n - w.df + 0.5) / (w.df + 0.5)) * h.tf * ({K1} + 1)
           / (h.tf + {K1} * (1 - {B} + {B} * i.length / c.average_length))) AS score,
       count(*) AS words_matched,
       (SELECT count(DISTINCT word) FROM forms) AS query_words
FROM hits AS h
JOIN word_frequency AS w ON w.word = h.word
JOIN search_items AS i ON i.kind = item_kind AND i.id = h.id
CROSS JOIN collection AS c
GROUP BY h.id"""


def _ranked_macro(name: str, kind: str, id_column: str) -> str:
    return (f"CREATE OR REPLACE MACRO {name}(q) AS TABLE "
            f"SELECT id AS {id_column}, score FROM search_matches(q, {_string(kind)}) "
            f"ORDER BY score DESC, {id_column}")


def _string(text: str) -> str:
    """A SQL string literal; a character that is neither printable ASCII nor a letter (the soft hyphen, Unicode
    hyphens) is written as chr(code), so the macro text reads unambiguously in duckdb_functions()."""
    parts: list[str] = []
    plain = ""
    for char in text:
        if (char.isascii() and char.isprintable()) or char.isalpha():
            plain += char
            continue
        if plain:
            parts.append(_quoted(plain))
            plain = ""
        parts.append(f"chr({ord(char)})")
    if plain or not parts:
        parts.append(_quoted(plain))
    return " || ".join(parts)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
