"""Per-host CA bundles: some .kz government hosts chain to Kazakhstan's national root CA, which common bundles
lack. Verification is never switched off; such a host is verified against the common roots plus its own."""
from __future__ import annotations

import threading
from pathlib import Path

import certifi

from pipeline.crawl.guard import host_allowed


class CaBundles:
    def __init__(self, pairs: tuple[tuple[str, str], ...], work_dir: Path):
        self._pairs = tuple((host.lower(), Path(path)) for host, path in pairs)
        for host, path in self._pairs:
            if not path.is_file():
                raise ValueError(f"CA bundle for {host} not found: {path}")
            if b"-----BEGIN CERTIFICATE-----" not in path.read_bytes():
                raise ValueError(f"CA bundle for {host} holds no PEM certificate: {path}")
        self._work_dir = Path(work_dir)
        self._combined: dict[str, str] = {}
        self._lock = threading.Lock()

    def verify_for(self, host: str) -> bool | str:
        """What requests' `verify` gets for `host`: True (the common roots) or a combined PEM file."""
        for configured, path in self._pairs:
            if host_allowed(host, (configured,)):
                return self._combined_bundle(configured, path)
        return True

    def _combined_bundle(self, host: str, extra: Path) -> str:
        with self._lock:
            if host not in self._combined:
                self._work_dir.mkdir(parents=True, exist_ok=True)
                target = self._work_dir / f"{host}.pem"
                tmp = target.with_suffix(".pem.tmp")
                tmp.write_bytes(Path(certifi.where()).read_bytes() + b"\n" + extra.read_bytes())
                tmp.replace(target)
                self._combined[host] = str(target)
            return self._combined[host]
