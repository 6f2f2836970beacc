"""The stream of generated pages: an archive's worth of news in the sites' own markup, one page at a time.

Most pages are new reports; the rest are what real archives hold too: the same report reprinted word for word
on another site, a lightly edited reprint (agency dateline, a paragraph dropped or added), a second capture of
a page already fetched, a 404 and a redirect. Only the last RECENT originals are kept (for reprints), so the
stream runs in constant memory however many pages it yields.
"""
from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterator

from scripts.bench.articles import Article, generate_article, paragraph, vocabulary
from scripts.bench.padding import PagePadding
from scripts.bench.templates import (Filling, PageTemplate, day_delta_range, expected_published_at, load_templates,
                                     render)
from scripts.bench.urls import article_url, new_token, url_shape

LANGUAGE_SHARES = {"ru": 0.6, "kk": 0.25, "en": 0.15}
REFORM_SHARE = 0.6
ROLE_SHARES = {"original": 0.86, "reprint": 0.04, "near_duplicate": 0.05, "recapture": 0.03, "not_found": 0.01,
               "redirect": 0.01}
RECENT = 500
DATELINES = {"ru": "АСТАНА. KAZINFORM – ", "kk": "АСТАНА. KAZINFORM – ", "en": "ASTANA. KAZINFORM – "}
UNDATED_SPAN = (datetime(2026, 1, 5, tzinfo=timezone.utc), datetime(2026, 3, 28, tzinfo=timezone.utc))
NOT_FOUND = b"<!DOCTYPE html><html><head><title>404</title></head><body><h1>404 Not Found</h1></body></html>"


@dataclass(frozen=True)
class GeneratedPage:
    url: str
    body: bytes
    fetched_at: datetime
    status: int
    content_type: str
    role: str
    template: str
    source: str
    language: str
    topic: str = ""
    title: str = ""
    text: str = ""  # the body text the parser should find ("\n\n" between paragraphs)
    published_at: datetime | None = None
    headers: tuple[tuple[str, str], ...] = ()
    copy_of: str = ""  # the URL of the page a reprint or recapture copies


class PageStream:
    """State of one generated archive: randomness, templates, padding pools, recent originals, serials."""

    def __init__(self, seed: int, first_serial: int = 0, templates: list[PageTemplate] | None = None):
        self.rng = random.Random(seed)
        self.templates = templates if templates is not None else load_templates()[0]
        self.by_language = {lang: [t for t in self.templates if t.language == lang] for lang in LANGUAGE_SHARES}
        self.shapes = {t.name: url_shape(t.url) for t in self.templates}
        self.padding = PagePadding(self.rng)
        self.recent: deque[GeneratedPage] = deque(maxlen=RECENT)
        self.serial = first_serial

    def pages(self, count: int) -> Iterator[GeneratedPage]:
        roles, weights = zip(*ROLE_SHARES.items())
        for _ in range(count):
            role = self.rng.choices(roles, weights)[0] if self.recent else "original"
            yield self.page(role)

    def page(self, role: str) -> GeneratedPage:
        if role == "original":
            made = self.original()
            self.recent.append(made)
            return made
        earlier = self.rng.choice(self.recent)
        if role == "recapture":
            later = earlier.fetched_at + timedelta(days=self.rng.randint(1, 10))
            return GeneratedPage(**{**earlier.__dict__, "fetched_at": later, "role": role, "copy_of": earlier.url})
        if role in ("reprint", "near_duplicate"):
            return self.reprint(earlier, edited=role == "near_duplicate")
        return self.failed_fetch(role, earlier)

    def original(self) -> GeneratedPage:
        language = self.rng.choices(list(LANGUAGE_SHARES), list(LANGUAGE_SHARES.values()))[0]
        topic = "reform" if self.rng.random() < REFORM_SHARE else "other"
        article = generate_article(self.rng, language, topic)
        return self.place(article, self.rng.choice(self.by_language[language]), "original")

    def reprint(self, earlier: GeneratedPage, edited: bool) -> GeneratedPage:
        paragraphs = tuple(earlier.text.split("\n\n"))
        if edited:
            paragraphs = self.edit(paragraphs, earlier.language, earlier.topic)
        others = [t for t in self.by_language[earlier.language] if t.source != earlier.source]
        template = self.rng.choice(others or self.by_language[earlier.language])
        article = Article(earlier.language, earlier.topic, earlier.title, paragraphs)
        return self.place(article, template, "near_duplicate" if edited else "reprint", copy_of=earlier.url)

    def edit(self, paragraphs: tuple[str, ...], language: str, topic: str) -> tuple[str, ...]:
        """An agency's reprint: its dateline in front, then one paragraph dropped or one added at the end."""
        edited = [DATELINES[language] + paragraphs[0], *paragraphs[1:]]
        if len(edited) > 3 and self.rng.random() < 0.5:
            edited.pop()
        else:
            edited.append(paragraph(self.rng, language, vocabulary(language, topic)))
        return tuple(dict.fromkeys(edited))

    def failed_fetch(self, role: str, earlier: GeneratedPage) -> GeneratedPage:
        template = self.rng.choice(self.templates)
        url, _ = self.new_url(template, "missing page")
        fetched = earlier.fetched_at + timedelta(minutes=self.rng.randint(1, 600))
        if role == "redirect":
            return GeneratedPage(url, b"", fetched, 301, "text/html; charset=utf-8", role, template.name,
                                 template.source, template.language, headers=(("Location", earlier.url),))
        return GeneratedPage(url, NOT_FOUND, fetched, 404, "text/html; charset=utf-8", role, template.name,
                             template.source, template.language)

    def new_url(self, template: PageTemplate, title: str) -> tuple[str, str]:
        """A URL no other page of this archive has, in the template site's pattern, and its article token."""
        self.serial += 1
        shape = self.shapes[template.name]
        token = new_token(shape, self.serial, title)
        return article_url(template.url, shape, token), token

    def place(self, article: Article, template: PageTemplate, role: str, copy_of: str = "") -> GeneratedPage:
        """`article` rendered in `template` at a new URL, with its dates and fetch time."""
        url, token = self.new_url(template, article.title)
        filling = Filling(title=article.title, paragraphs=article.paragraphs, url_token=token,
                          day_delta=self.rng.randint(*day_delta_range(template)), minute=self.rng.randint(0, 59),
                          padding=self.padding.render(self.rng, template.language))
        published = expected_published_at(template, filling)
        if published is not None:
            fetched = published + timedelta(minutes=self.rng.randint(5, 36 * 60))
        else:
            start, end = UNDATED_SPAN
            fetched = start + timedelta(seconds=self.rng.randint(0, int((end - start).total_seconds())))
        return GeneratedPage(url, render(template, filling), fetched, 200, template.content_type, role, template.name,
                             template.source, template.language, article.topic, article.title,
                             "\n\n".join(article.paragraphs), published, copy_of=copy_of)
