"""Imported by the analysis workers' fork server (parallel.py): the Russian models it loads here are in every
worker it forks, shared, instead of loaded again by each worker."""
from pipeline.nlp.russian import morph_vocab

morph_vocab()  # loads all the models at once
