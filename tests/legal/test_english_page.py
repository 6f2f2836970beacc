"""An English text on an ordinary HTML page (akorda.kz publishes one): no site selectors, same rows."""
from __future__ import annotations

from pipeline.legal import article_rows, parse_document

PAGE = """<html><head><meta charset="utf-8"><title>Constitution</title></head><body>
<div class="menu"><a href="/en">Home</a></div>
<main><h1>The Constitution of the Republic of Kazakhstan (test sample)</h1>
<p>We, the people of Kazakhstan,</p><p>adopt this Constitution.</p>
<h2>Section I. General Provisions</h2>
<h3>Article 1</h3><p>1. Kazakhstan is a unitary state with a presidential form of government.</p>
<p>2. Its capital is Astana.</p>
<h2>Section II. The Kurultai</h2>
<h3>Article 2</h3><p>The Kurultai has one hundred and forty-five deputies.</p>
</main><footer><p>Press service of the President</p></footer></body></html>"""


def test_english_page_parses_into_articles():
    rows = article_rows(parse_document(PAGE.encode(), "html", "sample", "en"))
    assert [(r["article_number"], r["section_number"], r["points"]) for r in rows] == [
        ("preamble", None, []), ("1", "I", ["1", "2"]), ("2", "II", [])]
    assert rows[2]["section_title"] == "The Kurultai"
    assert rows[2]["text"] == "The Kurultai has one hundred and forty-five deputies."
