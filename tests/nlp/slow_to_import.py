"""A module that takes a second to import, as the workers' server's models do, and then finishes the server's
loading, as worker_start.py does (test_parallel.py preloads it)."""
import time

from pipeline.nlp.parallel import finish_loading

time.sleep(1)
finish_loading()
