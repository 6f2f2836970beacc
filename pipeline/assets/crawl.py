"""The live crawl as a Dagster asset partitioned by source: one broken site never blocks the others, and a
backfill of one source is one partition."""
import dagster as dg

from pipeline.resources import CRAWL_DIR, WARC_DIR, AtazanSettings, CrawlSettings
from pipeline.sources.registry import all_sources, source_by_name

OWNERS = ["team:atazan-data"]
HISTORY = CRAWL_DIR + "history.jsonl"
CRAWL_TAG = {"atazan/crawl": "true"}  # runs with this tag are queued one at a time (dagster_home/dagster.yaml)

source_partitions = dg.StaticPartitionsDefinition([s.name for s in all_sources() if s.discovery])


@dg.asset(
    group_name="crawl",
    kinds={"warc"},
    owners=OWNERS,
    partitions_def=source_partitions,
    op_tags=CRAWL_TAG,
    description="Fetch one source's new and changed pages politely (robots.txt, rate limit, conditional GET) into "
                "raw/warc/. Partitioned by source.",
)
def raw_crawl(context: dg.AssetExecutionContext, settings: AtazanSettings, crawl: CrawlSettings) -> dg.MaterializeResult:
    # the crawl's modules (its fetcher, requests: 0.08 s and 12 MB) load when a crawl runs, not in every process
    # that loads the definitions (each build, the code server)
    from pipeline.crawl.history import append_history
    from pipeline.crawl.runner import allowed_hosts, run_crawl

    source = source_by_name(context.partition_key)
    every_host = allowed_hosts(all_sources())  # redirects between known sites are followed
    # New WARC files only are pushed back: the scratch directory holds no old ones.
    with settings.staged(reads=[CRAWL_DIR], writes=[WARC_DIR, CRAWL_DIR]) as local:
        report = run_crawl(crawl.config(local), [source], allowlist=every_host)
        append_history(local.root / HISTORY, report)
    result = report.sources[0]
    if result.error:
        context.log.error(f"{source.name}: {result.error}")
    return dg.MaterializeResult(metadata={
        "pages_fetched": result.pages_fetched,
        "not_modified": result.not_modified,
        "failed": result.failed,
        "refused": result.refused,
        "requests": result.requests,
        "bytes_downloaded": result.bytes_downloaded,
        "warc_files": dg.MetadataValue.json(report.warc_files),
        "error": result.error or "",
    })


@dg.asset_check(asset="raw_crawl", name="sources_not_empty",
                description="Fails when a source's crawl has fetched nothing, or only errors, for several runs in a "
                            "row (the 'empty scrape' failure: a moved feed, a block, a dead site).")
def sources_not_empty(settings: AtazanSettings) -> dg.AssetCheckResult:
    from pipeline.crawl.history import empty_sources

    with settings.staged(reads=[HISTORY]) as local:
        flagged = empty_sources(local.root / HISTORY)
    return dg.AssetCheckResult(
        passed=not flagged,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"empty_sources": dg.MetadataValue.json([f.__dict__ for f in flagged])},
        description="; ".join(f"{f.source}: nothing for {f.runs} runs ({f.last_error or 'no error given'})"
                              for f in flagged) or None,
    )
