"""Charts for the monthly PDF, drawn with reportlab.graphics (vector, no image files)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

BAR = colors.HexColor("#3A6EA5")
BAR_LIGHT = colors.HexColor("#A9C1DB")
GRID = colors.HexColor("#9AA5B1")
INK = colors.HexColor("#1F2933")


def _nice_max(value: int) -> int:
    """An axis end a little above ``value`` on a round step, never zero."""
    if value <= 4:
        return 5
    for step in (5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if value <= step * 8:
            return (value // step + 1) * step
    return int(value * 1.1) + 1


def topic_bars(
    items: Sequence[tuple[str, int]], font: str, width: float, *, bar_height: float = 13
) -> Drawing:
    """Horizontal bars, one per topic, largest on top; labels on the left."""
    items = list(items) or [("—", 0)]
    label_w = 150.0
    height = bar_height * len(items) + 30
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 18
    chart.width = width - label_w - 30
    chart.height = height - 26
    rev = list(reversed(items))  # reportlab draws the first category at the bottom
    chart.data = [[v for _, v in rev]]
    chart.categoryAxis.categoryNames = [name for name, _ in rev]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(v for _, v in items))
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E7EB")
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def month_bars(
    items: Sequence[tuple[str, int]], font: str, width: float, height: float, highlight: int
) -> Drawing:
    """Vertical bars for the months of a fiscal year; the reported month is darker."""
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 30
    chart.y = 22
    chart.width = width - 40
    chart.height = height - 32
    chart.data = [[v for _, v in items]]
    chart.categoryAxis.categoryNames = [name for name, _ in items]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((v for _, v in items), default=0))
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E7EB")
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = BAR_LIGHT
    chart.bars[0].strokeColor = None
    if 0 <= highlight < len(items):
        chart.bars[(0, highlight)].fillColor = BAR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    d.add(chart)
    return d


def matrix(
    counts: dict[str, int],
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    font: str,
    width: float,
) -> Drawing:
    """The support matrix: type (rows A, B) × stage (columns 1–3), shaded by count."""
    head_w, head_h, cell_h = 120.0, 22.0, 34.0
    cell_w = (width - head_w) / 3
    height = head_h + cell_h * 2 + 2
    d = Drawing(width, height)
    top = max(counts.values(), default=0) or 1
    for j, title in enumerate(col_labels):
        x = head_w + j * cell_w
        d.add(
            String(
                x + cell_w / 2,
                height - 15,
                title,
                fontName=font,
                fontSize=8,
                textAnchor="middle",
                fillColor=INK,
            )
        )
    for i, (letter, title) in enumerate(zip("AB", row_labels, strict=True)):
        y = height - head_h - (i + 1) * cell_h
        d.add(String(4, y + cell_h / 2 - 3, title, fontName=font, fontSize=8, fillColor=INK))
        for j in range(3):
            cell = f"{letter}{j + 1}"
            n = counts.get(cell, 0)
            shade = colors.linearlyInterpolatedColor(colors.HexColor("#F5F7FA"), BAR, 0, 1, n / top)
            x = head_w + j * cell_w
            d.add(
                Rect(
                    x, y, cell_w - 2, cell_h - 2, fillColor=shade, strokeColor=GRID, strokeWidth=0.5
                )
            )
            ink = colors.white if n / top > 0.55 else INK
            d.add(String(x + 6, y + cell_h - 12, cell, fontName=font, fontSize=7, fillColor=ink))
            d.add(
                String(
                    x + cell_w / 2,
                    y + cell_h / 2 - 6,
                    str(n),
                    fontName=font,
                    fontSize=13,
                    textAnchor="middle",
                    fillColor=ink,
                )
            )
    return d
