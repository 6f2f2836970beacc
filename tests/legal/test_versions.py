from __future__ import annotations

from datetime import date

import pytest

from pipeline.legal import versions


def test_catalogue_holds_the_editions_and_the_texts_of_2026():
    ids = [v.version_id for v in versions.VERSIONS]
    assert ids[0] == "1995-original" and "1995-ed-2022-06" in ids
    assert ids[-3:] == ["2026-draft-01-31", "2026-draft-02-12", "2026-final"]
    assert len(set(ids)) == len(ids)
    assert versions.version("2026-draft-01-31").article_count == 95
    assert versions.version("2026-final").article_count == 96


def test_status_follows_the_calendar():
    assert versions.status_on("2026-final", date(2026, 3, 20)) == "adopted"
    assert versions.status_on("2026-final", date(2026, 7, 1)) == "in_force"
    assert versions.status_on("1995-ed-2022-09", date(2026, 6, 30)) == "in_force"
    assert versions.status_on("1995-ed-2022-09", date(2026, 7, 1)) == "superseded"
    assert versions.status_on("2026-draft-02-12", date(2026, 11, 1)) == "draft"
    assert versions.in_force_on(date(2022, 6, 5)).version_id == "1995-ed-2019-03"


def test_rows_carry_sources_and_validity():
    rows = {r["version_id"]: r for r in versions.version_rows(as_of=date(2026, 11, 25))}
    assert rows["2026-final"]["status"] == "in_force"
    assert rows["2026-final"]["source_urls"]["ru"] == "https://adilet.zan.kz/rus/docs/K2600000000"
    assert rows["1995-ed-2022-09"]["in_force_until"] == "2026-07-01"
    assert rows["1995-ed-2022-09"]["source_urls"]["ru"].endswith("/rus/01.01.2023/download/pdf")
    assert all(r["status"] in versions.STATUSES for r in rows.values())


def test_unknown_version_names_the_known_ones():
    with pytest.raises(KeyError, match="2026-final"):
        versions.version("2027")
