"""Starting the Dagster webserver on loopback, asking its GraphQL API, and photographing the asset graph.

Used by the UI test and by scripts/screenshot_asset_graph.py (which refreshes docs/asset-graph.png).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
ASSETS_QUERY = """
{ assetNodes { assetKey { path } groupName description kinds
               assetChecksOrError { ... on AssetChecks { checks { name } } } } }
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_webserver(env: dict[str, str], timeout_s: float = 90.0) -> Iterator[str]:
    """A dagster-webserver on 127.0.0.1 serving workspace.yaml; yields its base URL and stops it afterwards."""
    port = free_port()
    binary = Path(sys.executable).with_name("dagster-webserver")
    process = subprocess.Popen(
        [str(binary), "-w", str(ROOT / "workspace.yaml"), "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"dagster-webserver exited: {process.stderr.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/server_info", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"dagster-webserver did not answer on {url} within {timeout_s:.0f} s")
                time.sleep(0.5)
        yield url
    finally:
        # SIGINT is what the webserver handles for a clean stop; the whole group goes in case it spawned children.
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def graphql(url: str, query: str) -> dict:
    request = urllib.request.Request(f"{url}/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.loads(response.read())
    if answer.get("errors"):
        raise RuntimeError(f"GraphQL errors: {answer['errors']}")
    return answer["data"]


def dismiss_welcome(url: str) -> None:
    """Mark the UI's one-time community dialog as seen, so it does not cover the page in a screenshot."""
    graphql(url, "mutation { setNuxSeen }")


def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(url: str, target: Path, width: int = 1600, height: int = 1000, wait_ms: int = 20000) -> Path:
    """Headless Chromium renders `url` (giving the page `wait_ms` of virtual time) into a PNG."""
    binary = chromium_binary()
    if binary is None:
        raise FileNotFoundError("no chromium on PATH (Debian: apt-get install chromium)")
    target.parent.mkdir(parents=True, exist_ok=True)
    profile = target.parent / ".chromium-profile"
    subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", f"--user-data-dir={profile}", f"--window-size={width},{height}",
         f"--virtual-time-budget={wait_ms}", f"--screenshot={target}", url],
        check=True, capture_output=True, timeout=120,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return target
