"""The week the event pattern tests date their documents in: published on Thursday 14 May 2026, so that "вчера",
"в среду", "on Tuesday" and "кеше" each name a day of their own."""
from datetime import date

MAY_14 = "2026-05-14T12:00:00+05:00"  # a Thursday
THURSDAY = date(2026, 5, 14)
WEDNESDAY = date(2026, 5, 13)
TUESDAY = date(2026, 5, 12)
SUNDAY = date(2026, 5, 10)
SATURDAY = date(2026, 5, 9)
