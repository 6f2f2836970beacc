"""Writes the labelled pages: <id>.html (the page as served) and <id>.json (gold title, date, language, text).

Run `python tests/extract/labelled/build_pages.py` after changing an article or a layout; the output is
deterministic (one seeded random generator per page) and committed, so the benchmark reads files, not code.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout_layouts  # noqa: E402
import layouts  # noqa: E402
from articles import BY_ID  # noqa: E402

BY_ID = {**BY_ID, holdout_layouts.LIVE_ARTICLE["id"]: holdout_layouts.LIVE_ARTICLE}

# (page id, article id, layout, host, site name, encoding of the served bytes)
PAGES = [
    ("portal-ru-commission", "ru-commission-decree", partial(layouts.portal, heavy_kb=60), "www.dala-news.kz", "Dala News", "utf-8"),
    ("amp-ru-commission", "ru-commission-decree", layouts.amp, "www.dala-news.kz", "Dala News", "utf-8"),
    ("table-ru-first-session", "ru-first-session", layouts.old_table, "www.kaz-vestnik.kz", "Казахстанский вестник", "cp1251"),
    ("br-ru-new-constitution", "ru-new-constitution-needed", layouts.br_split, "news.steppe-info.kz", "Степь-Инфо", "utf-8"),
    ("widgets-ru-first-draft", "ru-first-draft", layouts.widgets_heavy, "orken-today.kz", "Өркен Today", "utf-8"),
    ("gov-ru-4000-proposals", "ru-4000-proposals", layouts.gov_portal, "www.gov-portal.kz", "Портал государственных органов", "utf-8"),
    ("wp-ru-referendum-called", "ru-referendum-called", partial(layouts.wordpress, comments=8), "blog.saiasat.kz", "Саясат блог", "utf-8"),
    ("gov-ru-round-table", "ru-round-table-academy", layouts.gov_portal, "www.gov-portal.kz", "Портал государственных органов", "utf-8"),
    ("portal-ru-results", "ru-referendum-results", partial(layouts.portal, heavy_kb=170), "www.dala-news.kz", "Dala News", "utf-8"),
    ("spa-ru-results", "ru-referendum-results", layouts.hashed_spa, "kun.media", "Kun Media", "utf-8"),
    ("minimal-ru-decree", "ru-implementation-decree", layouts.minimal, "pravo-center.kz", "Центр правовой информации", "utf-8"),
    ("widgets-ru-in-force", "ru-in-force", layouts.widgets_heavy, "orken-today.kz", "Өркен Today", "utf-8"),
    ("table-ru-in-force-undeclared", "ru-in-force", partial(layouts.old_table, declare=False), "www.regional-gazeta.kz", "Региональная газета", "cp1251"),
    ("amp-ru-kurultai-results", "ru-kurultai-results", layouts.amp, "www.dala-news.kz", "Dala News", "utf-8"),
    ("paged1-ru-explainer", "ru-explainer-sections", partial(layouts.paginated, page_no=1, pages=2), "vlast-i-pravo.kz", "Власть и право", "utf-8"),
    ("paged2-ru-explainer", "ru-explainer-sections", partial(layouts.paginated, page_no=2, pages=2), "vlast-i-pravo.kz", "Власть и право", "utf-8"),
    ("tw-ru-explainer", "ru-explainer-sections", layouts.utility_classes, "explain.kz", "Explain.kz", "utf-8"),
    ("kk-news-kurultai", "kk-kurultai-kyzylorda", layouts.kazakh_news, "ult-tynysy.kz", "Ұлт тынысы", "utf-8"),
    ("gov-kk-draft", "kk-draft-published", layouts.gov_portal, "www.gov-portal.kz", "Мемлекеттік органдар порталы", "utf-8"),
    ("kk-news-final-draft", "kk-final-draft-egemen", layouts.kazakh_news, "ult-tynysy.kz", "Ұлт тынысы", "utf-8"),
    ("amp-kk-final-draft", "kk-final-draft-egemen", layouts.amp, "kk.dala-news.kz", "Dala News", "utf-8"),
    ("br-kk-referendum-day", "kk-referendum-day", layouts.br_split, "aqparat-kz.kz", "Ақпарат", "utf-8"),
    ("portal-kk-results", "kk-referendum-results", partial(layouts.portal, heavy_kb=80), "kk.dala-news.kz", "Dala News", "utf-8"),
    ("minimal-kk-results", "kk-referendum-results", layouts.minimal, "saylau-info.kz", "Сайлау инфо", "utf-8"),
    ("table-kk-alatau", "kk-alatau-law", partial(layouts.old_table, charset="utf-8"), "zan-habar.kz", "Заң хабар", "utf-8"),
    ("amp-kk-alatau", "kk-alatau-law", layouts.amp, "kk.dala-news.kz", "Dala News", "utf-8"),
    ("wp-kk-last-sitting", "kk-last-joint-sitting", layouts.wordpress, "qogam-blog.kz", "Қоғам блогы", "utf-8"),
    ("spa-kk-election", "kk-kurultai-election", layouts.hashed_spa, "kun.media", "Kun Media", "utf-8"),
    ("wp-en-address", "en-address-unicameral", layouts.wordpress, "centralasiawatch.org", "Central Asia Watch", "utf-8"),
    ("minimal-en-working-group", "en-working-group", layouts.minimal, "lawreform-monitor.org", "Law Reform Monitor", "utf-8"),
    ("spa-en-first-draft", "en-first-draft", layouts.hashed_spa, "kun.media", "Kun Media", "utf-8"),
    ("amp-en-first-draft", "en-first-draft", layouts.amp, "en.dala-news.kz", "Dala News", "utf-8"),
    ("tw-en-5000", "en-5000-proposals", layouts.utility_classes, "steppe-review.com", "Steppe Review", "utf-8"),
    ("wp-en-referendum-called", "en-referendum-called", partial(layouts.wordpress, comments=6), "centralasiawatch.org", "Central Asia Watch", "utf-8"),
    ("widgets-en-results", "en-referendum-results", layouts.widgets_heavy, "astana-post.com", "Astana Post", "utf-8"),
    ("portal-en-results", "en-referendum-results", partial(layouts.portal, heavy_kb=40), "en.dala-news.kz", "Dala News", "utf-8"),
    ("gov-en-full-text", "en-full-text-published", layouts.gov_portal, "www.gov-portal.kz", "Government portal", "utf-8"),
    ("tw-en-in-force", "en-in-force", layouts.utility_classes, "steppe-review.com", "Steppe Review", "utf-8"),
    ("paged1-en-analysis", "en-analysis-1995-2026", partial(layouts.paginated, page_no=1, pages=2), "eurasia-review.net", "Eurasia Review Net", "utf-8"),
    ("paged2-en-analysis", "en-analysis-1995-2026", partial(layouts.paginated, page_no=2, pages=2), "eurasia-review.net", "Eurasia Review Net", "utf-8"),
    ("wp-en-analysis", "en-analysis-1995-2026", partial(layouts.wordpress, comments=5), "centralasiawatch.org", "Central Asia Watch", "utf-8"),
    ("br-en-kurultai-results", "en-kurultai-election-results", layouts.br_split, "kz-wire.com", "KZ Wire", "utf-8"),
]

# Written after the extractor was tuned and never tuned on: reported apart as the "holdout" subset.
HOLDOUT = [
    ("drupal-en-working-group", "en-working-group", holdout_layouts.drupal, "www.ca-policy.org", "CA Policy", "utf-8"),
    ("bitrix-ru-results", "ru-referendum-results", holdout_layouts.bitrix, "www.oblast-izbirkom.kz", "Областная избирательная комиссия", "utf-8"),
    ("tilda-kk-draft", "kk-draft-published", holdout_layouts.tilda, "zhana-zan.kz", "Жаңа заң", "utf-8"),
    ("joomla-ru-first-session", "ru-first-session", holdout_layouts.joomla, "www.pravo-region.kz", "Право региона", "utf-8"),
    ("medium-en-analysis", "en-analysis-1995-2026", holdout_layouts.medium, "medium.example.com", "Medium", "utf-8"),
    ("print-kk-alatau", "kk-alatau-law", holdout_layouts.print_version, "zan-habar.kz", "Заң хабар", "utf-8"),
    ("discussion-en-full-text", "en-full-text-published", holdout_layouts.short_under_discussion, "steppe-forum.net", "Steppe Forum", "utf-8"),
    ("live-ru-referendum", "ru-referendum-live", holdout_layouts.live_blog, "live.dala-news.kz", "Dala News", "utf-8"),
]

DATE_ONLY_LAYOUTS = {"minimal", "bitrix"}  # pages that print the day and nothing more precise anywhere


def gold_date(article, layout_name: str) -> str:
    local = datetime.fromisoformat(article["local"]).replace(tzinfo=layouts_timezone())
    if layout_name in DATE_ONLY_LAYOUTS:
        local = local.replace(hour=0, minute=0)
    return local.astimezone(timezone.utc).isoformat()


def layouts_timezone():
    from datetime import timedelta

    return timezone(timedelta(hours=5))


def layout_name(layout) -> str:
    return (layout.func if isinstance(layout, partial) else layout).__name__


def build() -> None:
    for index, (page_id, article_id, layout, host, site, encoding) in enumerate(PAGES + HOLDOUT):
        article = BY_ID[article_id]
        rng = random.Random(f"{page_id}-{index}")
        page, paras, url = layout(article, rng, host, site)
        (HERE / f"{page_id}.html").write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))  # cp1251 sites write Kazakh letters as entities
        gold = {"url": url, "layout": layout_name(layout), "article": article_id, "language": article["lang"],
                "title": article["title"], "published_at": gold_date(article, layout_name(layout)),
                "encoding": encoding, "subset": "holdout" if index >= len(PAGES) else "dev",
                "text": "\n\n".join(paras)}
        (HERE / f"{page_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    print(f"wrote {len(PAGES)} development and {len(HOLDOUT)} held-out pages to {HERE}")
