"""Columns that several tables share, described once."""
from __future__ import annotations

from pipeline.metadata.schema import Column
from pipeline.sources.base import KINDS, LANGUAGES

SAMPLE_NOTE = (
    "True when the row comes from the bundled sample archive: pages written by the atazan team in the structure of the "
    "real sites, for demonstration and tests. Sample rows are not real reporting."
)

# Columns that several tables share, so they are described once.
DOCUMENT_ID = Column("document_id", "string", "Stable id of the document: the first 16 hex digits of the SHA-256 of "
                     "its canonical URL. The same page always gets the same id.", required=True)
IS_SAMPLE = Column("is_sample", "boolean", SAMPLE_NOTE, required=True)
WARC_FILE = Column("warc_file", "string", "Path of the WARC file, relative to raw/warc/, that holds the record.",
                   required=True)
WARC_OFFSET = Column("warc_offset", "integer", "Byte offset of the record in its WARC file.", required=True, minimum=0)
WARC_RECORD_ID = Column("warc_record_id", "string", "WARC-Record-ID of the response record.", required=True)
FETCHED_AT = Column("fetched_at", "datetime", "When the page was fetched (WARC-Date), in UTC.")
PAYLOAD_SHA256 = Column("payload_sha256", "string", "SHA-256 of the HTTP body as served (after transfer decoding).",
                        required=True)
URL = Column("url", "string", "The URL that was fetched (WARC-Target-URI).", required=True)
SOURCE = Column("source", "string", "Name of the source in the registry (see the sources table); 'generic' for hosts "
                "without a site module.", required=True)
LANGUAGE = Column("language", "string", "Language of the text: ru (Russian), kk (Kazakh) or en (English), detected "
                  "from the text itself.", required=True, enum=LANGUAGES)
KIND = Column("kind", "string", "What the document is: official_text (a legal text), press_release (a government "
              "press service) or news (a news outlet).", required=True, enum=KINDS)

RELEVANCE_SCORE = Column("relevance_score", "number", "How strongly the page concerns the reform, 0 to 1, from the "
                         "keyword model in pipeline/documents/relevance.py; 0.5 and above counts as relevant.",
                         required=True, minimum=0, maximum=1)
RELEVANCE_TERMS = Column("relevance_terms", "list", "The reform terms the relevance model found, strongest first.")
DUPLICATE_OF = Column("duplicate_of", "string", "When the page republishes another report (the same text, lightly "
                      "edited), the document_id of the earliest one; null for original reports.")
