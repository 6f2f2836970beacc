"""Dates in feeds and sitemaps: RFC 822 (RSS) or ISO 8601 (Atom, sitemaps), to aware UTC datetimes."""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from pipeline.documents.dates import parse_date


def feed_date(text: str | None) -> datetime | None:
    if not text:
        return None
    text = text.strip()
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is not None:
        return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
    # ISO dates without a zone are the sites' local time (Asia/Almaty), as everywhere in atazan.
    return parse_date(text)
