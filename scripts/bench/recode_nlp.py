"""Bring a kept testbed's nlp tables to the nlp version of this checkout without analysing again, so that +1% rounds
(scripts/bench/increments.py) can time new code after a rules change without a new full build.

    python -m scripts.bench.recode_nlp WORK

WORK is a copy of a `--keep` testbed (its `data/core` has the nlp step's five tables as folders of parts). Each
part's rows are kept; the processed table's treatment keys and every part's footer (what pipeline/nlp/
analysis_store.py reads to know a part is analysed) are rewritten for this checkout's nlp version, so the next build
analyses only new pages. The rows are those of the rules that made them, not of this checkout's: use it to time
a +1% run, never to publish or score.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.metadata.statements import (CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED,
                                          CORE_STATEMENT_MENTIONS, CORE_STATEMENTS)
from pipeline.metadata.tables import CORE_DOCUMENTS
from pipeline.nlp import analysis_store
from pipeline.nlp.analysis import KEY_COLUMNS, nlp_version, treatment_key
from pipeline.storage.fingerprint import file_state
from pipeline.storage.parts import part_files

TABLES = (CORE_STATEMENTS, CORE_STATEMENT_MENTIONS, CORE_DOCUMENT_EVENTS, CORE_NLP_ERRORS, CORE_NLP_PROCESSED)


def recode(core: Path, version: str | None = None) -> int:
    """Rewrite the nlp parts under `core` for `version` (default: this checkout's); the parts rewritten."""
    version = version or nlp_version()
    count = 0
    for documents in part_files(core / f"{CORE_DOCUMENTS.name}.parquet"):
        keys = pq.ParquetFile(documents).read(columns=KEY_COLUMNS).to_pylist()
        ids = [k["document_id"] for k in keys]
        new = dict(zip(ids, (treatment_key(k, version) for k in keys)))
        contents = analysis_store._contents(ids, [new[d] for d in ids])
        source = f"{version}\n{file_state(documents).sha256}"
        for table in TABLES:
            path = core / f"{table.name}.parquet" / documents.name
            rows = pq.read_table(path)
            if table is CORE_NLP_PROCESSED:
                column = rows.schema.get_field_index("treatment_key")
                rows = rows.set_column(column, "treatment_key",
                                       pa.array([new[d] for d in rows["document_id"].to_pylist()], pa.string()))
            schema = table.arrow_schema.with_metadata({analysis_store.PART_KEY:
                                                       analysis_store._table_contents(contents, table),
                                                       analysis_store.SOURCE_KEY: source})
            tmp = path.with_name(f".{path.name}.tmp")
            pq.write_table(rows.select(schema.names).cast(schema), tmp, compression="zstd")
            tmp.replace(path)
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", type=Path)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    print(f"nlp parts of {recode(args.work / 'data' / 'core')} documents parts recoded to {nlp_version()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
