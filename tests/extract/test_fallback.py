"""The fallback extractor's stoplists, loaded by a process before it forks workers."""
from trafilatura import external

from pipeline.extract.fallback import load_stoplists


def test_the_stoplists_are_loaded_once_for_the_processes_forked_after(monkeypatch):
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    load_stoplists()
    # what trafilatura's justext rescue reads before it would load them itself
    assert external.JT_STOPLIST and {"и", "the", "der"} <= set(external.JT_STOPLIST)
