"""The statements and events tables: who said what, what happened when, and who they are."""
from __future__ import annotations

from pipeline.metadata.columns import DOCUMENT_ID, IS_SAMPLE
from pipeline.metadata.schema import Column, ForeignKey, Table
from pipeline.sources.base import LANGUAGES

EVENT_TYPES = ("address", "decree", "working_group", "commission_meeting", "publication", "public_discussion",
               "round_table", "briefing", "meeting", "parliament_session", "referendum", "election", "results",
               "law_signed", "other")
MENTION_KINDS = ("preamble", "article", "institution")

STATEMENT_ID = Column("statement_id", "string", "Stable id of the statement, from its document and position.",
                      required=True)
EVENT_ID = Column("event_id", "string", "Stable id of the event (merged across the reports that describe it).",
                  required=True)
PERSON_ID = Column("person_id", "string", "Stable id of the person.", required=True)
LANGUAGE = Column("language", "string", "Language of the document: ru, kk or en.", required=True, enum=LANGUAGES)

_STATEMENT_COLUMNS = (
    STATEMENT_ID, DOCUMENT_ID,
    Column("speaker_name", "string", "Who spoke, in the nominative and in full where the document gives the full name "
           "anywhere (Берика Асылова → Берик Асылов); for a collective speaker, the group as written (Участники).",
           required=True),
    Column("speaker_role", "string", "The speaker's role as the document gives it (генеральный прокурор)."),
    Column("speaker_org", "string", "The speaker's organisation, where the document gives it."),
    Column("statement_text", "string", "The exact words from the document: the quote for direct speech, the reported "
           "clause for indirect speech.", required=True),
    Column("kind", "string", "direct (a quote) or indirect (reported speech).", required=True,
           enum=("direct", "indirect")),
    Column("speech_verb", "string", "The verb that attributes it (отметил, деді, said)."),
    Column("char_start", "integer", "Start of statement_text in the document's text (0-based, in characters).",
           required=True, minimum=0),
    Column("char_end", "integer", "End of statement_text in the document's text (exclusive).", required=True,
           minimum=0),
    Column("statement_date", "date", "When it was said: the document's date unless the text says otherwise."),
    LANGUAGE,
    Column("confidence", "number", "How sure the extractor is, 0 to 1.", required=True, minimum=0, maximum=1),
    Column("is_collective", "boolean", "The speaker is a group (Участники, the commission's members).", required=True),
    Column("is_organisation", "boolean", "The speaker is an organisation (a press service, a ministry).",
           required=True),
    Column("attribution", "string", "Which pattern found it (quote_then_verb, verb_that, po_slovam, ...)."),
    Column("resolution", "string", "How the speaker was identified: named, surname, pronoun (По его словам), role "
           "(генеральный прокурор → the person named earlier), head_of_state, collective, organisation."),
    IS_SAMPLE,
)

CORE_STATEMENTS = Table(
    name="core_statements", layer="core",
    description="Attributed statements about the reform, one row each, from the original reports (republished copies "
                "are not counted twice).",
    columns=_STATEMENT_COLUMNS, primary_key=("statement_id",),
)
OUT_STATEMENTS = Table(
    name="out_statements", layer="out", published_as="statements",
    description="Who said what about the reform: one row per attributed statement, with the exact words, the speaker "
                "(normalised), the role, and where in which document it was said.",
    columns=_STATEMENT_COLUMNS[:2] + (Column("person_id", "string", "The speaker in the people table; null for "
                                             "collective and organisation speakers."),) + _STATEMENT_COLUMNS[2:],
    primary_key=("statement_id",),
    foreign_keys=(ForeignKey(("document_id",), "documents", ("document_id",)),
                  ForeignKey(("person_id",), "people", ("person_id",))),
)

_MENTION_COLUMNS = (
    Column("mention_id", "string", "Stable id of the mention.", required=True),
    STATEMENT_ID, DOCUMENT_ID,
    Column("target_kind", "string", "What part of the Constitution: preamble, article or institution.",
           required=True, enum=MENTION_KINDS),
    Column("target", "string", "Which: 'preamble', 'article 47', or an institution (kurultai, halyk_kenesi, "
           "vice_president, constitutional_court, ...).", required=True),
    Column("matched_text", "string", "The words in the statement that name it.", required=True),
    Column("char_start", "integer", "Start of matched_text in the document's text.", required=True, minimum=0),
    Column("char_end", "integer", "End of matched_text in the document's text (exclusive).", required=True, minimum=0),
    LANGUAGE, IS_SAMPLE,
)
CORE_STATEMENT_MENTIONS = Table(
    name="core_statement_mentions", layer="core",
    description="Which parts of the Constitution each statement discusses: the Preamble, an article, or an "
                "institution such as the Kurultai or the Halyk Kenesi.",
    columns=_MENTION_COLUMNS, primary_key=("mention_id",),
)
OUT_STATEMENT_MENTIONS = Table(
    name="out_statement_mentions", layer="out", published_as="statement_mentions",
    description=CORE_STATEMENT_MENTIONS.description, columns=_MENTION_COLUMNS, primary_key=("mention_id",),
    foreign_keys=(ForeignKey(("statement_id",), "statements", ("statement_id",)),),
)

CORE_DOCUMENT_EVENTS = Table(
    name="core_document_events", layer="core",
    description="Each event as one document reports it, before reports of the same event are merged.",
    columns=(
        Column("document_event_id", "string", "Stable id of the report of the event in this document.",
               required=True),
        DOCUMENT_ID,
        Column("event_date", "date", "When it happened; relative dates (накануне, вчера, 25 ақпанда) resolved from "
               "the document's own date.", required=True),
        Column("event_type", "string", "What kind of event.", required=True, enum=EVENT_TYPES),
        Column("title", "string", "A title for the event, from the document.", required=True),
        Column("location", "string", "Where, as named."),
        Column("place_key", "string", "The place normalised for merging."),
        Column("organiser", "string", "Who held it."),
        Column("participants", "list", "People named in the report."),
        LANGUAGE,
        Column("source", "string", "The document's source.", required=True),
        Column("trigger", "string", "The words that name the event."),
        Column("char_start", "integer", "Start of the trigger in the document's text.", minimum=0),
        Column("char_end", "integer", "End of the trigger in the document's text.", minimum=0),
        Column("confidence", "number", "How sure the extractor is, 0 to 1.", required=True, minimum=0, maximum=1),
        IS_SAMPLE,
    ),
    primary_key=("document_event_id",),
)

_EVENT_HEAD = (
    EVENT_ID,
    Column("event_date", "date", "When it happened.", required=True),
    Column("event_type", "string", "address, decree, working_group, commission_meeting, publication, "
           "public_discussion, round_table, briefing, meeting, parliament_session, referendum, election, results, "
           "law_signed or other.", required=True, enum=EVENT_TYPES),
    Column("title", "string", "A title for the event, from its earliest report.", required=True),
    Column("location", "string", "Where it took place."),
    Column("organiser", "string", "Who held it."),
)
CORE_EVENTS = Table(
    name="core_events", layer="core",
    description="What happened when: one row per event, merged across the reports that describe it (same date, type "
                "and place, similar text).",
    columns=_EVENT_HEAD + (
        Column("participants", "list", "People named in its reports."),
        Column("languages", "list", "Languages of its reports."),
        Column("sources", "list", "Sources of its reports."),
        Column("document_count", "integer", "How many documents report it.", required=True, minimum=1),
        IS_SAMPLE,
    ),
    primary_key=("event_id",),
)
OUT_EVENTS = Table(
    name="out_events", layer="out", published_as="events",
    description=CORE_EVENTS.description,
    columns=_EVENT_HEAD + (
        Column("participants", "string", "People named in its reports, separated by semicolons."),
        Column("languages", "string", "Languages of its reports, separated by commas."),
        Column("sources", "string", "Sources of its reports, separated by commas."),
        Column("document_count", "integer", "How many documents report it.", required=True, minimum=1),
        IS_SAMPLE,
    ),
    primary_key=("event_id",),
)

_EVENT_DOCUMENT_COLUMNS = (
    EVENT_ID, DOCUMENT_ID,
    Column("document_event_id", "string", "The report of the event in that document (core_document_events).",
           required=True),
)
CORE_EVENT_DOCUMENTS = Table(
    name="core_event_documents", layer="core",
    description="Which documents report which event.",
    columns=_EVENT_DOCUMENT_COLUMNS, primary_key=("event_id", "document_id"),
)
OUT_EVENT_DOCUMENTS = Table(
    name="out_event_documents", layer="out", published_as="event_documents",
    description=CORE_EVENT_DOCUMENTS.description, columns=_EVENT_DOCUMENT_COLUMNS[:2],
    primary_key=("event_id", "document_id"),
    foreign_keys=(ForeignKey(("event_id",), "events", ("event_id",)),
                  ForeignKey(("document_id",), "documents", ("document_id",))),
)

_PERSON_HEAD = (
    PERSON_ID,
    Column("name", "string", "The person's name (Russian spelling where the dataset has it).", required=True),
)
_PERSON_TAIL = (
    Column("first_date", "date", "Date of their first statement in the dataset."),
    Column("last_date", "date", "Date of their last statement in the dataset."),
    Column("statement_count", "integer", "How many statements they made.", required=True, minimum=0),
    Column("document_count", "integer", "In how many documents.", required=True, minimum=0),
)
CORE_PEOPLE = Table(
    name="core_people", layer="core",
    description="The people who made statements: one row each, their spellings in ru/kk/en joined.",
    columns=_PERSON_HEAD + (
        Column("aliases", "list", "Every spelling seen."),
        Column("languages", "list", "Languages they were reported in."),
    ) + _PERSON_TAIL,
    primary_key=("person_id",),
)
OUT_PEOPLE = Table(
    name="out_people", layer="out", published_as="people",
    description=CORE_PEOPLE.description,
    columns=_PERSON_HEAD + (
        Column("aliases", "string", "Every spelling seen, separated by semicolons."),
        Column("languages", "string", "Languages they were reported in, separated by commas."),
    ) + _PERSON_TAIL,
    primary_key=("person_id",),
)

_ROLE_COLUMNS = (
    PERSON_ID,
    Column("role", "string", "The role as reported (генеральный прокурор, председатель комиссии).", required=True),
    Column("org", "string", "The organisation of that role."),
    Column("first_date", "date", "First statement in that role."),
    Column("last_date", "date", "Last statement in that role."),
)
CORE_PERSON_ROLES = Table(
    name="core_person_roles", layer="core", description="The roles each person held when they spoke, over time.",
    columns=_ROLE_COLUMNS, primary_key=("person_id", "role", "org"),
)
OUT_PERSON_ROLES = Table(
    name="out_person_roles", layer="out", published_as="person_roles", description=CORE_PERSON_ROLES.description,
    columns=_ROLE_COLUMNS, primary_key=("person_id", "role", "org"),
    foreign_keys=(ForeignKey(("person_id",), "people", ("person_id",)),),
)

CORE_PERSON_STATEMENTS = Table(
    name="core_person_statements", layer="core", description="Which person made which statement.",
    columns=(PERSON_ID, STATEMENT_ID), primary_key=("person_id", "statement_id"),
)

_ORG_HEAD = (
    Column("organisation_id", "string", "Stable id of the organisation.", required=True),
    Column("name", "string", "The organisation's name.", required=True),
)
_ORG_TAIL = (
    Column("statement_count", "integer", "Statements made by it or its people.", required=True, minimum=0),
    Column("document_count", "integer", "Documents that mention it as a speaker's organisation or report an event "
           "it organised.", required=True, minimum=0),
)
CORE_ORGANISATIONS = Table(
    name="core_organisations", layer="core",
    description="Institutions whose people spoke or which spoke themselves: one row each, with their aliases.",
    columns=_ORG_HEAD + (
        Column("aliases", "list", "Every name seen (ru, kk, en, abbreviations)."),
        Column("languages", "list", "Languages it was reported in."),
        Column("people", "list", "People reported in a role at it."),
    ) + _ORG_TAIL,
    primary_key=("organisation_id",),
)
OUT_ORGANISATIONS = Table(
    name="out_organisations", layer="out", published_as="organisations",
    description=CORE_ORGANISATIONS.description,
    columns=_ORG_HEAD + (
        Column("aliases", "string", "Every name seen, separated by semicolons."),
        Column("languages", "string", "Languages it was reported in, separated by commas."),
        Column("people", "string", "People reported in a role at it, separated by semicolons."),
    ) + _ORG_TAIL,
    primary_key=("organisation_id",),
)

CORE_NLP_ERRORS = Table(
    name="core_nlp_errors", layer="core",
    description="Documents the statement or event extractor failed on, with the reason.",
    columns=(DOCUMENT_ID, Column("stage", "string", "statements or events.", required=True,
                                 enum=("statements", "events")),
             Column("error", "string", "The reason.", required=True), IS_SAMPLE),
    primary_key=("document_id", "stage"),
)
CORE_NLP_PROCESSED = Table(
    name="core_nlp_processed", layer="core",
    description="Which documents the extractors have seen, in which version: unchanged documents are not analysed "
                "again.",
    columns=(DOCUMENT_ID, Column("treatment_key", "string", "Text hash, extractor version and what was extracted.",
                                 required=True)),
    primary_key=("document_id",),
)

STATEMENT_TABLES = (CORE_STATEMENTS, CORE_STATEMENT_MENTIONS, CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED,
                    CORE_EVENTS, CORE_EVENT_DOCUMENTS, CORE_PEOPLE, CORE_PERSON_ROLES, CORE_PERSON_STATEMENTS,
                    CORE_ORGANISATIONS, OUT_STATEMENTS, OUT_STATEMENT_MENTIONS, OUT_EVENTS, OUT_EVENT_DOCUMENTS,
                    OUT_PEOPLE, OUT_PERSON_ROLES, OUT_ORGANISATIONS)
