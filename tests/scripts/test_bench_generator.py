"""The scale benchmark's generator (scripts/bench) makes pages the pipeline reads as what was generated."""
import re
from collections import Counter

import pytest

from pipeline.documents.build import build_document
from pipeline.documents.near_duplicates import near_duplicate_groups
from pipeline.documents.relevance import relevance
from pipeline.sources.base import Page
from pipeline.sources.registry import source_for_url
from pipeline.warc.inventory import scan_archive
from scripts.bench.archive import write_archive
from scripts.bench.corpus import PageStream
from scripts.bench.templates import load_templates

PAGES = 400


@pytest.fixture(scope="module")
def pages():
    return list(PageStream(seed=11).pages(PAGES))


def parsed(page):
    return build_document(Page(page.url, page.body, page.content_type, page.fetched_at), {})


def test_every_sample_news_page_becomes_a_template():
    templates, skipped = load_templates()
    assert {t.language for t in templates} == {"ru", "kk", "en"}
    assert len({t.source for t in templates}) >= 6
    assert all("official_text" in reason for _, reason in skipped), skipped


def test_generated_pages_parse_to_the_generated_report(pages):
    fetched = [p for p in pages if p.status == 200]
    assert len(fetched) > PAGES * 0.9
    for page in fetched:
        built = parsed(page)
        assert built.row is not None, (page.template, built.error)
        row = built.row
        assert (row["title"], row["text"], row["language"], row["source"]) == \
            (page.title, page.text, page.language, page.source), page.template
        if page.published_at is not None:
            assert row["published_at"] == page.published_at, page.template
        else:
            assert row["published_at"] is not None, page.template


def test_pages_vary_in_language_length_topic_and_site(pages):
    fetched = [p for p in pages if p.status == 200]
    assert set(Counter(p.language for p in fetched)) == {"ru", "kk", "en"}
    assert set(Counter(p.topic for p in fetched)) == {"reform", "other"}
    lengths = sorted(len(p.text) for p in fetched)
    assert lengths[-1] > 4 * lengths[len(lengths) // 2] > 4 * lengths[0]
    sizes = sorted(len(p.body) for p in fetched)
    assert 15_000 < sizes[len(sizes) // 2] < 80_000  # real news pages weigh tens of KB
    assert sum("«" in p.text and "—" in p.text or "деді" in p.text or "said" in p.text for p in fetched) > 0.5 * len(fetched)


def test_urls_are_unique_and_follow_each_site_pattern(pages):
    urls = Counter(p.url for p in pages if p.role != "recapture")
    assert max(urls.values()) == 1
    for page in pages:
        source = source_for_url(page.url)
        assert source.name == page.source
        if source.article_url and page.status == 200:
            assert re.match(source.article_url, page.url), page.url


def test_reform_pages_are_relevant_and_the_others_are_not(pages):
    for page in (p for p in pages if p.status == 200):
        assert relevance(page.title, page.text, page.language).relevant == (page.topic == "reform"), page.title


def test_reprints_are_linked_to_their_original_and_originals_stay_apart(pages):
    documents = [p for p in pages if p.status == 200 and p.role != "recapture"]
    canonical = near_duplicate_groups((p.url, p.text) for p in documents)
    copies = [p for p in documents if p.role in ("reprint", "near_duplicate")]
    assert copies
    linked = sum(canonical.get(p.url) is not None and canonical.get(p.url) == canonical.get(p.copy_of) for p in copies)
    assert linked >= 0.9 * len(copies)
    originals = {p.url for p in documents if p.role == "original"}
    assert not [u for u, first in canonical.items() if u in originals and first != u]


def test_archive_files_hold_every_page_and_read_back_cleanly(tmp_path, pages):
    summary = write_archive(pages[:120], tmp_path, pages_per_file=50)
    assert [p.name for p in summary.files] == ["bench-00001.warc.gz", "bench-00002.warc.gz", "bench-00003.warc.gz"]
    rows = list(scan_archive(tmp_path))
    assert [kind for kind, _ in rows] == ["record"] * 120
    assert [row["url"] for _, row in rows] == [p.url for p in pages[:120]]
    assert not any(row["is_sample"] for _, row in rows)


def test_the_same_seed_gives_the_same_pages():
    first = [p.body for p in PageStream(seed=5).pages(30)]
    assert first == [p.body for p in PageStream(seed=5).pages(30)]
    assert first != [p.body for p in PageStream(seed=6).pages(30)]
