"""Which URLs the crawl may ask for: hosts of the registry only, and never a private or loopback address."""
from __future__ import annotations

import ipaddress
import socket
import threading
from typing import Callable, Iterable
from urllib.parse import urlsplit

Resolver = Callable[[str], list[str]]


def resolve_addresses(host: str) -> list[str]:
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)})


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in allowed)


class HostGuard:
    def __init__(self, allowed_hosts: Iterable[str], allow_loopback: bool = False,
                 resolver: Resolver = resolve_addresses):
        self.allowed_hosts = tuple(sorted({h.lower().rstrip(".") for h in allowed_hosts if h}))
        self.allow_loopback = allow_loopback
        self._resolver = resolver
        self._resolved: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def refusal(self, url: str) -> str | None:
        """Why `url` must not be fetched, or None when it may be."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return f"scheme {parts.scheme or '(none)'!r} is not http(s)"
        host = (parts.hostname or "").lower()
        if not host:
            return "URL has no host"
        if not host_allowed(host, self.allowed_hosts):
            return f"host {host} is not on the allowlist"
        try:
            addresses = self._addresses(host)
        except OSError:
            # Not a refusal: the request fails as a network error (and is retried on a later run); the
            # connected socket's address is checked again anyway.
            return None
        for address in addresses:
            reason = self.address_refusal(address)
            if reason:
                return f"host {host} resolves to {reason}"
        return None

    def address_refusal(self, address: str) -> str | None:
        """Why a connection to `address` must not be used (checked again on the connected socket)."""
        try:
            ip = ipaddress.ip_address(address.split("%")[0])
        except ValueError:
            return f"an unreadable address {address!r}"
        if getattr(ip, "ipv4_mapped", None):
            ip = ip.ipv4_mapped
        if ip.is_loopback:
            return None if self.allow_loopback else f"loopback address {ip}"
        if not ip.is_global:
            return f"non-public address {ip}"
        return None

    def _addresses(self, host: str) -> list[str]:
        with self._lock:
            if host in self._resolved:
                return self._resolved[host]
        addresses = self._resolver(host)
        if not addresses:
            raise OSError("no addresses")
        with self._lock:
            self._resolved[host] = addresses
        return addresses
