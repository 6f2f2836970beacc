"""Per-host request spacing shared by every thread of a crawl."""
from __future__ import annotations

import threading
import time
from typing import Callable


class HostRateLimiter:
    """Hands out request slots per host at least `interval` seconds apart.

    A slot is reserved under the lock and slept for outside it, so threads crawling different hosts never
    wait for each other, and two sources on one host share its budget.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._floor: dict[str, float] = {}

    def slow_down(self, host: str, interval_s: float) -> None:
        """Never space requests to `host` closer than `interval_s` (robots.txt Crawl-delay)."""
        with self._lock:
            self._floor[host] = max(self._floor.get(host, 0.0), interval_s)

    def wait(self, host: str, interval_s: float) -> float:
        """Block until `host` may be asked again; returns the seconds slept."""
        with self._lock:
            now = self._clock()
            interval = max(interval_s, self._floor.get(host, 0.0))
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        delay = slot - now
        if delay > 0:
            self._sleep(delay)
        return max(delay, 0.0)
