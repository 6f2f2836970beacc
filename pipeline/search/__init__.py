"""Full-text search inside the published DuckDB file, offline: stems computed here, BM25 macros in plain SQL.

install_published_search(con) indexes the `documents` and `statements` tables of an open DuckDB connection and
creates search_documents(q) / search_statements(q); see docs/search.md.
"""
from pipeline.search.install import install_published_search, install_search
from pipeline.search.stemming import query_terms, stem_text

__all__ = ["install_published_search", "install_search", "query_terms", "stem_text"]
