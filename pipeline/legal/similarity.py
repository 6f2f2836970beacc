"""How alike two articles are in content, whatever their numbers: TF-IDF cosine over word stems.

Russian and Kazakh inflect heavily ("Парламент", "Парламента", "Парламентом"), so a word is cut to its
first letters, a crude stem that needs no model. Words frequent in every article of both versions
("Республики", "Казахстан", "закон") weigh little; the words an article is about weigh most.
"""
from __future__ import annotations

import math
from collections import Counter

from pipeline.legal.textnorm import comparison_tokens

STEM_LENGTH = 5


def stems(text: str) -> list[str]:
    out = []
    for token in comparison_tokens(text):
        word = "".join(ch for ch in token.lower() if ch.isalpha())
        if len(word) >= 3:
            out.append(word[:STEM_LENGTH])
    return out


def tfidf_vectors(texts_a: list[str], texts_b: list[str]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Unit-length TF-IDF vectors, the IDF taken over both sides so both are weighed alike."""
    counts = [Counter(stems(t)) for t in texts_a + texts_b]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts)
    vectors = []
    for c in counts:
        v = {term: (1 + math.log(tf)) * math.log((1 + n) / (1 + df[term])) for term, tf in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({term: x / norm for term, x in v.items()})
    return vectors[: len(texts_a)], vectors[len(texts_a):]


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(term, 0.0) for term, x in a.items())


def similarity_matrix(texts_a: list[str], texts_b: list[str]) -> list[list[float]]:
    va, vb = tfidf_vectors(texts_a, texts_b)
    return [[cosine(x, y) for y in vb] for x in va]
