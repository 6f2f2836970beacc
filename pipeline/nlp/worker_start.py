"""Imported by the analysis workers' fork server (parallel.py): the Russian models it loads here are in every
worker it forks, shared, instead of loaded again by each worker, and so are the rules that analyse a document
(analysis.py imports them only when a document is analysed). So is the parse step's code with the stoplists its
fallback extractor loads on first use: the server a build starts early forks the parse step's workers too
(pipeline/documents/collect.py), which would each load them."""
import pipeline.documents.collect  # noqa: F401
import pipeline.nlp.events  # noqa: F401
import pipeline.nlp.mentions  # noqa: F401
import pipeline.nlp.statements  # noqa: F401
from pipeline.extract.fallback import load_stoplists
from pipeline.nlp.parallel import loaded
from pipeline.nlp.russian import morph_vocab

morph_vocab()  # loads all the models at once
load_stoplists()
loaded()  # last: the server may fork workers now
