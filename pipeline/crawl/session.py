"""The one HTTP session of a crawl: urllib3 retries with backoff that honour Retry-After, and a hook that lets
the crawl archive the answers a retry swallows (a 429 or 503 is a response too)."""
from __future__ import annotations

from typing import Callable

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from pipeline.crawl.config import CrawlConfig

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

# Called with the urllib3 response that is about to be retried, and before the retry is sent.
RetriedObserver = Callable[[object], None]
BeforeRetry = Callable[[], None]


class ObservedRetry(Retry):
    """urllib3's Retry, plus: each retried response goes to `observer`; `before_retry` runs after the backoff
    (the crawl waits for its per-host slot there); a Retry-After above `max_retry_after` is not waited for."""

    observer: RetriedObserver | None = None
    before_retry: BeforeRetry | None = None
    max_retry_after: float = 300.0

    def new(self, **kw):
        fresh = super().new(**kw)
        fresh.observer = self.observer
        fresh.before_retry = self.before_retry
        fresh.max_retry_after = self.max_retry_after
        return fresh

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        if response is not None:
            wait = self.get_retry_after(response)
            if wait is not None and wait > self.max_retry_after:
                # urllib3 hands the response back as final when raise_on_status is off.
                raise MaxRetryError(_pool, url, ResponseError(f"Retry-After {wait:.0f}s is longer than we wait"))
        fresh = super().increment(method, url, response, error, _pool, _stacktrace)
        if response is not None and self.observer is not None:
            self.observer(response)
        return fresh

    def sleep(self, response=None):
        super().sleep(response)
        if self.before_retry is not None:
            self.before_retry()


def build_session(config: CrawlConfig, observer: RetriedObserver | None = None,
                  before_retry: BeforeRetry | None = None) -> requests.Session:
    retry = ObservedRetry(
        total=config.retries, connect=config.retries, read=config.retries, status=config.retries,
        redirect=0, other=0,
        allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=RETRY_STATUSES,
        backoff_factor=config.backoff_factor_s,
        backoff_max=60.0,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )
    retry.observer = observer
    retry.before_retry = before_retry
    retry.max_retry_after = config.max_retry_after_s
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=16, pool_maxsize=16)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.clear()
    session.headers.update({
        "User-Agent": config.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8",
        # Only encodings we can always decode; the archive keeps the decoded payload.
        "Accept-Encoding": "gzip, deflate",
        "Connection": "keep-alive",
    })
    return session
