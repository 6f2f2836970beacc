from datetime import datetime, timezone

from pipeline.crawl.discovery.sitemap import read_sitemap

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-2026-02.xml</loc><lastmod>2026-02-28T10:00:00+05:00</lastmod></sitemap>
<sitemap><loc>{base}/sitemap-2025-12.xml</loc><lastmod>2025-12-31T10:00:00+05:00</lastmod></sitemap>
</sitemapindex>"""

NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/news/komissiya-1001</loc>
  <news:news><news:publication_date>2026-02-12T15:30:00+05:00</news:publication_date></news:news></url>
<url><loc>{base}/news/golosovanie-1002</loc><lastmod>{lastmod}</lastmod></url>
<url><loc>{base}/about</loc></url>
</urlset>"""

OLD = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/news/staroe-0999</loc><lastmod>2025-12-01</lastmod></url></urlset>"""


def test_read_sitemap_takes_lastmod_or_news_publication_date():
    sitemap = read_sitemap(NEWS.format(base="https://x.kz", lastmod="2026-02-13").encode())
    assert not sitemap.is_index
    assert [(e.loc, e.lastmod) for e in sitemap.entries] == [
        ("https://x.kz/news/komissiya-1001", datetime(2026, 2, 12, 10, 30, tzinfo=timezone.utc)),
        ("https://x.kz/news/golosovanie-1002", datetime(2026, 2, 12, 19, 0, tzinfo=timezone.utc)),
        ("https://x.kz/about", None)]
    assert read_sitemap(INDEX.format(base="https://x.kz").encode()).is_index


def _serve(site, lastmod="2026-02-13T09:00:00+05:00"):
    base = site.url_for("").rstrip("/")
    site.expect_request("/sitemap.xml").respond_with_data(INDEX.format(base=base), content_type="application/xml")
    site.expect_request("/sitemap-2026-02.xml").respond_with_data(NEWS.format(base=base, lastmod=lastmod),
                                                                  content_type="application/xml")
    site.expect_request("/sitemap-2025-12.xml").respond_with_data(OLD.format(base=base), content_type="application/xml")
    for path in ("/news/komissiya-1001", "/news/golosovanie-1002", "/news/staroe-0999"):
        site.expect_request(path).respond_with_data(f"<html><body>{path}</body></html>", content_type="text/html")


def test_sitemap_index_children_and_pages_are_crawled(site, config, make_source, crawl, archived_paths):
    _serve(site)
    source = make_source(site, "sitemap", ["/sitemap.xml"], article_url=r"/news/")
    report = crawl(config, source)
    assert report.sources[0].pages_fetched == 3
    assert set(archived_paths(config.data_dir)) >= {"/news/komissiya-1001", "/news/golosovanie-1002",
                                                    "/news/staroe-0999", "/sitemap-2026-02.xml"}
    assert "/about" not in archived_paths(config.data_dir)


def test_since_skips_old_child_sitemaps_and_pages(site, config, make_source, crawl, requested_paths):
    _serve(site)
    source = make_source(site, "sitemap", ["/sitemap.xml"], article_url=r"/news/")
    crawl(config, source, since=datetime(2026, 1, 1, tzinfo=timezone.utc))
    assert "/sitemap-2025-12.xml" not in requested_paths(site)
    assert "/news/staroe-0999" not in requested_paths(site)


def test_unchanged_lastmod_means_no_refetch_and_a_newer_one_means_one(site, config, make_source, crawl,
                                                                        requested_paths):
    _serve(site)
    source = make_source(site, "sitemap", ["/sitemap.xml"], article_url=r"/news/")
    crawl(config, source)
    site.clear_log()
    report = crawl(config, source)
    # the index has no validators here, so it is read again; its children's lastmod has not moved
    assert requested_paths(site) == ["/robots.txt", "/sitemap.xml"]
    assert report.sources[0].pages_fetched == 0

    site.clear()
    site.no_handler_status_code = 404
    base = site.url_for("").rstrip("/")
    site.expect_request("/sitemap.xml").respond_with_data(
        INDEX.format(base=base).replace("2026-02-28T10:00:00", "2026-03-01T10:00:00"), content_type="application/xml")
    _serve(site, lastmod="2026-03-01T08:00:00+05:00")
    report = crawl(config, source)
    fetched = requested_paths(site)
    assert "/news/golosovanie-1002" in fetched and "/news/komissiya-1001" not in fetched
    assert report.sources[0].pages_fetched == 1
