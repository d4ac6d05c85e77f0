"""PDF reports (reportlab, no Qt): a firm's support record and the monthly summary.

Both are set in a Japanese font (``fonts.japanese_font``), carry the counter's name,
the generation date and "page X of Y" on every page, and take their words from
``labels`` in the requested language. A firm's record leaves confidential notes out
unless an internal copy is asked for, and then says so on every page.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.engine import Engine

from desktop.core.reference import Reference, reference
from desktop.core.reporting import (
    MATRIX_CELLS,
    ConsultationView,
    FirmRecord,
    Period,
    counter_info,
    firm_record,
    fiscal_year_of,
    monthly_consultation_counts,
    summary,
)
from desktop.exports.charts import matrix, month_bars, topic_bars
from desktop.exports.common import CancelFn, ProgressFn, Ticker, atomic_output
from desktop.exports.fonts import japanese_font
from desktop.exports.labels import (
    colon,
    figure_label,
    label,
    month_label,
    parens,
    referral_text,
)

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
BODY_W = PAGE_W - 2 * MARGIN
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#CBD2D9")
SHADE = colors.HexColor("#F0F4F8")
ACCENT = colors.HexColor("#3A6EA5")
WARN = colors.HexColor("#B44D12")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


@dataclass(frozen=True)
class _Page:
    """What the running header and footer show."""

    font: str
    counter: str
    title: str
    generated: str
    page_text: str
    warning: str = ""


def _numbered_canvas(page: _Page) -> type[Canvas]:
    """A canvas that knows the page count: pages are held back until ``save``."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            top = PAGE_H - 10 * mm
            self.setFont(page.font, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, top, page.counter)
            self.drawRightString(PAGE_W - MARGIN, top, page.title)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 2.5 * mm, PAGE_W - MARGIN, top - 2.5 * mm)
            bottom = 9 * mm
            self.line(MARGIN, bottom + 4 * mm, PAGE_W - MARGIN, bottom + 4 * mm)
            self.drawString(MARGIN, bottom, page.generated)
            text = page.page_text.format(page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_W - MARGIN, bottom, text)
            if page.warning:
                self.setFillColor(WARN)
                self.drawCentredString(PAGE_W / 2, bottom, page.warning)
            self.restoreState()

    return NumberedCanvas


class _Styles:
    """Paragraph styles in the report font; Japanese text wraps between any characters."""

    def __init__(self, font: str) -> None:
        self.font = font
        base = ParagraphStyle("body", fontName=font, fontSize=9, leading=13, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=11)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.title = ParagraphStyle("title", parent=base, fontSize=17, leading=22)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=10, textColor=MUTED)
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontSize=11.5,
            leading=15,
            spaceBefore=9,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3", parent=base, fontSize=9.5, leading=13, spaceBefore=4, keepWithNext=1
        )
        self.num = ParagraphStyle("num", parent=self.small, alignment=TA_RIGHT)
        self.notes = ParagraphStyle(
            "notes",
            parent=self.small,
            textColor=WARN,
            backColor=colors.HexColor("#FFF4E5"),
            borderPadding=3,
        )
        self.big = ParagraphStyle("big", parent=base, fontSize=18, leading=22, alignment=TA_LEFT)

    def p(self, text: Any, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain (escaped) text; CJK wrapping only where CJK is present."""
        raw = "" if text is None else str(text)
        st = style or self.body
        if _CJK.search(raw):
            st = ParagraphStyle(f"{st.name}-cjk", parent=st, wordWrap="CJK")
        return Paragraph(escape(raw).replace("\n", "<br/>"), st)


def _grid(data: list[list[Any]], widths: Sequence[float], *, header: bool = True) -> Table:
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _fmt_date(day: date | None, lang: str) -> str:
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日" if lang == "ja" else day.isoformat()


def _fmt_int(n: int | None) -> str:
    return "" if n is None else f"{n:,}"


def _reason_text(reason: Any, lang: str) -> str:
    """An assessment reason as stored (text or a small object) rendered for people."""
    if isinstance(reason, str):
        return reason
    if isinstance(reason, dict):
        for key in (lang, "text", "label", "message", "ja", "en", "code"):
            value = reason.get(key)
            if isinstance(value, str) and value:
                return value
        return ", ".join(f"{k}: {v}" for k, v in reason.items())
    return str(reason)


def _type_stage(sme_type: str, stage: int, lang: str) -> str:
    cell = f"{'A' if sme_type == 'challenger' else 'B'}{stage}"
    return f"{cell}　{label('type.' + sme_type, lang)} × {label(f'stage.{stage}', lang)}"


def _build(
    out: Path,
    page: _Page,
    story: list[Flowable],
    *,
    author: str,
    subject: str,
) -> None:
    with atomic_output(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=page.title,
            author=author,
            subject=subject,
            creator="Madoguchi",
        )
        doc.build(story, canvasmaker=_numbered_canvas(page))


# --- firm support record ------------------------------------------------------------------


class _PlaybookNames:
    """Playbook and step titles from the library, falling back to their keys.

    A report must still print when a local playbook file is broken or was removed, so a
    missing title shows the stored key instead of stopping the report.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        try:
            from desktop.core.playbooks import load_default_library

            self._lib: Any = load_default_library()
        except (OSError, ValueError, ImportError):
            self._lib = None

    def playbook(self, key: str) -> str:
        book = self._lib.get(key) if self._lib is not None else None
        return book.title.get(self.lang) if book is not None else key

    def step(self, playbook_key: str, step_key: str) -> str:
        book = self._lib.get(playbook_key) if self._lib is not None else None
        step = book.step(step_key) if book is not None else None
        return step.title.get(self.lang) if step is not None else step_key


def _profile(rec: FirmRecord, st: _Styles, ref: Reference, lang: str) -> list[Flowable]:
    p = rec.profile
    place = " ".join(
        x
        for x in (ref.prefectures.label(p["prefecture_code"], lang), p["address"] or p["city"])
        if x
    )
    rows: list[tuple[str, Any]] = [
        ("pdf.name", p["name"]),
        ("pdf.kana", p["name_kana"]),
        ("corporate_number", p["corporate_number"] or ""),
        ("pdf.kind", ref.firm_kinds.label(p["kind"], lang)),
        ("pdf.address", place),
        ("industry", ref.industries.label(p["industry"], lang)),
        ("size_class", label(f"size.{rec.size_class}", lang)),
        ("pdf.employees", _fmt_int(p["employees"])),
        ("pdf.capital", _fmt_int(p["capital_yen"])),
        ("pdf.founded", p["founded_year"] or ""),
        ("pdf.contact", p["contact_name"]),
        ("pdf.products", p["main_products"]),
        ("pdf.subcontract", "" if p["subcontract_share"] is None else p["subcontract_share"]),
        ("pdf.overseas", p["overseas_markets"]),
    ]
    data = [
        [st.p(label(key, lang), st.muted), st.p(value)]
        for key, value in rows
        if value not in ("", None)
    ]
    return [
        st.p(label("pdf.profile", lang), st.h2),
        _grid(data, [38 * mm, BODY_W - 38 * mm], header=False),
    ]


def _classification(rec: FirmRecord, st: _Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.classification", lang), st.h2)]
    latest = rec.latest_assessment
    if latest is None:
        out.append(st.p(label("pdf.not_assessed", lang)))
        return out
    out.append(st.p(_type_stage(latest.sme_type, latest.stage, lang), st.h3))
    out.append(st.p(_fmt_date(latest.assessed_on, lang), st.muted))
    if latest.reasons:
        out.append(st.p(label("pdf.reasons", lang), st.small))
        out.extend(st.p(f"・{_reason_text(r, lang)}") for r in latest.reasons)
    if latest.override_reason:
        out.append(
            st.p(f"{label('pdf.override', lang)}{colon(lang)}{latest.override_reason}", st.small)
        )
    if len(rec.assessments) > 1:
        out.append(Spacer(1, 3))
        out.append(st.p(label("pdf.history", lang), st.small))
        data = [
            [
                st.p(label("pdf.assessed_on", lang), st.small),
                st.p(label("matrix_cell", lang), st.small),
            ]
        ]
        data += [
            [
                st.p(_fmt_date(a.assessed_on, lang), st.small),
                st.p(_type_stage(a.sme_type, a.stage, lang), st.small),
            ]
            for a in rec.assessments
        ]
        out.append(_grid(data, [38 * mm, BODY_W - 38 * mm]))
    return out


def _ip(rec: FirmRecord, st: _Styles, ref: Reference, lang: str) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.ip", lang), st.h2)]
    if not rec.ip:
        out.append(st.p(label("pdf.none", lang)))
        return out
    head = ["pdf.kind", "pdf.title", "pdf.number", "pdf.status", "pdf.milestones"]
    data: list[list[Any]] = [[st.p(label(h, lang), st.small) for h in head]]
    for a in rec.ip:
        steps = "\n".join(
            f"{_fmt_date(m.happened_on, lang)} {ref.ip_statuses.label(m.status, lang)}"
            for m in a.milestones
        )
        data.append(
            [
                st.p(ref.ip_kinds.label(a.kind, lang), st.small),
                st.p(a.title, st.small),
                st.p(f"{a.office} {a.number}".strip(), st.small),
                st.p(ref.ip_statuses.label(a.status, lang), st.small),
                st.p(steps, st.small),
            ]
        )
    out.append(_grid(data, [30 * mm, 52 * mm, 28 * mm, 22 * mm, BODY_W - 132 * mm]))
    return out


def _consultation(c: ConsultationView, st: _Styles, ref: Reference, lang: str) -> Flowable:
    when = c.started_at
    head = " ".join(
        x
        for x in (
            f"{_fmt_date(when.date(), lang)} {when:%H:%M}",
            ref.channels.label(c.channel, lang),
            label("pdf.minutes", lang, n=c.duration_min),
            "／".join(c.consultants) if lang == "ja" else ", ".join(c.consultants),
        )
        if x
    )
    parts: list[Flowable] = [st.p(head, st.h3)]
    if c.topics:
        sep = "、" if lang == "ja" else ", "
        parts.append(st.p(sep.join(ref.topics.label(t, lang) for t in c.topics), st.muted))
    if c.expert_kind != "none":
        expert = ref.expert_kinds.label(c.expert_kind, lang)
        parts.append(st.p(f"{label('expert_kind', lang)}{colon(lang)}{expert}", st.small))
    if c.summary:
        parts.append(st.p(c.summary))
    if c.outcome:
        parts.append(st.p(f"{label('outcome', lang)}{colon(lang)}{c.outcome}", st.small))
    for r in c.referrals:
        partner = ref.partners.label(r.partner_kind, lang)
        org = parens(r.organisation, lang) if r.organisation else ""
        parts.append(
            st.p(
                f"{label('pdf.referrals', lang)}{colon(lang)}"
                f"{referral_text(partner + org, r.direction, lang)}"
                f" — {ref.referral_statuses.label(r.status, lang)}",
                st.small,
            )
        )
    if c.followup_on or c.followup_action:
        done = f" ({label('pdf.done', lang)})" if c.followup_done else ""
        parts.append(
            st.p(
                f"{label('pdf.followup', lang)}{colon(lang)}"
                f"{_fmt_date(c.followup_on, lang)} {c.followup_action}{done}",
                st.small,
            )
        )
    if c.confidential_notes:
        parts.append(
            st.p(f"{label('pdf.notes', lang)}{colon(lang)}{c.confidential_notes}", st.notes)
        )
    parts.append(Spacer(1, 4))
    return KeepTogether(parts)


def _playbooks(rec: FirmRecord, st: _Styles, lang: str, names: _PlaybookNames) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.playbooks", lang), st.h2)]
    if not rec.playbooks:
        out.append(st.p(label("pdf.none", lang)))
        return out
    for run in rec.playbooks:
        out.append(
            st.p(
                f"{names.playbook(run.playbook_key)} — {label('state.' + run.state, lang)}"
                + parens(
                    f"{label('pdf.started', lang)} {_fmt_date(run.started_on, lang)}"
                    f"{'、' if lang == 'ja' else ', '}{run.done}/{len(run.steps)}",
                    lang,
                ),
                st.h3,
            )
        )
        data = [[st.p(label(h, lang), st.small) for h in ("pdf.steps", "pdf.state", "pdf.date")]]
        data += [
            [
                st.p(names.step(run.playbook_key, s.step_key), st.small),
                st.p(label("state." + s.state, lang), st.small),
                st.p(_fmt_date(s.happened_on, lang), st.small),
            ]
            for s in run.steps
        ]
        out.append(_grid(data, [BODY_W - 70 * mm, 30 * mm, 40 * mm]))
    return out


def _next_steps(rec: FirmRecord, st: _Styles, lang: str, names: _PlaybookNames) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.next_steps", lang), st.h2)]
    if not rec.next_steps:
        out.append(st.p(label("pdf.none", lang)))
    for step in rec.next_steps:
        if step.kind == "followup":
            out.append(st.p(f"・{_fmt_date(step.due, lang)} {step.text}"))
        else:
            book = names.playbook(step.playbook_key)
            out.append(st.p(f"・{book}{colon(lang)}{names.step(step.playbook_key, step.text)}"))
    return out


def firm_report(
    engine: Engine,
    firm_id: uuid.UUID,
    out: str | Path,
    *,
    lang: str = "ja",
    internal: bool = False,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Write a firm's support record to ``out``.

    ``internal=True`` adds the confidential notes and marks every page as an internal
    copy; without it the notes are never even read from the database.
    """
    out = Path(out)
    ticker = Ticker(3, progress, cancel, every=1)
    ticker.check()
    rec = firm_record(engine, firm_id, internal=internal)
    info = counter_info(engine)
    font = japanese_font().name
    st = _Styles(font)
    ref = reference()
    names = _PlaybookNames(lang)
    ticker.step()
    title = label("pdf.firm_title", lang)
    story: list[Flowable] = [
        st.p(title, st.subtitle),
        st.p(rec.profile["name"], st.title),
        Spacer(1, 4),
        *_profile(rec, st, ref, lang),
        *_classification(rec, st, lang),
        *_ip(rec, st, ref, lang),
        *_next_steps(rec, st, lang, names),
        *_playbooks(rec, st, lang, names),
        st.p(label("pdf.consultations", lang), st.h2),
    ]
    if not rec.consultations:
        story.append(st.p(label("pdf.none", lang)))
    story.extend(_consultation(c, st, ref, lang) for c in rec.consultations)
    page = _Page(
        font=font,
        counter=info.name,
        title=f"{title}{colon(lang)}{rec.profile['name']}",
        generated=label(
            "pdf.generated", lang, date=_fmt_date((now or datetime.now()).date(), lang)
        ),
        page_text=label("pdf.page", lang),
        warning=label("pdf.internal", lang) if internal else "",
    )
    ticker.step()
    _build(out, page, story, author=info.name, subject=title)
    ticker.finish()
    return out


# --- monthly summary ------------------------------------------------------------------------


def _kpi_boxes(values: dict[str, int], st: _Styles, lang: str) -> Table:
    keys = [
        "consultations",
        "site_visits",
        "expert_consultations",
        "referrals_to_yorozu",
        "referrals_from_yorozu",
        "firms_served",
    ]
    heads = [st.p(label(f"kpi.{k}", lang), st.muted) for k in keys]
    nums = [st.p(_fmt_int(values.get(k, 0)), st.big) for k in keys]
    width = BODY_W / len(keys)
    table = Table([heads, nums], colWidths=[width] * len(keys))
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
    fy = fiscal_year_of(period.start)
    by_month = monthly_consultation_counts(engine, fy)
    ticker.step()
    font = japanese_font().name
    st = _Styles(font)
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
    month_names = [
        (f"{int(lbl[5:])}月" if lang == "ja" else label_month_short(int(lbl[5:])), n)
        for lbl, n in by_month
    ]
    highlight = [lbl for lbl, _ in by_month].index(period.label)
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
    page = _Page(
        font=font,
        counter=info.name,
        title=f"{title} {month_text}",
        generated=label(
            "pdf.generated", lang, date=_fmt_date((now or datetime.now()).date(), lang)
        ),
        page_text=label("pdf.page", lang),
    )
    _build(out, page, story, author=info.name, subject=title)
    ticker.finish()
    return out


def _figure_table(figs: list[Any], st: _Styles, ref: Reference, lang: str, width: float) -> Table:
    data = [[st.p(label("item", lang), st.small), st.p(label("value", lang), st.num)]]
    data += [
        [
            st.p(
                f"{label('sec.' + f.section, lang)}{colon(lang)}{figure_label(f, lang, ref)}",
                st.small,
            ),
            st.p(_fmt_int(f.value), st.num),
        ]
        for f in figs
    ]
    return _grid(data, [width - 18 * mm, 18 * mm])


def label_month_short(month: int) -> str:
    return ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
        month - 1
    ]
