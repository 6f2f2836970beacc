"""Whether the fast pass's text can be trusted, or the page goes to trafilatura.

The fast pass is right when one container holds most of the page's prose; it is unsure when prose is spread
over several (a listing, comments outweighing a short report), when the text it found is short, or when
that text is mostly links. The thresholds were chosen on the labelled set (tests/extract/labelled): a short
report on a page full of teaser leads and footer prose can hold as little as a third of the page's prose.
"""
from __future__ import annotations

from pipeline.extract.content import FastResult

MIN_TEXT_CHARS = 250  # a news report is longer; less means the body was missed or the page is a stub
MIN_BODY_SHARE = 0.25  # the chosen body's share of the page's text-block weight
MAX_LINK_DENSITY = 0.35


def doubts(result: FastResult) -> list[str]:
    """Reasons to distrust the fast result; empty when it can be kept."""
    reasons = list(result.notes)
    chars = sum(len(p) for p in result.paragraphs)
    if chars < MIN_TEXT_CHARS:
        reasons.append(f"only {chars} characters of text")
    if result.body_share < MIN_BODY_SHARE:
        reasons.append(f"the body holds only {result.body_share:.0%} of the page's prose")
    if result.body_link_density > MAX_LINK_DENSITY:
        reasons.append(f"the body is {result.body_link_density:.0%} link text")
    return reasons
