"""One polite fetch: allowlist and address checks, robots.txt, the per-host slot, conditional headers, redirects
followed by hand (each hop checked), a capped body, and every exchange archived with the state it changes."""
from __future__ import annotations

import base64
import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import requests
from requests.utils import get_environ_proxies

from pipeline.crawl.config import ROBOTS_AGENT, CrawlConfig
from pipeline.crawl.guard import HostGuard
from pipeline.crawl.ratelimit import HostRateLimiter
from pipeline.crawl.robots import RobotsAnswer, RobotsPolicy
from pipeline.crawl.session import RETRY_STATUSES, build_session
from pipeline.crawl.state import FetchRecord, variant_of
from pipeline.crawl.store import CrawlStore
from pipeline.crawl.tls import CaBundles
from pipeline.warc.writer import HttpExchange, WrittenRecord, warc_date

REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks parsers to read at least 500 KiB
MAX_CRAWL_DELAY_S = 60.0  # a larger robots Crawl-delay is capped, or one site would stall the run
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchRequest:
    url: str
    source: str
    role: str = "page"  # page | discovery | robots: written to the WARC as Atazan-Role
    request_headers: tuple[tuple[str, str], ...] = ()
    conditional: bool = True  # send the ETag / Last-Modified remembered for this URL
    remember: bool = True  # remember validators now (discovery confirms them once its links are saved)
    check_robots: bool = True
    interval_s: float = 1.0
    max_bytes: int | None = None
    attempts_allowed: int = 3  # for pages: runs before a failing page is given up

    @property
    def variant(self) -> str:
        return variant_of(self.request_headers)


@dataclass
class Fetched:
    url: str
    variant: str
    final_url: str
    status: int | None
    headers: dict[str, str] = field(default_factory=dict)  # of the last hop, names lower-cased
    body: bytes = b""
    not_modified: bool = False
    truncated: str | None = None
    error: str | None = None
    refused: bool = False
    retry_later: bool = False  # a refusal that may lift (robots.txt unreachable): the page stays pending
    fetched_at: datetime | None = None
    record: WrittenRecord | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


@dataclass
class SourceStats:
    requests: int = 0
    bytes: int = 0
    pages_fetched: int = 0
    not_modified: int = 0
    refused: int = 0
    failed: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


@dataclass
class _Hop:
    url: str
    host: str
    interval_s: float
    source: str
    role: str
    retried: list = field(default_factory=list)


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest warcio writes for `body`."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


class Fetcher:
    def __init__(self, config: CrawlConfig, store: CrawlStore, guard: HostGuard,
                 limiter: HostRateLimiter | None = None):
        self.config = config
        self.store = store
        self.guard = guard
        self.limiter = limiter or HostRateLimiter()
        self.ca_bundles = CaBundles(config.ca_bundles, config.crawl_dir / "ca")
        self.session = build_session(config, observer=self._archive_retried, before_retry=self._wait_before_retry)
        self.robots = RobotsPolicy(ROBOTS_AGENT, self._fetch_robots)
        self._local = threading.local()
        self._stats: dict[str, SourceStats] = {}
        self._stats_lock = threading.Lock()

    def stats(self, source: str) -> SourceStats:
        with self._stats_lock:
            return self._stats.setdefault(source, SourceStats())

    def close(self) -> None:
        self.session.close()

    # -- the public fetch ---------------------------------------------------------------------------------
    def fetch(self, request: FetchRequest) -> Fetched:
        state = self.store.state
        previous = state.row(request.url, request.variant)
        conditional: list[tuple[str, str]] = []
        if request.conditional and previous is not None and (previous.payload_digest or request.role != "page"):
            if previous.etag:
                conditional.append(("If-None-Match", previous.etag))
            if previous.last_modified:
                conditional.append(("If-Modified-Since", previous.last_modified))
        exchanges: list[HttpExchange] = []
        url = request.url
        result: Fetched | None = None
        for hop in range(self.config.max_redirects + 1):
            refusal = self.guard.refusal(url)
            retry_later = False
            if refusal is None and request.check_robots:
                rules = self.robots.rules(url)
                delay = rules.crawl_delay(ROBOTS_AGENT)
                if delay:
                    self.limiter.slow_down(_host(url), min(delay, MAX_CRAWL_DELAY_S))
                if not rules.allows(ROBOTS_AGENT, url):
                    refusal = rules.reason or "robots.txt disallows it"
                    retry_later = rules.disallow_all
            if refusal is not None:
                result = Fetched(request.url, request.variant, url, None, error=f"refused: {refusal}", refused=True,
                                 retry_later=retry_later)
                break
            headers = list(request.request_headers) + (conditional if hop == 0 else [])
            try:
                exchange = self._send(url, headers, request, previous if hop == 0 else None)
            except _PeerRefused as exc:
                exchanges.extend(self._take_retried())
                result = Fetched(request.url, request.variant, url, None, error=f"refused: {exc}", refused=True)
                break
            except requests.RequestException as exc:
                exchanges.extend(self._take_retried())
                result = Fetched(request.url, request.variant, url, None, error=_describe(exc))
                break
            exchanges.extend(self._take_retried())
            exchanges.append(exchange)
            headers_in = {k.lower(): v for k, v in exchange.response_headers}
            location = headers_in.get("location")
            if exchange.status in REDIRECTS and location:
                url = urljoin(url, location.strip())
                continue
            result = Fetched(request.url, request.variant, url, exchange.status, headers_in, exchange.body,
                             not_modified=exchange.status == 304, truncated=exchange.truncated,
                             fetched_at=exchange.fetched_at)
            break
        if result is None:
            result = Fetched(request.url, request.variant, url, exchanges[-1].status if exchanges else None,
                             error=f"more than {self.config.max_redirects} redirects")
        record = self._fetch_record(request, result, previous)
        written, _ = self.store.save(exchanges, fetches=[record])
        if written and result.status is not None and not result.refused and result.error is None:
            result.record = written[-1]
        self._count(request, result, exchanges)
        return result

    # -- one request -------------------------------------------------------------------------------------------
    def _send(self, url: str, headers: list[tuple[str, str]], request: FetchRequest, previous) -> HttpExchange:
        host = _host(url)
        self._local.hop = _Hop(url, host, request.interval_s, request.source, request.role)
        self.limiter.wait(host, request.interval_s)
        fetched_at = datetime.now(timezone.utc)
        response = self.session.get(url, headers=dict(headers), stream=True, allow_redirects=False,
                                    timeout=(self.config.connect_timeout_s, self.config.read_timeout_s),
                                    verify=self.ca_bundles.verify_for(host))
        try:
            ip = _peer_ip(response)
            if ip and not get_environ_proxies(url):
                refusal = self.guard.address_refusal(ip)
                if refusal:
                    raise _PeerRefused(f"connected to {refusal}")
            limit = request.max_bytes or self.config.max_body_bytes
            body, truncated = read_capped(response, limit, self.config.body_deadline_s)
        finally:
            response.close()
        # The URL as sent (percent-encoded, e.g. Cyrillic slugs) is what the archive records.
        sent_url = response.request.url or url
        refers_to = None
        if response.status_code == 304 and previous is not None and previous.payload_digest:
            refers_to = (sent_url, previous.warc_date or warc_date(fetched_at), previous.payload_digest)
        return HttpExchange(
            url=sent_url, fetched_at=fetched_at, status=response.status_code, reason=response.reason or "",
            request_headers=tuple(response.request.headers.items()),
            response_headers=tuple(response.raw.headers.items()),
            body=body, http_version=_http_version(response.raw.version), truncated=truncated, ip_address=ip,
            refers_to=refers_to, extra_warc_headers=self._warc_extras(request),
        )

    def _warc_extras(self, request: FetchRequest) -> dict[str, str]:
        return {"Atazan-Source": request.source, "Atazan-Role": request.role}

    def _archive_retried(self, response) -> None:
        """A 429/5xx that urllib3 is about to retry: keep it, it is part of what the site answered."""
        hop: _Hop | None = getattr(self._local, "hop", None)
        if hop is None:
            return
        try:
            body = response.read(amt=ROBOTS_MAX_BYTES, decode_content=True) or b""
            truncated = None
        except Exception:  # the answer we are discarding anyway broke off: archive what arrived
            body, truncated = b"", "disconnect"
        hop.retried.append(HttpExchange(
            url=hop.url, fetched_at=datetime.now(timezone.utc), status=int(response.status),
            reason=getattr(response, "reason", "") or "", response_headers=tuple(response.headers.items()),
            request_headers=(("User-Agent", self.config.user_agent),), body=body,
            http_version=_http_version(getattr(response, "version", 11)), truncated=truncated,
            extra_warc_headers={"Atazan-Source": hop.source, "Atazan-Role": hop.role, "Atazan-Retried": "true"},
        ))

    def _wait_before_retry(self) -> None:
        hop: _Hop | None = getattr(self._local, "hop", None)
        if hop is not None:
            self.limiter.wait(hop.host, hop.interval_s)

    def _take_retried(self) -> list[HttpExchange]:
        hop: _Hop | None = getattr(self._local, "hop", None)
        if hop is None:
            return []
        taken, hop.retried = hop.retried, []
        return taken

    # -- what the state learns ---------------------------------------------------------------------------
    def _fetch_record(self, request: FetchRequest, result: Fetched, previous) -> FetchRecord:
        transient = (result.retry_later or (result.status is None and not result.refused)
                     or result.status in RETRY_STATUSES)
        attempts_so_far = previous.attempts if previous is not None else 0
        done = True
        if request.role == "page" and transient and attempts_so_far + 1 < request.attempts_allowed:
            done = False
        complete = result.status == 200 and result.truncated is None and result.error is None
        validators = None
        if request.remember and complete:
            validators = (result.headers.get("etag"), result.headers.get("last-modified"))
        return FetchRecord(
            url=request.url, variant=request.variant, source=request.source, role=request.role,
            fetched_at=result.fetched_at or datetime.now(timezone.utc), status=result.status,
            request_headers=request.request_headers, done=done, validators=validators,
            warc_date=warc_date(result.fetched_at) if complete and result.fetched_at else None,
            payload_digest=payload_digest(result.body) if complete else None,
            final_url=result.final_url if result.final_url != request.url else None,
            error=result.error or (f"HTTP {result.status}" if transient and result.status else None),
            failed_attempt=transient,
        )

    def _count(self, request: FetchRequest, result: Fetched, exchanges: list[HttpExchange]) -> None:
        stats = self.stats(request.source)
        with self._stats_lock:
            stats.requests += len(exchanges)
            stats.bytes += sum(len(e.body) for e in exchanges)
            for e in exchanges:
                stats.statuses[e.status] = stats.statuses.get(e.status, 0) + 1
            if result.refused:
                stats.refused += 1
            elif result.not_modified:
                stats.not_modified += 1
            elif result.ok and request.role == "page":
                stats.pages_fetched += 1
            elif not result.ok and request.role != "robots":  # a missing robots.txt is no failure
                stats.failed += 1

    # -- robots.txt ----------------------------------------------------------------------------------------
    def _fetch_robots(self, origin: str) -> RobotsAnswer:
        source = getattr(self._local, "source", None) or "robots"
        interval = getattr(self._local, "interval_s", 1.0)
        mark_key = f"robots:{origin}"
        state = self.store.state
        known = state.mark(mark_key)
        request = FetchRequest(f"{origin}/robots.txt", source=source, role="robots", conditional=known is not None,
                               remember=False, check_robots=False, interval_s=interval, max_bytes=ROBOTS_MAX_BYTES)
        result = self.fetch(request)
        if result.not_modified and known is not None:
            return RobotsAnswer(200, known)
        if result.status == 200 and result.error is None:
            text = result.body.decode("utf-8", "replace")
            state.commit(confirm=[(request.url, request.variant, source, None, result.headers.get("etag"),
                                   result.headers.get("last-modified"))], marks={mark_key: text})
            return RobotsAnswer(200, text)
        if result.refused or result.error:
            return RobotsAnswer(None)
        return RobotsAnswer(result.status)

    def for_source(self, source: str, interval_s: float) -> None:
        """Names the source and spacing this thread fetches for (robots.txt fetches are counted to it)."""
        self._local.source = source
        self._local.interval_s = interval_s


class _PeerRefused(Exception):
    pass


def read_capped(response: requests.Response, limit: int, deadline_s: float) -> tuple[bytes, str | None]:
    """The decoded body up to `limit` bytes, and why it was cut (WARC-Truncated), if it was."""
    chunks: list[bytes] = []
    size = 0
    started = time.monotonic()
    try:
        while True:
            chunk = response.raw.read1(_CHUNK, decode_content=True)
            if not chunk:
                break
            if size + len(chunk) > limit:
                chunks.append(chunk[: limit - size])
                return b"".join(chunks), "length"
            chunks.append(chunk)
            size += len(chunk)
            if time.monotonic() - started > deadline_s:
                return b"".join(chunks), "time"
    except Exception:  # urllib3's ProtocolError, ReadTimeoutError, DecodeError...: keep what arrived
        return b"".join(chunks), "disconnect"
    return b"".join(chunks), None


def _peer_ip(response: requests.Response) -> str | None:
    raw = response.raw
    for path in (("connection", "sock"), ("_fp", "fp", "raw", "_sock")):
        obj = raw
        try:
            for name in path:
                obj = getattr(obj, name)
            return obj.getpeername()[0]
        except (AttributeError, OSError, TypeError):
            continue
    return None


def _http_version(version) -> str:
    return {9: "HTTP/0.9", 10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(version, "HTTP/1.1")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _describe(exc: Exception) -> str:
    text = str(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        return f"TLS verification failed: {text[:300]}"
    if isinstance(exc, requests.Timeout):
        return f"timeout: {text[:300]}"
    return f"{type(exc).__name__}: {text[:300]}"


__all__ = ["Fetcher", "FetchRequest", "Fetched", "SourceStats", "read_capped", "payload_digest"]
