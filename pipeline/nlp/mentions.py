"""Which parts of the Constitution a statement talks about: the Preamble, an article, or an institution.

extract_mentions(statements) -> rows:
  mention_id str (stable), statement_id str, document_id str,
  target_kind str   preamble | article | institution
  target str        "preamble", "article 47", or an institution key: kurultai, halyk_kenesi, vice_president,
                    constitutional_court
  matched_text str  the words in the statement
  char_start int, char_end int   offsets into the document text
  language str
"""
from __future__ import annotations

import re

from pipeline.nlp.records import stable_id

_TARGETS = [
    ("preamble", "preamble", re.compile(r"\b(?:[Пп]реамбул\w*|[Pp]reamble)")),
    ("article", None, re.compile(r"\b(?:[Сс]тат(?:ья|ьи|ье|ью|ьей|ей|ьях|ьям))\s+(?P<n>\d+(?:-\d+)?)\b")),
    ("article", None, re.compile(r"\b(?P<n>\d+(?:-\d+)?)-(?:бап|баб)\w*")),
    ("article", None, re.compile(r"\b[Aa]rticles?\s+(?P<n>\d+(?:-\d+)?)\b")),
    # the parliament of 2026, not the National Kurultai (a consultative forum since 2022)
    ("institution", "kurultai", re.compile(r"(?<!Национального\s)(?<!Национальном\s)(?<!Национальный\s)(?<!Ұлттық\s)"
                                           r"(?<!National\s)\b(?:Курулта\w*|Құрылтай\w*|Kurultai)")),
    ("institution", "halyk_kenesi", re.compile(r"\b(?:Халык\s+Кенеси|Халық\s+Кеңес\w*|Halyk\s+Kenesi)")),
    ("institution", "vice_president", re.compile(r"\b(?:[Вв]ице-президент\w*|[Vv]ice[- ]presiden\w*)")),
    ("institution", "constitutional_court", re.compile(r"\b(?:Конституционн\w+\s+суд\w*|Конституциялық\s+сот\w*|Constitutional\s+Court)")),
]


def extract_mentions(statements: list[dict]) -> list[dict]:
    rows = []
    for statement in statements:
        text = statement["statement_text"]
        seen: set[str] = set()
        for kind, fixed, regex in _TARGETS:
            for m in regex.finditer(text):
                target = fixed or f"article {m.group('n')}"
                if target in seen:
                    continue
                seen.add(target)
                start = statement["char_start"] + m.start()
                rows.append({
                    "mention_id": stable_id("mn", statement["statement_id"], target),
                    "statement_id": statement["statement_id"],
                    "document_id": statement["document_id"],
                    "target_kind": kind,
                    "target": target,
                    "matched_text": m.group(0),
                    "char_start": start,
                    "char_end": start + len(m.group(0)),
                    "language": statement["language"],
                })
    rows.sort(key=lambda r: (r["document_id"], r["char_start"], r["target"]))
    return rows
