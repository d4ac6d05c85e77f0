"""The monthly summary as PDF: KPIs, consultations by topic and by month, the matrix."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.engine import Engine

from desktop.core.calendar import fiscal_year
from desktop.core.reference import Reference, reference
from desktop.core.reporting import (
    KPI_ITEMS,
    MATRIX_CELLS,
    Period,
    counter_info,
    monthly_consultation_counts,
    summary,
)
from desktop.exports.charts import matrix, month_bars, topic_bars
from desktop.exports.common import CancelFn, ProgressFn, Ticker
from desktop.exports.fonts import japanese_font
from desktop.exports.labels import (
    colon,
    figure_label,
    label,
    month_label,
)
from desktop.exports.pdf_layout import (
    BODY_W,
    SHADE,
    Page,
    Styles,
    build_pdf,
    fmt_date,
    fmt_int,
    grid,
)


def _kpi_boxes(values: dict[str, int], st: Styles, lang: str) -> Table:
    heads = [st.p(label(f"kpi.{k}", lang), st.muted) for k in KPI_ITEMS]
    nums = [st.p(fmt_int(values.get(k, 0)), st.big) for k in KPI_ITEMS]
    width = BODY_W / len(KPI_ITEMS)
    table = Table([heads, nums], colWidths=[width] * len(KPI_ITEMS))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
            ]
        )
    )
    return table


def monthly_report(
    engine: Engine,
    month: str | Period,
    out: str | Path,
    *,
    lang: str = "ja",
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Write the month's summary with charts: KPIs, topics, the fiscal year, the matrix."""
    period = month if isinstance(month, Period) else Period.month(month)
    out = Path(out)
    ticker = Ticker(4, progress, cancel, every=1)
    ticker.check()
    info = counter_info(engine)
    figures = summary(engine, period)
    ticker.step()
    fy = fiscal_year(period.start)
    by_month = monthly_consultation_counts(engine, fy)
    ticker.step()
    font = japanese_font().name
    st = Styles(font)
    ref = reference()
    get: Callable[[str, str, str], int] = lambda s, i, sub="": next(  # noqa: E731
        (f.value for f in figures if f.key == (s, i, sub)), 0
    )
    kpis = {f.item: f.value for f in figures if f.section == "kpi"}
    topics = sorted(
        (
            (ref.topics.label(f.item, lang), f.value)
            for f in figures
            if f.section == "topic" and f.sub_item == "total" and f.value > 0
        ),
        key=lambda x: -x[1],
    )
    # The fiscal year up to the month reported: later months are not over (or not begun),
    # and a short bar there would read as a drop.
    highlight = [lbl for lbl, _ in by_month].index(period.label)
    month_names = [
        (f"{int(lbl[5:])}月" if lang == "ja" else label_month_short(int(lbl[5:])), n)
        for lbl, n in by_month[: highlight + 1]
    ]
    cells = {c: get("type_stage", c, "firms") for c in MATRIX_CELLS}
    title = label("pdf.monthly_title", lang)
    month_text = month_label(period.start.year, period.start.month, lang)
    story: list[Flowable] = [
        st.p(info.name, st.subtitle),
        st.p(f"{title}　{month_text}", st.title),
        Spacer(1, 6),
        st.p(label("pdf.kpis", lang), st.h2),
        _kpi_boxes(kpis, st, lang),
        st.p(label("pdf.by_topic", lang), st.h2),
        topic_bars(topics, font, BODY_W) if topics else st.p(label("pdf.none", lang)),
        st.p(label("pdf.by_month", lang, fy=fy), st.h2),
        month_bars(month_names, font, BODY_W, 150, highlight),
        KeepTogether(
            [
                st.p(label("pdf.matrix", lang), st.h2),
                matrix(
                    cells,
                    [label("type.challenger", lang), label("type.developing", lang)],
                    [label(f"stage.{n}", lang) for n in (1, 2, 3)],
                    font,
                    BODY_W,
                ),
                st.p(
                    f"{label('unassessed', lang)}{colon(lang)}"
                    f"{get('type_stage', 'unassessed', 'firms')}",
                    st.muted,
                ),
            ]
        ),
    ]
    outcomes = [
        f
        for f in figures
        if f.section in ("firms", "transition")
        or (f.section in ("ip", "playbook") and f.sub_item == "total")
    ]
    flows = [f for f in figures if f.section == "channel" or (f.section == "referral" and f.value)]
    half = (BODY_W - 6 * mm) / 2
    side = Table(
        [
            [
                [
                    st.p(label("pdf.outcomes", lang), st.h2),
                    _figure_table(outcomes, st, ref, lang, half),
                ],
                [
                    st.p(label("pdf.channels_referrals", lang), st.h2),
                    _figure_table(flows, st, ref, lang, half),
                ],
            ]
        ],
        colWidths=[half + 6 * mm, half],
    )
    side.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(side)
    ticker.step()
    page = Page(
        font=font,
        counter=info.name,
        title=f"{title} {month_text}",
        generated=label("pdf.generated", lang, date=fmt_date((now or datetime.now()).date(), lang)),
        page_text=label("pdf.page", lang),
    )
    build_pdf(out, page, story, author=info.name, subject=title)
    ticker.finish()
    return out


def _figure_table(figs: list[Any], st: Styles, ref: Reference, lang: str, width: float) -> Table:
    data = [[st.p(label("item", lang), st.small), st.p(label("value", lang), st.num)]]
    data += [
        [
            st.p(
                f"{label('sec.' + f.section, lang)}{colon(lang)}{figure_label(f, lang, ref)}",
                st.small,
            ),
            st.p(fmt_int(f.value), st.num),
        ]
        for f in figs
    ]
    return grid(data, [width - 18 * mm, 18 * mm])


def label_month_short(month: int) -> str:
    return ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
        month - 1
    ]
