from __future__ import annotations

from datetime import date

import pytest

from desktop.core.calendar import (
    era_of,
    fiscal_year,
    fiscal_year_label,
    format_date,
    format_month,
)


@pytest.mark.parametrize(
    ("day", "fy"),
    [(date(2026, 4, 1), 2026), (date(2027, 3, 31), 2026), (date(2026, 3, 31), 2025)],
)
def test_fiscal_year_starts_in_april(day: date, fy: int) -> None:
    assert fiscal_year(day) == fy


# The last day of each era and the first of the next.
BOUNDARIES = {
    (2019, 4, 30): ("平成", 31),
    (2019, 5, 1): ("令和", 1),
    (1989, 1, 7): ("昭和", 64),
    (1989, 1, 8): ("平成", 1),
    (1926, 12, 24): ("大正", 15),
    (1926, 12, 25): ("昭和", 1),
    (1912, 7, 29): ("明治", 45),
    (1912, 7, 30): ("大正", 1),
    (1868, 1, 25): ("明治", 1),
    (2026, 11, 21): ("令和", 8),
}


@pytest.mark.parametrize(("day", "era"), BOUNDARIES.items())
def test_eras_at_their_boundaries(day: tuple[int, int, int], era: tuple[str, int]) -> None:
    assert era_of(date(*day)) == era


def test_no_era_before_meiji() -> None:
    with pytest.raises(ValueError, match="no era"):
        era_of(date(1868, 1, 24))


def test_formats() -> None:
    assert format_date(date(2026, 11, 21), era=True) == "令和8年11月21日"
    assert format_date(date(2019, 5, 1), era=True) == "令和元年5月1日"
    assert format_date(date(1912, 7, 30), era=True) == "大正元年7月30日"
    assert format_date(date(2026, 11, 21), era=False) == "2026-11-21"
    assert format_date(date(2026, 11, 21), era=True, lang="en") == "2026-11-21"
    assert fiscal_year_label(2026, era=True) == "令和8年度"
    assert fiscal_year_label(2019, era=True) == "令和元年度"
    assert fiscal_year_label(2026, era=False) == "2026年度"  # as the PDF reports say it
    assert fiscal_year_label(2026, era=False, lang="en") == "FY2026"
    assert fiscal_year_label(2026, era=True, lang="en") == "FY2026"
    assert fiscal_year_label(2018, era=True) == "平成30年度"
    assert fiscal_year_label(1988, era=True) == "昭和63年度"
    assert fiscal_year_label(1989, era=True) == "平成元年度"


def test_months_are_named_by_the_era_of_their_first_day() -> None:
    assert format_month(date(2026, 10, 14), era=True) == "令和8年10月"
    assert format_month(date(2019, 4, 30), era=True) == "平成31年4月"
    assert format_month(date(2019, 5, 1), era=True) == "令和元年5月"
    assert format_month(date(1989, 1, 31), era=True) == "昭和64年1月"
    assert format_month(date(2026, 10, 14), era=False) == "2026-10"
    assert format_month(date(2026, 10, 14), era=True, lang="en") == "2026-10"
    assert format_month(date(1868, 1, 30), era=True) == "1868-01"  # before Meiji's first day


def test_month_arithmetic_across_years() -> None:
    from desktop.core.calendar import add_months, fiscal_year_start, month_start

    assert add_months(date(2026, 11, 21), 2) == date(2027, 1, 1)
    assert add_months(date(2026, 1, 31), -1) == date(2025, 12, 1)
    assert month_start(date(2026, 11, 21)) == date(2026, 11, 1)
    assert fiscal_year_start(date(2027, 3, 31)) == date(2026, 4, 1)


def test_a_moment_kept_in_utc_shows_on_the_local_day(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time
    from datetime import datetime

    from desktop.core.calendar import local_day

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        # 23:30 UTC is 08:30 the next morning at the counter
        assert local_day(datetime(2026, 11, 20, 23, 30)) == date(2026, 11, 21)
        assert local_day(datetime(2026, 11, 21, 14, 59)) == date(2026, 11, 21)
        assert local_day(datetime(2026, 11, 21, 15, 0)) == date(2026, 11, 22)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_span_ends_on_the_day_before_its_end() -> None:
    from desktop.core.calendar import last_day

    assert last_day(date(2026, 12, 1)) == date(2026, 11, 30)
    assert last_day(date(2027, 3, 1)) == date(2027, 2, 28)


def test_a_date_before_any_era_shows_as_iso_with_era_display_on() -> None:
    assert format_date(date(1850, 1, 1), era=True) == "1850-01-01"
    assert format_date(date(1868, 1, 25), era=True) == "明治元年1月25日"
    with pytest.raises(ValueError):
        era_of(date(1850, 1, 1))  # asked directly, there is no answer


def test_a_fiscal_year_before_the_first_era_known_is_named_without_one() -> None:
    """A list must not fail to draw over one record with an old date (as format_date)."""
    assert fiscal_year_label(1850, era=True) == "1850年度"
