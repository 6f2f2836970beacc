"""trafilatura, for the pages the fast pass doubts: slower, but with more rules for odd layouts."""
from __future__ import annotations

from pipeline.documents.text import clean_paragraphs

# Above this the fallback would cost seconds; the fast result (or nothing) stands instead.
MAX_FALLBACK_CHARS = 1_500_000


def trafilatura_paragraphs(html: str, url: str) -> list[str]:
    # imported here: most pages never need it, and a process that parses none (the build's, whose workers parse)
    # need not load it
    import trafilatura

    # No deduplicate=True: trafilatura keeps its seen-segments cache across calls, so a page's text would
    # depend on the pages parsed before it; clean_paragraphs removes repeats within the page instead.
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
    if not text:
        return []
    return clean_paragraphs(text.split("\n"))


def load_stoplists() -> None:
    """Load what trafilatura's justext rescue loads on its first use in a process, the union of every language's
    stoplist (0.14 s): done by a process that forks workers (pipeline/documents/parse_start.py), each worker has it."""
    from trafilatura.external import jt_stoplist_init

    jt_stoplist_init()
