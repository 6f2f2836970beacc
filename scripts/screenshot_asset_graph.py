"""Refresh docs/asset-graph.png: build the sample into a scratch instance, start the UI, photograph the graph."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.webui import ROOT, dismiss_welcome, running_webserver, screenshot  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        home, data = Path(scratch) / "home", Path(scratch) / "data"
        home.mkdir()
        shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
        env = {"DAGSTER_HOME": str(home), "ATAZAN_DATA_DIR": str(data)}
        subprocess.run([sys.executable, "-m", "pipeline.cli", "build", "--quiet"], env={**os.environ, **env},
                       check=True, cwd=ROOT)
        with running_webserver(env) as url:
            dismiss_welcome(url)
            layers = screenshot(f"{url}/asset-groups", ROOT / "docs" / "asset-graph.png", width=1800, height=1100)
            core = screenshot(f"{url}/locations/pipeline.definitions/asset-groups/core",
                              ROOT / "docs" / "asset-graph-core.png", width=1800, height=1100)
    print(f"wrote {layers} and {core}")


if __name__ == "__main__":
    main()
