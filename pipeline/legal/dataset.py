"""From archived official texts to the constitution tables: versions, articles, alignments, changes.

The latest capture of each (version, language) is parsed; versions of one language are compared in
date order (each with the next), and the languages of one version are linked article by article.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

import pipeline.documents.html
import pipeline.documents.text
import pipeline.sources.base

from pipeline.legal import align_languages, align_versions, article_changes, article_rows, parse_document
from pipeline.legal.versions import version, version_rows
from pipeline.sources.base import ParseError

CROSS_LANGUAGE_PAIRS = (("ru", "kk"), ("ru", "en"))


@dataclass(frozen=True)
class ArchivedText:
    version_id: str
    language: str
    fmt: str
    data: bytes
    url: str
    warc_file: str
    warc_offset: int
    fetched_at: object
    is_sample: bool


@dataclass
class ConstitutionTables:
    versions: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    alignment: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def latest_texts(texts: Iterable[ArchivedText]) -> list[ArchivedText]:
    """One text per (version, language): the latest capture; zan.gov.kz JSON pages of one act are joined."""
    chosen: dict[tuple[str, str], ArchivedText] = {}
    zan_pages: dict[tuple[str, str], list[ArchivedText]] = {}
    for text in texts:
        key = (text.version_id, text.language)
        if text.fmt == "zan_json":
            zan_pages.setdefault(key, []).append(text)
            continue
        if key not in chosen or (text.fetched_at, text.warc_file, text.warc_offset) > _order(chosen[key]):
            chosen[key] = text
    for key, pages in zan_pages.items():
        if key in chosen:
            continue  # a whole text (HTML, PDF, DOCX) beats pages of the API
        pages.sort(key=_order)
        joined = "[" + ",".join(p.data.decode("utf-8", "replace") for p in pages) + "]"
        last = pages[-1]
        chosen[key] = ArchivedText(last.version_id, last.language, "zan_json", joined.encode(), last.url,
                                   last.warc_file, last.warc_offset, last.fetched_at, last.is_sample)
    return [chosen[k] for k in sorted(chosen, key=lambda k: (version(k[0]).date, k[0], k[1]))]


def _order(text: ArchivedText):
    return (text.fetched_at, text.warc_file, text.warc_offset)


def code_version() -> str:
    """Changes whenever the code that makes the constitution tables from the texts changes: every module of the
    legal room and those of other rooms it parses with."""
    modules = sorted(Path(__file__).resolve().parent.rglob("*.py"))
    modules += [Path(m.__file__) for m in (pipeline.documents.html, pipeline.documents.text, pipeline.sources.base)]
    digest = hashlib.sha256()
    for path in modules:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def constitution_tables(texts: Iterable[ArchivedText], as_of: date) -> ConstitutionTables:
    tables = ConstitutionTables()
    parsed: dict[tuple[str, str], list[dict]] = {}
    sample: dict[tuple[str, str], bool] = {}
    for text in latest_texts(texts):
        key = (text.version_id, text.language)
        try:
            law = parse_document(text.data, text.fmt, text.version_id, text.language)
        except ParseError as exc:
            tables.errors.append(_error(text, str(exc)))
            continue
        except Exception as exc:  # a parser bug on one text must not hide the others
            tables.errors.append(_error(text, f"{type(exc).__name__}: {exc}"))
            continue
        rows = article_rows(law)
        for row in rows:
            row.update(source_url=text.url, warc_file=text.warc_file, warc_offset=text.warc_offset,
                       is_sample=text.is_sample, parse_warnings=list(law.warnings))
        parsed[key] = rows
        sample[key] = text.is_sample
        tables.articles.extend(rows)

    for language in sorted({lang for _, lang in parsed}):
        present = [v for v, lang in parsed if lang == language]
        for older, newer in zip(present, present[1:]):
            a, b = parsed[(older, language)], parsed[(newer, language)]
            pairs = align_versions(a, b)
            flag = sample[(older, language)] or sample[(newer, language)]
            tables.alignment.extend({**p, "is_sample": flag} for p in pairs)
            tables.changes.extend(_change_row(c, flag) for c in article_changes(a, b, pairs))
    for version_id in dict.fromkeys(v for v, _ in parsed):
        for first, second in CROSS_LANGUAGE_PAIRS:
            if (version_id, first) in parsed and (version_id, second) in parsed:
                flag = sample[(version_id, first)] or sample[(version_id, second)]
                pairs = align_languages(parsed[(version_id, first)], parsed[(version_id, second)])
                tables.alignment.extend({**p, "is_sample": flag} for p in pairs)

    counts: dict[str, int] = {}
    for row in tables.articles:
        counts[row["version_id"]] = counts.get(row["version_id"], 0) + 1
    for row in version_rows(as_of):
        row["articles_in_dataset"] = counts.get(row["version_id"], 0)
        row["source_urls"] = json.dumps(row["source_urls"], ensure_ascii=False)
        for name in ("date", "in_force_from", "in_force_until", "edition_date"):
            row[name] = date.fromisoformat(row[name]) if row[name] else None
        tables.versions.append(row)
    return tables


def _change_row(change: dict, is_sample: bool) -> dict:
    ops = change["diff"]
    return {**change, "diff": json.dumps(ops, ensure_ascii=False), "diff_text": readable_diff(ops),
            "is_sample": is_sample}


def readable_diff(ops: list) -> str:
    """The word diff as one line of text, the way `git diff --word-diff` shows it: [-removed-] {+added+}."""
    parts = []
    for op, text in ops:
        parts.append(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return " ".join(p.strip() for p in parts if p.strip())


def _error(text: ArchivedText, reason: str) -> dict:
    return {"source_url": text.url, "version_id": text.version_id, "language": text.language, "format": text.fmt,
            "error": reason[:1000], "warc_file": text.warc_file, "warc_offset": text.warc_offset,
            "is_sample": text.is_sample}
