"""The constitution tables: every version, article by article, aligned across versions and languages."""
from __future__ import annotations

from pipeline.metadata.columns import IS_SAMPLE, WARC_FILE, WARC_OFFSET
from pipeline.metadata.schema import Column, ForeignKey, Table
from pipeline.sources.base import LANGUAGES

VERSION_STATUSES = ("in_force", "draft", "superseded", "adopted")
CHANGE_TYPES = ("added", "removed", "modified", "moved", "unchanged")
ALIGNMENT_METHODS = ("same_number_same_text", "same_text", "preamble", "same_number", "content", "merged", "split",
                     "cross_language")

VERSION_ID = Column("version_id", "string", "Version of the Constitution: 1995-original, 1995-ed-<year>-<month> for "
                    "an amended edition of 1995, 2026-draft-01-31, 2026-draft-02-12 or 2026-final.", required=True)
ARTICLE_ID = Column("article_id", "string", "Stable id of an article in one version and language: "
                    "<version_id>:<language>:<article_number>.", required=True)
ARTICLE_LANGUAGE = Column("language", "string", "Language of the text: ru, kk or en.", required=True, enum=LANGUAGES)
ARTICLE_NUMBER = Column("article_number", "string", "The article's number as printed (e.g. 83-1); 'preamble' for the "
                        "preamble.", required=True)
SECTION_NUMBER = Column("section_number", "string", "Number of the section (Раздел / бөлім) in Roman numerals.")
SECTION_TITLE = Column("section_title", "string", "Title of the section.")
ARTICLE_ORDINAL = Column("article_ordinal", "integer", "Position of the article in the text (the preamble is 0).",
                         required=True, minimum=0)
ARTICLE_TEXT = Column("text", "string", "Text of the article, points on their own lines; editorial notes and "
                      "footnotes are never part of it (see notes).", required=True)
SOURCE_URL = Column("source_url", "string", "Where the text was fetched (adilet.zan.kz, zan.gov.kz).", required=True)

_VERSION_COLUMNS = (
    Column("version_id", "string", VERSION_ID.description, required=True, unique=True),
    Column("date", "date", "Date of the text: adoption, or the amending act that made the edition.", required=True),
    Column("in_force_from", "date", "First day in force; null for a draft that never came into force."),
    Column("in_force_until", "date", "Last day before the next version came into force; null while in force."),
    Column("status", "string", "Status on the day of the build: in_force, adopted (voted, not yet in force), draft or "
           "superseded.", enum=VERSION_STATUSES),
    Column("title", "string", "What the version is.", required=True),
    Column("kind", "string", "edition (of the Constitution of 1995), draft or adopted (the text of 2026).",
           required=True, enum=("edition", "draft", "adopted")),
    Column("adilet_code", "string", "Code of the act in the legal-acts database (adilet.zan.kz)."),
    Column("amending_act", "string", "The law that made this edition."),
    Column("article_count", "integer", "Number of numbered articles as printed, where the public record states it."),
    Column("source_urls", "string", "Where each language's text is published, as JSON {language: url}."),
    Column("note", "string", "Remarks on the version."),
    Column("articles_in_dataset", "integer", "How many articles of this version (all languages) the dataset holds.",
           required=True, minimum=0),
)

CORE_CONSTITUTION_VERSIONS = Table(
    name="core_constitution_versions",
    layer="core",
    description="Every version of the Constitution of Kazakhstan: the text of 1995 in its editions, the drafts of "
                "2026 and the text adopted on 15 March 2026, with dates and status.",
    columns=_VERSION_COLUMNS[:7] + (
        Column("languages", "list", "Languages the version is published in."),
        Column("published_in", "list", "Where a text without an adilet code was published."),
        Column("edition_date", "date", "The date zan.gov.kz files the edition under, when not in_force_from."),
    ) + _VERSION_COLUMNS[7:],
    primary_key=("version_id",),
)

OUT_CONSTITUTION_VERSIONS = Table(
    name="out_constitution_versions",
    layer="out",
    published_as="constitution_versions",
    description=CORE_CONSTITUTION_VERSIONS.description,
    columns=_VERSION_COLUMNS[:7] + (
        Column("languages", "string", "Languages the version is published in, separated by commas."),
    ) + _VERSION_COLUMNS[7:],
    primary_key=("version_id",),
)

_ARTICLE_HEAD = (ARTICLE_ID, VERSION_ID, ARTICLE_LANGUAGE, SECTION_NUMBER, SECTION_TITLE, ARTICLE_NUMBER,
                 ARTICLE_ORDINAL, Column("title", "string", "The article's own title, where it has one."))
_ARTICLE_TAIL = (
    Column("repealed", "boolean", "True when the article is printed as repealed (утратила силу).", required=True),
    Column("anchor", "string", "The article's anchor on adilet.zan.kz (the h3 id), to link to it."),
    Column("text_sha256", "string", "SHA-256 of the normalised text: equal texts, equal hashes.", required=True),
    SOURCE_URL, WARC_FILE, WARC_OFFSET, IS_SAMPLE,
)

CORE_ARTICLES = Table(
    name="core_articles",
    layer="core",
    description="Every article of every version of the Constitution in every language the archive holds, with the "
                "preamble as its own row and editorial notes kept apart from the text.",
    columns=_ARTICLE_HEAD + (
        Column("points", "list", "Numbers of the points (1., 2., ...) the article has."),
        ARTICLE_TEXT,
        Column("notes", "list", "Footnotes and editorial notes printed with the article (Сноска, Ескерту, "
               "Примечание ИЗПИ, references to Constitutional Court rulings)."),
    ) + _ARTICLE_TAIL + (
        Column("parse_warnings", "list", "What the structure parser noticed about the whole text."),
    ),
    primary_key=("article_id",),
)

OUT_ARTICLES = Table(
    name="out_articles",
    layer="out",
    published_as="articles",
    description=CORE_ARTICLES.description,
    columns=_ARTICLE_HEAD + (
        Column("points", "string", "Numbers of the points the article has, separated by commas."),
        ARTICLE_TEXT,
        Column("notes", "string", "Footnotes and editorial notes printed with the article, one per line; never part "
               "of text."),
    ) + _ARTICLE_TAIL,
    primary_key=("article_id",),
    foreign_keys=(ForeignKey(("version_id",), "constitution_versions", ("version_id",)),),
)

_ALIGNMENT_COLUMNS = (
    Column("alignment_id", "string", "Stable id of the link.", required=True),
    Column("version_a", "string", "The earlier version (or the first language's version).", required=True),
    Column("language_a", "string", "Language of side a.", required=True, enum=LANGUAGES),
    Column("article_id_a", "string", "Article on side a.", required=True),
    Column("article_number_a", "string", "Its number as printed.", required=True),
    Column("version_b", "string", "The later version (the same version for a cross-language link).", required=True),
    Column("language_b", "string", "Language of side b.", required=True, enum=LANGUAGES),
    Column("article_id_b", "string", "Article on side b.", required=True),
    Column("article_number_b", "string", "Its number as printed.", required=True),
    Column("score", "number", "Similarity of the two articles, 0 to 1 (for cross-language links: agreement of their "
           "point numbers).", required=True, minimum=0, maximum=1),
    Column("method", "string", "How the link was found: by identical text, same number and similar text, content "
           "alone (the 2026 text renumbers everything), merged/split articles, or the number across languages.",
           required=True, enum=ALIGNMENT_METHODS),
    IS_SAMPLE,
)

CORE_ARTICLE_ALIGNMENT = Table(
    name="core_article_alignment", layer="core",
    description="Which article of one version corresponds to which article of the next (by content), and the same "
                "article across languages of one version (by number).",
    columns=_ALIGNMENT_COLUMNS, primary_key=("alignment_id",),
)
OUT_ARTICLE_ALIGNMENT = Table(
    name="out_article_alignment", layer="out", published_as="article_alignment",
    description=CORE_ARTICLE_ALIGNMENT.description, columns=_ALIGNMENT_COLUMNS, primary_key=("alignment_id",),
    foreign_keys=(ForeignKey(("article_id_a",), "articles", ("article_id",)),
                  ForeignKey(("article_id_b",), "articles", ("article_id",))),
)

_CHANGE_COLUMNS = (
    Column("change_id", "string", "Stable id of the change.", required=True),
    Column("version_a", "string", "The earlier version compared.", required=True),
    Column("version_b", "string", "The later version compared.", required=True),
    Column("language", "string", "Language of both texts.", required=True, enum=LANGUAGES),
    Column("article_id_a", "string", "The article in the earlier version; null when the article was added."),
    Column("article_id_b", "string", "The article in the later version; null when the article was removed."),
    Column("article_number_a", "string", "Its number in the earlier version."),
    Column("article_number_b", "string", "Its number in the later version."),
    Column("change_type", "string", "added, removed, modified, moved (same text, new number) or unchanged. Texts are "
           "compared after normalising whitespace, quotes, dashes and hyphenation, so formatting alone is no change.",
           required=True, enum=CHANGE_TYPES),
    Column("similarity", "number", "Share of words the two texts have in common, 0 to 1.", required=True,
           minimum=0, maximum=1),
    Column("alignment_method", "string", "How the two articles were linked (see article_alignment.method)."),
    Column("words_removed", "integer", "Words only in the earlier text.", required=True, minimum=0),
    Column("words_added", "integer", "Words only in the later text.", required=True, minimum=0),
    Column("diff", "string", "Word-level diff as JSON: a list of [op, text] with op '=' (kept), '-' (removed) or "
           "'+' (added).", required=True),
    Column("diff_text", "string", "The same diff as readable text: [-removed-] {+added+}.", required=True),
    IS_SAMPLE,
)

CORE_ARTICLE_CHANGES = Table(
    name="core_article_changes", layer="core",
    description="What changed in each article from one version of the Constitution to the next: each aligned pair and "
                "each new or removed article, with a word-level diff.",
    columns=_CHANGE_COLUMNS, primary_key=("change_id",),
)
OUT_ARTICLE_CHANGES = Table(
    name="out_article_changes", layer="out", published_as="article_changes",
    description=CORE_ARTICLE_CHANGES.description, columns=_CHANGE_COLUMNS, primary_key=("change_id",),
    foreign_keys=(ForeignKey(("article_id_a",), "articles", ("article_id",)),
                  ForeignKey(("article_id_b",), "articles", ("article_id",)),
                  ForeignKey(("version_a",), "constitution_versions", ("version_id",)),
                  ForeignKey(("version_b",), "constitution_versions", ("version_id",))),
)

CORE_OFFICIAL_TEXT_ERRORS = Table(
    name="core_official_text_errors", layer="core",
    description="Official texts in the archive that the structure parser could not read, with the reason.",
    columns=(
        SOURCE_URL, VERSION_ID, ARTICLE_LANGUAGE,
        Column("format", "string", "The format tried: adilet_html, zan_json, pdf, docx, txt, html.", required=True),
        Column("error", "string", "The reason.", required=True),
        WARC_FILE, WARC_OFFSET, IS_SAMPLE,
    ),
    primary_key=("warc_file", "warc_offset"),
)

CONSTITUTION_TABLES = (CORE_CONSTITUTION_VERSIONS, CORE_ARTICLES, CORE_ARTICLE_ALIGNMENT, CORE_ARTICLE_CHANGES,
                       CORE_OFFICIAL_TEXT_ERRORS, OUT_CONSTITUTION_VERSIONS, OUT_ARTICLES, OUT_ARTICLE_ALIGNMENT,
                       OUT_ARTICLE_CHANGES)
