"""What changed between two versions, article by article, word by word.

Texts are compared in their comparison form (textnorm): NBSP, quotes, dashes, hyphenation and line
breaks are gone before any word is compared, so a re-typeset article is "unchanged", never "modified".
"""
from __future__ import annotations

from difflib import SequenceMatcher

from pipeline.legal.align import unaligned
from pipeline.legal.textnorm import comparison_text, word_key

CHANGE_TYPES = ("added", "removed", "modified", "moved", "unchanged")

CHANGE_COLUMNS = {
    "change_id": "str",
    "version_a": "str",
    "version_b": "str",
    "language": "str",
    "article_id_a": "str | None",
    "article_id_b": "str | None",
    "article_number_a": "str | None",
    "article_number_b": "str | None",
    "change_type": "str",
    "similarity": "float",
    "alignment_method": "str | None",
    "words_removed": "int",
    "words_added": "int",
    "diff": "list[list[str]]",  # [op, text]: "=" kept, "-" removed, "+" added
}


def word_diff(text_a: str, text_b: str) -> tuple[float, list[list[str]]]:
    """(similarity ratio in [0, 1], compact word diff as [op, text] runs) of two texts."""
    words_a = comparison_text(text_a).split()
    words_b = comparison_text(text_b).split()
    keys_a = [word_key(w) for w in words_a]
    keys_b = [word_key(w) for w in words_b]
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    ops: list[list[str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, "=", words_b[j1:j2])
        else:
            _append(ops, "-", words_a[i1:i2])
            _append(ops, "+", words_b[j1:j2])
    ratio = matcher.ratio() if (keys_a or keys_b) else 1.0
    return round(ratio, 4), ops


def article_changes(rows_a: list[dict], rows_b: list[dict], alignment: list[dict]) -> list[dict]:
    """One row per aligned pair (modified / moved / unchanged) and per unaligned article (removed / added)."""
    by_id = {row["article_id"]: row for row in rows_a + rows_b}
    # Added and removed rows have one side only; the versions compared are still both known.
    versions = (rows_a[0]["version_id"] if rows_a else None, rows_b[0]["version_id"] if rows_b else None)
    out = []
    for pair in alignment:
        a, b = by_id.get(pair["article_id_a"]), by_id.get(pair["article_id_b"])
        if a is None or b is None:
            raise ValueError(f"alignment {pair['alignment_id']} names an article not in the rows given")
        similarity, ops = word_diff(a["text"], b["text"])
        if all(op == "=" for op, _ in ops):
            change_type = "unchanged" if a["article_number"] == b["article_number"] else "moved"
        else:
            change_type = "modified"
        out.append(_change_row(versions, a, b, change_type, similarity, ops, pair["method"]))
    for a in unaligned(rows_a, alignment, "a"):
        out.append(_change_row(versions, a, None, "removed", 0.0, _whole("-", a["text"]), None))
    for b in unaligned(rows_b, alignment, "b"):
        out.append(_change_row(versions, None, b, "added", 0.0, _whole("+", b["text"]), None))
    return out


def change_summary(changes: list[dict]) -> dict[str, int]:
    counts = {change_type: 0 for change_type in CHANGE_TYPES}
    for change in changes:
        counts[change["change_type"]] += 1
    return counts


def _append(ops: list[list[str]], op: str, words: list[str]) -> None:
    if not words:
        return
    text = " ".join(words)
    if ops and ops[-1][0] == op:
        ops[-1][1] += " " + text
    else:
        ops.append([op, text])


def _whole(op: str, text: str) -> list[list[str]]:
    words = comparison_text(text).split()
    return [[op, " ".join(words)]] if words else []


def _change_row(versions: tuple[str | None, str | None], a: dict | None, b: dict | None, change_type: str, similarity: float,
                ops: list[list[str]], method: str | None) -> dict:
    ref = a or b
    version_a, version_b = versions
    return {
        "change_id": f"{a['article_id'] if a else '-'}=>{b['article_id'] if b else '-'}",
        "version_a": version_a,
        "version_b": version_b,
        "language": ref["language"],
        "article_id_a": a["article_id"] if a else None,
        "article_id_b": b["article_id"] if b else None,
        "article_number_a": a["article_number"] if a else None,
        "article_number_b": b["article_number"] if b else None,
        "change_type": change_type,
        "similarity": similarity,
        "alignment_method": method,
        "words_removed": sum(len(text.split()) for op, text in ops if op == "-"),
        "words_added": sum(len(text.split()) for op, text in ops if op == "+"),
        "diff": ops,
    }
