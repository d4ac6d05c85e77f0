"""Period choices shared by list filters: this month, last month, fiscal years."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.core.calendar import add_months, fiscal_year_start, month_start


def period_choices(today: date) -> list[tuple[str, date | None, date | None]]:
    this_month = month_start(today)
    fy = fiscal_year_start(today)
    label = {
        "all": QCoreApplication.translate("Periods", "All dates"),
        "this": QCoreApplication.translate("Periods", "This month"),
        "last": QCoreApplication.translate("Periods", "Last month"),
        "fy": QCoreApplication.translate("Periods", "This fiscal year (FY{fy})"),
        "last_fy": QCoreApplication.translate("Periods", "Last fiscal year (FY{fy})"),
    }
    choices: list[tuple[str, date | None, date | None]] = [
        (label["all"], None, None),
        (label["this"], this_month, add_months(this_month, 1)),
        (label["last"], add_months(this_month, -1), this_month),
        (label["fy"].format(fy=fy.year), fy, add_months(fy, 12)),
        (label["last_fy"].format(fy=fy.year - 1), add_months(fy, -12), fy),
    ]
    for n in range(2, 25):
        start = add_months(this_month, -n)
        choices.append((start.strftime("%Y-%m"), start, add_months(start, 1)))
    return choices


def period_combo(today: date) -> QComboBox:
    combo = QComboBox()
    for label, start, end in period_choices(today):
        combo.addItem(label, (start, end))
    return combo
