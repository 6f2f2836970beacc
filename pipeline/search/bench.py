"""Index build rate and query latency of search on synthetic documents: python -m pipeline.search.bench [N].

The documents are made of a Zipf-distributed vocabulary of invented roots with real Russian, Kazakh and English
endings (so the stemmers work as on news), with the reform's words mixed in, in the three languages.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path

import duckdb

from pipeline.search.install import install_search

STORAGE_COMPATIBILITY = "v1.0.0"
QUERIES = ("конституционная реформа", "Құрылтай", "референдум Конституции", "Kurultai amendments",
           "Мәжіліс депутаттары", "президент заявил о поправках", "сайлау")
_REFORM_WORDS = {
    "ru": "Конституция Конституции Конституцию конституционной реформа реформы реформе Курултай Курултая референдум "
          "референдума Мажилис Мажилиса Сенат Сената президент президента поправки поправок депутаты депутатов",
    "kk": "Конституция Конституциясы Конституцияның Құрылтай Құрылтайдың Құрылтайға референдум референдумда "
          "Мәжіліс Мәжілістің Сенат Сенаттың Президент Президенттің депутаттары депутаттарының сайлау сайлауда",
    "en": "Constitution constitutional reform reforms Kurultai referendum Parliament Senate Mazhilis president "
          "amendments amendment deputies elections",
}
_ENDINGS = {
    "ru": "а ы у ой ом е и ов ами ах ия ии ий ая ое ого ому ые ых ился ала ает ют",
    "kk": "дың дің ға ге да де дан ден мен ы і сы лар лер тар тер дары лері ның",
    "en": "s es ed ing ment ments ion ions al ly",
}
_SYLLABLES = {
    "ru": "ка ло ми ре то са ну ве ди ко па ри сто пра гор нар вол дел мир зем",
    "kk": "қа лы мі ре тө са ну ел ді ко па рі жер тіл құр ана бас ақ көш",
    "en": "ka lo mi re to sa nu ve di co pa ri sto pra gor nar vol del mir ter",
}


def synthetic_documents(count: int, seed: int = 6, vocabulary: int = 30000,
                        words: tuple[int, int] = (150, 600)) -> Iterator[tuple[str, str, str]]:
    """(id, language, text) of count documents, a third in each language."""
    rng = random.Random(seed)
    roots = {lang: [_root(rng, syllables.split()) for _ in range(vocabulary)] for lang, syllables in _SYLLABLES.items()}
    cumulative = list(accumulate(1 / (rank + 1) for rank in range(vocabulary)))
    for number in range(count):
        language = ("ru", "kk", "en")[number % 3]
        endings = _ENDINGS[language].split()
        length = rng.randint(*words)
        chosen = rng.choices(roots[language], cum_weights=cumulative, k=length)
        text = [root + rng.choice(endings) if rng.random() < 0.6 else root for root in chosen]
        reform = _REFORM_WORDS[language].split()
        for _ in range(rng.randint(0, 12)):
            text.insert(rng.randrange(len(text) + 1), rng.choice(reform))
        yield f"doc{number:06d}", language, " ".join(text)


def _root(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))


def measure(count: int, repeats: int = 5, vocabulary: int = 30000) -> dict:
    """Build a v1.0.0 DuckDB file with search over count documents; time the build and the queries read-only."""
    with tempfile.TemporaryDirectory(prefix="atazan-search-bench-") as folder:
        path = Path(folder) / "bench.duckdb"
        documents = list(synthetic_documents(count, vocabulary=vocabulary))  # made before the clock starts: only indexing is timed
        con = duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
        started = time.perf_counter()
        rows = install_search(con, documents)
        con.execute("CHECKPOINT")
        build_seconds = time.perf_counter() - started
        con.close()
        con = duckdb.connect(str(path), read_only=True)
        latencies: dict[str, float] = {}
        hits: dict[str, int] = {}
        for query in QUERIES:
            timings = []
            for _ in range(repeats):
                started = time.perf_counter()
                hits[query] = len(con.execute("SELECT * FROM search_documents(?)", [query]).fetchall())
                timings.append(time.perf_counter() - started)
            latencies[query] = statistics.median(timings) * 1000
        con.close()
        return {
            "documents": count,
            "build_seconds": round(build_seconds, 2),
            "documents_per_second": round(count / build_seconds),
            "rows": rows,
            "file_mb": round(path.stat().st_size / 1e6, 1),
            "query_ms_median": {q: round(ms, 1) for q, ms in latencies.items()},
            "query_ms_worst": round(max(latencies.values()), 1),
            "hits": hits,
        }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=int, nargs="?", default=10000)
    print(json.dumps(measure(parser.parse_args(argv).documents), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
