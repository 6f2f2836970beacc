"""`atazan extract` on saved HTML files: the options, and every kind of bad input a user brings."""
import time

import pytest

from pipeline.documents.build import build_document
from pipeline.samples.archive import load_manifest, samples_root
from pipeline.sources.base import Page

AKORDA_PAGE = "pages/akorda/ru-ukaz-o-konstitucionnoy-komissii.html"
FIELDS = ["url", "source", "parser", "title", "published_at", "language", "kind", "text", "relevant", "errors"]

REPORT = ("<h1>{title}</h1><p>Конституционная комиссия обсудила поправки к проекту новой Конституции. "
          "Заседание прошло в Астане, в нём участвовали депутаты и эксперты.</p>"
          "<p>Предложения граждан рассмотрят на следующей неделе.</p>")


def report_html(title: str = "Комиссия обсудила поправки", head: str = "", end: str = "</body></html>") -> str:
    return f"<html><head>{head}<title>{title}</title></head><body><article>{REPORT.format(title=title)}</article>{end}"


def sample_entry(path: str):
    return next(e for e in load_manifest() if e.path == path)


def only(entries: list[dict]) -> dict:
    assert len(entries) == 1
    assert list(entries[0]) == FIELDS
    return entries[0]


def test_each_subcommand_has_help(atazan, capsys):
    for command in ("build", "sources", "extract"):
        with pytest.raises(SystemExit) as exit_:
            atazan(command, "--help")
        assert exit_.value.code == 0
        assert f"usage: atazan {command}" in capsys.readouterr().out


def test_sample_page_takes_its_url_from_the_canonical_link(extract):
    entry_in_manifest = sample_entry(AKORDA_PAGE)
    body = (samples_root() / AKORDA_PAGE).read_bytes()
    expected = build_document(Page(entry_in_manifest.url, body, "text/html"), {}).row

    code, entries, _ = extract(samples_root() / AKORDA_PAGE)

    entry = only(entries)
    assert code == 0
    assert entry["url"] == entry_in_manifest.url  # the page's canonical link names the address it was fetched at
    assert (entry["source"], entry["parser"]) == ("akorda", "akorda")
    assert (entry["title"], entry["language"], entry["kind"], entry["text"]) == \
        (expected["title"], expected["language"], expected["kind"], expected["text"])
    assert entry["published_at"] == expected["published_at"].isoformat().replace("+00:00", "Z")
    assert entry["relevant"] is True


def test_url_option_chooses_the_address_and_so_the_parser(extract):
    page = samples_root() / AKORDA_PAGE

    _, site_entries, _ = extract("--url", "https://www.akorda.kz/ru/another-address-1", page)
    _, copy_entries, _ = extract("--url", "https://copies.example.org/ukaz.html", page)

    site, copy = only(site_entries), only(copy_entries)
    assert (site["url"], site["parser"]) == ("https://www.akorda.kz/ru/another-address-1", "akorda")
    assert (copy["url"], copy["source"], copy["parser"]) == ("https://copies.example.org/ukaz.html", "generic", "generic")
    assert copy["title"] and copy["language"] == "ru"


def test_url_option_must_be_an_absolute_web_address(atazan, tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(report_html(), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        atazan("extract", "--url", "example.kz/page", page)
    assert exit_.value.code == 2
    assert "not an absolute http(s) URL" in capsys.readouterr().err


def test_page_without_canonical_or_og_url_asks_for_url(extract, tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(report_html(), encoding="utf-8")

    code, entries, _ = extract(page)
    entry = only(entries)
    assert code == 0  # the file was read; the page just says nothing about its address
    assert entry["url"] is None and entry["title"] is None
    assert "saved.html" in entry["errors"][0] and "--url" in entry["errors"][0]

    _, entries, _ = extract("--url", "https://vlast.kz/politika/1-komissiya.html", page)
    assert only(entries)["title"] == "Комиссия обсудила поправки"


def test_og_url_serves_when_there_is_no_canonical_link(extract, tmp_path):
    page = tmp_path / "og.html"
    page.write_text(report_html(head='<meta property="og:url" content="https://vlast.kz/politika/2-og.html">'),
                    encoding="utf-8")
    _, entries, _ = extract(page)
    assert only(entries)["url"] == "https://vlast.kz/politika/2-og.html"


def test_relative_canonical_link_is_not_an_address(extract, tmp_path):
    page = tmp_path / "relative.html"
    page.write_text(report_html(head='<link rel="canonical" href="/politika/3.html">'), encoding="utf-8")
    _, entries, _ = extract(page)
    entry = only(entries)
    assert entry["url"] is None and "'/politika/3.html'" in entry["errors"][0]


def test_missing_file_is_an_error_line_and_exit_status_1(extract, tmp_path):
    code, entries, _ = extract(tmp_path / "nowhere.html", tmp_path / "nowhere.warc.gz")
    assert code == 1
    assert [e["errors"] for e in entries] == [[f"{tmp_path / 'nowhere.html'}: no such file or directory"],
                                              [f"{tmp_path / 'nowhere.warc.gz'}: no such file or directory"]]


def test_one_readable_path_among_missing_ones_exits_0(extract, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(report_html(), encoding="utf-8")
    code, entries, _ = extract("--url", "https://example.kz/news/1", tmp_path / "gone.html", page)
    assert code == 0
    assert entries[0]["errors"] == [f"{tmp_path / 'gone.html'}: no such file or directory"]
    assert entries[1]["title"] == "Комиссия обсудила поправки"


def test_a_directory_is_not_a_page(extract, tmp_path):
    code, entries, _ = extract(tmp_path)
    assert code == 1 and "is a directory" in only(entries)["errors"][0]


def test_non_html_body_is_an_error_line(extract, tmp_path):
    pdf = tmp_path / "decree.html"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n" * 50)

    code, with_url, _ = extract("--url", "https://example.kz/decree", pdf)
    _, without_url, _ = extract(pdf)

    assert code == 0
    entry = only(with_url)
    assert entry["title"] is None and entry["url"] == "https://example.kz/decree"
    assert "PDF" in entry["errors"][0]
    assert "PDF" in only(without_url)["errors"][0]


def test_empty_body_is_an_error_line(extract, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    code, entries, _ = extract("--url", "https://example.kz/empty", empty)
    assert code == 0 and only(entries)["errors"] == ["parse_error: empty body"]


def test_windows_1251_without_declared_charset_is_read_and_flagged(extract, tmp_path):
    page = tmp_path / "cp1251.html"
    page.write_bytes(report_html().encode("cp1251"))
    _, entries, _ = extract("--url", "https://example.kz/news/1251", page)
    entry = only(entries)
    assert entry["title"] == "Комиссия обсудила поправки"
    assert "Конституционная комиссия" in entry["text"]
    assert any("windows-1251" in e for e in entry["errors"])


def test_utf8_page_declaring_windows_1251_is_read_as_utf8_and_flagged(extract, tmp_path):
    page = tmp_path / "wrong.html"
    page.write_bytes(report_html(head='<meta charset="windows-1251">').encode("utf-8"))
    _, entries, _ = extract("--url", "https://example.kz/news/wrong", page)
    entry = only(entries)
    assert entry["title"] == "Комиссия обсудила поправки"
    assert any("'windows-1251' is wrong" in e for e in entry["errors"])


def test_windows_1251_page_declaring_utf8_is_read_and_flagged(extract, tmp_path):
    page = tmp_path / "wrong.html"
    page.write_bytes(report_html(head='<meta charset="utf-8">').encode("cp1251"))
    _, entries, _ = extract("--url", "https://example.kz/news/wrong", page)
    entry = only(entries)
    assert entry["title"] == "Комиссия обсудила поправки"
    assert any("'utf-8' does not decode" in e for e in entry["errors"])


def test_truncated_html_keeps_what_arrived_and_says_so(extract, tmp_path):
    page = tmp_path / "cut.html"
    html = report_html()
    page.write_text(html[: html.index("Предложения")], encoding="utf-8")
    _, entries, _ = extract("--url", "https://example.kz/news/cut", page)
    entry = only(entries)
    assert "Заседание прошло в Астане" in entry["text"] and "Предложения" not in entry["text"]
    assert any("truncated" in e for e in entry["errors"])


def test_ten_megabyte_page_is_parsed_from_its_head_and_flagged(extract, tmp_path):
    comments = "".join(f"<div class='comment'>Комментарий читателя номер {i}.</div>" for i in range(220_000))
    page = tmp_path / "huge.html"
    page.write_text(report_html(end=comments + "</body></html>"), encoding="utf-8")
    assert page.stat().st_size > 10_000_000

    started = time.monotonic()
    code, entries, _ = extract("--url", "https://example.kz/news/huge", page)
    elapsed = time.monotonic() - started

    entry = only(entries)
    assert code == 0 and entry["title"] == "Комиссия обсудила поправки"
    assert any("only its first" in e for e in entry["errors"])
    assert elapsed < 20


def test_json_file_is_read_by_its_site_parser(extract):
    path = "pages/govkz/prokuror-ru-kruglyy-stol.json"
    in_manifest = sample_entry(path)
    expected = build_document(Page(in_manifest.url, (samples_root() / path).read_bytes(), "application/json"), {}).row

    code, entries, _ = extract("--url", in_manifest.url, samples_root() / path)

    entry = only(entries)
    assert code == 0 and entry["parser"] == "govkz"
    assert (entry["title"], entry["language"], entry["text"]) == (expected["title"], expected["language"], expected["text"])


def test_unicode_line_separators_in_a_page_keep_it_on_one_line(extract, tmp_path):
    page = tmp_path / "separators.html"
    page.write_text(report_html(title="Комиссия\u2028обсудила\u2029поправки\x85"), encoding="utf-8")
    _, entries, _ = extract("--url", "https://example.kz/news/separators", page)  # the fixture splits with splitlines
    assert only(entries)["title"].startswith("Комиссия\u2028обсудила")
