"""Every table atazan writes, described once: the single source of truth.

The asset checks, datapackage.json, the data dictionary (docs/data-dictionary.md) and the column schemas
shown in the Dagster UI are all generated from these descriptions.
"""
from __future__ import annotations

from pipeline.metadata.columns import (DOCUMENT_ID, DUPLICATE_OF, FETCHED_AT, IS_SAMPLE, KIND, LANGUAGE,
                                       PAYLOAD_SHA256, RELEVANCE_SCORE, RELEVANCE_TERMS, SOURCE, URL, WARC_FILE,
                                       WARC_OFFSET, WARC_RECORD_ID)
from pipeline.metadata.constitution import CONSTITUTION_TABLES
from pipeline.metadata.schema import Column, ForeignKey, Table
from pipeline.metadata.statements import STATEMENT_TABLES
from pipeline.sources.base import KINDS

RAW_WARC_RECORDS = Table(
    name="raw_warc_records",
    layer="raw",
    description="Inventory of every HTTP response record in the WARC archive (raw/warc/), whoever wrote the file.",
    columns=(
        WARC_FILE, WARC_OFFSET,
        Column("warc_length", "integer", "Length in bytes of the record as stored (compressed if gzipped).",
               required=True),
        WARC_RECORD_ID, URL, FETCHED_AT,
        Column("http_status", "integer", "HTTP status code of the response."),
        Column("content_type", "string", "Content-Type header of the response."),
        PAYLOAD_SHA256,
        Column("payload_length", "integer", "Length in bytes of the HTTP body.", required=True, minimum=0),
        IS_SAMPLE,
        Column("crawl_role", "string", "What atazan's crawl fetched the response as: page, discovery (a feed, a "
               "listing, an API page) or robots (robots.txt); null in archives other tools wrote."),
    ),
    primary_key=("warc_file", "warc_offset"),
)

RAW_WARC_ERRORS = Table(
    name="raw_warc_errors",
    layer="raw",
    description="Damaged stretches of WARC files: the reader records each and goes on with the next record.",
    columns=(
        WARC_FILE,
        Column("warc_offset", "integer", "Byte offset where the damage was found.", required=True, minimum=0),
        Column("error", "string", "What went wrong, as the WARC reader reported it.", required=True),
    ),
    primary_key=("warc_file", "warc_offset"),
)

CORE_DOCUMENTS = Table(
    name="core_documents",
    layer="core",
    description="One row per distinct page (by canonical URL; the latest capture wins), parsed into clean text with "
                "its provenance back to the WARC record.",
    columns=(
        DOCUMENT_ID, URL,
        Column("canonical_url", "string", "The page's canonical URL (rel=canonical or og:url, else the fetched URL), "
               "normalised.", required=True),
        SOURCE,
        Column("parser", "string", "The parser that read the page: a site module's name or 'generic'.", required=True),
        Column("parser_version", "string", "Version of that parser; a new version re-parses the page.",
               required=True),
        KIND, LANGUAGE,
        Column("title", "string", "Title of the document as published.", required=True),
        Column("published_at", "datetime", "Publication time in UTC (the sites print Kazakhstan time, UTC+5). "
               "Null when the page gives no date."),
        Column("text", "string", "Clean body text: paragraphs separated by a blank line, without navigation, share "
               "buttons, photo credits or related-news blocks.", required=True),
        Column("text_chars", "integer", "Length of text in characters.", required=True, minimum=1),
        Column("content_sha256", "string", "SHA-256 of the text after normalising whitespace, quotes and dashes.",
               required=True),
        IS_SAMPLE, FETCHED_AT, WARC_FILE, WARC_OFFSET, WARC_RECORD_ID, PAYLOAD_SHA256,
        Column("warnings", "list", "Things the parser noticed but could work around (e.g. a wrong declared charset)."),
        RELEVANCE_SCORE, RELEVANCE_TERMS,
        DUPLICATE_OF,
    ),
    primary_key=("document_id",),
)

_CAPTURE_COLUMNS = tuple(c for c in CORE_DOCUMENTS.columns if c.name != "duplicate_of")

CORE_DOCUMENT_CAPTURES = Table(
    name="core_document_captures",
    layer="core",
    description="Every parse of every successful capture in the archive, relevant or not, before one row per page "
                "is chosen. A capture whose location, payload and parser version are unchanged is reused, not parsed "
                "again.",
    columns=_CAPTURE_COLUMNS + (
        Column("relevant", "boolean", "Whether the relevance model counts the page as about the reform.",
               required=True),
    ),
    primary_key=("warc_file", "warc_offset"),
)

CORE_REJECTED_DOCUMENTS = Table(
    name="core_rejected_documents",
    layer="core",
    description="Pages that parsed but are not about the reform (weather, sport, other politics): kept in the archive "
                "and counted here, not published.",
    columns=_CAPTURE_COLUMNS,
    primary_key=("document_id",),
)

CORE_DOCUMENT_ERRORS = Table(
    name="core_document_errors",
    layer="core",
    description="Responses that could not become documents, with the reason: a parse failure or a content type no "
                "parser reads.",
    columns=(
        WARC_FILE, WARC_OFFSET, WARC_RECORD_ID, URL, SOURCE,
        Column("error_type", "string", "parse_error, unsupported_content_type, read_error, or discovery_page (a "
               "feed or listing page the crawl fetched to find articles, which no parser reads as a document).",
               required=True, enum=("parse_error", "unsupported_content_type", "read_error", "discovery_page")),
        Column("error", "string", "The reason, as the parser gave it.", required=True),
        IS_SAMPLE, FETCHED_AT,
    ),
    primary_key=("warc_file", "warc_offset"),
)

SOURCE_COLUMNS = (
    Column("source", "string", "Short name of the source, used in every other table.", required=True, unique=True),
    Column("title", "string", "Who publishes it.", required=True),
    Column("hosts", "list", "Host names the source covers."),
    Column("languages", "list", "Languages the source publishes in."),
    Column("kind", "string", "What its documents are (official_text, press_release, news).", required=True,
           enum=KINDS),
    Column("discovery", "string", "How the crawl finds its pages (rss, sitemap, listing, an API, sequential ids)."),
    Column("homepage", "string", "The source's home page."),
    Column("rate_limit_per_s", "number", "Requests per second the crawl allows itself on this source."),
    Column("enabled", "boolean", "Whether the crawl fetches this source.", required=True),
)

CORE_SOURCES = Table(
    name="core_sources",
    layer="core",
    description="The source registry: every site atazan knows, and the generic extractor for the rest.",
    columns=SOURCE_COLUMNS,
    primary_key=("source",),
)

# Published tables are tidy, with no lists inside cells: CSV readers and Data Package validators can read every value.
PUBLISHED_SOURCE_COLUMNS = tuple(
    Column(c.name, "string", c.description.rstrip(".") + ", separated by commas.") if c.type == "list" else c
    for c in SOURCE_COLUMNS
)

OUT_SOURCES = Table(
    name="out_sources",
    layer="out",
    published_as="sources",
    description="The sources of the dataset, with how many documents each contributed.",
    columns=PUBLISHED_SOURCE_COLUMNS + (
        Column("documents", "integer", "Number of documents from this source in the documents table.", required=True,
               minimum=0),
        Column("sample_documents", "integer", "How many of those come from the bundled sample archive.",
               required=True, minimum=0),
    ),
    primary_key=("source",),
)

OUT_DOCUMENTS = Table(
    name="out_documents",
    layer="out",
    published_as="documents",
    description="Every document of the reform that atazan collected: official texts, press releases and news "
                "reports, with clean text and where each came from.",
    columns=(
        DOCUMENT_ID, URL,
        Column("canonical_url", "string", "The page's canonical URL.", required=True),
        SOURCE, KIND, LANGUAGE,
        Column("title", "string", "Title as published.", required=True),
        Column("published_at", "datetime", "Publication time in UTC (Kazakhstan is UTC+5)."),
        Column("published_date", "date", "Publication date in Kazakhstan (Asia/Almaty)."),
        Column("text", "string", "Clean body text, paragraphs separated by a blank line.", required=True),
        Column("text_chars", "integer", "Length of text in characters.", required=True, minimum=1),
        Column("content_sha256", "string", "SHA-256 of the normalised text.", required=True),
        RELEVANCE_SCORE, DUPLICATE_OF,
        IS_SAMPLE, FETCHED_AT, WARC_FILE, WARC_OFFSET, WARC_RECORD_ID, PAYLOAD_SHA256,
    ),
    primary_key=("document_id",),
    foreign_keys=(ForeignKey(("source",), "sources", ("source",)),
                  ForeignKey(("duplicate_of",), "documents", ("document_id",))),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (RAW_WARC_RECORDS, RAW_WARC_ERRORS, CORE_DOCUMENT_CAPTURES, CORE_DOCUMENTS, CORE_REJECTED_DOCUMENTS,
              CORE_DOCUMENT_ERRORS, CORE_SOURCES, OUT_SOURCES, OUT_DOCUMENTS, *CONSTITUTION_TABLES, *STATEMENT_TABLES)
}


def table(name: str) -> Table:
    return TABLES[name]


def published_tables() -> list[Table]:
    return [t for t in TABLES.values() if t.published_as]
