"""The HQ monthly workbook and the counter's fiscal-year workbook (openpyxl, no Qt).

Workbooks are written in openpyxl's write-only mode: rows stream from the database
straight into the file, so a month of a very large counter costs memory for one row
at a time (plus the month-close snapshot). The layout is ``desktop.exports.layout``.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.engine import Engine

from db.clock import utcnow
from desktop.core.month_close import (
    Amendment,
    JsonValue,
    SnapshotBuilder,
    amendments,
    last_sent,
    load_snapshot,
    record_sent,
    snapshot_value,
)
from desktop.core.output import atomic_output, looks_like_formula
from desktop.core.reference import reference
from desktop.core.reporting import (
    CONSULTATION_FIELDS,
    MATRIX_CELLS,
    SECTIONS,
    CounterInfo,
    Figure,
    Period,
    consultation_rows,
    count_consultations,
    counter_info,
    summary,
)
from desktop.exports.common import CancelFn, ProgressFn, Ticker, sha256_file
from desktop.exports.labels import figure_label, label
from desktop.exports.layout import (
    AMENDMENT_COLUMNS,
    AMENDMENTS,
    CHECKSUM_RULE,
    CODES,
    CODES_COLUMNS,
    CONSULTATION_COLUMNS,
    CONSULTATIONS,
    LAYOUT_VERSION,
    META,
    META_COLUMNS,
    META_KEYS,
    SUMMARY,
    SUMMARY_COLUMNS,
    Column,
    RowHasher,
    canonical,
    clean_text,
    keys_of,
)
from desktop.version import __version__

KEY_FONT = Font(color="808080", size=8)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"


@contextlib.contextmanager
def write_only_workbook() -> Iterator[Workbook]:
    """A write-only workbook whose sheets are put away if the writing stops half way.

    Each write-only sheet streams into a temporary file through generators that only
    ``save`` closes. After a cancel or a failure they were left to the garbage
    collector, which closed them in no particular order ("I/O operation on closed
    file" raised in a finalizer), and their files stayed until the program exited.
    """
    wb = Workbook(write_only=True)
    try:
        yield wb
    except BaseException:
        _discard_sheets(wb)
        raise


def _discard_sheets(wb: Workbook) -> None:
    for ws in wb.worksheets:
        writer = ws._writer
        if writer is None:
            continue
        if not ws.closed:
            if ws._rows is not None:
                ws._rows.close()  # the rows' element first, inside the sheet's stream
            writer.close()
        with contextlib.suppress(FileNotFoundError, ValueError):
            writer.cleanup()


def utc_stamp(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat() + "Z"


# (cell, checksum text, snapshot value) of one cell: what ``SheetWriter.append`` makes of it.
Converted = tuple[Any, str, JsonValue]

# Distinct dates and times kept as ready styled cells per sheet. A month's sheet holds a
# few hundred at most; past this many, a value simply gets a cell of its own.
STYLED_CACHE_LIMIT = 4096


FILTER_BUTTON = 3  # character widths the header's filter button covers


def text_width(text: str) -> int:
    """Width in Excel's character units: a kanji or kana takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_width(column: Column, title: str) -> float:
    """The layout's width, widened so the key and the header (beside its filter button)
    can be read whole: a manager should not have to widen 都道府県コード to read it."""
    return max(column.width, text_width(column.key) + 1, text_width(title) + FILTER_BUTTON)


class SheetWriter:
    """A write-only sheet with the two header rows, typed cells and print settings.

    Text that a spreadsheet could take for a formula (leading ``= + - @``, tab, line
    break) is forced to a string cell with a quote prefix, so it is shown, never evaluated.

    Each value is converted once, into its cell, its checksum text and (when a snapshot
    is attached) its snapshot value, by a converter chosen per column when the sheet is
    created; text and empty cells, most of any sheet, are handled inline. A date or time
    column reuses one styled cell per distinct value: openpyxl writes a cell the moment it
    is handed over, so the same cell object can stand in every row that holds that value.
    """

    def __init__(
        self,
        wb: Workbook,
        name: str,
        columns: Sequence[Column],
        *,
        hasher: RowHasher | None = None,
        lang: str = "ja",
        headers: Sequence[str] | None = None,
        snapshot: SnapshotBuilder | None = None,
    ) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(name)
        self.columns = list(columns)
        self.hasher = hasher
        self.rows = 0
        if snapshot is not None and tuple(snapshot.fields) != tuple(keys_of(self.columns)):
            raise ValueError("A snapshot needs the sheet's columns as its fields.")
        self.snapshot = snapshot
        self._width = len(self.columns)
        self._converters = [self._converter(c.kind) for c in self.columns]
        self._styled_cells: dict[Any, Converted] = {}
        ws = self.ws
        titles = headers or [c.header(lang) for c in self.columns]
        for i, (col, title) in enumerate(zip(self.columns, titles, strict=True), 1):
            ws.column_dimensions[get_column_letter(i)].width = column_width(col, title)
        ws.freeze_panes = "A3"
        ws.print_title_rows = "1:2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = True
        ws.append([self._styled(c.key, KEY_FONT) for c in self.columns])
        ws.append([self._styled(t, HEADER_FONT, HEADER_FILL) for t in titles])
        if hasher is not None:
            hasher.sheet(name)

    def _styled(self, value: str, font: Font, fill: PatternFill | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=value)
        cell.font = font
        if fill is not None:
            cell.fill = fill
        return cell

    def _cell(self, value: Any, kind: str) -> Any:
        """The cell of any value (text already ``clean_text``-ed), by the general rules.

        ``append`` takes shortcuts for the common types; each gives what this would.
        """
        if value is None or value == "":
            return None
        if kind == "date" and isinstance(value, date):
            cell = WriteOnlyCell(self.ws, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        if kind == "time" and isinstance(value, time):
            cell = WriteOnlyCell(self.ws, value=value)
            cell.number_format = TIME_FORMAT
            return cell
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        text = value if isinstance(value, str) else clean_text(str(value))
        if looks_like_formula(text):
            cell = WriteOnlyCell(self.ws, value=text)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return text or None

    def _any_value(self, value: Any, kind: str) -> Converted:
        cleaned = clean_text(value) if isinstance(value, str) else value
        return self._cell(cleaned, kind), canonical(cleaned), snapshot_value(value)

    def _converter(self, kind: str) -> Callable[[Any], Converted]:
        """The conversion of a non-empty, non-text value in a column of ``kind``."""
        if kind in ("date", "time"):
            exact = date if kind == "date" else time

            def styled(value: Any) -> Converted:
                if type(value) is not exact:
                    return self._any_value(value, kind)
                found = self._styled_cells.get(value)
                if found is None:
                    found = self._any_value(value, kind)
                    if len(self._styled_cells) < STYLED_CACHE_LIMIT:
                        self._styled_cells[value] = found
                return found

            return styled

        def plain(value: Any) -> Converted:
            if type(value) is int:
                return value, str(value), value
            return self._any_value(value, kind)

        return plain

    def append(self, values: Sequence[Any]) -> None:
        cells: list[Any] = []
        texts: list[str] = []
        snapped: list[JsonValue] = []
        for value, convert in zip(values[: self._width], self._converters, strict=False):
            if type(value) is str:
                text = clean_text(value)
                texts.append(text)
                snapped.append(value or None)
                if not text:
                    cells.append(None)
                elif looks_like_formula(text):
                    cells.append(self._cell(text, "str"))
                else:
                    cells.append(text)
            elif value is None:
                cells.append(None)
                texts.append("")
                snapped.append(None)
            else:
                cell, text, snap = convert(value)
                cells.append(cell)
                texts.append(text)
                snapped.append(snap)
        if self.hasher is not None:
            self.hasher.canonical_row(texts)
        if self.snapshot is not None:
            self.snapshot.add_values(str(values[0]), snapped[1:])
        self.ws.append(cells)
        self.rows += 1

    def close(self) -> None:
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A2:{last}{self.rows + 2}"


@dataclass(frozen=True)
class MonthlyExport:
    path: Path
    period: str
    revision: int
    status: str
    rows: int
    amendments: int
    data_sha256: str
    file_sha256: str
    recorded: bool


@dataclass(frozen=True)
class FiscalYearExport:
    path: Path
    fiscal_year: int
    rows: int
    data_sha256: str
    file_sha256: str


def _write_summary(wb: Workbook, figures: list[Figure], hasher: RowHasher) -> int:
    sheet = SheetWriter(wb, SUMMARY, SUMMARY_COLUMNS, hasher=hasher)
    ref = reference()
    for fig in figures:
        sheet.append([fig.section, fig.item, fig.sub_item, fig.value, figure_label(fig, "ja", ref)])
    sheet.close()
    return sheet.rows


def _write_amendments(wb: Workbook, items: list[Amendment], hasher: RowHasher) -> int:
    sheet = SheetWriter(wb, AMENDMENTS, AMENDMENT_COLUMNS, hasher=hasher)
    for a in items:
        sheet.append([a.consultation_id, a.change, a.field, a.old, a.new, a.detail])
    sheet.close()
    return sheet.rows


def code_rows() -> list[tuple[str, str, str, str]]:
    """Every code a data sheet may hold, with its Japanese and English label."""
    ref = reference()
    rows: list[tuple[str, str, str, str]] = []
    lists = (
        ("channel", ref.channels),
        ("topic", ref.topics),
        ("expert_kind", ref.expert_kinds),
        ("partner", ref.partners),
        ("referral_status", ref.referral_statuses),
        ("referral_direction", ref.referral_directions),
        ("firm_kind", ref.firm_kinds),
        ("industry", ref.industries),
        ("prefecture", ref.prefectures),
        ("ip_kind", ref.ip_kinds),
    )
    for name, codes in lists:
        rows.extend((name, lab.code, lab.ja, lab.en) for lab in codes)
    for code in ("small", "sme", "large", "unknown"):
        rows.append(("size_class", code, label(f"size.{code}", "ja"), label(f"size.{code}", "en")))
    for code in ("challenger", "developing"):
        rows.append(("sme_type", code, label(f"type.{code}", "ja"), label(f"type.{code}", "en")))
    for stage in ("1", "2", "3"):
        rows.append(("stage", stage, label(f"stage.{stage}", "ja"), label(f"stage.{stage}", "en")))
    for cell in MATRIX_CELLS:
        kind = "challenger" if cell[0] == "A" else "developing"
        rows.append(
            (
                "matrix_cell",
                cell,
                f"{label('type.' + kind, 'ja')} × {label('stage.' + cell[1], 'ja')}",
                f"{label('type.' + kind, 'en')} × {label('stage.' + cell[1], 'en')}",
            )
        )
    for section in SECTIONS:
        rows.append(
            ("section", section, label(f"sec.{section}", "ja"), label(f"sec.{section}", "en"))
        )
    for change in ("added", "changed", "removed"):
        rows.append(
            ("change", change, label(f"change.{change}", "ja"), label(f"change.{change}", "en"))
        )
    return rows


def _write_codes(wb: Workbook) -> None:
    sheet = SheetWriter(wb, CODES, CODES_COLUMNS)
    for row in code_rows():
        sheet.append(row)
    sheet.close()


def _write_meta(meta: SheetWriter, values: dict[str, Any]) -> None:
    for key, description in META_KEYS:
        if key in values:
            meta.append([key, values[key], description])
    for key, value in values.items():
        if key not in dict(META_KEYS):
            meta.append([key, value, ""])
    meta.close()


def export_monthly(
    engine: Engine,
    month: str | Period,
    out: str | Path,
    *,
    close_month: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: datetime | None = None,
) -> MonthlyExport:
    """Write the HQ workbook of ``month`` to ``out`` and, unless a draft, close the month.

    If the month was sent before, the workbook carries the full current data plus an
    ``amendments`` sheet listing each difference from the last sent version. A draft
    (``close_month=False``) is marked ``status=draft`` and records nothing; HQ rejects it.
    """
    period = month if isinstance(month, Period) else Period.month(month)
    out = Path(out)
    now = now or utcnow()
    info: CounterInfo = counter_info(engine)
    previous = last_sent(engine, period.label)
    old = load_snapshot(engine, previous.id) if previous is not None else None
    total = count_consultations(engine, period)
    ticker = Ticker(total + 20, progress, cancel)
    ticker.check()
    hasher = RowHasher()
    with atomic_output(out) as tmp, write_only_workbook() as wb:
        meta = SheetWriter(wb, META, META_COLUMNS)
        snap = SnapshotBuilder(CONSULTATION_FIELDS)
        sheet = SheetWriter(wb, CONSULTATIONS, CONSULTATION_COLUMNS, hasher=hasher, snapshot=snap)
        for row in consultation_rows(engine, period):
            sheet.append([row[k] for k in CONSULTATION_FIELDS])
            ticker.step()
        sheet.close()
        snapshot = snap.build()
        figures = summary(engine, period)
        ticker.step(10)
        n_summary = _write_summary(wb, figures, hasher)
        changes = amendments(engine, period, old, snapshot) if old is not None else []
        n_amend = _write_amendments(wb, changes, hasher)
        _write_codes(wb)
        ticker.step(5)
        status = "final" if close_month else "draft"
        revision = (previous.revision if previous is not None else 0) + 1
        data_sha = hasher.hexdigest()
        _write_meta(
            meta,
            {
                "layout_version": LAYOUT_VERSION,
                "workbook_kind": "monthly",
                "status": status,
                "counter_name": info.name,
                "prefecture_code": info.prefecture_code,
                "period": period.label,
                "revision": revision,
                "amends_sent_at": utc_stamp(previous.sent_at) if previous else "",
                "amends_data_sha256": previous.data_sha256 if previous else "",
                "app_version": __version__,
                "generated_at": utc_stamp(now),
                "rows_consultations": sheet.rows,
                "rows_summary": n_summary,
                "rows_amendments": n_amend,
                "checksum_rule": CHECKSUM_RULE,
                "data_sha256": data_sha,
            },
        )
        wb.save(tmp)
        file_sha = sha256_file(tmp)
        ticker.check()
    recorded = False
    if close_month:
        try:
            record_sent(
                engine,
                period.label,
                file_sha256=file_sha,
                data_sha256=data_sha,
                layout_version=LAYOUT_VERSION,
                snapshot=snapshot,
                sent_at=now,
            )
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                out.unlink()
            raise
        recorded = True
    ticker.finish()
    return MonthlyExport(
        path=out,
        period=period.label,
        revision=revision,
        status=status,
        rows=sheet.rows,
        amendments=n_amend,
        data_sha256=data_sha,
        file_sha256=file_sha,
        recorded=recorded,
    )


FY_FIXED_COLUMNS = (
    Column("section", "str", 12, True),
    Column("item", "str", 24, True),
    Column("sub_item", "str", 16, False),
    Column("label", "str", 40, False),
)


def export_fiscal_year(
    engine: Engine,
    fy: int,
    out: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: datetime | None = None,
) -> FiscalYearExport:
    """The counter's fiscal year (April–March) with a column per month for each figure.

    The year total is computed over the whole year, not added up from the months, so
    figures that count distinct firms (returning firms, type × stage) stay true.
    """
    period = Period.fiscal_year(fy)
    out = Path(out)
    now = now or utcnow()
    info = counter_info(engine)
    months = period.months()
    ticker = Ticker(len(months) + 3, progress, cancel, every=1)
    ticker.check()
    per_month: list[dict[tuple[str, str, str], int]] = []
    for m in months:
        per_month.append({f.key: f.value for f in summary(engine, m)})
        ticker.step()
    year = summary(engine, period)
    ticker.step()
    columns = (
        *FY_FIXED_COLUMNS,
        *(Column(m.label, "int", 9, True) for m in months),
        Column("fy_total", "int", 10, True),
    )
    headers = [
        *(label(c.key) for c in FY_FIXED_COLUMNS),
        *(f"{m.start.month}月" for m in months),
        label("fy_total"),
    ]
    hasher = RowHasher()
    ref = reference()
    with atomic_output(out) as tmp, write_only_workbook() as wb:
        meta = SheetWriter(wb, META, META_COLUMNS)
        sheet = SheetWriter(wb, SUMMARY, columns, hasher=hasher, headers=headers)
        for fig in year:
            sheet.append(
                [
                    fig.section,
                    fig.item,
                    fig.sub_item,
                    figure_label(fig, "ja", ref),
                    *(values.get(fig.key, 0) for values in per_month),
                    fig.value,
                ]
            )
        sheet.close()
        data_sha = hasher.hexdigest()
        _write_meta(
            meta,
            {
                "layout_version": LAYOUT_VERSION,
                "workbook_kind": "fiscal_year",
                "status": "final",
                "counter_name": info.name,
                "prefecture_code": info.prefecture_code,
                "period": period.label,
                "app_version": __version__,
                "generated_at": utc_stamp(now),
                "rows_summary": sheet.rows,
                "checksum_rule": CHECKSUM_RULE,
                "data_sha256": data_sha,
                "fiscal_year": fy,
            },
        )
        wb.save(tmp)
        file_sha = sha256_file(tmp)
        ticker.check()
    ticker.finish()
    return FiscalYearExport(out, fy, sheet.rows, data_sha, file_sha)
