"""The nlp step over core_documents (a folder of parts): only new or changed documents are analysed, and only
their texts are read."""
import subprocess
import sys
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.metadata.statements import (CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED,
                                          CORE_STATEMENT_MENTIONS, CORE_STATEMENTS)
from pipeline.metadata.tables import CORE_DOCUMENTS
from pipeline.storage.parts import read_table
from pipeline.nlp import analysis, analysis_store
from pipeline.nlp.analysis_store import AnalysisTables, analyse

TEXT = ("Депутат Мажилиса Айдар Сарсенов заявил, что проект новой Конституции учитывает предложения граждан. "
        "«Мы прочитали каждое письмо», — отметил Сарсенов.")


def _document(n: int, text: str = TEXT) -> dict:
    return {"document_id": f"doc-{n}", "url": f"https://news.example.org/{n}", "canonical_url": f"https://news.example.org/{n}",
            "source": "generic", "parser": "generic", "parser_version": "1", "kind": "news", "language": "ru",
            "title": f"Заседание {n}", "published_at": datetime(2026, 2, 1, 9, tzinfo=timezone.utc), "text": text,
            "text_chars": len(text), "content_sha256": f"{n}-{len(text)}", "is_sample": False,
            "fetched_at": datetime(2026, 2, 1, 10, tzinfo=timezone.utc), "warc_file": "a.warc.gz",
            "warc_offset": n, "warc_record_id": f"<urn:{n}>", "payload_sha256": str(n), "warnings": [],
            "relevance_score": 1.0, "relevance_terms": [], "relevant": True, "duplicate_of": None}


def _write_part(folder, name, documents):
    folder.mkdir(exist_ok=True)
    table = pa.Table.from_pylist(documents, schema=CORE_DOCUMENTS.arrow_schema)
    pq.write_table(table, folder / name, row_group_size=2)


def _tables(folder) -> AnalysisTables:
    return AnalysisTables(*((t, folder / f"{t.name}.parquet") for t in (
        CORE_STATEMENTS, CORE_STATEMENT_MENTIONS, CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED)))


def test_a_new_part_is_analysed_and_the_texts_of_the_others_are_not_read(tmp_path, monkeypatch):
    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(5)])
    first = analyse(documents, _tables(tmp_path))
    assert (first.documents, first.analysed, first.reused) == (5, 5, 0)
    statements = read_table(tmp_path / "core_statements.parquet").num_rows
    assert statements >= 5

    read: list[int] = []
    take_rows = analysis_store.take_rows

    def counted(path, rows, columns):
        read.extend(rows.tolist())
        return take_rows(path, rows, columns)

    monkeypatch.setattr(analysis_store, "take_rows", counted)
    _write_part(documents, "b.warc.gz.parquet", [_document(7)])
    changed = [_document(n) for n in range(5)]
    changed[3] = _document(3, TEXT + " Сарсенов добавил, что обсуждение продолжится до конца месяца.")
    _write_part(documents, "a.warc.gz.parquet", changed)
    second = analyse(documents, _tables(tmp_path))
    assert (second.documents, second.analysed, second.reused) == (6, 2, 4)
    assert sorted(read) == [0, 3]  # doc-3 (changed) in a's part, doc-7 (new) in b's
    ids = set(read_table(tmp_path / "core_nlp_processed.parquet").column("document_id").to_pylist())
    assert ids == {f"doc-{n}" for n in (0, 1, 2, 3, 4, 7)}
    assert read_table(tmp_path / "core_statements.parquet").num_rows > statements


def test_a_run_with_nothing_to_analyse_leaves_the_tables_as_they_were(tmp_path):
    # their bytes, not only their rows: the models downstream compare the files' digests to know they can skip
    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(3)])
    first = analyse(documents, _tables(tmp_path))
    files = sorted(f for f in tmp_path.rglob("*") if f.is_file() and "core_documents" not in str(f))
    assert len(files) == 5  # a part of each table
    before = {f: (f.stat().st_mtime_ns, f.read_bytes()) for f in files}
    again = analyse(documents, _tables(tmp_path))
    assert (again.analysed, again.reused, again.parts_written) == (0, 3, 0)
    assert again.by_table == first.by_table
    assert {f: (f.stat().st_mtime_ns, f.read_bytes()) for f in files} == before
    assert sorted(f for f in tmp_path.rglob("*") if f.is_file() and "core_documents" not in str(f)) == files

    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(2)])  # doc-2 is gone
    gone = analyse(documents, _tables(tmp_path))
    assert (gone.analysed, gone.reused) == (0, 2)
    ids = set(read_table(tmp_path / "core_nlp_processed.parquet").column("document_id").to_pylist())
    assert ids == {"doc-0", "doc-1"}


def test_the_tables_rows_are_in_the_archives_order_as_a_cold_run_gives_them(tmp_path):
    """The event merge takes reports in the rows' order: documents in the order of core_documents' parts and
    rows (a new WARC file's last), whether analysed now or kept from a run before; a document that moves to a
    later part moves its rows, although nothing is analysed again."""
    def document(n):
        return _document(n, "Вчера в Астане прошло заседание Конституционной комиссии. " + TEXT)

    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "b.warc.gz.parquet", [document(n) for n in (9, 4, 6)])
    analyse(documents, _tables(tmp_path))
    _write_part(documents, "c.warc.gz.parquet", [document(n) for n in (1, 8)])
    _write_part(documents, "a.warc.gz.parquet", [document(5)])
    analyse(documents, _tables(tmp_path))
    _write_part(documents, "b.warc.gz.parquet", [document(n) for n in (9, 6)])
    _write_part(documents, "d.warc.gz.parquet", [document(4)])  # captured again in a later file
    moved = analyse(documents, _tables(tmp_path))
    assert moved.analysed == 0
    order = ["doc-5", "doc-9", "doc-6", "doc-1", "doc-8", "doc-4"]
    cold = tmp_path / "cold"
    cold.mkdir()
    analyse(documents, _tables(cold))
    for table in ("core_nlp_processed", "core_statements", "core_document_events"):
        rows = read_table(tmp_path / f"{table}.parquet").to_pylist()
        assert rows == read_table(cold / f"{table}.parquet").to_pylist()
        assert list(dict.fromkeys(r["document_id"] for r in rows)) == order


def test_the_analysis_does_not_depend_on_the_merge_modules_left_out_of_its_version():
    """nlp_version leaves out the modules that merge events and people, so that changing them does not analyse every
    document again: that is right only while no module that analyses a document imports them."""
    import ast

    left_out = {f"pipeline.nlp.{name[:-3]}" for name in analysis.AGGREGATION_MODULES}
    sources = analysis.analysis_sources()
    assert {p.name for p in sources}.isdisjoint(analysis.AGGREGATION_MODULES) and len(sources) > 10
    for path in sources:
        if path.name == "__init__.py":  # the package's public names, not used by the analysis
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "pipeline.nlp":
                # submodules only, and only the analysis's (not the package's names from the merge modules)
                assert {f"{a.name}.py" for a in node.names} <= {p.name for p in sources}, (path.name, node.module)
            elif isinstance(node, ast.ImportFrom) and node.module:
                assert node.module not in left_out, (path.name, node.module)
            elif isinstance(node, ast.Import):
                assert not {a.name for a in node.names} & left_out, path.name


def test_a_change_to_the_merge_leaves_the_analysis_version_and_changes_the_merge_step_code(monkeypatch, tmp_path):
    from pipeline.nlp import incremental

    before_version, before_code = analysis.nlp_version(), incremental.merge_code()
    room = tmp_path / "nlp"
    room.mkdir()
    for path in sorted(analysis.analysis_sources()[0].parent.glob("*.py")):
        (room / path.name).write_bytes(path.read_bytes())
    (room / "merge.py").write_bytes((room / "merge.py").read_bytes() + b"\n# a changed merge\n")
    (room / "parallel.py").write_bytes((room / "parallel.py").read_bytes() + b"\n# where documents are analysed\n")
    monkeypatch.setattr(analysis, "__file__", str(room / "analysis.py"))
    assert analysis.nlp_version() == before_version
    assert incremental.merge_code() != before_code
    (room / "events.py").write_bytes((room / "events.py").read_bytes() + b"\n# a changed rule\n")
    assert analysis.nlp_version() != before_version


def _files(folder):
    return {f: (f.stat().st_mtime_ns, f.read_bytes()) for f in sorted(folder.rglob("*"))
            if f.is_file() and "core_documents" not in str(f)}


def test_a_new_part_of_documents_writes_its_own_parts_and_leaves_the_others(tmp_path):
    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(3)])
    _write_part(documents, "b.warc.gz.parquet", [_document(n) for n in range(3, 5)])
    analyse(documents, _tables(tmp_path))
    before = _files(tmp_path)
    _write_part(documents, "c.warc.gz.parquet", [_document(9)])
    grown = analyse(documents, _tables(tmp_path))
    assert (grown.analysed, grown.reused, grown.parts_written) == (1, 5, 1)
    after = _files(tmp_path)
    assert {f: v for f, v in after.items() if f in before} == before
    assert sorted(f.name for f in after if f not in before) == ["c.warc.gz.parquet"] * 5
    cold = tmp_path / "cold"
    cold.mkdir()
    analyse(documents, _tables(cold))
    for table in ("core_nlp_processed", "core_statements", "core_document_events", "core_statement_mentions"):
        assert read_table(tmp_path / f"{table}.parquet").to_pylist() == read_table(cold / f"{table}.parquet").to_pylist()


def test_a_part_left_by_a_run_killed_halfway_is_not_taken_for_analysed(tmp_path):
    """Parts are put in place one after the other: a document counts as analysed only where the five tables' parts
    of its name record the same contents, so a part of statements written for other documents is made again."""
    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(3)])
    analyse(documents, _tables(tmp_path))
    statements = tmp_path / "core_statements.parquet" / "a.warc.gz.parquet"
    kept = pq.read_table(statements)
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(2)])
    analyse(documents, _tables(tmp_path))
    # as if the run stopped before its processed part went in place
    pq.write_table(kept.replace_schema_metadata({analysis_store.PART_KEY: "a run before\nsomething else"}),
                   statements)
    resumed = analyse(documents, _tables(tmp_path))
    assert (resumed.analysed, resumed.parts_written) == (2, 1)
    ids = set(read_table(tmp_path / "core_statements.parquet").column("document_id").to_pylist())
    assert ids == {"doc-0", "doc-1"}


def test_tables_written_whole_by_older_code_become_parts(tmp_path):
    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(2)])
    for table, path in (getattr(_tables(tmp_path), name) for name in analysis_store.TABLES):
        pq.write_table(table.arrow_schema.empty_table(), path)
    stats = analyse(documents, _tables(tmp_path))
    assert (stats.analysed, stats.parts_written) == (2, 1)
    assert (tmp_path / "core_statements.parquet").is_dir()
    assert set(read_table(tmp_path / "core_nlp_processed.parquet").column("document_id").to_pylist()) == {"doc-0",
                                                                                                          "doc-1"}


def test_a_part_analysed_from_its_documents_as_they_are_is_not_read_again(tmp_path, monkeypatch):
    """Its five parts record the documents part they were made from: its keys are not read, nor are its documents
    looked up among the rows analysed before; a part added or changed is."""
    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(3)])
    _write_part(documents, "b.warc.gz.parquet", [_document(n) for n in range(3, 5)])
    analyse(documents, _tables(tmp_path))
    keyed: list[str] = []
    treatment_key = analysis_store.treatment_key
    monkeypatch.setattr(analysis_store, "treatment_key", lambda doc, version: keyed.append(doc["document_id"])
                        or treatment_key(doc, version))
    again = analyse(documents, _tables(tmp_path))
    assert (again.documents, again.analysed, again.reused, again.parts_written, keyed) == (5, 0, 5, 0, [])
    _write_part(documents, "c.warc.gz.parquet", [_document(9)])
    _write_part(documents, "b.warc.gz.parquet", [_document(3)])  # doc-4 gone from b
    grown = analyse(documents, _tables(tmp_path))
    assert (grown.documents, grown.analysed, grown.reused, grown.parts_written) == (5, 1, 4, 2)
    assert sorted(keyed) == ["doc-3", "doc-9"]
    cold = tmp_path / "cold"
    cold.mkdir()
    analyse(documents, _tables(cold))
    for table in ("core_nlp_processed", "core_statements", "core_document_events"):
        assert read_table(tmp_path / f"{table}.parquet").to_pylist() == read_table(cold / f"{table}.parquet").to_pylist()


def test_the_parts_written_are_settled_so_the_next_steps_sums_of_them_are_trusted(tmp_path):
    """The event and people step keeps sums of these parts by their size and mtime (fingerprint.stamp_trusted);
    a part with an mtime of the last moments would be summed again by the next run as well."""
    from pipeline.storage.fingerprint import file_stamp, stamp_trusted

    documents = tmp_path / "core_documents.parquet"
    _write_part(documents, "a.warc.gz.parquet", [_document(n) for n in range(3)])
    analyse(documents, _tables(tmp_path))
    written = [f for f in tmp_path.rglob("*.parquet") if f.is_file() and "core_documents" not in str(f)]
    assert len(written) == 5
    for part in written:
        stamp = file_stamp(part)
        assert stamp_trusted(stamp, file_stamp(part)), part


def test_the_build_process_loads_no_analysis_rules_until_it_analyses():
    # the definitions import the analysis for its bookkeeping; the rules (0.3 s of regular expressions) and
    # trafilatura load in the workers that analyse and parse (worker_start.py), or on first use here
    script = ("import sys, pipeline.definitions\n"
              "print(sorted(m for m in ('pipeline.nlp.events', 'pipeline.nlp.statements', 'pipeline.nlp.mentions',"
              " 'trafilatura') if m in sys.modules))\n"
              "from pipeline.nlp import extract_events\n"
              "print('pipeline.nlp.events' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["[]", "True"]


def test_the_workers_server_imports_the_rules_before_it_forks():
    script = "import sys, pipeline.nlp.worker_start\nprint('pipeline.nlp.statements' in sys.modules)\n"
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True).stdout.strip() == "True"
