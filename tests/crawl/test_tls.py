"""Per-host CA bundles: a host whose certificate chains to a root outside the common bundle (as Kazakhstan's
national root CA is) is verified against that root; verification is never switched off."""
import ssl

import pytest
from pytest_httpserver import HTTPServer

from pipeline.crawl.config import parse_ca_bundles
from pipeline.crawl.tls import CaBundles

trustme = pytest.importorskip("trustme", reason="trustme (test-only) makes the test CA and server certificate")


@pytest.fixture
def tls_site():
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost").configure_cert(context)
    server = HTTPServer(host="localhost", port=0, ssl_context=context)
    server.no_handler_status_code = 404
    server.start()
    yield server, authority
    server.clear()
    if server.is_running():
        server.stop()


def test_a_host_with_its_own_root_fails_without_the_bundle_and_passes_with_it(tls_site, config, make_source,
                                                                               crawl, tmp_path):
    server, authority = tls_site
    server.expect_request("/rss").respond_with_data("<rss><channel></channel></rss>", content_type="application/rss+xml")
    source = make_source(server, "rss", ["/rss"])
    assert source.start_urls[0].startswith("https://")

    report = crawl(config, source)
    assert "robots.txt unreachable" in " ".join(report.sources[0].warnings)
    assert all(request.path != "/rss" for request, _ in server.log)

    pem = tmp_path / "national-root.pem"
    authority.cert_pem.write_to_path(str(pem))
    report = crawl(config, source, ca_bundles=(("localhost", str(pem)),))
    assert report.sources[0].warnings == [] and any(request.path == "/rss" for request, _ in server.log)


def test_bundle_configuration_errors_are_clear(tmp_path):
    assert parse_ca_bundles("adilet.zan.kz=/etc/kz.pem; gov.kz=/etc/kz.pem") == (
        ("adilet.zan.kz", "/etc/kz.pem"), ("gov.kz", "/etc/kz.pem"))
    with pytest.raises(ValueError, match="HOST=PATH"):
        parse_ca_bundles("gov.kz")
    with pytest.raises(ValueError, match="not found"):
        CaBundles((("gov.kz", str(tmp_path / "missing.pem")),), tmp_path)
    (tmp_path / "junk.pem").write_text("not a certificate")
    with pytest.raises(ValueError, match="no PEM certificate"):
        CaBundles((("gov.kz", str(tmp_path / "junk.pem")),), tmp_path)
    assert CaBundles((), tmp_path).verify_for("gov.kz") is True
