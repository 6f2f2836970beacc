"""The analysis workers' server is started early only in runs that analyse."""
from types import SimpleNamespace

import dagster as dg

from pipeline.assets import analysis_workers
from pipeline.metadata.statements import CORE_STATEMENTS
from pipeline.metadata.tables import RAW_WARC_RECORDS


def _context(selection):
    return SimpleNamespace(run=SimpleNamespace(asset_selection=selection))


def test_a_run_of_every_asset_or_one_with_the_analysis_starts_the_server(monkeypatch):
    started = []
    monkeypatch.setattr(analysis_workers, "start_early", lambda function, preload, items: started.append(items))
    analysis_workers.start_analysis_workers(_context(None), 3)
    analysis_workers.start_analysis_workers(_context(frozenset()), 4)  # a whole job's run, as a build makes it
    analysis_workers.start_analysis_workers(_context({dg.AssetKey(CORE_STATEMENTS.name)}), 5)
    analysis_workers.start_analysis_workers(_context({dg.AssetKey(RAW_WARC_RECORDS.name)}), 7)  # no analysis
    assert started == [3, 4, 5]
