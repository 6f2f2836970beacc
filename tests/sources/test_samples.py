"""The bundled sample archive's manifest and pages: every entry is complete, every page parses with the
parser the registry picks for its URL, and the set covers what downstream rooms need."""
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.sources.registry import source_for_url

SAMPLES = Path(__file__).resolve().parents[2] / "pipeline" / "samples"
LEAKS = ("Поделиться", "Бөлісу", "Share:", "Читайте также", "Оқи отырыңыз", "Read also", "Фото:", "Сурет:", "Photo:",
         "©", "Ctrl+Enter", "Telegram", "Facebook")


def test_manifest_entries_are_complete(manifest):
    assert len(manifest) >= 14
    paths = [entry["path"] for entry in manifest]
    assert len(set(paths)) == len(paths)
    assert len({entry["url"] for entry in manifest}) == len(manifest)
    for entry in manifest:
        assert set(entry) == {"path", "url", "fetched_at", "content_type", "status"}, entry
        assert (SAMPLES / entry["path"]).is_file(), entry["path"]
        assert urlsplit(entry["url"]).scheme == "https" and urlsplit(entry["url"]).hostname
        assert entry["fetched_at"].endswith("Z") and datetime.fromisoformat(entry["fetched_at"].replace("Z", "+00:00"))
        assert entry["status"] == 200
        assert "charset=utf-8" in entry["content_type"]


def test_every_sample_file_is_listed(manifest):
    listed = {entry["path"] for entry in manifest}
    on_disk = {str(p.relative_to(SAMPLES)) for p in (SAMPLES / "pages").rglob("*") if p.is_file()}
    assert on_disk == listed


def test_html_samples_say_they_are_samples(manifest):
    for entry in manifest:
        if entry["content_type"].startswith("text/html"):
            head = (SAMPLES / entry["path"]).read_text(encoding="utf-8")[:600]
            assert "atazan sample page" in head, entry["path"]


def test_every_sample_parses_clean(manifest, sample_page):
    for entry in manifest:
        source = source_for_url(entry["url"])
        doc = source.parse(sample_page(entry["path"]))
        assert doc.title and len(doc.text) > 200, entry["path"]
        assert doc.published_at is not None and doc.published_at.tzinfo is not None, entry["path"]
        for leak in LEAKS:
            assert leak not in doc.text, (entry["path"], leak)


def test_the_set_covers_sources_languages_and_cases(manifest, sample_page):
    sources = [source_for_url(entry["url"]).name for entry in manifest]
    for name in ("akorda", "govkz", "kazinform", "tengrinews", "adilet", "generic"):
        assert name in sources, name
    docs = [source_for_url(e["url"]).parse(sample_page(e["path"])) for e in manifest]
    assert {d.language for d in docs} >= {"ru", "kk", "en"}
    assert {d.kind for d in docs} >= {"news", "press_release", "official_text"}
    texts = "\n".join(d.text for d in docs)
    for speech in ("отметил", "заявил", "деді", " said"):
        assert speech in texts, speech
    # a reprint of the Akorda release by a second site (for the near-duplicate detector)
    akorda = next(d for e, d in zip(manifest, docs) if e["path"].endswith("ru-ukaz-o-konstitucionnoy-komissii.html"))
    reprints = [d for e, d in zip(manifest, docs) if "perepechatka" in e["path"]]
    assert reprints and akorda.text.split("\n\n")[1] in reprints[0].text
    # one page that is not about the reform at all
    assert any("Конституц" not in d.text and "референдум" not in d.text.lower() for d in docs)
