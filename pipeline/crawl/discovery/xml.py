"""XML from strangers: no entities, no network, tolerant of the small breakages feeds and sitemaps have."""
from __future__ import annotations

import gzip
import zlib

from lxml import etree

from pipeline.crawl.discovery.context import DiscoveryError

MAX_XML_BYTES = 60_000_000  # a sitemap may be 50 MB uncompressed (sitemaps.org)


def parse_xml(body: bytes):
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as-is
        try:
            body = _gunzip(body)
        except (OSError, EOFError, zlib.error) as exc:
            raise DiscoveryError(f"gzip body does not decompress: {exc}") from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(body.lstrip(), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"not XML: {exc}") from exc
    if root is None:
        raise DiscoveryError("not XML: empty document")
    return root


def _gunzip(body: bytes) -> bytes:
    with gzip.GzipFile(fileobj=__import__("io").BytesIO(body)) as fh:
        data = fh.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:
        raise DiscoveryError(f"decompressed body is over {MAX_XML_BYTES} bytes")
    return data


def local_name(element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def children(element, name: str) -> list:
    return [child for child in element if local_name(child) == name]


def child_text(element, *names: str) -> str | None:
    for name in names:
        for child in children(element, name):
            text = (child.text or "").strip()
            if text:
                return text
    return None


def descendants(element, name: str) -> list:
    return [node for node in element.iter() if local_name(node) == name]
