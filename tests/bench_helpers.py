"""What the benchmark scripts' tests share: a small kept testbed, as `make bench --keep` leaves one."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def kept_testbed(tmp_path: Path, pages: int = 30) -> Path:
    """scripts/bench_build.py run on `pages` pages, kept: the testbed folder (`pages-N/` with data/ and
    dagster_home/) the +1% and fresh-build scripts take."""
    kept = tmp_path / "kept"
    subprocess.run([sys.executable, "scripts/bench_build.py", "--sizes", str(pages), "--extraction-sample", "5",
                    "--passes", "1", "--no-incremental", "--keep", str(kept)], cwd=ROOT, check=True,
                   capture_output=True)
    return kept / f"pages-{pages}"
