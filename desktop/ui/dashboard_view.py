"""The home view: how the counter is doing this month, and what needs attention today.

Figures come from ``desktop.core.dashboard`` on a worker thread; every number and bar
opens the list of records behind it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import dashboard
from desktop.core.calendar import add_months, fiscal_year_bounds
from desktop.core.consultation_queries import ConsultationQuery
from desktop.core.dashboard import Dashboard
from desktop.core.date_words import DateWords, date_words
from desktop.core.reference import reference
from desktop.ui.i18n import render
from desktop.ui.workers import run_task

FIGURE_STYLE = (
    "QPushButton { text-align: left; padding: 8px 12px; border: 1px solid #c9d3dd;"
    " border-radius: 6px; background: #f7fafc; }"
    " QPushButton:hover { background: #e8f0f8; border-color: #1f4e79; }"
)
THIS_YEAR = QColor("#1f4e79")
LAST_YEAR = QColor("#a9bed3")


def figure_button(object_name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    button.setStyleSheet(FIGURE_STYLE)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setMinimumHeight(64)
    return button


def month_names(lang: str) -> list[str]:
    """The months' short names in the interface's language (4月 or Apr), January first:
    the interface's, not the system's, so that an English window on a Japanese system
    reads alike throughout."""
    locale = QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English)
    short = QLocale.FormatType.ShortFormat
    return [locale.monthName(month, short) for month in range(1, 13)]


class DashboardView(QWidget):
    open_consultations = Signal(object)  # ConsultationQuery
    open_firms = Signal(object, str)  # {"cell": ...} or {"ids": [...]}, caption
    open_followups = Signal()
    refreshed = Signal()

    def __init__(self, engine: Engine, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        self.board: Dashboard | None = None
        self._task = None
        self._pending = False

        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.month_button = figure_button("figMonth")
        self.month_button.setToolTip(
            self.tr("A year ago: the same month, counted up to the same day.")
        )
        self.month_button.clicked.connect(self._open_month)
        self.kpi_buttons: dict[str, QPushButton] = {}
        kpi_box = QGroupBox(self.tr("Counter KPIs this fiscal year"))
        kpi_layout = QHBoxLayout(kpi_box)
        for key in dashboard.KPI_KEYS:
            button = figure_button(f"kpi_{key}")
            button.clicked.connect(lambda _=False, k=key: self._open_kpi(k))
            self.kpi_buttons[key] = button
            kpi_layout.addWidget(button)

        self.followup_button = figure_button("figFollowups")
        self.followup_button.clicked.connect(self.open_followups)
        self.filed_button = figure_button("figFiled")
        self.filed_button.clicked.connect(lambda: self._open_milestones("filed"))
        self.registered_button = figure_button("figRegistered")
        self.registered_button.clicked.connect(lambda: self._open_milestones("registered"))
        self.transition_button = figure_button("figTransitions")
        self.transition_button.clicked.connect(self._open_transitions)
        today_row = QHBoxLayout()
        for button in (
            self.month_button,
            self.followup_button,
            self.filed_button,
            self.registered_button,
            self.transition_button,
        ):
            today_row.addWidget(button)

        self.months_chart = QChart()
        self.months_chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.months_chart.setMargins(QMargins(4, 4, 4, 4))
        self.months_view = QChartView(self.months_chart)
        self.months_view.setObjectName("monthsChart")
        self.months_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.months_view.setMinimumHeight(260)
        self.topics_chart = QChart()
        self.topics_chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.topics_chart.setMargins(QMargins(4, 4, 4, 4))
        self.topics_view = QChartView(self.topics_chart)
        self.topics_view.setObjectName("topicsChart")
        self.topics_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.topics_view.setMinimumHeight(260)
        charts = QHBoxLayout()
        charts.addWidget(self.months_view, 3)
        charts.addWidget(self.topics_view, 2)

        matrix_box = QGroupBox(self.tr("Firms by type and stage (latest assessment)"))
        grid = QGridLayout(matrix_box)
        self.cell_buttons: dict[str, QPushButton] = {}
        stages = [self.tr("1 Awareness"), self.tr("2 IP strategy"), self.tr("3 IP practice")]
        for col, text in enumerate(stages, start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col, Qt.AlignmentFlag.AlignCenter)
        rows = [("A", self.tr("Challenger type (A)")), ("B", self.tr("Developing type (B)"))]
        for r, (letter, text) in enumerate(rows, start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>"), r, 0)
            for stage in (1, 2, 3):
                cell = f"{letter}{stage}"
                button = figure_button(f"cell_{cell}")
                button.setMinimumHeight(44)
                button.clicked.connect(lambda _=False, c=cell: self._open_cell(c))
                self.cell_buttons[cell] = button
                grid.addWidget(button, r, stage)
        self.unassessed_button = figure_button("cell_none")
        self.unassessed_button.setMinimumHeight(44)
        self.unassessed_button.clicked.connect(lambda: self._open_cell("none"))
        grid.addWidget(self.unassessed_button, 3, 1, 1, 3)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.status)
        layout.addLayout(today_row)
        layout.addWidget(kpi_box)
        layout.addLayout(charts)
        layout.addWidget(matrix_box)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- loading -------------------------------------------------------------------------
    def records_changed(self) -> None:
        """Recompute if a board is shown or on its way; one never built waits until Home is
        first opened, rather than costing every save a dashboard build."""
        if self.board is not None or self._task is not None:
            self.refresh()

    def refresh(self, today: date | None = None, *, wait: bool = False) -> None:
        """Recompute on a worker; ``wait`` computes here (tests and first paint)."""
        if wait:
            self.show_board(dashboard.build(self.engine, today))
            return
        if self._task is not None:
            self._pending = True
            return
        self.status.setText(self.tr("Updating…"))
        self._task = run_task(
            dashboard.build, self.engine, today, on_done=self._done, on_error=self._failed
        )

    def _done(self, board: Dashboard) -> None:
        self._task = None
        self.show_board(board)
        if self._pending:
            self._pending = False
            self.refresh()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self._task = None
        self.status.setText(self.tr("The figures could not be computed: {error}").format(error=exc))

    # --- painting ------------------------------------------------------------------------
    def show_board(self, board: Dashboard) -> None:
        self.board = board
        ref = reference()
        fy = board.fiscal_year
        dates = date_words(self.engine, self.lang)
        self.status.setText(
            self.tr("{fy} · as of {today}").format(
                fy=dates.fiscal_year(fy), today=dates.date(board.today)
            )
        )
        change = board.this_month - board.same_days_last_year
        sign = "+" if change >= 0 else ""
        self.month_button.setText(
            self.tr(
                "Consultations in {month}\n{count}  ({sign}{change} against {last} a year ago)"
            ).format(
                month=dates.month(board.month),
                count=f"{board.this_month:,}",
                sign=sign,
                change=f"{change:,}",
                last=f"{board.same_days_last_year:,}",
            )
        )
        self.followup_button.setText(
            self.tr("Follow-ups\n{overdue} overdue · {due} due this week").format(
                overdue=board.followups_overdue, due=board.followups_due
            )
        )
        # Applications and rights are counted; a click lists the firms, so both are shown.
        self.filed_button.setText(
            self.tr("Applications filed (FY)\n{n} · {firms}").format(
                n=f"{board.filed:,}", firms=self.tr("%n firm(s)", "", board.filed_firms)
            )
        )
        self.registered_button.setText(
            self.tr("Rights registered (FY)\n{n} · {firms}").format(
                n=f"{board.registered:,}",
                firms=self.tr("%n firm(s)", "", board.registered_firms),
            )
        )
        firms = self.tr("%n firm(s)", "", board.transitions)  # each firm once, as a click lists
        text = self.tr("Developing → challenger (FY)\n{firms}")
        self.transition_button.setText(text.format(firms=firms))
        names = {key: render(label) for key, label in dashboard.KPI_LABELS.items()}
        for kpi in board.kpis:
            if kpi.target:
                share = round(100 * kpi.value / kpi.target)
                text = self.tr("{name}\n{value} / target {target} ({share}%)").format(
                    name=names[kpi.key],
                    value=f"{kpi.value:,}",
                    target=f"{kpi.target:,}",
                    share=share,
                )
            else:
                text = self.tr("{name}\n{value}  (no target set)").format(
                    name=names[kpi.key], value=f"{kpi.value:,}"
                )
            self.kpi_buttons[kpi.key].setText(text)
        for cell, button in self.cell_buttons.items():
            button.setText(f"{cell}: {board.matrix.get(cell, 0):,}")
        self.unassessed_button.setText(
            self.tr("Not assessed yet: {n}").format(n=f"{board.unassessed:,}")
        )
        self._paint_months(board, dates)
        self._paint_topics(board, ref)
        self.refreshed.emit()

    def _paint_months(self, board: Dashboard, dates: DateWords) -> None:
        chart = self.months_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        this_year = QBarSet(dates.fiscal_year(board.fiscal_year))
        last_year = QBarSet(dates.fiscal_year(board.fiscal_year - 1))
        this_year.setColor(THIS_YEAR)
        last_year.setColor(LAST_YEAR)
        categories = []
        names = month_names(self.lang)
        for bar in board.months:
            this_year.append(bar.this_year)
            last_year.append(bar.last_year)
            categories.append(names[bar.start.month - 1])
        series = QBarSeries()
        series.append(last_year)
        series.append(this_year)
        series.clicked.connect(self._month_clicked)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        top = max([b.this_year for b in board.months] + [b.last_year for b in board.months] + [1])
        axis_y.setRange(0, top * 1.1)
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.setTitle(self.tr("Consultations by month, this and last fiscal year"))
        self._month_sets = (last_year, this_year)

    def _paint_topics(self, board: Dashboard, ref) -> None:  # type: ignore[no-untyped-def]
        chart = self.topics_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        shown = list(reversed(board.topics[:8]))
        bars = QBarSet(self.tr("Consultations"))
        bars.setColor(THIS_YEAR)
        for _code, count in shown:
            bars.append(count)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.clicked.connect(self._topic_clicked)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([ref.topics.label(code, self.lang) for code, _ in shown])
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setRange(0, max([c for _, c in shown] + [1]) * 1.1)
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        chart.legend().hide()
        chart.setTitle(self.tr("Topics this fiscal year"))
        self._topic_codes = [code for code, _ in shown]

    # --- click-through -------------------------------------------------------------------
    def _open_month(self) -> None:
        if self.board:
            self.open_consultations.emit(self.board.month_query())

    def _open_kpi(self, key: str) -> None:
        if self.board:
            kpi = next(k for k in self.board.kpis if k.key == key)
            self.open_consultations.emit(kpi.query)

    def month_query(self, index: int, last_year: bool) -> ConsultationQuery:
        assert self.board is not None
        start = self.board.months[index].start
        if last_year:
            start = add_months(start, -12)
        return ConsultationQuery(start=start, end=add_months(start, 1))

    def _month_clicked(self, index: int, barset: QBarSet) -> None:
        if self.board:
            self.open_consultations.emit(self.month_query(index, barset is self._month_sets[0]))

    def topic_query(self, index: int) -> ConsultationQuery:
        assert self.board is not None
        return self.board.fy_query(topic=self._topic_codes[index])

    def _topic_clicked(self, index: int, _barset: QBarSet) -> None:
        if self.board:
            self.open_consultations.emit(self.topic_query(index))

    def _open_cell(self, cell: str) -> None:
        caption = (
            self.tr("Firms not assessed yet")
            if cell == "none"
            else self.tr("Firms in cell {cell}").format(cell=cell)
        )
        self.open_firms.emit({"cell": cell}, caption)

    def _fy_span(self) -> tuple[date, date]:
        assert self.board is not None
        return fiscal_year_bounds(self.board.fiscal_year)

    def _open_milestones(self, status: str) -> None:
        if not self.board:
            return
        ids = dashboard.milestone_firms(self.engine, status, *self._fy_span())
        caption = (
            self.tr("Firms that filed an application this fiscal year")
            if status == "filed"
            else self.tr("Firms granted a right this fiscal year")
        )
        self.open_firms.emit({"ids": ids}, caption)

    def _open_transitions(self) -> None:
        if not self.board:
            return
        ids = dashboard.transitions_in(self.engine, *self._fy_span())
        self.open_firms.emit(
            {"ids": ids}, self.tr("Firms that moved from developing to challenger this fiscal year")
        )
