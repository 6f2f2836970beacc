from __future__ import annotations

from pipeline.legal.align import align_languages, align_versions
from pipeline.legal.diff import article_changes, change_summary, word_diff


def _row(version, number, text, language="ru", points=()):
    return {"article_id": f"{version}:{language}:{number}", "version_id": version, "language": language,
            "article_number": number, "text": text, "points": list(points)}


OLD = [
    _row("old", "1", "Республика Казахстан является унитарным государством с президентской формой правления."),
    _row("old", "2", "Парламент состоит из двух Палат: Сената и Мажилиса, действующих на постоянной основе."),
    _row("old", "3", "К исключительному ведению Сената относится избрание председателя Верховного Суда."),
    _row("old", "4", "Президент избирается сроком на семь лет. Одно лицо не может быть избрано более одного раза."),
]
NEW = [
    _row("new", "1", "Республика Казахстан – унитарное государство. Форма правления – президентская республика."),
    _row("new", "2", "Президент избирается сроком на семь лет. Одно лицо не может быть избрано более одного раза."),
    _row("new", "3", "Курултай состоит из ста сорока пяти депутатов, избираемых на постоянной основе."),
    _row("new", "4", "Вице-Президент назначается Президентом с согласия Курултая."),
]


def test_renumbered_articles_are_found_by_content():
    pairs = {(p["article_number_a"], p["article_number_b"]): p for p in align_versions(OLD, NEW)}
    assert pairs[("4", "2")]["method"] == "same_text" and pairs[("4", "2")]["score"] == 1.0
    assert ("1", "1") in pairs
    assert not any(a == "3" for a, _ in pairs)  # the Senate has no successor


def test_changes_cover_every_article_once_per_side():
    alignment = align_versions(OLD, NEW)
    changes = article_changes(OLD, NEW, alignment)
    by_a = {c["article_number_a"]: c for c in changes if c["article_number_a"]}
    assert by_a["3"]["change_type"] == "removed" and by_a["3"]["version_b"] == "new"
    assert by_a["4"]["change_type"] == "moved"
    assert {c["article_number_b"] for c in changes if c["change_type"] == "added"} >= {"4"}
    assert sorted(c["article_number_a"] for c in changes if c["article_number_a"]) == ["1", "2", "3", "4"]
    assert sorted(c["article_number_b"] for c in changes if c["article_number_b"]) == ["1", "2", "3", "4"]


def test_reformatted_copy_reports_no_change():
    typeset = [dict(r, version_id="copy", article_id=r["article_id"].replace("old", "copy"),
                    text=r["text"].replace(" – ", " - ").replace(" ", "\u00a0", 3) + "\n") for r in OLD]
    changes = article_changes(OLD, typeset, align_versions(OLD, typeset))
    assert change_summary(changes) == {"added": 0, "removed": 0, "modified": 0, "moved": 0, "unchanged": 4}
    assert all(c["diff"] == [["=", c["diff"][0][1]]] for c in changes)


def test_word_diff_shows_only_wording():
    ratio, ops = word_diff("Срок полномочий – пять лет.", "Срок полномочий - шесть лет.")
    assert ops == [["=", "Срок полномочий -"], ["-", "пять"], ["+", "шесть"], ["=", "лет."]]
    assert 0.5 < ratio < 1


def test_languages_are_linked_by_number_and_scored_by_points():
    ru = [_row("v", "1", "а", "ru", ["1", "2"]), _row("v", "2", "б", "ru", ["1"])]
    kk = [_row("v", "1", "а", "kk", ["1", "2"]), _row("v", "2", "б", "kk", ["1", "2"])]
    pairs = align_languages(ru, kk)
    assert [(p["article_id_a"], p["article_id_b"], p["method"]) for p in pairs] == [
        ("v:ru:1", "v:kk:1", "cross_language"), ("v:ru:2", "v:kk:2", "cross_language")]
    assert [p["score"] for p in pairs] == [1.0, 0.5]
