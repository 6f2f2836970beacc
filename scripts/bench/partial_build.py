"""Materialise only the assets of some stages (e.g. WARC read and parse), headless, in the Dagster instance of
$DAGSTER_HOME: the memory check at sizes where the whole build would take hours.

    python -m scripts.bench.partial_build "WARC read,parse"

It runs the pipeline's own asset code and records the run like `atazan build`, so the same event-log reader
gives each step's time.
"""
from __future__ import annotations

import sys


def materialise_stages(stages: set[str]) -> bool:
    import dagster as dg

    from pipeline.definitions import defs
    from scripts.bench.stages import asset_ops, stage_of

    keys = [key for op, (_, op_keys) in asset_ops().items() if stage_of(op) in stages for key in op_keys]
    if not keys:
        raise SystemExit(f"no asset belongs to the stages {sorted(stages)}")
    executable = [a for a in defs.assets if isinstance(a, dg.AssetsDefinition) and a.is_executable]
    result = dg.materialize(executable, instance=dg.DagsterInstance.get(), resources=defs.resources,
                            selection=dg.AssetSelection.keys(*keys), raise_on_error=False)
    return result.success


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    return 0 if materialise_stages({s.strip() for s in argv[0].split(",") if s.strip()}) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
