"""The constitution tables of the sample build: the versions in the archive, aligned and diffed."""
import duckdb


def _db(data_dir):
    return duckdb.connect(str(data_dir / "publish" / "atazan.duckdb"), read_only=True)


def test_articles_of_both_versions_and_languages_are_published(sample_build):
    data_dir, _ = sample_build
    rows = _db(data_dir).execute("SELECT version_id, language, count(*) FROM articles GROUP BY ALL ORDER BY ALL"
                                 ).fetchall()
    assert rows == [("1995-ed-2022-09", "ru", 6), ("2026-final", "kk", 3), ("2026-final", "ru", 5)]


def test_notes_are_kept_apart_from_the_text(sample_build):
    data_dir, _ = sample_build
    con = _db(data_dir)
    assert con.execute("SELECT count(*) FROM articles WHERE text ILIKE '%Сноска%'").fetchall()[0][0] == 0
    assert con.execute("SELECT notes FROM articles WHERE article_id = '1995-ed-2022-09:ru:41'"
                       ).fetchall()[0][0].startswith("Сноска.")


def test_the_presidents_term_article_is_aligned_across_renumbering(sample_build):
    data_dir, _ = sample_build
    rows = _db(data_dir).execute(
        "SELECT article_number_a, article_number_b, change_type, diff_text FROM article_history "
        "WHERE version_a LIKE '1995%' AND version_b = '2026-final' AND text_b ILIKE '%Президент Республики избирается%'"
    ).fetchall()
    assert len(rows) == 1
    number_a, number_b, change_type, diff = rows[0]
    assert (number_a, number_b, change_type) == ("41", "43", "modified")
    assert "{+только один раз.+}" in diff


def test_the_senate_goes_and_the_kurultai_takes_parliaments_place(sample_build):
    data_dir, _ = sample_build
    con = _db(data_dir)
    changes = dict(con.execute("SELECT coalesce(article_number_a, '') || '>' || coalesce(article_number_b, ''), "
                               "change_type FROM article_changes").fetchall())
    assert changes["49>52"] == "modified"  # Parliament, the highest representative body -> the Kurultai
    assert changes["50>"] == "removed" and changes["51>"] == "removed"  # the two chambers, the Senate
    links = con.execute("SELECT article_number_a, article_number_b FROM article_alignment "
                        "WHERE method = 'cross_language' ORDER BY 1").fetchall()
    assert links == [("1", "1"), ("2", "2"), ("3", "3")]


def test_versions_catalogue_lists_every_version_with_its_status(sample_build):
    data_dir, _ = sample_build
    con = _db(data_dir)
    statuses = dict(con.execute("SELECT version_id, status FROM constitution_versions").fetchall())
    assert statuses["2026-final"] == "in_force"
    assert statuses["1995-ed-2022-09"] == "superseded"
    assert statuses["2026-draft-02-12"] == "draft"
    assert len(statuses) >= 10
