"""Peak memory of the steps that hold texts, phase by phase, at two archive sizes (issue 8: memory flat).

    .venv/bin/python scripts/bench_memory.py [--sizes 10000,100000] [--phases merge_captures,...] [--keep DIR]

For each size, a synthetic `core_document_captures` file is written (texts of 3-30 KB of random Russian-like
words; 60% relevant, 3% second captures of a page, 9% reprints of an earlier text with one paragraph changed;
WARC files of 5,000 captures, in WARC order, like the parse loop writes them). Each phase then runs in a fresh
child process, one after the other on the previous phase's output, and the parent reads the child's peak RSS
from wait4 (so nothing the parent holds counts):

- merge_captures: the parse step's merge on a first build (every capture new, nothing reused)
- rerun_merge: the same with 1% of the captures new and the rest reused from the previous file
- split_latest: one row per page, near-duplicates, core_documents and core_rejected_documents
- out_documents: the SQL model sql/out_documents.sql over core_documents
- publish_parquet, publish_csv, build_duckdb: publishing out_documents as the `documents` table (build_duckdb
  without the search index)
- search_index (only when named in --phases): the search index of the published DuckDB file

Prints one Markdown table: seconds and peak RSS per phase and size, and the ratio of the largest size's peak
to the smallest's ("flat" means close to 1).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHASES = ("merge_captures", "rerun_merge", "split_latest", "out_documents", "publish_parquet", "publish_csv",
          "build_duckdb")  # and search_index, when asked for (--phases): minutes at 10,000 random-word texts
PER_WARC_FILE = 5000
BATCH = 1000
RERUN_SHARE = 0.01


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--phases", default=",".join(PHASES))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    parser.add_argument("--child", nargs=2, metavar=("PHASE", "DIR"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# --- the synthetic captures -------------------------------------------------------------------------------------

def _vocabulary(rng) -> list[str]:
    letters = "абвгдежзийклмнопрстуфхцчшщыэюяәғқңөұүһі"
    lengths = rng.integers(2, 12, 20000)
    return ["".join(letters[i] for i in rng.integers(0, len(letters), n)) for n in lengths]


def _text(rng, words, size_bytes: int) -> str:
    # ~2 bytes a letter in UTF-8, ~7 letters and a space a word
    count = max(size_bytes // 15, 20)
    picked = words[rng.integers(0, len(words), count)]
    paragraphs = []
    start = 0
    while start < count:
        end = start + int(rng.integers(40, 120))
        paragraphs.append(" ".join(picked[start:end]) + ".")
        start = end
    return "\n\n".join(paragraphs)


def write_captures(path: Path, size: int, seed: int) -> None:
    """`size` captures in WARC order, written in batches (never more than a batch of texts in memory)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.metadata.tables import CORE_DOCUMENT_CAPTURES

    rng = np.random.default_rng(seed)
    words = np.array(_vocabulary(rng), dtype=object)
    schema = CORE_DOCUMENT_CAPTURES.arrow_schema
    start = datetime(2026, 3, 1, tzinfo=timezone.utc)
    recent: list[tuple[str, str, datetime]] = []  # (document_id, text, fetched_at) of the last 500 captures
    writer = pq.ParquetWriter(path, schema, compression="zstd")
    offset = 0
    rows: list[dict] = []
    for i in range(size):
        warc_file = f"bench-{i // PER_WARC_FILE + 1:05d}.warc.gz"
        offset = 0 if i % PER_WARC_FILE == 0 else offset + int(rng.integers(5000, 60000))
        roll = rng.random()
        fetched_at = start + timedelta(seconds=i * 20 + int(rng.integers(0, 20)))
        if roll < 0.03 and recent:  # a second capture of a page already fetched
            document_id, text, _ = recent[int(rng.integers(0, len(recent)))]
        else:
            document_id = hashlib.sha256(f"{seed}-{i}".encode()).hexdigest()[:32]
            if roll < 0.12 and recent:  # a reprint: an earlier text with its first paragraph replaced
                text = recent[int(rng.integers(0, len(recent)))][1]
                text = _text(rng, words, 600) + text[text.find("\n\n"):]
            else:
                text = _text(rng, words, int(rng.integers(3000, 30000)))
        recent.append((document_id, text, fetched_at))
        del recent[:-500]
        published = None if rng.random() < 0.05 else fetched_at - timedelta(hours=int(rng.integers(0, 48)))
        relevant = bool(rng.random() < 0.6)
        url = f"https://example.kz/news/{document_id}"
        rows.append({
            "document_id": document_id, "url": url, "canonical_url": url, "source": "kazinform",
            "parser": "kazinform", "parser_version": "3", "kind": "news", "language": "ru",
            "title": " ".join(words[rng.integers(0, len(words), 8)]), "published_at": published, "text": text,
            "text_chars": len(text), "content_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "is_sample": False, "fetched_at": fetched_at, "warc_file": warc_file, "warc_offset": offset,
            "warc_record_id": f"<urn:uuid:{i:032x}>", "payload_sha256": hashlib.sha256(f"p{i}".encode()).hexdigest(),
            "warnings": [], "relevance_score": float(rng.random()), "relevance_terms": ["конституция"] if relevant
            else [], "relevant": relevant,
        })
        if len(rows) >= BATCH:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            rows = []
    if rows:
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    writer.close()


def split_for_rerun(captures: Path, previous: Path, fresh: Path, share: float) -> list[tuple[str, int]]:
    """The previous file (captures minus every 1/share-th one) and the fresh file (those); the reused keys."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    source = pq.ParquetFile(captures)
    step = round(1 / share)
    reused: list[tuple[str, int]] = []
    with pq.ParquetWriter(previous, source.schema_arrow, compression="zstd") as old, \
            pq.ParquetWriter(fresh, source.schema_arrow, compression="zstd") as new:
        position = 0
        for batch in source.iter_batches(batch_size=BATCH):
            import numpy as np
            is_new = (np.arange(position, position + batch.num_rows) % step) == step - 1
            position += batch.num_rows
            old.write_batch(batch.filter(pc.invert(is_new)))
            new.write_batch(batch.filter(is_new))
            kept = batch.filter(pc.invert(is_new))
            reused.extend(zip(kept.column("warc_file").to_pylist(), kept.column("warc_offset").to_pylist()))
    return reused


# --- the phases, each in its own child process ------------------------------------------------------------------

def run_phase(phase: str, work: Path) -> None:
    import pickle

    from pipeline.metadata.tables import OUT_DOCUMENTS

    if phase == "merge_captures":
        from pipeline.documents.collect import merge_captures
        target = work / "core_document_captures.parquet"
        target.unlink(missing_ok=True)
        shutil.copyfile(work / "generated.parquet", work / "fresh.parquet")
        merge_captures(target, work / "fresh.parquet", [])
    elif phase == "rerun_merge":
        from pipeline.documents.collect import merge_captures
        target = work / "rerun" / "core_document_captures.parquet"
        reused = pickle.loads((work / "rerun" / "reused.pickle").read_bytes())
        merge_captures(target, work / "rerun" / "fresh.parquet", reused)
    elif phase == "split_latest":
        from pipeline.documents.collect import split_latest
        split_latest(work / "core_document_captures.parquet", work / "core_documents.parquet",
                     work / "core_rejected_documents.parquet")
    elif phase == "out_documents":
        from pipeline.storage.sql_models import load_models, run_model
        model = next(m for m in load_models() if m.name == "out_documents")
        run_model(model, {"core_documents": work / "core_documents.parquet"}, work / "out_documents.parquet")
    elif phase == "publish_parquet":
        from pipeline.publish.files import publish_parquet
        publish_parquet(work / "out_documents.parquet", work / "publish" / "documents.parquet", OUT_DOCUMENTS,
                        {"atazan:code_version": "bench", "atazan:build_time": "2026-03-01T00:00:00Z"})
    elif phase == "publish_csv":
        from pipeline.publish.files import publish_csv
        publish_csv(work / "publish" / "documents.parquet", work / "publish" / "documents.csv")
    elif phase == "build_duckdb":
        from pipeline.publish import files
        files.install_published_search = lambda con, *args: {}  # measured apart: search_index
        files.build_duckdb(work / "publish" / "atazan.duckdb", [(OUT_DOCUMENTS, work / "publish" / "documents.parquet")])
    elif phase == "search_index":
        import duckdb

        from pipeline.search import install_published_search
        con = duckdb.connect(str(work / "publish" / "atazan.duckdb"))
        try:
            install_published_search(con)
        finally:
            con.close()
    else:
        raise SystemExit(f"unknown phase {phase}")


def measure(phase: str, work: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of the phase in a fresh child process."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--child", phase, str(work)])
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"phase {phase} failed with exit code {child.returncode}")
    return seconds, usage.ru_maxrss / 1024


def prepare(work: Path, size: int, seed: int) -> None:
    import pickle
    work.mkdir(parents=True, exist_ok=True)
    generated = work / "generated.parquet"
    if not generated.exists():
        started = time.perf_counter()
        write_captures(work / "generated.parquet.tmp", size, seed)
        os.replace(work / "generated.parquet.tmp", generated)
        print(f"  generated {size:,} captures in {time.perf_counter() - started:.0f} s "
              f"({generated.stat().st_size / 1e6:,.0f} MB)", file=sys.stderr)
    rerun = work / "rerun"
    if not (rerun / "reused.pickle").exists():
        rerun.mkdir(exist_ok=True)
        reused = split_for_rerun(generated, rerun / "previous.parquet", rerun / "fresh.parquet", RERUN_SHARE)
        (rerun / "reused.pickle").write_bytes(pickle.dumps(reused))
    shutil.copyfile(rerun / "previous.parquet", rerun / "core_document_captures.parquet")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.child:
        os.environ.setdefault("PYTHONPATH", str(ROOT))
        run_phase(args.child[0], Path(args.child[1]))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    phases = [p for p in args.phases.split(",") if p]
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-memory-"))
    results: dict[tuple[str, int], tuple[float, float]] = {}
    try:
        for size in sizes:
            work = base / str(size)
            prepare(work, size, args.seed)
            for phase in phases:
                results[phase, size] = measure(phase, work)
                print(f"  {size:,} {phase}: {results[phase, size][0]:.1f} s, {results[phase, size][1]:,.0f} MB",
                      file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    header = "| phase | " + " | ".join(f"{s:,}: s / peak RSS MB" for s in sizes) + " | peak x |"
    print(header)
    print("|---|" + "---:|" * (len(sizes) + 1))
    for phase in phases:
        cells = [f"{results[phase, s][0]:.1f} / {results[phase, s][1]:,.0f}" for s in sizes]
        ratio = results[phase, sizes[-1]][1] / results[phase, sizes[0]][1]
        print(f"| {phase} | " + " | ".join(cells) + f" | {ratio:.2f} |")


if __name__ == "__main__":
    main()
