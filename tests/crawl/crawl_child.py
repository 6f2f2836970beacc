"""Run one crawl of a test site in its own process, so a test can SIGKILL it: crawl_child.py BASE_URL DATA_DIR RATE."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipeline.crawl.config import CrawlConfig  # noqa: E402
from pipeline.crawl.runner import run_crawl  # noqa: E402
from pipeline.sources.base import ParsedPage, Source  # noqa: E402


def main() -> None:
    base, data_dir, rate = sys.argv[1].rstrip("/"), Path(sys.argv[2]), float(sys.argv[3])
    source = Source(name="killsite", title="kill test", hosts=("localhost", "127.0.0.1"), languages=("ru",),
                    kind="news", parse=lambda page: ParsedPage("", ""), discovery="listing",
                    start_urls=(f"{base}/list/1",), article_url=r"/news/\d+$", rate_limit_per_s=rate)
    config = CrawlConfig(data_dir=data_dir, allow_loopback=True, backoff_factor_s=0.01, retries=1,
                         max_warc_bytes=int(sys.argv[4]) if len(sys.argv) > 4 else 1_000_000_000)
    run_crawl(config, [source])


if __name__ == "__main__":
    main()
