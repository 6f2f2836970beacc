"""A module that takes a second to import, as the workers' server's models do, and then says the server has
loaded, as worker_start.py does (test_parallel.py preloads it)."""
import time

from pipeline.nlp.parallel import loaded

time.sleep(1)
loaded()
