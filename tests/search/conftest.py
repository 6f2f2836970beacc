"""DuckDB files with search installed, written in storage format v1.0.0 and reopened read-only."""
import shutil

import duckdb
import pytest

from pipeline.search.install import install_published_search, install_search

DOCUMENTS = [
    ("ru-reform", "ru", "Конституционная реформа\n\nПоправки в Конституцию обсуждали в Мажилисе. Текст Конституции "
                        "изменит порядок выборов, а конституционной комиссии поручено подготовить проект."),
    ("ru-weather", "ru", "Погода в Астане\n\nВ столице ожидается снег, водителей просят быть внимательнее."),
    ("kk-kurultai", "kk", "Құрылтай туралы\n\nҚұрылтайдың депутаттары Құрылтай отырысында Конституциясы туралы "
                          "пікір айтты. Құрылтайға сайлау келесі жылы өтеді, Құрылтай бір палаталы болады."),
    ("kk-once", "kk", "Ауа райы\n\nАстанада қар жауады. Жүргізушілер абай болуы керек. Кеше Құрылтай туралы да "
                      "айтылды, бірақ негізгі тақырып ауа райы болды, ауа райы қолайсыз, жол тайғақ."),
    ("en-amend", "en", "Amendments approved\n\nThe amendments to the Constitution were approved; the constitutional "
                       "court will review them and voters voted in the referendum."),
    ("ru-kurultai", "ru", "Курултай вместо парламента\n\nКурултай станет однопалатным. Депутаты Курултая будут "
                          "избираться по партийным спискам; Курултаю передадут законодательные полномочия."),
    ("ru-once", "ru", "Новости экономики\n\nТенге укрепился, нефть подорожала, банки снизили ставки по депозитам. "
                      "Инфляция замедлилась, правительство обсудило тарифы. Аналитики ждут роста. Вскользь упомянут и Курултай."),
]
STATEMENTS = [
    ("s-ru", "ru", "Реформа Конституции укрепит парламент"),
    ("s-kk", "kk", "Құрылтайдың өкілеттігі кеңейеді"),
    ("s-en", None, "The Kurultai will have a single chamber"),
]


@pytest.fixture(scope="session")
def search_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "search.duckdb"
    con = duckdb.connect(str(path), config={"storage_compatibility_version": "v1.0.0"})
    try:
        install_search(con, DOCUMENTS, STATEMENTS)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


@pytest.fixture
def search_db(search_file):
    con = duckdb.connect(str(search_file), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="session")
def published_with_search(sample_build, tmp_path_factory):
    """A copy of the sample build's published file with search installed, as the publish step will do it."""
    data_dir, _ = sample_build
    path = tmp_path_factory.mktemp("published-search") / "atazan.duckdb"
    shutil.copy(data_dir / "publish" / "atazan.duckdb", path)
    con = duckdb.connect(str(path), config={"storage_compatibility_version": "v1.0.0"})
    try:
        rows = install_published_search(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path, rows
