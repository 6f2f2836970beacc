import pytest

from pipeline.search.index import ITEMS_SCHEMA, TERMS_SCHEMA, index_rows


def test_postings_count_stems_and_items_their_length():
    [batch] = index_rows([("document", "d1", "ru", "Конституция и Конституции, реформа")])
    assert batch.terms.schema == TERMS_SCHEMA and batch.items.schema == ITEMS_SCHEMA
    assert sorted(batch.terms.to_pylist(), key=lambda r: r["term"]) == [
        {"term": "конституц", "kind": "document", "id": "d1", "tf": 2},
        {"term": "реформ", "kind": "document", "id": "d1", "tf": 1},
    ]
    assert batch.items.to_pylist() == [{"kind": "document", "id": "d1", "language": "ru", "length": 3}]


def test_items_come_in_batches_read_lazily():
    read = []

    def items():
        for number in range(5):
            read.append(number)
            yield "statement", f"s{number}", "en", "The Kurultai"

    batches = index_rows(items(), batch_size=2)
    first = next(batches)
    assert first.items.num_rows == 2 and read == [0, 1]  # the rest is not read before it is needed
    assert [b.items.num_rows for b in batches] == [2, 1]


def test_a_missing_language_is_told_from_the_text():
    [batch] = index_rows([
        ("document", "kk", None, "Құрылтай депутаттары Конституция жобасын талқылады"),
        ("document", "en", "xx", "The Kurultai replaces the two chambers of Parliament"),
        ("document", "short", None, "12:00"),
    ])
    assert batch.items.column("language").to_pylist() == ["kk", "en", "ru"]


def test_an_empty_text_is_an_item_of_length_zero():
    [batch] = index_rows([("document", "empty", "ru", None)])
    assert batch.terms.num_rows == 0
    assert batch.items.column("length").to_pylist() == [0]


def test_unknown_kinds_are_refused():
    with pytest.raises(ValueError, match="kind"):
        list(index_rows([("article", "a1", "ru", "текст")]))
