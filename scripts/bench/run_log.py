"""What the Dagster instance recorded about the last run: each step's start, end and duration (STEP_START and
STEP_SUCCESS/STEP_FAILURE events), and the metadata each asset materialisation carried (row counts, pages
parsed now and reused)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

STEP_END_EVENTS = ("STEP_SUCCESS", "STEP_FAILURE")


@dataclass(frozen=True)
class StepTiming:
    step: str
    start: float
    end: float
    seconds: float
    succeeded: bool


@dataclass
class RunLog:
    run_id: str
    status: str
    steps: list[StepTiming] = field(default_factory=list)
    metadata: dict[str, dict] = field(default_factory=dict)  # asset key -> {name: value}


def last_run(dagster_home: Path) -> RunLog:
    return _run(dagster_home, first=False)


def first_run(dagster_home: Path) -> RunLog:
    """The oldest run recorded (a benchmark's full build, before its re-run and +1% runs)."""
    return _run(dagster_home, first=True)


def _run(dagster_home: Path, first: bool) -> RunLog:
    import dagster as dg

    instance = dg.DagsterInstance.from_config(str(Path(dagster_home).resolve()))
    try:
        runs = instance.get_runs(limit=None if first else 1)
        if not runs:
            raise RuntimeError(f"no run recorded in {dagster_home}")
        run = runs[-1] if first else runs[0]
        log = RunLog(run.run_id, run.status.value)
        starts: dict[str, float] = {}
        for entry in instance.all_logs(run.run_id):
            event = entry.dagster_event
            if event is None:
                continue
            kind = event.event_type_value
            if kind == "STEP_START":
                starts[event.step_key] = entry.timestamp
            elif kind in STEP_END_EVENTS:
                start = starts.get(event.step_key, entry.timestamp)
                seconds = _duration_ms(event) / 1000 if _duration_ms(event) is not None else entry.timestamp - start
                log.steps.append(StepTiming(event.step_key, start, entry.timestamp, seconds, kind == "STEP_SUCCESS"))
            elif kind == "ASSET_MATERIALIZATION":
                materialization = event.event_specific_data.materialization
                log.metadata[materialization.asset_key.to_user_string()] = {
                    name: getattr(value, "value", value) for name, value in materialization.metadata.items()}
        return log
    finally:
        instance.dispose()


def _duration_ms(event) -> float | None:
    return getattr(event.event_specific_data, "duration_ms", None)
