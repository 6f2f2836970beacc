"""robots.txt, fetched once per origin and run, obeyed for every URL (RFC 9309 reading of the answers)."""
from __future__ import annotations

import threading
import urllib.robotparser
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit


@dataclass(frozen=True)
class RobotsAnswer:
    """What fetching /robots.txt gave: a status (None when no answer came) and the text to obey."""

    status: int | None
    text: str = ""


@dataclass
class RobotsRules:
    parser: urllib.robotparser.RobotFileParser | None
    allow_all: bool = False
    disallow_all: bool = False
    reason: str = ""

    def allows(self, agent: str, url: str) -> bool:
        if self.disallow_all:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def rules_from(answer: RobotsAnswer) -> RobotsRules:
    status = answer.status
    if status is None or status >= 500 or status == 429:
        # RFC 9309 §2.3.1.3: an unreachable robots.txt means the whole site is off limits for now.
        return RobotsRules(None, disallow_all=True, reason=f"robots.txt unreachable ({status or 'no answer'})")
    if 400 <= status < 500:
        return RobotsRules(None, allow_all=True, reason=f"robots.txt answered {status}")
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(answer.text.splitlines())
    return RobotsRules(parser)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class RobotsPolicy:
    """Caches the rules per origin; `fetch_robots(origin)` is the crawl's own fetch (archived, rate-limited)."""

    def __init__(self, agent: str, fetch_robots: Callable[[str], RobotsAnswer]):
        self.agent = agent
        self._fetch = fetch_robots
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def rules(self, url: str) -> RobotsRules:
        origin = origin_of(url)
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin even when two sources share it
            if origin not in self._rules:
                self._rules[origin] = rules_from(self._fetch(origin))
            return self._rules[origin]

    def allows(self, url: str) -> bool:
        return self.rules(url).allows(self.agent, url)
