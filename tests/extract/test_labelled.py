"""The extractor on the labelled pages: what a reader of the dataset would check."""
import sys
from datetime import datetime
from pathlib import Path

from pipeline.extract.scoring import score_page, summarise

sys.path.insert(0, str(Path(__file__).parent / "labelled"))
from boilerplate import COMMENTS, COOKIE, FOOTER, LEADS  # noqa: E402


def test_the_labelled_set_is_what_the_issue_asks_for(labelled):
    assert len([p for p in labelled if p["subset"] == "dev"]) >= 40
    assert {p["language"] for p in labelled} == {"ru", "kk", "en"}
    sizes = [len(p["body"]) for p in labelled]
    assert min(sizes) < 6_000 and max(sizes) > 140_000
    assert len({p["layout"] for p in labelled}) >= 15


def test_main_text_matches_the_gold_on_development_pages(labelled, extracted):
    scores = [score_page(extracted[p["id"]].text, p["text"]) for p in labelled if p["subset"] == "dev"]
    summary = summarise(scores)
    assert summary.f1 >= 0.95
    assert min(s.f1 for s in scores) >= 0.8


def test_held_out_pages_keep_most_of_the_text(labelled, extracted):
    scores = [score_page(extracted[p["id"]].text, p["text"]) for p in labelled if p["subset"] == "holdout"]
    assert summarise(scores).recall >= 0.85


def test_every_page_gets_its_headline_and_language(labelled, extracted):
    for page in labelled:
        result = extracted[page["id"]]
        assert result.title == page["title"], page["id"]
        assert result.language == page["language"], page["id"]


def test_dates_are_utc_and_right_on_development_pages(labelled, extracted):
    for page in labelled:
        result = extracted[page["id"]]
        if result.published_at is not None:
            assert result.published_at.utcoffset().total_seconds() == 0, page["id"]
        if page["subset"] == "dev":
            assert result.published_at == datetime.fromisoformat(page["published_at"]), page["id"]


def test_boilerplate_stays_out(labelled, extracted):
    for page in labelled:
        if page["subset"] != "dev":
            continue
        text, lang = extracted[page["id"]].text, page["language"]
        assert COOKIE[lang][:60] not in text, page["id"]
        for _, comment in COMMENTS[lang]:
            assert comment not in text, page["id"]
        for line in FOOTER[lang]:
            assert line not in text, page["id"]
        for lead in LEADS[lang]:
            assert lead not in text, page["id"]
        for marker in ("Читайте также", "Оқи отырыңыз", "Read also", "Фото:", "Photo:", "Поделиться"):
            assert marker not in text, (page["id"], marker)


def test_paragraphs_are_separated_by_blank_lines(labelled, extracted):
    page = next(p for p in labelled if p["id"] == "br-ru-new-constitution")
    assert extracted[page["id"]].text.split("\n\n") == page["text"].split("\n\n")


def test_amp_page_points_to_its_canonical_article(labelled, extracted):
    page = next(p for p in labelled if p["layout"] == "amp")
    result = extracted[page["id"]]
    assert page["url"].endswith("/amp/") and result.canonical_url == page["url"][: -len("amp/")]
