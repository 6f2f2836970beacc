from datetime import datetime, timezone

from pipeline.documents.dates import parse_date

UTC = timezone.utc


def test_iso_with_offset_is_converted_to_utc():
    assert parse_date("2026-02-27T15:30:00+05:00") == datetime(2026, 2, 27, 10, 30, tzinfo=UTC)


def test_iso_without_offset_is_kazakhstan_time():
    assert parse_date("2026-02-27 15:30") == datetime(2026, 2, 27, 10, 30, tzinfo=UTC)


def test_kazinform_date_line_with_russian_month():
    assert parse_date("21:52, 30 Январь 2026 | GMT +5") == datetime(2026, 1, 30, 16, 52, tzinfo=UTC)


def test_genitive_month_and_kazakh_month():
    assert parse_date("27 февраля 2026 года") == datetime(2026, 2, 26, 19, 0, tzinfo=UTC)
    assert parse_date("15 наурыз 2026, 09:00") == datetime(2026, 3, 15, 4, 0, tzinfo=UTC)


def test_kazakh_year_first_dates():
    assert parse_date("2026 жылғы 15 наурызда") == datetime(2026, 3, 14, 19, 0, tzinfo=UTC)
    assert parse_date("2026 ж. 27 ақпан, 10:30") == datetime(2026, 2, 27, 5, 30, tzinfo=UTC)


def test_dotted_and_english_dates():
    assert parse_date("12.02.2026 18:40") == datetime(2026, 2, 12, 13, 40, tzinfo=UTC)
    assert parse_date("March 16, 2026") == datetime(2026, 3, 15, 19, 0, tzinfo=UTC)


def test_relative_dates_use_the_fetch_time():
    fetched = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)  # 13:00 in Astana
    assert parse_date("Сегодня, 14:05", fetched) == datetime(2026, 3, 16, 9, 5, tzinfo=UTC)
    assert parse_date("Вчера, 10:00", fetched) == datetime(2026, 3, 15, 5, 0, tzinfo=UTC)
    assert parse_date("Вчера, 10:00") is None  # no reference, no guess


def test_no_date_and_impossible_dates_give_none():
    assert parse_date("") is None
    assert parse_date("без даты") is None
    assert parse_date("31.02.2026") is None
