"""Official texts of the Constitution in any format → versions, articles, alignments and diffs.

The public API the assets call (plain functions on bytes and rows, no Dagster):
    parse_document(data, fmt, version_id, language) -> ParsedLaw
    article_rows(parsed) / section_rows(parsed) -> list[dict]
    align_versions(rows_a, rows_b) / align_languages(rows_a, rows_b) -> list[dict]
    article_changes(rows_a, rows_b, alignment) -> list[dict]
    versions.version_rows(as_of) -> list[dict]
"""
from pipeline.legal.align import align_languages, align_versions
from pipeline.legal.diff import article_changes, change_summary, word_diff
from pipeline.legal.model import ParsedLaw
from pipeline.legal.parse import FORMATS, parse_document
from pipeline.legal.rows import article_rows, section_rows

__all__ = [
    "FORMATS", "ParsedLaw", "align_languages", "align_versions", "article_changes", "article_rows",
    "change_summary", "parse_document", "section_rows", "word_diff",
]
