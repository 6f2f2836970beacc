"""What the generic extractor returns for one page."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Extracted:
    title: str
    published_at: datetime | None  # aware, UTC
    language: str | None  # "ru", "kk" or "en": from the text when it is long enough, else as the page declares it
    text: str  # main-text paragraphs joined by "\n\n"; "" when none was found
    canonical_url: str | None
    method: str  # "fast" (our density pass) or "fallback" (trafilatura, for pages the fast pass doubted)
    errors: list[str] = field(default_factory=list)  # problems met on the way; the page may still have text
