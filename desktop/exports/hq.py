"""Headquarters' side: validate counters' monthly workbooks and merge them nationally.

HQ receives 47 workbooks a month. Each is checked against the layout it claims
(version, meta, sheets, machine keys, cell types, duplicate ids, checksum over the data
rows); a workbook that fails is rejected with one reason per problem, and the rest are
merged into national sheets by prefecture and month. Only the workbook files are read:
HQ has no counter's database.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from db.clock import utcnow
from db.enums import PREFECTURE_CODES
from desktop.core.reporting import KPI_ITEMS, Period
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.exports.common import CancelFn, ProgressFn, Ticker, atomic_output
from desktop.exports.excel import SheetWriter, utc_stamp
from desktop.exports.labels import label
from desktop.exports.layout import (
    AMENDMENT_COLUMNS,
    AMENDMENTS,
    CHECKSUM_RULE,
    CHECKSUM_SHEETS,
    CONSULTATION_COLUMNS,
    CONSULTATIONS,
    FIRST_DATA_ROW,
    LAYOUT_VERSION,
    META,
    META_COLUMNS,
    META_INT_KEYS,
    META_REQUIRED,
    REQUIRED_SHEETS,
    SHEET_COLUMNS,
    SUMMARY,
    SUMMARY_COLUMNS,
    SUPPORTED_LAYOUTS,
    Column,
    RowHasher,
    keys_of,
)
from desktop.version import __version__

CTX = "HqValidation"
MAX_ROW_PROBLEMS = 20
NATIONAL_CODE = "00"
_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


def _msg(text: str, **params: Any) -> Message:
    return Message(CTX, text, params)


@dataclass(frozen=True)
class Problem:
    """Why a workbook cannot be accepted; ``sheet``/``row`` say where, when it is known."""

    code: str
    message: Message
    sheet: str = ""
    row: int | None = None

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where = f"{where} row {self.row}"
        text = self.message.render()
        return f"{where}: {text}" if where else text


@dataclass(frozen=True)
class WorkbookInfo:
    path: Path
    counter_name: str
    prefecture_code: str
    period: str
    revision: int
    status: str
    rows: dict[str, int]
    data_sha256: str
    ids: frozenset[str] = field(default=frozenset(), repr=False)


@dataclass
class ConsolidateResult:
    out: Path
    accepted: list[WorkbookInfo]
    rejected: dict[Path, list[Problem]]
    warnings: list[Problem]
    rows: int

    @property
    def ok(self) -> bool:
        return not self.rejected


class _Problems:
    """Collects problems, capping row-level ones per sheet so a broken file stays readable."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self._per_sheet: dict[str, int] = {}

    def add(self, code: str, message: Message, sheet: str = "", row: int | None = None) -> None:
        if row is not None:
            n = self._per_sheet.get(sheet, 0) + 1
            self._per_sheet[sheet] = n
            if n > MAX_ROW_PROBLEMS:
                return
        self.items.append(Problem(code, message, sheet, row))

    def close(self) -> list[Problem]:
        for sheet, n in self._per_sheet.items():
            if n > MAX_ROW_PROBLEMS:
                self.items.append(
                    Problem(
                        "more",
                        _msg(
                            QT_TRANSLATE_NOOP(CTX, "{n} more problems in this sheet."),
                            n=n - MAX_ROW_PROBLEMS,
                        ),
                        sheet,
                    )
                )
        return self.items


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "date":
        if isinstance(value, datetime):
            return value.time() == time()
        return isinstance(value, date)
    if kind == "time":
        return isinstance(value, time)
    return isinstance(value, str)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _data_rows(ws: Any, width: int) -> Iterator[tuple[int, list[Any], list[str]]]:
    """(row number, values, data types) of each non-empty data row, padded to ``width``."""
    number = FIRST_DATA_ROW
    for cells in ws.iter_rows(min_row=FIRST_DATA_ROW, max_col=width):
        values = [getattr(c, "value", None) for c in cells]
        values += [None] * (width - len(values))
        types = [getattr(c, "data_type", "n") or "n" for c in cells]
        types += ["n"] * (width - len(types))
        if any(v is not None and v != "" for v in values):
            yield number, values, types
        number += 1


def _header(ws: Any, width: int) -> list[Any]:
    for row in ws.iter_rows(min_row=1, max_row=1, max_col=width, values_only=True):
        return list(row) + [None] * (width - len(row))
    return [None] * width


def _read_meta(ws: Any, problems: _Problems) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for number, values, _types in _data_rows(ws, len(META_COLUMNS)):
        key = values[0]
        if not isinstance(key, str):
            problems.add(
                "meta", _msg(QT_TRANSLATE_NOOP(CTX, "A meta key is not text.")), META, number
            )
            continue
        meta[key] = values[1]
    return meta


def _missing(problems: _Problems, sheets: list[str]) -> None:
    for sheet in sheets:
        problems.add(
            "missing_sheet",
            _msg(QT_TRANSLATE_NOOP(CTX, "The sheet '{sheet}' is missing."), sheet=sheet),
        )


def _check_meta(meta: dict[str, Any], problems: _Problems) -> None:
    for key in META_REQUIRED:
        if key not in meta:
            problems.add(
                "meta",
                _msg(QT_TRANSLATE_NOOP(CTX, "The meta sheet lacks '{key}'."), key=key),
                META,
            )
    for key in META_INT_KEYS:
        if key in meta and not _type_ok(meta[key], "int"):
            problems.add(
                "meta",
                _msg(QT_TRANSLATE_NOOP(CTX, "Meta '{key}' must be a whole number."), key=key),
                META,
            )
    if "status" in meta and meta["status"] != "final":
        problems.add(
            "draft",
            _msg(QT_TRANSLATE_NOOP(CTX, "This is a draft; the counter must export it as sent.")),
            META,
        )
    period = meta.get("period")
    if "period" in meta and not (isinstance(period, str) and _PERIOD.match(period)):
        problems.add("meta", _msg(QT_TRANSLATE_NOOP(CTX, "Meta 'period' is not YYYY-MM.")), META)
    if "prefecture_code" in meta and meta["prefecture_code"] not in PREFECTURE_CODES:
        problems.add(
            "meta",
            _msg(
                QT_TRANSLATE_NOOP(CTX, "Unknown prefecture code '{code}'."),
                code=meta["prefecture_code"],
            ),
            META,
        )
    sha = meta.get("data_sha256")
    if "data_sha256" in meta and not (isinstance(sha, str) and _SHA.match(sha)):
        problems.add("meta", _msg(QT_TRANSLATE_NOOP(CTX, "Meta 'data_sha256' is malformed.")), META)
    if "checksum_rule" in meta and meta["checksum_rule"] != CHECKSUM_RULE:
        problems.add(
            "meta",
            _msg(
                QT_TRANSLATE_NOOP(CTX, "Unknown checksum rule '{rule}'."),
                rule=meta["checksum_rule"],
            ),
            META,
        )


def _check_sheet(
    ws: Any,
    name: str,
    columns: Sequence[Column],
    hasher: RowHasher,
    problems: _Problems,
    period: Period | None,
    ids: set[str],
) -> int:
    width = len(columns)
    keys = keys_of(columns)
    found = _header(ws, width)
    if found != keys:
        problems.add(
            "columns",
            _msg(
                QT_TRANSLATE_NOOP(CTX, "Row 1 must hold the keys {keys}."),
                keys=", ".join(keys),
            ),
            name,
        )
    hasher.sheet(name)
    count = 0
    for number, values, types in _data_rows(ws, width):
        count += 1
        hasher.row(values)
        for col, value, dtype in zip(columns, values, types, strict=True):
            if dtype == "f":
                problems.add(
                    "formula",
                    _msg(QT_TRANSLATE_NOOP(CTX, "'{key}' holds a formula."), key=col.key),
                    name,
                    number,
                )
            elif value is None or value == "":
                if col.required:
                    problems.add(
                        "empty",
                        _msg(QT_TRANSLATE_NOOP(CTX, "'{key}' is empty."), key=col.key),
                        name,
                        number,
                    )
            elif not _type_ok(value, col.kind):
                problems.add(
                    "type",
                    _msg(
                        QT_TRANSLATE_NOOP(CTX, "'{key}' must be a {kind}, found {value!r}."),
                        key=col.key,
                        kind=col.kind,
                        value=value,
                    ),
                    name,
                    number,
                )
        if name == CONSULTATIONS:
            cid = values[0]
            if isinstance(cid, str):
                if cid in ids:
                    problems.add(
                        "duplicate",
                        _msg(QT_TRANSLATE_NOOP(CTX, "Consultation {id} appears twice."), id=cid),
                        name,
                        number,
                    )
                ids.add(cid)
            day = _as_date(values[1])
            if period is not None and day is not None and not period.start <= day < period.end:
                problems.add(
                    "period",
                    _msg(
                        QT_TRANSLATE_NOOP(CTX, "Date {date} is outside {period}."),
                        date=day.isoformat(),
                        period=period.label,
                    ),
                    name,
                    number,
                )
    return count


def inspect_workbook(path: str | Path) -> tuple[WorkbookInfo | None, list[Problem]]:
    """Validate one workbook; its facts when it is acceptable, and the problems found."""
    path = Path(path)
    problems = _Problems()
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        problems.add(
            "unreadable",
            _msg(QT_TRANSLATE_NOOP(CTX, "Not a readable .xlsx file ({error})."), error=exc),
        )
        return None, problems.close()
    try:
        missing = [s for s in REQUIRED_SHEETS if s not in wb.sheetnames]
        if META in missing:
            _missing(problems, missing)
            return None, problems.close()
        meta = _read_meta(wb[META], problems)
        version = meta.get("layout_version")
        if version not in SUPPORTED_LAYOUTS:
            problems.add(
                "layout_version",
                _msg(
                    QT_TRANSLATE_NOOP(
                        CTX, "Layout version '{found}' is not supported (expected {expected})."
                    ),
                    found=version,
                    expected=LAYOUT_VERSION,
                ),
                META,
            )
            return None, problems.close()
        kind = meta.get("workbook_kind")
        if kind != "monthly":
            problems.add(
                "kind",
                _msg(
                    QT_TRANSLATE_NOOP(CTX, "This is a '{kind}' workbook, not a monthly one."),
                    kind=kind,
                ),
                META,
            )
            return None, problems.close()
        _missing(problems, missing)
        _check_meta(meta, problems)
        if missing:
            return None, problems.close()
        period = None
        if isinstance(meta.get("period"), str) and _PERIOD.match(meta["period"]):
            period = Period.month(meta["period"])
        hasher = RowHasher()
        ids: set[str] = set()
        rows: dict[str, int] = {}
        for name in CHECKSUM_SHEETS:
            rows[name] = _check_sheet(
                wb[name], name, SHEET_COLUMNS[name], hasher, problems, period, ids
            )
            stated = meta.get(f"rows_{name}")
            if isinstance(stated, int) and stated != rows[name]:
                problems.add(
                    "row_count",
                    _msg(
                        QT_TRANSLATE_NOOP(CTX, "Meta says {stated} rows, the sheet has {found}."),
                        stated=stated,
                        found=rows[name],
                    ),
                    name,
                )
        digest = hasher.hexdigest()
        if meta.get("data_sha256") != digest:
            problems.add(
                "checksum",
                _msg(
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "Checksum mismatch: the data rows were changed after export "
                        "(meta {stated}, computed {computed}).",
                    ),
                    stated=meta.get("data_sha256"),
                    computed=digest,
                ),
                META,
            )
    finally:
        wb.close()
    found = problems.close()
    if found:
        return None, found
    info = WorkbookInfo(
        path=path,
        counter_name=str(meta.get("counter_name") or ""),
        prefecture_code=str(meta["prefecture_code"]),
        period=str(meta["period"]),
        revision=int(meta["revision"]),
        status=str(meta["status"]),
        rows=rows,
        data_sha256=digest,
        ids=frozenset(ids),
    )
    return info, []


def validate_workbook(path: str | Path) -> list[Problem]:
    """Every problem that stops HQ from accepting ``path``; an empty list means valid."""
    return inspect_workbook(path)[1]


# --- consolidation ----------------------------------------------------------------------

PREFIX_COLUMNS = (Column("source_prefecture", "str", 8, True), Column("period", "str", 9, True))
SOURCES_COLUMNS = (
    Column("file", "str", 30, True),
    Column("status", "str", 10, True),
    Column("counter_name", "str", 26),
    Column("prefecture_code", "str", 8),
    Column("period", "str", 9),
    Column("revision", "int", 6),
    Column("rows", "int", 8),
    Column("data_sha256", "str", 66),
    Column("reasons", "str", 80),
)
KPI_COLUMNS = (
    Column("prefecture_code", "str", 8, True),
    Column("period", "str", 9, True),
    Column("counter_name", "str", 26),
    *(Column(k, "int", 12, True, title=label(f"kpi.{k}")) for k in KPI_ITEMS),
)
NATIONAL_SHEETS = ("meta", "sources", "kpi", SUMMARY, CONSULTATIONS, AMENDMENTS)


def _supersede(
    accepted: list[WorkbookInfo], rejected: dict[Path, list[Problem]]
) -> list[WorkbookInfo]:
    """Keep the newest revision per prefecture and month; reject the older ones."""
    best: dict[tuple[str, str], WorkbookInfo] = {}
    for info in accepted:
        key = (info.prefecture_code, info.period)
        other = best.get(key)
        if other is None or info.revision > other.revision:
            if other is not None:
                rejected[other.path] = [_superseded(other, info)]
            best[key] = info
        else:
            rejected[info.path] = [_superseded(info, other)]
    return sorted(best.values(), key=lambda i: (i.period, i.prefecture_code))


def _superseded(old: WorkbookInfo, new: WorkbookInfo) -> Problem:
    return Problem(
        "superseded",
        _msg(
            QT_TRANSLATE_NOOP(CTX, "Revision {old} is superseded by revision {new} in {file}."),
            old=old.revision,
            new=new.revision,
            file=new.path.name,
        ),
    )


def _cross_duplicates(accepted: Iterable[WorkbookInfo]) -> list[Problem]:
    seen: dict[str, WorkbookInfo] = {}
    out: list[Problem] = []
    for info in accepted:
        for cid in sorted(info.ids):
            first = seen.get(cid)
            if first is not None:
                out.append(
                    Problem(
                        "duplicate_across",
                        _msg(
                            QT_TRANSLATE_NOOP(CTX, "Consultation {id} is in {a} and {b}."),
                            id=cid,
                            a=first.path.name,
                            b=info.path.name,
                        ),
                    )
                )
            else:
                seen[cid] = info
    return out


def _rows_of(path: Path, sheet: str, columns: Sequence[Column]) -> Iterator[list[Any]]:
    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        for _number, values, _types in _data_rows(wb[sheet], len(columns)):
            yield [
                _as_date(v) if c.kind == "date" else v for v, c in zip(values, columns, strict=True)
            ]
    finally:
        wb.close()


def consolidate(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: datetime | None = None,
) -> ConsolidateResult:
    """Merge the valid workbooks of ``paths`` into one national workbook at ``out``.

    Rejected files are listed in the ``sources`` sheet and in the result with their
    reasons; when two files cover the same prefecture and month, the higher revision wins.
    """
    out = Path(out)
    now = now or utcnow()
    files = [Path(p) for p in paths]
    ticker = Ticker(len(files) * 2 + 1, progress, cancel, every=1)
    accepted: list[WorkbookInfo] = []
    rejected: dict[Path, list[Problem]] = {}
    for path in files:
        ticker.check()
        info, problems = inspect_workbook(path)
        if info is None:
            rejected[path] = problems
        else:
            accepted.append(info)
        ticker.step()
    accepted = _supersede(accepted, rejected)
    warnings = _cross_duplicates(accepted)
    kpis: dict[tuple[str, str], dict[str, int]] = {}
    hasher = RowHasher()
    total_rows = 0
    with atomic_output(out) as tmp:
        wb = Workbook(write_only=True)
        meta = SheetWriter(wb, "meta", META_COLUMNS)
        sources = SheetWriter(wb, "sources", SOURCES_COLUMNS)
        kpi_sheet = SheetWriter(wb, "kpi", KPI_COLUMNS)
        cons_sheet = SheetWriter(
            wb, CONSULTATIONS, (*PREFIX_COLUMNS, *CONSULTATION_COLUMNS), hasher=hasher
        )
        for info in accepted:
            ticker.check()
            for row in _rows_of(info.path, CONSULTATIONS, CONSULTATION_COLUMNS):
                cons_sheet.append([info.prefecture_code, info.period, *row])
                total_rows += 1
            ticker.step()
        cons_sheet.close()
        summary_sheet = SheetWriter(wb, SUMMARY, (*PREFIX_COLUMNS, *SUMMARY_COLUMNS), hasher=hasher)
        for info in accepted:
            ticker.check()
            values = {k: 0 for k in KPI_ITEMS}
            for row in _rows_of(info.path, SUMMARY, SUMMARY_COLUMNS):
                summary_sheet.append([info.prefecture_code, info.period, *row])
                if row[0] == "kpi" and row[1] in values and isinstance(row[3], int):
                    values[row[1]] = row[3]
            kpis[(info.prefecture_code, info.period)] = values
        summary_sheet.close()
        amend_sheet = SheetWriter(
            wb, AMENDMENTS, (*PREFIX_COLUMNS, *AMENDMENT_COLUMNS), hasher=hasher
        )
        for info in accepted:
            for row in _rows_of(info.path, AMENDMENTS, AMENDMENT_COLUMNS):
                amend_sheet.append([info.prefecture_code, info.period, *row])
        amend_sheet.close()
        periods = sorted({i.period for i in accepted})
        for info in accepted:
            values = kpis[(info.prefecture_code, info.period)]
            kpi_sheet.append(
                [info.prefecture_code, info.period, info.counter_name, *values.values()]
            )
        for period in periods:
            sums = [sum(v[k] for (_, p), v in kpis.items() if p == period) for k in KPI_ITEMS]
            kpi_sheet.append([NATIONAL_CODE, period, "全国計", *sums])
        kpi_sheet.close()
        for info in accepted:
            sources.append(
                [
                    info.path.name,
                    "accepted",
                    info.counter_name,
                    info.prefecture_code,
                    info.period,
                    info.revision,
                    info.rows.get(CONSULTATIONS, 0),
                    info.data_sha256,
                    "",
                ]
            )
        for path, problems in rejected.items():
            sources.append(
                [
                    path.name,
                    "rejected",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    " / ".join(str(p) for p in problems),
                ]
            )
        sources.close()
        for key, value in (
            ("layout_version", LAYOUT_VERSION),
            ("workbook_kind", "national"),
            ("status", "final"),
            ("periods", ", ".join(periods)),
            ("app_version", __version__),
            ("generated_at", utc_stamp(now)),
            ("sources_accepted", len(accepted)),
            ("sources_rejected", len(rejected)),
            ("rows_consultations", cons_sheet.rows),
            ("rows_summary", summary_sheet.rows),
            ("rows_amendments", amend_sheet.rows),
            ("checksum_rule", CHECKSUM_RULE),
            ("data_sha256", hasher.hexdigest()),
        ):
            meta.append([key, value, ""])
        meta.close()
        wb.save(tmp)
        ticker.check()
    ticker.finish()
    return ConsolidateResult(out, accepted, rejected, warnings, total_rows)
