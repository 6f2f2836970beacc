"""One build's measurements put together: the child's wall/CPU/peak RSS, each step's time and peak memory
(PSS of the build and its workers while the step ran), and the steps summed per stage (pages per second over
the archive's records)."""
from __future__ import annotations

from dataclasses import dataclass, field

from scripts.bench.build_run import BuildRun
from scripts.bench.run_log import RunLog
from scripts.bench.stages import STAGES, stage_of

CAPTURES_ASSET = "core_document_captures"


@dataclass(frozen=True)
class StepMeasure:
    step: str
    stage: str
    seconds: float
    peak_rss_mb: float | None
    succeeded: bool


@dataclass(frozen=True)
class StageMeasure:
    stage: str
    seconds: float
    pages_per_s: float | None
    peak_rss_mb: float | None


@dataclass
class BuildMeasure:
    label: str
    pages: int  # records in the archive
    run: BuildRun
    log: RunLog
    steps: list[StepMeasure] = field(default_factory=list)

    @property
    def succeeded(self) -> bool:
        return self.run.returncode == 0 and self.log.status == "SUCCESS"

    @property
    def step_seconds(self) -> float:
        return sum(s.seconds for s in self.steps)

    @property
    def outside_steps_s(self) -> float:
        """Interpreter start, imports, loading the definitions and Dagster's own bookkeeping."""
        return self.run.wall_s - self.step_seconds

    def stages(self) -> list[StageMeasure]:
        out = []
        for stage in STAGES:
            steps = [s for s in self.steps if s.stage == stage]
            if not steps:
                continue
            seconds = sum(s.seconds for s in steps)
            peaks = [s.peak_rss_mb for s in steps if s.peak_rss_mb is not None]
            out.append(StageMeasure(stage, seconds, self.pages / seconds if seconds > 0 else None,
                                    max(peaks) if peaks else None))
        return out

    def parse_counts(self) -> dict:
        meta = self.log.metadata.get(CAPTURES_ASSET, {})
        return {k: meta.get(k) for k in ("responses", "parsed_now", "reused")}


def measure(label: str, pages: int, run: BuildRun, log: RunLog) -> BuildMeasure:
    result = BuildMeasure(label, pages, run, log)
    for step in log.steps:
        result.steps.append(StepMeasure(step.step, stage_of(step.step), step.seconds,
                                        run.peak_between(step.start, step.end), step.succeeded))
    return result
