from datetime import datetime, timezone

import pytest

from pipeline.sources import astanatimes
from pipeline.sources.base import Page, ParseError

PAGE = "pages/astanatimes/en-kazakhstan-votes-in-referendum.html"


def test_wordpress_article(sample_page):
    doc = astanatimes.parse(sample_page(PAGE))
    assert doc.title == "Kazakhstan Votes in Referendum on New Constitution"
    assert doc.published_at == datetime(2026, 3, 15, 21, 40, tzinfo=timezone.utc)
    assert doc.language == "en"
    assert doc.canonical_url == "https://astanatimes.com/2026/03/kazakhstan-votes-in-referendum-on-new-constitution/"
    assert "Tokayev said" in doc.text
    for boilerplate in ("Share this", "Related", "Final Draft of New Constitution Published", "Photo credit",
                        "Most Read", "Nation", "©"):
        assert boilerplate not in doc.text, boilerplate


def test_empty_entry_content_is_a_parse_error():
    html = "<html><body><h1 class='entry-title'>T</h1><div class='entry-content'><div class='sharedaddy'>Share</div></div></body></html>"
    with pytest.raises(ParseError, match="body is empty"):
        astanatimes.parse(Page(url="https://astanatimes.com/2026/03/x/", body=html.encode()))
