"""The metadata module describes every table and column, and everything generated from it agrees with it."""
import pyarrow.parquet as pq
import pytest

from pipeline.metadata.dictionary import DICTIONARY_PATH, render
from pipeline.metadata.tables import TABLES, published_tables
from pipeline.storage.sql_models import load_models
from pipeline.storage.parts import part_files


def test_every_table_and_column_has_a_description():
    for table in TABLES.values():
        assert len(table.description) > 20, table.name
        for column in table.columns:
            assert len(column.description) > 10, f"{table.name}.{column.name}"


def test_every_sql_model_is_described_and_every_out_table_has_a_model():
    models = {m.name for m in load_models()}
    described = {t.name for t in TABLES.values() if t.layer == "out"}
    assert models == described


def test_published_tables_have_keys_and_no_lists_in_cells():
    for table in published_tables():
        assert table.primary_key, table.name
        assert all(c.type != "list" for c in table.columns), table.name


def test_the_committed_data_dictionary_is_up_to_date():
    assert DICTIONARY_PATH.read_text(encoding="utf-8") == render(), \
        "docs/data-dictionary.md is stale: run `python -m pipeline.metadata.dictionary`"


@pytest.mark.parametrize("table", [t for t in TABLES.values() if t.layer in ("core", "out")], ids=lambda t: t.name)
def test_every_built_table_matches_its_description_exactly(sample_build, table):
    data_dir, _ = sample_build
    path = data_dir / table.layer / f"{table.name}.parquet"
    parts = part_files(path)  # a table kept as a folder of parts: every part
    assert parts, f"{path} was not built"
    for part in parts:
        assert pq.read_schema(part).names == table.column_names


def test_published_parquet_columns_are_described(sample_build):
    data_dir, _ = sample_build
    for table in published_tables():
        names = pq.read_schema(data_dir / "publish" / "parquet" / f"{table.published_as}.parquet").names
        assert names == table.column_names
