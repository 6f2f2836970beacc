"""The dataset as a whole: name, licences, sources, coverage; shared by datapackage.json and the dictionary."""
from __future__ import annotations

NAME = "atazan"
TITLE = "atazan: the open dataset of Kazakhstan's 2026 constitutional reform"
DESCRIPTION = (
    "Every version of the Constitution of Kazakhstan article by article, the events of the 2026 constitutional "
    "reform and who said what about it, compiled from official texts and news reports in Russian, Kazakh and English."
)
HOMEPAGE = "https://github.com/atazan/atazan"
LICENSES = [
    {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/"},
]
KEYWORDS = ["Kazakhstan", "constitution", "referendum", "Kurultai", "open data", "Казахстан", "Конституция", "Ата Заң"]
# The reform's span; documents outside it may still appear (earlier editions of the Constitution).
TEMPORAL_COVERAGE = {"start": "1995-08-30", "end": "2026-12-31"}
