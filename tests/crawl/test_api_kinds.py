"""gov.kz news API, zan.gov.kz document API and sequential ids, played by the test server."""
import json

from werkzeug import Response

from pipeline.crawl.discovery.govkz_api import item_url, news_items, page_url
from pipeline.crawl.discovery.zan_api import document_page_url, pdf_url

API = "/api/v1/public/content-manager/news"


def test_govkz_urls():
    start = f"https://www.gov.kz{API}?projects=eq:ksrk&sort-by=created_date:DESC&page=1&size=50"
    assert page_url(start, 3, 50).endswith("projects=eq:ksrk&sort-by=created_date:DESC&page=3&size=50")
    assert item_url(start, 812345, "kk") == f"https://www.gov.kz{API}/812345?projects=eq:ksrk&lang=kk"
    assert news_items(b'{"content": [{"id": 1}, {"no": 2}]}') == [{"id": 1}]


def _govkz_items(language: str, page: int) -> list[dict]:
    titles = {"ru": "Конституционный суд рассмотрел проект", "kk": "Конституциялық сот жобаны қарады"}
    if page > 2:
        return []
    return [{"id": 100 * page + n, "title": f"{titles[language]} {page}.{n}",
             "created_date": f"2026-02-{20 - page - n:02d}T10:00:00+05:00", "body": "<p>текст</p>"} for n in (1, 2)]


def test_govkz_api_pages_by_language_and_fetches_each_item(site, config, make_source, crawl, archived):
    def listing(request):
        language = request.headers.get("Accept-Language")
        page = int(request.args["page"])
        assert request.args["projects"] == "eq:ksrk" and request.args["size"] == "2"
        return Response(json.dumps(_govkz_items(language, page), ensure_ascii=False), content_type="application/json")

    def item(request):
        language = request.args["lang"]
        assert request.headers.get("Accept-Language") == language
        item_id = int(request.path.rsplit("/", 1)[1])
        found = [i for p in (1, 2) for i in _govkz_items(language, p) if i["id"] == item_id]
        return Response(json.dumps(found[0], ensure_ascii=False), content_type="application/json")

    import re
    site.expect_request(API).respond_with_handler(listing)
    site.expect_request(re.compile(rf"{API}/\d+")).respond_with_handler(item)
    source = make_source(site, "govkz_api", [f"{API}?projects=eq:ksrk&page=1&size=2"], languages=("ru", "kk"))
    report = crawl(config, source)
    assert report.sources[0].pages_fetched == 8 and report.sources[0].error is None
    items = [r for r in archived(config.data_dir) if re.search(rf"{API}/\d+", r.target_uri)]
    assert sorted(r.target_uri.split(API)[1] for r in items if "lang=kk" in r.target_uri) == [
        "/101?projects=eq:ksrk&lang=kk", "/102?projects=eq:ksrk&lang=kk", "/201?projects=eq:ksrk&lang=kk",
        "/202?projects=eq:ksrk&lang=kk"]
    site.clear_log()
    report = crawl(config, source)
    # a daily run reads the first page in each language, finds nothing new, and stops
    assert [r.full_path for r, _ in site.log if r.path == API] == [
        f"{API}?projects=eq:ksrk&sort-by=created_date:DESC&page=1&size=2"] * 2
    assert report.sources[0].pages_fetched == 0


def _zan_page(page: int, version: str) -> dict:
    return {"version": {"versionDate": version, "metadata": {"title": "Конституция Республики Казахстан"}},
            "versionsCount": 2, "pagesCount": 3,
            "content": [{"type": "article", "level": 1, "index": page, "text": f"Статья {page}"}]}


def test_zan_api_reads_every_page_and_the_pdf_once_per_version(site, config, make_source, crawl, requested_paths):
    version = {"date": "2023-01-01"}

    def document(request):
        assert request.args["withHtml"] == "false"
        return Response(json.dumps(_zan_page(int(request.args["page"]), version["date"]), ensure_ascii=False),
                        content_type="application/json")

    site.expect_request("/api/documents/1/rus").respond_with_handler(document)
    site.expect_request("/api/documents/1/rus/download/pdf").respond_with_data(b"%PDF-1.7 test", content_type="application/pdf")
    source = make_source(site, "zan_api", ["/api/documents/1/rus"])
    report = crawl(config, source)
    assert sorted(requested_paths(site)) == sorted([
        "/robots.txt", "/api/documents/1/rus?withHtml=false&page=1", "/api/documents/1/rus?withHtml=false&page=2",
        "/api/documents/1/rus?withHtml=false&page=3", "/api/documents/1/rus/download/pdf"])
    assert report.sources[0].pages_fetched == 4 and report.sources[0].failed == 0
    site.clear_log()
    crawl(config, source)
    assert requested_paths(site) == ["/robots.txt", "/api/documents/1/rus?withHtml=false&page=1"]
    site.clear_log()
    version["date"] = "2026-07-01"
    report = crawl(config, source)
    assert len(requested_paths(site)) == 5 and report.sources[0].pages_fetched == 4
    assert document_page_url("https://zan.gov.kz/api/documents/1/kaz", 2) == \
        "https://zan.gov.kz/api/documents/1/kaz?withHtml=false&page=2"
    assert pdf_url("https://zan.gov.kz/api/documents/1/kaz") == "https://zan.gov.kz/api/documents/1/kaz/download/pdf"


def test_sequential_ids_stop_after_k_misses_and_resume_above_the_highest(site, config, make_source, crawl,
                                                                          requested_paths):
    present = {5, 6, 8}

    def release(request):
        number = int(request.args["ID"])
        if number in present:
            return Response(f"<html><h1>Пресс-релиз {number}</h1></html>", content_type="text/html")
        return Response("not found", status=404)

    site.expect_request("/rus/news/releases/index.php").respond_with_handler(release)
    source = make_source(site, "sequential_ids", ["/rus/news/releases/index.php?ID=5"])
    report = crawl(config, source, sequential_misses=3)
    ids = [int(p.split("ID=")[1]) for p in requested_paths(site) if "ID=" in p]
    assert ids == [5, 6, 7, 8, 9, 10, 11]
    assert report.sources[0].pages_fetched == 3
    site.clear_log()
    present.add(9)
    crawl(config, source, sequential_misses=3)
    assert [int(p.split("ID=")[1]) for p in requested_paths(site) if "ID=" in p] == [9, 10, 11, 12]
