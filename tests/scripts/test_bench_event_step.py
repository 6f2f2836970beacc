"""The event step benchmark (scripts/bench/event_step.py) brings a copy of the outputs before a run up to date with
the inputs after it, as the step itself does: its tables are those the step writes."""
import random
import shutil

import pyarrow.parquet as pq

from pipeline.nlp.incremental import AGGREGATES
from scripts.bench.event_step import main
from tests.nlp.test_merge_incremental import Archive, _step, _step_inputs


def test_the_benchmark_writes_the_steps_tables(tmp_path, capsys):
    archive = Archive(random.Random(31), 40)
    before, after = tmp_path / "before", tmp_path / "after"
    _step_inputs(archive, before)
    _step(before)
    shutil.copytree(before, after)
    archive.change(1)
    _step_inputs(archive, after)
    scratch = tmp_path / "scratch"
    assert main([str(before), str(after), "--repeat", "2", "--scratch", str(scratch)]) == 0
    out = capsys.readouterr().out
    assert "whole=False" in out and "wall s:" in out
    _step(after)
    for table in AGGREGATES:
        name = f"{table.name}.parquet"
        assert pq.read_table(scratch / "core" / name).equals(pq.read_table(after / "core" / name)), name


def test_a_folder_that_is_no_built_testbed_is_refused(tmp_path, capsys):
    assert main([str(tmp_path), str(tmp_path)]) == 2
    assert "no core/events_and_people.state.json" in capsys.readouterr().err
