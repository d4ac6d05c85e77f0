"""Period choices shared by list filters: this month, last month, fiscal years."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.core.calendar import add_months, fiscal_year_start, month_start
from desktop.core.date_words import DateWords


def period_choices(today: date, dates: DateWords) -> list[tuple[str, date | None, date | None]]:
    """The choices of a period filter, months and fiscal years named as the counter names them."""
    this_month = month_start(today)
    fy = fiscal_year_start(today)
    label = {
        "all": QCoreApplication.translate("Periods", "All dates"),
        "this": QCoreApplication.translate("Periods", "This month"),
        "last": QCoreApplication.translate("Periods", "Last month"),
        "fy": QCoreApplication.translate("Periods", "This fiscal year ({fy})"),
        "last_fy": QCoreApplication.translate("Periods", "Last fiscal year ({fy})"),
    }
    choices: list[tuple[str, date | None, date | None]] = [
        (label["all"], None, None),
        (label["this"], this_month, add_months(this_month, 1)),
        (label["last"], add_months(this_month, -1), this_month),
        (label["fy"].format(fy=dates.fiscal_year(fy.year)), fy, add_months(fy, 12)),
        (label["last_fy"].format(fy=dates.fiscal_year(fy.year - 1)), add_months(fy, -12), fy),
    ]
    for n in range(2, 25):
        start = add_months(this_month, -n)
        choices.append((dates.month(start), start, add_months(start, 1)))
    return choices


def period_combo(today: date, dates: DateWords) -> QComboBox:
    combo = QComboBox()
    for label, start, end in period_choices(today, dates):
        combo.addItem(label, (start, end))
    return combo


def relabel_periods(combo: QComboBox, today: date, dates: DateWords) -> None:
    """Name the same periods again, after the era setting changed."""
    for index, (label, _start, _end) in enumerate(period_choices(today, dates)):
        combo.setItemText(index, label)
