"""Which article of one version (or language) is which article of another.

Across versions numbers cannot be trusted (the text of 2026 renumbers everything), so articles are
matched by content: identical texts first, then a one-to-one greedy assignment on the TF-IDF similarity
matrix, best pairs first, above a threshold. Greedy on a sorted matrix is what Hungarian assignment gives
when the best pairs are clear, which is the case for law texts; it needs no solver.
Across languages of one version, numbers are what ties articles together.
"""
from __future__ import annotations

from collections import Counter

from pipeline.legal.similarity import similarity_matrix, stems
from pipeline.legal.textnorm import comparison_text

# Below this cosine two articles share only the legal boilerplate every article has. Chosen on the pairs
# checked by hand in docs/legal-alignment.md.
CONTENT_THRESHOLD = 0.35
# An article left over after the one-to-one pass whose words are (nearly) all inside one article of the
# other version was merged into it (or split out of it): "merged" / "split" pairs, many-to-one.
CONTAINMENT_THRESHOLD = 0.9
# Among near-ties, prefer the pair whose positions in the two texts agree: order is mostly kept.
POSITION_WEIGHT = 0.05

ALIGNMENT_COLUMNS = {
    "alignment_id": "str",
    "version_a": "str",
    "language_a": "str",
    "article_id_a": "str",
    "article_number_a": "str",
    "version_b": "str",
    "language_b": "str",
    "article_id_b": "str",
    "article_number_b": "str",
    "score": "float",
    "method": "str",
}


def align_versions(rows_a: list[dict], rows_b: list[dict], threshold: float = CONTENT_THRESHOLD) -> list[dict]:
    """One-to-one article pairs between two versions (same language), with a score in [0, 1] and a method.

    Methods: "same_number_same_text", "same_text" (moved unchanged), "preamble", "same_number" (same
    number and similar content), "content" (matched by content alone); then, for articles still
    unmatched, "merged" (its words are inside an article of b that already has a partner) and "split"
    (the same the other way), the only pairs that are not one-to-one.
    """
    pairs: list[tuple[dict, dict, float, str]] = []
    free_a = list(rows_a)
    free_b = list(rows_b)

    by_text: dict[str, list[dict]] = {}
    for row in free_b:
        by_text.setdefault(comparison_text(row["text"]), []).append(row)
    for row in list(free_a):
        candidates = by_text.get(comparison_text(row["text"]), [])
        same_number = next((c for c in candidates if c["article_number"] == row["article_number"]), None)
        if not row["text"]:
            # A repealed article's empty text says nothing about where it went; only its number does.
            candidates = [same_number] if same_number else []
        if not candidates:
            continue
        match = same_number or candidates[0]
        candidates.remove(match)
        method = "same_number_same_text" if match["article_number"] == row["article_number"] else "same_text"
        pairs.append((row, match, 1.0, method))
        free_a.remove(row)
        free_b.remove(match)

    preamble_a = next((r for r in free_a if r["article_number"] == "preamble"), None)
    preamble_b = next((r for r in free_b if r["article_number"] == "preamble"), None)
    if preamble_a and preamble_b:
        score = similarity_matrix([preamble_a["text"]], [preamble_b["text"]])[0][0]
        pairs.append((preamble_a, preamble_b, score, "preamble"))
        free_a.remove(preamble_a)
        free_b.remove(preamble_b)

    free_a = [r for r in free_a if r["text"]]
    free_b = [r for r in free_b if r["text"]]
    if free_a and free_b:
        matrix = similarity_matrix([r["text"] for r in free_a], [r["text"] for r in free_b])
        position_a = _positions(rows_a)
        position_b = _positions(rows_b)
        candidates = []
        for i, row_a in enumerate(free_a):
            for j, row_b in enumerate(free_b):
                score = matrix[i][j]
                if score < threshold:
                    continue
                distance = abs(position_a[row_a["article_id"]] - position_b[row_b["article_id"]])
                candidates.append((score + POSITION_WEIGHT * (1 - distance), score, i, j))
        candidates.sort(key=lambda c: (-c[0], c[2], c[3]))
        used_a: set[int] = set()
        used_b: set[int] = set()
        for _, score, i, j in candidates:
            if i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            same = free_a[i]["article_number"] == free_b[j]["article_number"]
            pairs.append((free_a[i], free_b[j], score, "same_number" if same else "content"))

    pairs.extend(_partial_pairs(pairs, rows_a, rows_b, threshold))
    order_a = {row["article_id"]: k for k, row in enumerate(rows_a)}
    pairs.sort(key=lambda p: order_a[p[0]["article_id"]])
    return [_alignment_row(a, b, score, method) for a, b, score, method in pairs]


def _partial_pairs(pairs, rows_a, rows_b, threshold) -> list[tuple[dict, dict, float, str]]:
    used_a = {a["article_id"] for a, _, _, _ in pairs}
    used_b = {b["article_id"] for _, b, _, _ in pairs}
    left_a = [r for r in rows_a if r["article_id"] not in used_a and r["text"]]
    left_b = [r for r in rows_b if r["article_id"] not in used_b and r["text"]]
    out = []
    for left, others, method, flip in ((left_a, rows_b, "merged", False), (left_b, rows_a, "split", True)):
        others = [r for r in others if r["text"]]
        if not left or not others:
            continue
        matrix = similarity_matrix([r["text"] for r in left], [r["text"] for r in others])
        other_stems = [Counter(stems(r["text"])) for r in others]
        for i, row in enumerate(left):
            words = Counter(stems(row["text"]))
            total = sum(words.values()) or 1
            best_j = max(range(len(others)), key=lambda j: sum((words & other_stems[j]).values()))
            contained = sum((words & other_stems[best_j]).values()) / total
            if contained >= CONTAINMENT_THRESHOLD and matrix[i][best_j] >= threshold:
                a, b = (others[best_j], row) if flip else (row, others[best_j])
                out.append((a, b, matrix[i][best_j], method))
    return out


def align_languages(rows_a: list[dict], rows_b: list[dict]) -> list[dict]:
    """The same article in two languages of one version, linked by its number (method "cross_language").

    The score is the agreement of the two articles' point numbers (Jaccard; 1.0 when both have the same
    points or none): a translation keeps its points, so a low score flags a misparse on one side.
    """
    by_number = {row["article_number"]: row for row in rows_b}
    out = []
    for row in rows_a:
        match = by_number.get(row["article_number"])
        if match is None:
            continue
        points_a, points_b = set(row["points"]), set(match["points"])
        union = points_a | points_b
        score = len(points_a & points_b) / len(union) if union else 1.0
        out.append(_alignment_row(row, match, score, "cross_language"))
    return out


def unaligned(rows: list[dict], alignment: list[dict], side: str) -> list[dict]:
    """Rows of side "a" or "b" that no alignment pair uses."""
    used = {pair[f"article_id_{side}"] for pair in alignment}
    return [row for row in rows if row["article_id"] not in used]


def _positions(rows: list[dict]) -> dict[str, float]:
    last = max(len(rows) - 1, 1)
    return {row["article_id"]: k / last for k, row in enumerate(rows)}


def _alignment_row(a: dict, b: dict, score: float, method: str) -> dict:
    return {
        "alignment_id": f"{a['article_id']}=>{b['article_id']}",
        "version_a": a["version_id"],
        "language_a": a["language"],
        "article_id_a": a["article_id"],
        "article_number_a": a["article_number"],
        "version_b": b["version_id"],
        "language_b": b["language"],
        "article_id_b": b["article_id"],
        "article_number_b": b["article_number"],
        "score": round(float(score), 4),
        "method": method,
    }
