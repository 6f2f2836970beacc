"""The live crawl: polite HTTP (retries, Retry-After, robots.txt, per-host rate, conditional GET), discovery by
kind, crawl state in the data dir, and every exchange archived to raw/warc/. See docs/crawl.md.

`python -m pipeline.crawl` is the command line; `pipeline.crawl.runner.run_crawl` the function behind it."""
