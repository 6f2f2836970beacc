"""The bundled sample pages as templates: the real sites' markup with the report's own content cut out.

Each sample page is parsed once with the pipeline's own parser; the places that carry that report (title,
description, body paragraphs, the URL's slug and id, the printed dates) become spots that a generated report
fills, and everything else (navigation, share bars, "read also" boxes, credits) stays as the site prints it.
A template is a list of literal strings and spots, so rendering a page is one join.

Official texts (decrees, the Constitution) are left out: the benchmark is about news archives.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from pipeline.documents.build import build_document
from pipeline.samples.archive import load_manifest, samples_root
from pipeline.sources.base import Page

from scripts.bench.months import is_month_word
from scripts.bench.urls import url_shape

SKIPPED_KINDS = ("official_text",)
BODY_TAGS = ("p", "div", "li", "h2", "h3", "blockquote")
# Which spot wins where two would overlap: a body slot swallows any date or title printed inside it.
PRIORITY = {"body": 0, "title": 1, "description": 2, "url": 3, "day": 4, "minute": 4, "padding": 5}

_ISO = re.compile(r"(?<!\d)20\d\d-\d\d-(?P<day>\d\d)T\d\d:(?P<minute>\d\d)")
_DOTTED = re.compile(r"(?<![\d.])(?P<day>\d\d)\.\d\d\.20\d\d")
_WORDY = re.compile(r"(?<![\d.:])(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\s+20\d\d")
_TIME = re.compile(r"(?<![\d:+\-T])\d{1,2}:(?P<minute>\d\d)(?!\d)")
_DESCRIPTION = re.compile(r'<meta\s+(?:name|property)="(?:og:|twitter:)?description"\s+content="(?P<value>[^"]*)"')
_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")


class TemplateError(ValueError):
    """A sample page that cannot be turned into a template (the reason says what was not found)."""


@dataclass(frozen=True)
class Spot:
    kind: str
    slot: int = 0  # body: the slot's number in page order
    open_tag: str = ""  # body: the element's opening tag as the site writes it
    tag: str = ""
    day: int = 0  # day: the day of the month printed there, and its width ("06" or "6")
    width: int = 1


@dataclass(frozen=True)
class PageTemplate:
    name: str
    source: str
    language: str
    url: str
    url_token: str
    content_type: str
    published_at: datetime | None  # None: the page prints a date relative to the fetch ("Сегодня, 09:30")
    days: tuple[int, ...]
    body_slots: int
    parts: tuple = ()
    json_item: dict = field(default_factory=dict)  # gov.kz API items: rendered as JSON, not markup


@dataclass(frozen=True)
class Filling:
    """What one generated page puts into a template."""

    title: str
    paragraphs: tuple[str, ...]
    url_token: str
    day_delta: int
    minute: int
    padding: str = ""


def load_templates(root: Path | None = None) -> tuple[list[PageTemplate], list[tuple[str, str]]]:
    """Templates of every usable sample page, and (page, reason) for each one left out."""
    root = root or samples_root()
    templates, skipped = [], []
    for entry in load_manifest(root):
        try:
            templates.append(build_template(entry.path, entry.url, (root / entry.path).read_bytes(),
                                            entry.content_type, entry.fetched_at))
        except TemplateError as exc:
            skipped.append((entry.path, str(exc)))
    return templates, skipped


def build_template(name: str, url: str, body: bytes, content_type: str, fetched_at: datetime) -> PageTemplate:
    built = build_document(Page(url=url, body=body, content_type=content_type, fetched_at=fetched_at), {})
    if built.row is None:
        raise TemplateError(f"the pipeline does not parse it: {built.error}")
    row = built.row
    if row["kind"] in SKIPPED_KINDS:
        raise TemplateError(f"{row['kind']} page, not news")
    base = PageTemplate(name=name, source=row["source"], language=row["language"], url=url,
                        url_token=url_shape(url).token, content_type=content_type, published_at=row["published_at"],
                        days=(), body_slots=0)
    if "json" in content_type:
        return _json_template(base, body)
    return _html_template(base, body.decode("utf-8"), row["title"], row["text"].split("\n\n"))


def _json_template(base: PageTemplate, body: bytes) -> PageTemplate:
    item = json.loads(body.decode("utf-8"))
    if not {"id", "title", "body", "created_date"} <= item.keys():
        raise TemplateError("API item lacks id, title, body or created_date")
    days = tuple(int(m.group("day")) for value in item.values() if isinstance(value, str)
                 for m in _ISO.finditer(value))
    return replace(base, json_item=item, days=days, body_slots=1)


def _html_template(base: PageTemplate, markup: str, title: str, lines: list[str]) -> PageTemplate:
    candidates = _body_candidates(markup, lines)
    missing = set(lines) - {line for *_, line in candidates}
    if missing:
        raise TemplateError(f"paragraphs not found as elements: {sorted(missing)[:2]}")
    spots = [(start, end, Spot("body", open_tag=open_tag, tag=tag)) for start, end, open_tag, tag, _ in candidates]
    title_spots = [(s, e, Spot("title")) for s, e in _occurrences(markup, _title_variants(title))]
    if not title_spots:
        raise TemplateError("title not found in the markup")
    spots += title_spots
    spots += [(m.start("value"), m.end("value"), Spot("description")) for m in _DESCRIPTION.finditer(markup)]
    spots += [(s, e, Spot("url")) for s, e in _occurrences(markup, [base.url_token])]
    spots += _date_spots(markup)
    end_of_body = markup.rfind("</body>")
    spots.append((end_of_body if end_of_body >= 0 else len(markup),) * 2 + (Spot("padding"),))
    accepted = _without_overlaps(spots)
    parts, cursor, slot = [], 0, 0
    for start, end, spot in accepted:
        parts.append(markup[cursor:start])
        if spot.kind == "body":
            spot = replace(spot, slot=slot)
            slot += 1
        parts.append(spot)
        cursor = end
    parts.append(markup[cursor:])
    days = tuple(s.day for _, _, s in accepted if s.kind == "day")
    published = base.published_at if days else None
    return replace(base, parts=tuple(parts), body_slots=slot, days=days, published_at=published)


def _title_variants(title: str) -> list[str]:
    return list(dict.fromkeys([title, html.escape(title, quote=False), html.escape(title)]))


def _occurrences(text: str, needles: list[str]) -> list[tuple[int, int]]:
    found = []
    for needle in needles:
        start = text.find(needle)
        while start >= 0:
            found.append((start, start + len(needle)))
            start = text.find(needle, start + len(needle))
    return found


def _inner_text(fragment: str) -> str:
    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", fragment))).strip()


def _body_candidates(markup: str, lines: list[str]) -> list[tuple[int, int, str, str, str]]:
    """Innermost elements whose text is one of the parsed body lines: (start, end, opening tag, tag, line)."""
    wanted = {_SPACES.sub(" ", line).strip(): line for line in lines}
    found = []
    for tag in BODY_TAGS:
        # innermost only: the element's content opens no element of the same name
        pattern = re.compile(rf"(<{tag}\b[^>]*>)((?:(?!<{tag}\b).)*?)</{tag}>", re.S)
        for match in pattern.finditer(markup):
            line = wanted.get(_inner_text(match.group(2)))
            if line is not None:
                found.append((match.start(), match.end(), match.group(1), tag, line))
    return found


def _date_spots(markup: str) -> list[tuple[int, int, Spot]]:
    spots = []
    for match in _ISO.finditer(markup):
        spots.append((match.start("day"), match.end("day"), Spot("day", day=int(match.group("day")), width=2)))
        spots.append((match.start("minute"), match.end("minute"), Spot("minute")))
    for match in _DOTTED.finditer(markup):
        spots.append((match.start("day"), match.end("day"), Spot("day", day=int(match.group("day")), width=2)))
    for match in _WORDY.finditer(markup):
        if is_month_word(match.group("month")):
            day = match.group("day")
            spots.append((match.start("day"), match.end("day"), Spot("day", day=int(day), width=len(day))))
    for match in _TIME.finditer(markup):
        spots.append((match.start("minute"), match.end("minute"), Spot("minute")))
    return spots


def _without_overlaps(spots: list[tuple[int, int, Spot]]) -> list[tuple[int, int, Spot]]:
    accepted: list[tuple[int, int, Spot]] = []
    for start, end, spot in sorted(spots, key=lambda s: (PRIORITY[s[2].kind], s[0])):
        if any(start < e and s < end for s, e, _ in accepted):
            continue
        accepted.append((start, end, spot))
    return sorted(accepted, key=lambda s: (s[0], PRIORITY[s[2].kind]))


def day_delta_range(template: PageTemplate) -> tuple[int, int]:
    """The shifts that keep every printed day of the month between 1 and 28 (valid in any month)."""
    if not template.days:
        return 0, 0
    return 1 - min(template.days), 28 - max(template.days)


def expected_published_at(template: PageTemplate, filling: Filling) -> datetime | None:
    if template.published_at is None:
        return None
    return (template.published_at + timedelta(days=filling.day_delta)).replace(minute=filling.minute)


def render(template: PageTemplate, filling: Filling) -> bytes:
    if template.json_item:
        return _render_json(template, filling)
    out = []
    for part in template.parts:
        out.append(part if isinstance(part, str) else _render_spot(part, template, filling))
    return "".join(out).encode("utf-8")


def _render_spot(spot: Spot, template: PageTemplate, filling: Filling) -> str:
    if spot.kind == "body":
        paragraphs = slot_paragraphs(spot.slot, template.body_slots, filling.paragraphs)
        return "\n".join(f"{spot.open_tag}{html.escape(p, quote=False)}</{spot.tag}>" for p in paragraphs)
    if spot.kind == "title":
        return html.escape(filling.title)
    if spot.kind == "description":
        return html.escape(first_sentence(filling.paragraphs[0]))
    if spot.kind == "url":
        return filling.url_token
    if spot.kind == "day":
        return str(spot.day + filling.day_delta).zfill(spot.width)
    if spot.kind == "minute":
        return f"{filling.minute:02d}"
    return filling.padding


def slot_paragraphs(slot: int, slots: int, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """One paragraph per slot in page order, the rest in the last slot; slots left over stay empty."""
    if slot == slots - 1:
        return paragraphs[min(slot, len(paragraphs) - 1):]
    return paragraphs[slot:slot + 1] if slot < len(paragraphs) - 1 else ()


def first_sentence(paragraph: str, limit: int = 200) -> str:
    match = re.match(r".+?[.!?»”](?=\s|$)", paragraph)
    return (match.group(0) if match else paragraph)[:limit]


def _render_json(template: PageTemplate, filling: Filling) -> bytes:
    item = dict(template.json_item)
    item["id"] = int(filling.url_token)
    item["title"] = filling.title
    if "short_description" in item:
        item["short_description"] = first_sentence(filling.paragraphs[0])
    for key, value in item.items():
        if isinstance(value, str) and key not in ("title", "body", "short_description"):
            item[key] = shift_iso_dates(value, filling)
    item["body"] = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in filling.paragraphs)
    return json.dumps(item, ensure_ascii=False, indent=2).encode("utf-8")


def shift_iso_dates(value: str, filling: Filling) -> str:
    def shifted(match: re.Match) -> str:
        text = match.group(0)
        day = f"{int(match.group('day')) + filling.day_delta:02d}"
        day_at, minute_at = match.start("day") - match.start(), match.start("minute") - match.start()
        return text[:day_at] + day + text[day_at + 2:minute_at] + f"{filling.minute:02d}" + text[minute_at + 2:]

    return _ISO.sub(shifted, value)
