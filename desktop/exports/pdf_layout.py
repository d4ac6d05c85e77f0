"""What both PDF reports share: page size, styles, the running header and footer.

The footer says "page X of Y", which needs the page count before the first page is
final, so the canvas holds pages back and decorates them all when the document ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
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
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from desktop.core.catalogue import translator
from desktop.core.output import atomic_output
from desktop.core.text import Message
from desktop.exports.labels import (
    label,
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
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


@dataclass(frozen=True)
class Page:
    """What the running header and footer show."""

    font: str
    counter: str
    title: str
    generated: str
    page_text: str
    warning: str = ""


def numbered_canvas(page: Page) -> type[Canvas]:
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


class Styles:
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
        if CJK.search(raw):
            st = ParagraphStyle(f"{st.name}-cjk", parent=st, wordWrap="CJK")
        return Paragraph(escape(raw).replace("\n", "<br/>"), st)


def grid(data: list[list[Any]], widths: Sequence[float], *, header: bool = True) -> Table:
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


def fmt_date(day: date | None, lang: str) -> str:
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日" if lang == "ja" else day.isoformat()


def fmt_int(n: int | None) -> str:
    return "" if n is None else f"{n:,}"


def reason_text(reason: Any, lang: str) -> str:
    """An assessment reason as stored (a message, text or a small object) for people."""
    if isinstance(reason, str):
        return reason
    if isinstance(reason, dict) and {"context", "text"} <= reason.keys():  # a Message
        message = Message(reason["context"], reason["text"], reason.get("params") or {})
        return message.render(translator(lang))
    if isinstance(reason, dict):
        for key in (lang, "text", "label", "message", "ja", "en", "code"):
            value = reason.get(key)
            if isinstance(value, str) and value:
                return value
        return ", ".join(f"{k}: {v}" for k, v in reason.items())
    return str(reason)


def type_stage_text(sme_type: str, stage: int, lang: str) -> str:
    cell = f"{'A' if sme_type == 'challenger' else 'B'}{stage}"
    return f"{cell}　{label('type.' + sme_type, lang)} × {label(f'stage.{stage}', lang)}"


def build_pdf(
    out: Path,
    page: Page,
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
        doc.build(story, canvasmaker=numbered_canvas(page))
