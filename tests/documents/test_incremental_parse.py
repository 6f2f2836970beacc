"""A run that adds pages uses what the previous run kept (the parts of the WARC files it parsed, the near-duplicate
signatures): its four tables must be the ones a build from scratch makes of the same archive."""
from collections import Counter
import json
import random
import shutil
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.documents import collect, ordered, signature_store
from pipeline.documents.collect import PART_KEY, collect_documents
from pipeline.documents.signature_store import CaptureRows
from pipeline.sources import registry
from pipeline.warc.writer import ResponseToArchive, write_warc
from tests.documents.collect_helpers import collect_folder as _collect

START = datetime(2026, 2, 1, 9, tzinfo=timezone.utc)
FILLER = ("парламент сенат мажилис указ закон суд право гражданин выборы депутат министр регион бюджет программа "
          "реформа совет фракция палата проект норма глава статья раздел пункт порядок срок полномочия").split()


def _text(seed: int) -> str:
    """A report about the reform, different from every other seed's in most 5-word runs."""
    rng = random.Random(seed)
    sentences = [" ".join(rng.choice(FILLER) + str(rng.randrange(100)) for _ in range(12)) + "."
                 for _ in range(6)]
    return ("Конституционная комиссия обсудила проект новой Конституции и поправки к статьям о Курултае. "
            + " ".join(sentences) + " Проект Основного закона будет вынесен на республиканский референдум.")


def _html(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split(". "))
    return (f"<html lang='ru'><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
            f"</article></body></html>").encode()


def _page(url: str, text: str, minutes: int, title: str = "Заседание Конституционной комиссии") -> ResponseToArchive:
    return ResponseToArchive(url, _html(title, text), START + timedelta(minutes=minutes))


def _reprint(text: str) -> str:
    return text.replace("проект новой Конституции", "проект новой Конституции, передает агентство")


WEATHER = ("Синоптики обещают солнечную погоду и плюсовую температуру в выходные дни. " * 4).strip()


def first_archive() -> list[ResponseToArchive]:
    pages = [_page(f"https://news.example.org/{i}", _text(i), i) for i in range(8)]
    pages += [
        _page("https://other.example.org/r1", _reprint(_text(1)), 30),  # reprints: near-duplicates
        _page("https://agency.example.kz/r2", _reprint(_text(2)), 31),
        _page("https://agency.example.kz/r4", _reprint(_text(4)), 32),
        _page("https://news.example.org/weather", WEATHER, 33, title="Погода"),  # not about the reform
        ResponseToArchive("https://news.example.org/logo.png", b"\x89PNG", START,
                          headers=(("Content-Type", "image/png"),)),  # an error row
        ResponseToArchive("https://news.example.org/old", b"", START, status=301),  # not a document
        _page("https://news.example.org/empty", "…", 34),  # a text without words: no signature
    ]
    return pages


def second_archive() -> list[ResponseToArchive]:
    return [
        _page("https://news.example.org/8", _text(8), 100),  # new pages
        _page("https://news.example.org/9", _text(9), 101),
        _page("https://other.example.org/r3", _reprint(_text(3)), 102),  # a new reprint of an old page
        _page("https://news.example.org/4", _text(44), 103),  # a page changed: its reprint is no longer one
        _page("https://news.example.org/5", _text(5), 104),  # captured again, the same text
        _page("https://other.example.org/r9", _reprint(_text(9)), 105),  # a reprint of a new page
    ]


def third_archive() -> list[ResponseToArchive]:
    return [_page("https://news.example.org/10", _text(10), 200),
            _page("https://agency.example.kz/r8", _reprint(_text(8)), 201)]


TABLES = ("captures", "documents", "rejected", "errors")


def _tables(paths) -> dict:
    return {name: pq.read_table(getattr(paths, name)) for name in TABLES}


def _cold(folder) -> dict:
    """The four tables built in one run over the same WARC files, with no previous state."""
    cold = folder / "cold"
    shutil.copytree(folder / "warc", cold / "warc")
    _, paths = _collect(cold)
    return _tables(paths)


def assert_same_tables(paths, cold: dict) -> None:
    warm = _tables(paths)
    for name in TABLES:
        assert warm[name].schema == cold[name].schema, name
        assert warm[name].to_pylist() == cold[name].to_pylist(), name


class Spy:
    """Counts the texts hashed for signatures, the records whose source was looked up (`looked_up`) and the URLs
    matched against the source registry for that (`urls`: one a host)."""

    def __init__(self, monkeypatch):
        self.texts: list[str] = []
        self.urls: list[str] = []
        self.looked_up: list[str] = []
        signatures, source_for_url, source = collect.signatures, collect.source_for_url, collect.ParseRun.source

        def counted_signatures(texts):
            texts = list(texts)
            self.texts.extend(texts)
            return signatures(texts)

        def counted_match(url):
            self.urls.append(url)
            return source_for_url(url)

        def counted_lookup(run, url):
            self.looked_up.append(url)
            return source(run, url)

        monkeypatch.setattr(collect, "signatures", counted_signatures)
        monkeypatch.setattr(collect, "source_for_url", counted_match)
        monkeypatch.setattr(collect.ParseRun, "source", counted_lookup)

    def reset(self):
        self.texts.clear()
        self.urls.clear()
        self.looked_up.clear()


@pytest.fixture
def small_batches(monkeypatch):
    # row groups and batches of a few rows, so a few new rows among the old are read apart
    monkeypatch.setattr(ordered, "READ_ROWS", 3)
    monkeypatch.setattr(ordered, "WRITE_ROWS", 4)


def test_a_run_that_adds_pages_uses_the_kept_state_and_makes_the_tables_of_a_cold_build(tmp_path, monkeypatch,
                                                                                           small_batches):
    spy = Spy(monkeypatch)
    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    first, paths = _collect(tmp_path)
    relevant_first = pq.read_table(paths.documents).num_rows
    assert len(spy.texts) == relevant_first  # every relevant text hashed once
    assert paths.signature_cache.exists()
    assert pq.ParquetFile(paths.captures / "a.warc.gz.parquet").schema_arrow.metadata[PART_KEY.encode()]
    first_part = (paths.captures / "a.warc.gz.parquet").stat().st_mtime_ns

    spy.reset()
    write_warc(tmp_path / "warc" / "b.warc.gz", second_archive())
    stats, _ = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (6, first.parsed)
    # only the new captures' texts were hashed, and only the new WARC file's records looked up
    assert sorted(spy.texts) == sorted(t for t in _new_relevant_texts(paths))
    assert sorted(spy.looked_up) == sorted(p.url for p in second_archive())
    assert sorted(spy.urls) == ["https://news.example.org/8", "https://other.example.org/r3"]  # one a host
    assert (paths.captures / "a.warc.gz.parquet").stat().st_mtime_ns == first_part
    documents = {r["url"]: r for r in pq.read_table(paths.documents).to_pylist()}
    assert documents["https://other.example.org/r3"]["duplicate_of"] == documents["https://news.example.org/3"][
        "document_id"]
    assert documents["https://agency.example.kz/r4"]["duplicate_of"] is None  # its original changed
    assert documents["https://other.example.org/r9"]["duplicate_of"] == documents["https://news.example.org/9"][
        "document_id"]
    assert_same_tables(paths, _cold(tmp_path))


def _new_relevant_texts(paths) -> list[str]:
    rows = pq.read_table(paths.documents).to_pylist()
    return [r["text"] for r in rows if r["warc_file"] == "b.warc.gz"]


def _three_runs(tmp_path, between=None):
    """Build the first archive, add the second, let `between` damage the kept state, add the third."""
    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    _collect(tmp_path)
    write_warc(tmp_path / "warc" / "b.warc.gz", second_archive())
    _, paths = _collect(tmp_path)
    if between is not None:
        between(paths)
    write_warc(tmp_path / "warc" / "c.warc.gz", third_archive())
    stats, paths = _collect(tmp_path)
    return stats, paths



def test_the_third_run_hashes_only_its_own_new_texts(tmp_path, monkeypatch, small_batches):
    spy = Spy(monkeypatch)
    _, paths = _three_runs(tmp_path, between=lambda paths: spy.reset())
    assert len(spy.texts) == 2
    assert_same_tables(paths, _cold(tmp_path))


def _corrupt(paths):
    paths.signature_cache.write_bytes(b"PAR1 not a parquet file")


def _other_version(paths):
    table = pq.read_table(paths.signature_cache)
    metadata = {**table.schema.metadata, signature_store.VERSION_KEY: b"an older signature code"}
    pq.write_table(table.replace_schema_metadata(metadata), paths.signature_cache)


def _wrong_signatures(paths):
    # signatures of other texts, for captures parts that are not these: must not be taken for these ones'
    table = pq.read_table(paths.signature_cache)
    for block in signature_store.blocks_path(paths.signature_cache).glob("*.values.npy"):
        values = np.load(block)
        np.random.default_rng(1).shuffle(values.reshape(-1))
        np.save(block, values)
    parts = {name: "0" * 64 for name in json.loads(table.schema.metadata[signature_store.PARTS_KEY])}
    metadata = {**table.schema.metadata, signature_store.PARTS_KEY: json.dumps(parts).encode()}
    pq.write_table(table.replace_schema_metadata(metadata), paths.signature_cache)


def _parts_written_again(paths):
    # every captures part made again by another run (same rows, other bytes): the kept signatures are not theirs
    for part in sorted(paths.captures.iterdir()):
        table = pq.read_table(part)
        pq.write_table(table, part, row_group_size=3)


@pytest.mark.parametrize("damage", [_corrupt, _other_version, _wrong_signatures, _parts_written_again, "missing"])
def test_a_sidecar_that_is_missing_unreadable_or_not_for_these_captures_is_not_used(tmp_path, monkeypatch,
                                                                                     small_batches, damage):
    spy = Spy(monkeypatch)
    if damage == "missing":
        damage = lambda paths: paths.signature_cache.unlink()  # noqa: E731

    def damage_then_count(paths):
        damage(paths)
        spy.reset()

    _, paths = _three_runs(tmp_path, between=damage_then_count)
    relevant = pq.read_table(paths.documents).num_rows
    assert len(spy.texts) == relevant  # every text hashed again
    assert_same_tables(paths, _cold(tmp_path))
    assert signature_store.load(paths.signature_cache, CaptureRows.of(paths.captures)) is not None  # kept, usable


def test_the_signatures_of_a_part_left_as_it_was_stay_usable(tmp_path, monkeypatch, small_batches):
    """The first run's sidecar, put back after the second: it still describes the first WARC file's part."""
    spy = Spy(monkeypatch)
    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    _, paths = _collect(tmp_path)
    kept = tmp_path / "first.signatures.parquet"
    shutil.copy(paths.signature_cache, kept)
    write_warc(tmp_path / "warc" / "b.warc.gz", second_archive())
    _collect(tmp_path)
    shutil.copy(kept, paths.signature_cache)
    spy.reset()
    write_warc(tmp_path / "warc" / "c.warc.gz", third_archive())
    _collect(tmp_path)
    rows = pq.read_table(paths.documents).to_pylist()
    assert sorted(spy.texts) == sorted(r["text"] for r in rows if r["warc_file"] != "a.warc.gz")
    assert_same_tables(paths, _cold(tmp_path))


def test_a_rerun_without_a_usable_sidecar_builds_it_and_leaves_the_tables_as_they_were(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    _, paths = _collect(tmp_path)
    before = _tables(paths)
    paths.signature_cache.unlink()
    stats, _ = _collect(tmp_path)
    assert stats.parsed == 0
    assert signature_store.load(paths.signature_cache, CaptureRows.of(paths.captures)) is not None
    for name in TABLES:
        assert _tables(paths)[name].to_pylist() == before[name].to_pylist()
    again, _ = _collect(tmp_path)  # now nothing to do
    assert (again.parsed, again.reused) == (0, stats.reused)


def test_a_changed_source_registry_matches_every_record_again(tmp_path, monkeypatch):
    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    first, paths = _collect(tmp_path)
    # a site gains a host: no page here changes its parser, but the registry is not the captures' any more
    sources = tuple(replace(s, hosts=s.hosts + ("new.example.net",)) if i == 0 else s
                    for i, s in enumerate(registry.all_sources()))
    monkeypatch.setattr(registry, "all_sources", lambda: sources)
    monkeypatch.setattr(collect, "all_sources", lambda: sources)
    spy = Spy(monkeypatch)
    write_warc(tmp_path / "warc" / "b.warc.gz", second_archive())
    stats, _ = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (6, first.parsed)
    assert len(spy.looked_up) == stats.reused + stats.parsed + stats.errors  # none reused without a look-up
    assert sorted(u.split("/")[2] for u in spy.urls) == ["agency.example.kz", "news.example.org", "other.example.org"]
    assert_same_tables(paths, _cold(tmp_path))

    # the generic extractor (all these pages') gets a new version: every page is parsed again
    generic = replace(registry.GENERIC, parser_version=registry.GENERIC.parser_version + "-next")
    monkeypatch.setattr(registry, "GENERIC", generic)
    monkeypatch.setattr(collect, "GENERIC", generic)
    write_warc(tmp_path / "warc" / "c.warc.gz", third_archive())
    stats, _ = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (first.parsed + 6 + 2, 0)
    shutil.rmtree(tmp_path / "cold")
    assert_same_tables(paths, _cold(tmp_path))


def test_another_registry_makes_every_part_again_reusing_its_rows(tmp_path, monkeypatch):
    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    first, paths = _collect(tmp_path)
    monkeypatch.setattr(collect, "registry_digest", lambda: "another registry")
    spy = Spy(monkeypatch)
    write_warc(tmp_path / "warc" / "b.warc.gz", second_archive())
    stats, _ = _collect(tmp_path)
    assert (stats.parsed, stats.reused) == (6, first.parsed)
    assert len(spy.looked_up) == first.parsed + 6 + stats.errors  # each record's source looked up again
    assert_same_tables(paths, _cold(tmp_path))


def test_a_record_whose_url_changed_at_the_same_warc_location_is_parsed_again(tmp_path):
    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    first, paths = _collect(tmp_path)
    records = pq.read_table(paths.records)
    urls = records.column("url").to_pylist()
    urls[urls.index("https://news.example.org/3")] = "https://news.example.org/3?again"
    pq.write_table(records.set_column(records.schema.get_field_index("url"), "url",
                                      pa.array(urls, pa.string())), paths.records)
    stats = collect_documents(paths)
    assert (stats.parsed, stats.reused) == (1, first.parsed - 1)
    assert "https://news.example.org/3?again" in pq.read_table(paths.captures).column("url").to_pylist()


@pytest.mark.parametrize("seed", [21, 22])
def test_a_split_with_the_kept_signatures_is_the_split_without_them(tmp_path, monkeypatch, seed):
    """Over captures like the parse step's (reprints, second captures, texts without words), with small batches:
    the signatures of the parts left as they were come from the sidecar, the new part's texts are hashed, and the
    outputs are the reference's."""
    from tests.documents.test_ordered_outputs import captures_rows, reference_split, same_split, write, write_parts
    from pipeline.documents.collect import split_latest
    from pipeline.metadata.tables import CORE_DOCUMENTS, CORE_REJECTED_DOCUMENTS

    monkeypatch.setattr(ordered, "READ_ROWS", 5)
    monkeypatch.setattr(ordered, "WRITE_ROWS", 11)
    monkeypatch.setattr(ordered, "BUCKET_BYTES", 20000)
    spy = Spy(monkeypatch)
    rows = captures_rows(500, seed, files=4)
    old = [r for r in rows if r["warc_file"] != "f3.warc.gz"]
    assert any(not r["text"] for r in old if r["relevant"])  # texts without words among the kept ones
    captures = write_parts(tmp_path / "captures.parquet", old)
    sidecar = tmp_path / "signatures.parquet"
    split_latest(captures, tmp_path / "documents.parquet", tmp_path / "rejected.parquet", keep_signatures=sidecar)
    kept = signature_store.load(sidecar, CaptureRows.of(captures))
    assert kept is not None and not kept.words.all()

    spy.reset()
    write_parts(captures, [r for r in rows if r["warc_file"] == "f3.warc.gz"])  # a new WARC file's part
    split_latest(captures, tmp_path / "documents.parquet", tmp_path / "rejected.parquet", keep_signatures=sidecar)
    reference_split(write(tmp_path / "all.parquet", rows), tmp_path / "expected_documents.parquet",
                    tmp_path / "expected_rejected.parquet")
    same_split(tmp_path / "documents.parquet", tmp_path / "expected_documents.parquet", CORE_DOCUMENTS)
    same_split(tmp_path / "rejected.parquet", tmp_path / "expected_rejected.parquet", CORE_REJECTED_DOCUMENTS)
    # hashed: the new part's texts only, each page's latest capture there when relevant (a page captured later in
    # another part too, which this data has and a crawl's next file does not: its capture there is the latest)
    latest = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    expected = [r["text"] for r in latest if r["warc_file"] == "f3.warc.gz"]
    new_part = [r for r in rows if r["warc_file"] == "f3.warc.gz"]
    in_part_latest = {}
    for r in new_part:  # the captures' order: fetched_at, then the offset, the later wins; no time is the earliest
        key = (r["fetched_at"] is not None, r["fetched_at"] or 0, r["warc_offset"])
        if r["document_id"] not in in_part_latest or key > in_part_latest[r["document_id"]][0]:
            in_part_latest[r["document_id"]] = (key, r)
    hashed = sorted(r["text"] for _, r in in_part_latest.values() if r["relevant"])
    assert sorted(spy.texts) == hashed and len(hashed) < len(latest) / 2
    assert not Counter(expected) - Counter(spy.texts)
    again = signature_store.load(sidecar, CaptureRows.of(captures))
    assert again is not None and len(again) == len(latest)


def test_runs_that_add_and_rewrite_parts_pair_only_their_new_texts_and_split_as_the_reference(tmp_path, monkeypatch):
    """Over several runs (a part after the others, one in the middle of the name order, one written again, pages
    captured again so their old rows leave, a reprint dated before its original): the pairs kept from the run
    before are updated, never found whole again, and the outputs are the reference's."""
    from tests.documents.test_ordered_outputs import captures_rows, reference_split, same_split, write, write_parts
    from pipeline.documents import similar_pairs
    from pipeline.documents.collect import split_latest
    from pipeline.metadata.tables import CORE_DOCUMENTS, CORE_REJECTED_DOCUMENTS

    monkeypatch.setattr(ordered, "READ_ROWS", 5)
    monkeypatch.setattr(ordered, "WRITE_ROWS", 11)
    wholes = []
    found = similar_pairs.found
    monkeypatch.setattr(similar_pairs, "found", lambda signature: wholes.append(len(signature)) or found(signature))
    rows = captures_rows(600, 31, files=6)
    captures, sidecar = tmp_path / "captures.parquet", tmp_path / "signatures.parquet"
    documents, rejected = tmp_path / "documents.parquet", tmp_path / "rejected.parquet"

    def run(parts: set[str], check_incremental: bool = True):
        wholes.clear()
        split_latest(captures, documents, rejected, keep_signatures=sidecar)
        if check_incremental:
            assert wholes == []  # the pairs were updated from the kept ones
        current = [r for part in sorted(parts) for r in pq.read_table(captures / part).to_pylist()]
        for path in tmp_path.glob("expected_*"):
            path.unlink()
        reference_split(write(tmp_path / "all.parquet", current), tmp_path / "expected_documents.parquet",
                        tmp_path / "expected_rejected.parquet")
        same_split(documents, tmp_path / "expected_documents.parquet", CORE_DOCUMENTS)
        same_split(rejected, tmp_path / "expected_rejected.parquet", CORE_REJECTED_DOCUMENTS)
        return {r["document_id"]: r["duplicate_of"] for r in pq.read_table(documents).to_pylist()}

    def of(*files):
        return [r for r in rows if r["warc_file"] in files]

    write_parts(captures, of("f0.warc.gz", "f2.warc.gz", "f4.warc.gz"))
    run({"f0.warc.gz.parquet", "f2.warc.gz.parquet", "f4.warc.gz.parquet"}, check_incremental=False)
    write_parts(captures, of("f5.warc.gz"))  # after the others
    run({"f0.warc.gz.parquet", "f2.warc.gz.parquet", "f4.warc.gz.parquet", "f5.warc.gz.parquet"})
    write_parts(captures, of("f1.warc.gz"))  # in the middle of the name order: the rows after it renumbered
    names = {f"f{i}.warc.gz.parquet" for i in (0, 1, 2, 4, 5)}
    run(names)
    pq.write_table(pq.read_table(captures / "f2.warc.gz.parquet"), captures / "f2.warc.gz.parquet",
                   row_group_size=3)  # written again: its texts are new ones, its old rows gone
    run(names)
    # a page captured again later (its old row leaves) and a reprint dated before its original's canonical
    linked = run(names)
    original = next(doc for doc, first in linked.items() if first is None and doc in set(linked.values()))
    row = next(r for r in rows if r["document_id"] == original and r["relevant"])
    earliest = min(r["published_at"] for r in rows if r["published_at"] is not None)
    last = max(r["fetched_at"] for r in rows if r["fetched_at"] is not None)
    new = [{**row, "document_id": "doc-new-reprint", "url": "https://x.kz/new", "warc_file": "f3.warc.gz",
            "warc_offset": 1, "published_at": earliest - timedelta(days=1)},
           {**next(r for r in rows if r["relevant"] and r["text"] and r["document_id"] != original and
                   r["warc_file"] != "f3.warc.gz"),
            "warc_file": "f3.warc.gz", "warc_offset": 2, "fetched_at": last + timedelta(days=1)}]
    write_parts(captures, new)
    linked = run(names | {"f3.warc.gz.parquet"})
    assert linked[original] == "doc-new-reprint" and linked["doc-new-reprint"] is None


def test_the_parts_written_are_settled_so_that_their_stamps_are_trusted_next_run(tmp_path):
    """The signatures' part hashes, the checks' fingerprints and the analysis keep what they read of these parts by
    size and mtime, and trust an mtime only when it was not of the last moments (fingerprint.stamp_trusted)."""
    from pipeline.storage.fingerprint import file_stamp, stamp_trusted

    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    _, paths = _collect(tmp_path)
    parts = [p for folder in (paths.captures, paths.documents, paths.rejected) for p in folder.iterdir()]
    assert len(parts) == 3
    for part in parts:
        assert stamp_trusted(file_stamp(part), file_stamp(part)), part


def test_records_parsed_on_workers_make_the_tables_of_a_parse_in_this_process(tmp_path, monkeypatch):
    from pipeline.nlp import parallel

    write_warc(tmp_path / "warc" / "a.warc.gz", first_archive())
    write_warc(tmp_path / "warc" / "b.warc.gz", second_archive())
    here, paths = _collect(tmp_path)  # below PARALLEL_FROM records: parsed in this process
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 3)
    monkeypatch.setattr(parallel, "BATCH", 2)
    monkeypatch.setenv("ATAZAN_NLP_WORKERS", "2")
    parallel.stop_server()
    try:
        shutil.copytree(tmp_path / "warc", tmp_path / "workers" / "warc")
        on_workers, worker_paths = _collect(tmp_path / "workers")
        assert parallel._server_running()  # the records went to workers
    finally:
        reaper = parallel.stop_server()
        if reaper is not None:
            reaper.join(timeout=30)
    assert (on_workers.parsed, on_workers.errors, on_workers.by_source) == (here.parsed, here.errors, here.by_source)
    assert_same_tables(worker_paths, _tables(paths))
