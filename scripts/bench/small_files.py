"""A testbed of many small WARC files, as a crawl that runs every day leaves them: what a run costs as the parts
grow in number (a table keeps a part a WARC file), not only in pages.

    python -m scripts.bench.small_files TESTBED [--pages 10000] [--per-file 50] [--seed 42]

TESTBED (new) gets `data/raw/warc/` with PAGES generated pages in WARC files of PER_FILE pages each, the folder
scripts/bench/fresh_build.py builds and scripts/bench/increments.py then adds to (`--pages 100` for 1%).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.bench.archive import write_archive
from scripts.bench.corpus import PageStream


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("testbed", type=Path)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--per-file", type=int, default=50)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.testbed.exists():
        raise SystemExit(f"{args.testbed} exists: give a new folder")
    warc_dir = args.testbed / "data" / "raw" / "warc"
    warc_dir.mkdir(parents=True)
    written = write_archive(PageStream(seed=args.seed).pages(args.pages), warc_dir, pages_per_file=args.per_file)
    print(f"{written.pages} pages in {len(written.files)} WARC files: {warc_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
