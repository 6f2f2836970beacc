from datetime import datetime, timezone

from pipeline.crawl.discovery.rss import feed_entries

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Новости</title>
<item><title>Референдум назначен</title><link>{base}/news/referendum-naznachen-100001</link>
<pubDate>Thu, 12 Feb 2026 10:00:00 +0500</pubDate></item>
<item><title>Проект опубликован</title><link>{base}/news/proekt-opublikovan-100002</link>
<pubDate>Wed, 11 Feb 2026 09:00:00 +0500</pubDate></item>
<item><title>Погода</title><link>{base}/weather/today</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>a</title><link rel="alternate" href="https://x.kz/a-1"/><updated>2026-03-15T12:00:00+05:00</updated></entry>
<entry><title>b</title><link href="/b-2"/><published>2026-03-16</published></entry></feed>"""


def test_feed_entries_read_rss_and_atom_with_dates():
    entries = feed_entries(RSS.format(base="https://x.kz").encode())
    assert entries[0] == ("https://x.kz/news/referendum-naznachen-100001", datetime(2026, 2, 12, 5, tzinfo=timezone.utc))
    assert entries[2] == ("https://x.kz/weather/today", None)
    atom = feed_entries(ATOM.encode(), "https://x.kz/feed")
    assert atom == [("https://x.kz/a-1", datetime(2026, 3, 15, 7, tzinfo=timezone.utc)),
                    ("https://x.kz/b-2", datetime(2026, 3, 15, 19, tzinfo=timezone.utc))]


def _serve_feed(site):
    base = site.url_for("").rstrip("/")
    site.expect_request("/rss").respond_with_data(RSS.format(base=base), content_type="application/rss+xml",
                                                   headers={"ETag": '"feed-v1"'})
    for n in (1, 2):
        site.expect_request(f"/news/{['referendum-naznachen', 'proekt-opublikovan'][n - 1]}-10000{n}") \
            .respond_with_data(f"<html><body><article>статья {n}</article></body></html>",
                               content_type="text/html; charset=utf-8", headers={"ETag": f'"a{n}"'})


def test_rss_crawl_archives_matching_items_and_the_feed(site, config, make_source, crawl, archived_paths,
                                                        requested_paths):
    _serve_feed(site)
    source = make_source(site, "rss", ["/rss"], article_url=r"/news/[\w\-]+-\d{6}$")
    report = crawl(config, source)
    assert report.sources[0].pages_fetched == 2 and report.sources[0].error is None
    assert archived_paths(config.data_dir) == ["/news/proekt-opublikovan-100002",
                                               "/news/referendum-naznachen-100001", "/robots.txt", "/rss"]
    assert "/weather/today" not in requested_paths(site)
    user_agents = {request.headers.get("User-Agent") for request, _ in site.log}
    assert user_agents == {"atazan/0.1 (+https://github.com/atazan/atazan)"}


def test_second_crawl_of_unchanged_feed_downloads_no_bodies(site, config, make_source, crawl, archived,
                                                            requested_paths):
    _serve_feed(site)
    source = make_source(site, "rss", ["/rss"], article_url=r"/news/")
    crawl(config, source)
    site.clear_log()

    def not_modified(request):
        from werkzeug import Response
        if request.headers.get("If-None-Match") == '"feed-v1"':
            return Response(status=304, headers={"ETag": '"feed-v1"'})
        return Response(RSS.format(base=site.url_for("").rstrip("/")), content_type="application/rss+xml")

    site.clear()
    site.no_handler_status_code = 404
    site.expect_request("/rss").respond_with_handler(not_modified)
    report = crawl(config, source)
    assert requested_paths(site) == ["/robots.txt", "/rss"]
    assert report.sources[0].not_modified == 1 and report.sources[0].pages_fetched == 0
    # the 304 is archived as a revisit record, which the raw layer does not take for a page
    assert sorted(r.target_uri.rsplit("/", 1)[1] for r in archived(config.data_dir)).count("rss") == 1


def test_items_older_than_since_are_skipped(site, config, make_source, crawl, requested_paths):
    _serve_feed(site)
    source = make_source(site, "rss", ["/rss"], article_url=r"/news/")
    crawl(config, source, since=datetime(2026, 2, 12, tzinfo=timezone.utc))
    assert "/news/proekt-opublikovan-100002" not in requested_paths(site)
    assert "/news/referendum-naznachen-100001" in requested_paths(site)


def test_a_broken_feed_is_a_warning_not_a_crash(site, config, make_source, crawl):
    site.expect_request("/rss").respond_with_data("<html>this is not a feed", content_type="text/html")
    report = crawl(config, make_source(site, "rss", ["/rss"]))
    assert report.sources[0].error is None
    assert any("not a feed" in w or "not XML" in w for w in report.sources[0].warnings)
