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

    commands.add_parser("sources", help="the source registry as a table",
                        description="Print every source of the registry: its hosts, languages, how the crawl "
                        "discovers its pages, its rate limit and whether it is enabled.")

    extract = commands.add_parser(
        "extract", help="parse HTML files or WARC archives as the pipeline would and print one JSON line per page",
        description="Parse pages with the same code as core_documents, without Dagster, and print one JSON object "
        "per page and line: url, source, parser, title, published_at (UTC), language, kind, text, relevant (the "
        "reform-relevance verdict, reported, not applied) and errors. A page that cannot be parsed is a line with "
        "its errors; the exit status is non-zero only when no PATH could be read.")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="an HTML (or JSON) file, or a WARC file (.warc, .warc.gz) whose HTML and JSON "
                         "responses are all printed")
    extract.add_argument("--url", type=_web_address,
                         help="the address of the HTML file(s), which picks the site parser; default: the page's "
                         "canonical link or og:url (WARC records carry their own)")

    args = parser.parse_args(argv)
    if args.command == "build":
        from pipeline.commands.build import run_build

        return run_build(quiet=args.quiet)
    if args.command == "release":
        from pipeline.commands.release import run_release

        return run_release(args.releases_dir)
    if args.command == "sources":
        from pipeline.commands.sources import print_sources

        return print_sources(sys.stdout)
    if args.command == "extract":
        from pipeline.commands.extract import run_extract

        return _to_stdout(lambda out: run_extract(args.paths, args.url, out))
    parser.error(f"unknown command {args.command}")
    return 2


def _web_address(value: str) -> str:
    from pipeline.commands.extract import is_web_address

    if not is_web_address(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not an absolute http(s) URL")
    return value


def _to_stdout(command) -> int:
    """Run `command(stdout)` writing UTF-8 JSON lines; a reader that closes the pipe early (`| head`) is no error."""
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    try:
        return command(out)
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit; point it at /dev/null instead.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
