"""The workers' server loads natasha's embedding without navec's similarity tables: the same vectors, the same
similarities when asked for."""
import subprocess
import sys

CHECK = """
import numpy as np
from natasha import NewsEmbedding
from pipeline.model_loading import navec_lookups_only

words = ["конституция", "референдум", "парламент", "депутат"]
original = NewsEmbedding()
navec_lookups_only()
light = NewsEmbedding()
assert not hasattr(light.pq, "ab") and not hasattr(light.pq, "norm")
assert all(np.array_equal(original[w], light[w]) for w in words)
assert np.array_equal(original.pq.unpack()[:100], light.pq.unpack()[:100])
assert [light.sim(words[0], w) for w in words] == [original.sim(words[0], w) for w in words]
assert hasattr(light.pq, "ab")  # computed when first asked for
print("same")
"""


def test_the_embedding_loads_without_similarity_tables_and_answers_the_same():
    # a fresh interpreter: the patch is the server's, for its whole life
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["same"]
