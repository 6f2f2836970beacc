"""Imported by the analysis workers' fork server (parallel.py): the Russian models it loads here are in every
worker it forks, shared, instead of loaded again by each worker, and so are the rules that analyse a document
(analysis.py imports them only when a document is analysed). Last, the modules the server was asked to load too
(`atazan build` asks for the parse step's: pipeline/documents/parse_start.py), then it says it has loaded: until
then a worker forked from it would wait, so the parse step parses in its own process meanwhile."""
import os

import pymorphy2_dicts_ru

from pipeline.model_loading import navec_lookups_only

# pymorphy2 finds its dictionary among every installed package's entry points, importing pkg_resources to do so:
# a quarter of the models' second, on the core the parse step waits for. Its own setting names the dictionary
# it would find (a user's setting is kept). Here, not in russian.py: how the server loads the models is not
# what they say, and russian.py's code is part of the analysis's version (analysis.nlp_version).
os.environ.setdefault("PYMORPHY2_DICT_PATH", pymorphy2_dicts_ru.get_path())
navec_lookups_only()

import pipeline.nlp.events  # noqa: F401
import pipeline.nlp.mentions  # noqa: F401
import pipeline.nlp.statements  # noqa: F401
from pipeline.nlp.parallel import finish_loading
from pipeline.nlp.russian import morph_vocab

morph_vocab()  # loads all the models at once
finish_loading()
