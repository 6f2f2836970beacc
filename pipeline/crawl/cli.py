"""`python -m pipeline.crawl`: the live crawl `make crawl` runs, into $ATAZAN_DATA_DIR/raw/warc/."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import replace
from datetime import datetime

from pipeline.crawl.config import CrawlConfig, data_dir_from_env, parse_ca_bundles
from pipeline.crawl.discovery import DISCOVERY
from pipeline.crawl.runner import CrawlLocked, allowed_hosts, run_crawl
from pipeline.documents.dates import parse_date
from pipeline.sources.registry import all_sources


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m pipeline.crawl", description=(
        "Crawl the registry's sources politely into $ATAZAN_DATA_DIR/raw/warc/ (default ./data)."))
    parser.add_argument("--sources", help="comma-separated source names (default: every enabled source)")
    parser.add_argument("--max-pages", type=int, help="article pages fetched per source in this run")
    parser.add_argument("--max-discovery-pages", type=int, help="feed/listing/API pages per source (default 50)")
    parser.add_argument("--since", help="skip items dated before this day (YYYY-MM-DD, Almaty time)")
    parser.add_argument("--ca-bundle", action="append", default=[], metavar="HOST=PEM",
                        help="extra CA certificates for HOST and its subdomains (repeatable; also ATAZAN_CA_BUNDLES)")
    parser.add_argument("--data-dir", help="overrides ATAZAN_DATA_DIR")
    parser.add_argument("--list", action="store_true", help="list the sources and their discovery, then exit")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    registry = all_sources()
    if args.list:
        for source in registry:
            state = "enabled" if source.enabled else "disabled"
            print(f"{source.name:24} {source.discovery or '-':15} {source.rate_limit_per_s:g}/s  {state}  "
                  f"{', '.join(source.start_urls)[:80]}")
        return 0
    try:
        config = _config(args)
        chosen = _choose(registry, args.sources)
    except ValueError as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 2
    if not chosen:
        print("crawl: no enabled source with a discovery kind; nothing to do", file=sys.stderr)
        return 0
    try:
        # Every enabled registry host: a redirect from one known site to another is followed.
        hosts = allowed_hosts([*chosen, *(s for s in registry if s.enabled)])
        report = run_crawl(config, chosen, allowlist=hosts)
    except CrawlLocked as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 1
    for s in report.sources:
        line = (f"{s.source:24} requests={s.requests} pages={s.pages_fetched} unchanged={s.not_modified} "
                f"refused={s.refused} failed={s.failed} new={s.newly_discovered} pending={s.pending_left} "
                f"bytes={s.bytes_downloaded}")
        print(line + (f"  ERROR {s.error}" if s.error else ""))
        for warning in s.warnings[:5]:
            print(f"    warning: {warning}")
    print(f"WARC files: {', '.join(report.warc_files) or '(none)'}  report: {config.crawl_dir / 'last_run.json'}")
    return 1 if any(s.error for s in report.sources) else 0


def _config(args: argparse.Namespace) -> CrawlConfig:
    data_dir = data_dir_from_env() if not args.data_dir else __import__("pathlib").Path(args.data_dir)
    bundles = parse_ca_bundles(os.environ.get("ATAZAN_CA_BUNDLES", "")) + parse_ca_bundles(";".join(args.ca_bundle))
    config = CrawlConfig(data_dir=data_dir.resolve(), ca_bundles=bundles)
    if args.max_pages is not None:
        if args.max_pages < 0:
            raise ValueError("--max-pages must be 0 or more")
        config = replace(config, max_pages=args.max_pages)
    if args.max_discovery_pages is not None:
        config = replace(config, max_discovery_pages=max(0, args.max_discovery_pages))
    if args.since:
        since = _since(args.since)
        config = replace(config, since=since)
    return config


def _since(text: str) -> datetime:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError as exc:
        raise ValueError(f"--since {text!r} is not YYYY-MM-DD") from exc
    moment = parse_date(text)
    assert moment is not None  # a valid YYYY-MM-DD always parses
    return moment


def _choose(registry, names: str | None):
    if names:
        wanted = [n.strip() for n in names.split(",") if n.strip()]
        by_name = {s.name: s for s in registry}
        missing = [n for n in wanted if n not in by_name]
        if missing:
            raise ValueError(f"unknown source(s): {', '.join(missing)} (known: {', '.join(sorted(by_name)) or 'none'})")
        chosen = [by_name[n] for n in wanted]
    else:
        chosen = [s for s in registry if s.enabled]
    unusable = [s.name for s in chosen if s.discovery not in DISCOVERY]
    if names and unusable:
        raise ValueError(f"source(s) without a known discovery kind: {', '.join(unusable)}")
    return [s for s in chosen if s.discovery in DISCOVERY]
