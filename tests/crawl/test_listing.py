from pipeline.crawl.discovery.listing import listing_links


def _listing(links: list[str], next_href: str | None) -> str:
    cards = "".join(f'<div class="card"><a href="{href}">{href}</a></div>' for href in links)
    nav = f'<ul class="pagination"><li class="next"><a href="{next_href}">Далее</a></li></ul>' if next_href else ""
    return f"<html><body><a href='/about'>О нас</a>{cards}{nav}</body></html>"


def test_listing_links_are_absolute_and_next_is_found():
    links, next_url = listing_links(_listing(["/news/a-1#top", "https://x.kz/news/b-2"], "?page=2").encode(), "",
                                    "https://x.kz/news/")
    assert "https://x.kz/news/a-1" in links and "https://x.kz/news/b-2" in links
    assert next_url == "https://x.kz/news/?page=2"
    assert listing_links(_listing([], None).encode(), "", "https://x.kz/")[1] is None


def _serve_pages(site, pages: dict[str, tuple[list[str], str | None]]):
    for path, (links, next_href) in pages.items():
        site.expect_request(path).respond_with_data(_listing(links, next_href), content_type="text/html")
    for links, _ in pages.values():
        for link in links:
            site.expect_request(link).respond_with_data(f"<html>{link}</html>", content_type="text/html")


def test_listing_follows_next_links_to_the_end(site, config, make_source, crawl, archived_paths):
    _serve_pages(site, {"/news": (["/news/a-1", "/news/b-2"], "/news/p2"),
                        "/news/p2": (["/news/c-3"], "/news/p3"),
                        "/news/p3": (["/news/d-4"], None)})
    report = crawl(config, make_source(site, "listing", ["/news"], article_url=r"/news/[a-z]-\d+$"))
    assert report.sources[0].pages_fetched == 4
    assert [p for p in archived_paths(config.data_dir) if p.count("-")] == ["/news/a-1", "/news/b-2", "/news/c-3",
                                                                            "/news/d-4"]


def test_numbered_listing_and_a_daily_run_stops_at_known_pages(site, config, make_source, crawl, requested_paths):
    _serve_pages(site, {"/page/1/": (["/news/a-1"], None), "/page/2/": (["/news/b-2"], None),
                        "/page/3/": ([], None)})
    source = make_source(site, "listing", ["/page/{page}/"], article_url=r"/news/")
    source = source.__class__(**{**source.__dict__, "start_urls": (site.url_for("/") + "page/{page}/",)})
    crawl(config, source)
    assert {"/page/1/", "/page/2/", "/page/3/", "/news/a-1", "/news/b-2"} <= set(requested_paths(site))
    site.clear_log()
    crawl(config, source)
    # page 1 brings nothing new: the walk stops there
    assert requested_paths(site) == ["/robots.txt", "/page/1/"]


def test_a_walk_cut_by_the_budget_resumes_where_it_stopped(site, config, make_source, crawl, requested_paths):
    _serve_pages(site, {"/l1": (["/news/a-1"], "/l2"), "/l2": (["/news/b-2"], "/l3"), "/l3": (["/news/c-3"], None)})
    source = make_source(site, "listing", ["/l1"], article_url=r"/news/")
    report = crawl(config, source, max_discovery_pages=2)
    assert report.sources[0].pages_fetched == 2 and "/l3" not in requested_paths(site)
    site.clear_log()
    report = crawl(config, source, max_discovery_pages=2)
    assert requested_paths(site)[:3] == ["/robots.txt", "/l1", "/l3"]
    assert report.sources[0].pages_fetched == 1


def test_listing_without_article_url_is_reported(site, config, make_source, crawl):
    report = crawl(config, make_source(site, "listing", ["/news"]))
    assert any("article_url" in w for w in report.sources[0].warnings)
