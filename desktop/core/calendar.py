"""The Japanese calendar as a counter uses it: fiscal years from April, and eras.

A fiscal year is named by the calendar year it starts in (FY2026 = April 2026 to March
2027, 令和8年度). Era display is a setting: dates can be shown as 令和8年11月21日 where a
form or report expects it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

# (first day, name, romanised initial), newest first. Meiji was proclaimed in October
# 1868 and counted from that year's first day (Keiō 4, month 1, day 1: 25 January 1868).
ERAS = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
    (date(1912, 7, 30), "大正", "T"),
    (date(1868, 1, 25), "明治", "M"),
)


def local_time(moment: datetime) -> datetime:
    """A moment stored in UTC without a zone, on this computer's clock (still without one)."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def local_day(moment: datetime) -> date:
    """The day on this computer's clock of a moment stored in UTC without a zone.

    Times are stored in UTC; a follow-up marked done at 08:00 in Japan is still the
    previous day in UTC, and must not be shown on it.
    """
    return local_time(moment).date()


def last_day(end: date) -> date:
    """The last day of a span whose ``end`` is the first day after it, as spans are kept."""
    return end - timedelta(days=1)


def fiscal_year(day: date) -> int:
    return day.year if day.month >= 4 else day.year - 1


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s (negative goes back)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def fiscal_year_start(day: date) -> date:
    return date(fiscal_year(day), 4, 1)


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """The first day of FY ``fy`` and the first day after it."""
    return date(fy, 4, 1), date(fy + 1, 4, 1)


def era_of(day: date) -> tuple[str, int]:
    for start, name, _initial in ERAS:
        if day >= start:
            return name, day.year - start.year + 1
    raise ValueError(f"no era known for {day.isoformat()}")


def era_year_text(name: str, year: int) -> str:
    return f"{name}{'元' if year == 1 else year}年"


def format_date(day: date, *, era: bool, lang: str = "ja") -> str:
    """``2026-11-21``, or ``令和8年11月21日`` with era display on (Japanese only).

    A date before the first era known (a typing slip in an old filing date, say) shows
    as ``1850-01-01``: a list must not fail to draw over one record.
    """
    if not era or lang != "ja" or day < ERAS[-1][0]:
        return day.isoformat()
    name, year = era_of(day)
    return f"{era_year_text(name, year)}{day.month}月{day.day}日"


def format_month(day: date, *, era: bool, lang: str = "ja") -> str:
    """``2026-10``, or ``令和8年10月`` with era display on (Japanese only).

    A month is named by the era of its first day: April 2019 is 平成31年4月 and May
    2019 令和元年5月.
    """
    first = day.replace(day=1)
    if not era or lang != "ja" or first < ERAS[-1][0]:
        return f"{first:%Y-%m}"
    name, year = era_of(first)
    return f"{era_year_text(name, year)}{first.month}月"


def fiscal_year_label(fy: int, *, era: bool, lang: str = "ja") -> str:
    """``2026年度`` in Japanese (``令和8年度`` with era display on), ``FY2026`` in English,
    as the reports name it.

    The era is the one in force on 1 May of the fiscal year: FY2019, which began a
    month before the change to Reiwa, is officially named 令和元年度, and every other
    year's name is the same as on 1 April.
    """
    if lang != "ja":
        return f"FY{fy}"
    if not era or date(fy, 5, 1) < ERAS[-1][0]:  # before the first era known: no name
        return f"{fy}年度"
    name, year = era_of(date(fy, 5, 1))
    return f"{era_year_text(name, year).removesuffix('年')}年度"
