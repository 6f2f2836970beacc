import json
from pathlib import Path

import pytest

LABELLED = Path(__file__).parent / "labelled"


def load_labelled() -> list[dict]:
    pages = []
    for gold_path in sorted(LABELLED.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["id"] = gold_path.stem
        gold["body"] = gold_path.with_suffix(".html").read_bytes()
        pages.append(gold)
    return pages


@pytest.fixture(scope="session")
def labelled() -> list[dict]:
    return load_labelled()


@pytest.fixture(scope="session")
def extracted(labelled):
    from pipeline.extract import extract

    return {page["id"]: extract(page["body"], page["url"]) for page in labelled}
