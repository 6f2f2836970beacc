"""The `atazan` command line: build the dataset headless, list the sources, extract pages without Dagster."""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="atazan", description="The open dataset of Kazakhstan's 2026 "
                                     "constitutional reform: build it, inspect its sources, test its parsers.")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="materialise every asset headless (recorded in $DAGSTER_HOME) and "
                                "print where the outputs are")
    build.add_argument("--quiet", action="store_true", help="print only the summary")

    commands.add_parser("sources", help="the source registry as a table")

    args = parser.parse_args(argv)
    if args.command == "build":
        from pipeline.commands.build import run_build

        return run_build(quiet=args.quiet)
    if args.command == "sources":
        from pipeline.commands.sources import print_sources

        return print_sources(sys.stdout)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
