"""Imported by the workers' server `atazan build` starts before the run (pipeline/commands/build.py): the parse
step's code and the stoplists its fallback extractor loads on first use, so that the parse step's workers, forked
from that server, start warm (each would spend 0.3 s on them, on cores the parse fills: +0.3 s of a run that adds
1,000 pages). The inventory's server, started when a small increment's analysis is near, leaves them out."""
import pipeline.documents.collect  # noqa: F401
from pipeline.extract.fallback import load_stoplists

load_stoplists()
