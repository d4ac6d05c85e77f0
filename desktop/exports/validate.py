"""Checking a counter's monthly workbook as HQ receives it: the file alone, no database.

Each workbook is checked against the layout it claims (version, meta, sheets, machine
keys, cell types, duplicate ids, checksum over the data rows) and every problem found
is returned with a reason, so a counter can be told exactly what to fix.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from db.enums import PREFECTURE_CODES
from desktop.core.reporting import Period
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.exports.layout import (
    CHECKSUM_RULE,
    CHECKSUM_SHEETS,
    CONSULTATIONS,
    FIRST_DATA_ROW,
    LAYOUT_VERSION,
    META,
    META_COLUMNS,
    META_INT_KEYS,
    META_REQUIRED,
    REQUIRED_SHEETS,
    SHEET_COLUMNS,
    SUPPORTED_LAYOUTS,
    Column,
    RowHasher,
    keys_of,
)

CTX = "HqValidation"
MAX_ROW_PROBLEMS = 20
_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


def make_message(text: str, **params: Any) -> Message:
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
                        make_message(
                            QT_TRANSLATE_NOOP("HqValidation", "{n} more problems in this sheet."),
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


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def data_rows(ws: Any, width: int) -> Iterator[tuple[int, list[Any], list[str]]]:
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
    for number, values, _types in data_rows(ws, len(META_COLUMNS)):
        key = values[0]
        if not isinstance(key, str):
            problems.add(
                "meta",
                make_message(QT_TRANSLATE_NOOP("HqValidation", "A meta key is not text.")),
                META,
                number,
            )
            continue
        meta[key] = values[1]
    return meta


def _missing(problems: _Problems, sheets: list[str]) -> None:
    for sheet in sheets:
        problems.add(
            "missing_sheet",
            make_message(
                QT_TRANSLATE_NOOP("HqValidation", "The sheet '{sheet}' is missing."), sheet=sheet
            ),
        )


def _check_meta(meta: dict[str, Any], problems: _Problems) -> None:
    for key in META_REQUIRED:
        if key not in meta:
            problems.add(
                "meta",
                make_message(
                    QT_TRANSLATE_NOOP("HqValidation", "The meta sheet lacks '{key}'."), key=key
                ),
                META,
            )
    for key in META_INT_KEYS:
        if key in meta and not _type_ok(meta[key], "int"):
            problems.add(
                "meta",
                make_message(
                    QT_TRANSLATE_NOOP("HqValidation", "Meta '{key}' must be a whole number."),
                    key=key,
                ),
                META,
            )
    if "status" in meta and meta["status"] != "final":
        problems.add(
            "draft",
            make_message(
                QT_TRANSLATE_NOOP(
                    "HqValidation", "This is a draft; the counter must export it as sent."
                )
            ),
            META,
        )
    period = meta.get("period")
    if "period" in meta and not (isinstance(period, str) and _PERIOD.match(period)):
        problems.add(
            "meta",
            make_message(QT_TRANSLATE_NOOP("HqValidation", "Meta 'period' is not YYYY-MM.")),
            META,
        )
    if "prefecture_code" in meta and meta["prefecture_code"] not in PREFECTURE_CODES:
        problems.add(
            "meta",
            make_message(
                QT_TRANSLATE_NOOP("HqValidation", "Unknown prefecture code '{code}'."),
                code=meta["prefecture_code"],
            ),
            META,
        )
    sha = meta.get("data_sha256")
    if "data_sha256" in meta and not (isinstance(sha, str) and _SHA.match(sha)):
        problems.add(
            "meta",
            make_message(QT_TRANSLATE_NOOP("HqValidation", "Meta 'data_sha256' is malformed.")),
            META,
        )
    if "checksum_rule" in meta and meta["checksum_rule"] != CHECKSUM_RULE:
        problems.add(
            "meta",
            make_message(
                QT_TRANSLATE_NOOP("HqValidation", "Unknown checksum rule '{rule}'."),
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
    kept: list[list[Any]] | None = None,
) -> int:
    """Check one data sheet and feed its rows to ``hasher``; the number of data rows.

    With ``kept``, each data row is also appended to it as a consolidation writes it
    (date columns as dates), so a caller that merges the sheet need not read it again.
    """
    width = len(columns)
    date_columns = [i for i, c in enumerate(columns) if c.kind == "date"]
    keys = keys_of(columns)
    found = _header(ws, width)
    if found != keys:
        problems.add(
            "columns",
            make_message(
                QT_TRANSLATE_NOOP("HqValidation", "Row 1 must hold the keys {keys}."),
                keys=", ".join(keys),
            ),
            name,
        )
    hasher.sheet(name)
    count = 0
    for number, values, types in data_rows(ws, width):
        count += 1
        hasher.row(values)
        if kept is not None:
            row = list(values)
            for i in date_columns:
                row[i] = as_date(row[i])
            kept.append(row)
        for col, value, dtype in zip(columns, values, types, strict=True):
            if dtype == "f":
                problems.add(
                    "formula",
                    make_message(
                        QT_TRANSLATE_NOOP("HqValidation", "'{key}' holds a formula."), key=col.key
                    ),
                    name,
                    number,
                )
            elif value is None or value == "":
                if col.required:
                    problems.add(
                        "empty",
                        make_message(
                            QT_TRANSLATE_NOOP("HqValidation", "'{key}' is empty."), key=col.key
                        ),
                        name,
                        number,
                    )
            elif not _type_ok(value, col.kind):
                problems.add(
                    "type",
                    make_message(
                        QT_TRANSLATE_NOOP(
                            "HqValidation", "'{key}' must be a {kind}, found {value!r}."
                        ),
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
                        make_message(
                            QT_TRANSLATE_NOOP("HqValidation", "Consultation {id} appears twice."),
                            id=cid,
                        ),
                        name,
                        number,
                    )
                ids.add(cid)
            day = as_date(values[1])
            if period is not None and day is not None and not period.start <= day < period.end:
                problems.add(
                    "period",
                    make_message(
                        QT_TRANSLATE_NOOP("HqValidation", "Date {date} is outside {period}."),
                        date=day.isoformat(),
                        period=period.label,
                    ),
                    name,
                    number,
                )
    return count


SheetRows = dict[str, list[list[Any]]]


def inspect_workbook(path: str | Path) -> tuple[WorkbookInfo | None, list[Problem]]:
    """Validate one workbook; its facts when it is acceptable, and the problems found."""
    info, problems, _rows = _inspect(Path(path), keep_rows=False)
    return info, problems


def read_workbook(path: str | Path) -> tuple[WorkbookInfo | None, list[Problem], SheetRows]:
    """``inspect_workbook`` plus the data rows of each checksum sheet, from one reading.

    The rows are those the checksum covered, date columns as dates; they are returned
    only for an acceptable workbook (an empty dict otherwise). Consolidation merges
    from them, so each file is opened and parsed once.
    """
    return _inspect(Path(path), keep_rows=True)


def _inspect(
    path: Path, *, keep_rows: bool
) -> tuple[WorkbookInfo | None, list[Problem], SheetRows]:
    problems = _Problems()
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        problems.add(
            "unreadable",
            make_message(
                QT_TRANSLATE_NOOP("HqValidation", "Not a readable .xlsx file ({error})."), error=exc
            ),
        )
        return None, problems.close(), {}
    try:
        missing = [s for s in REQUIRED_SHEETS if s not in wb.sheetnames]
        if META in missing:
            _missing(problems, missing)
            return None, problems.close(), {}
        meta = _read_meta(wb[META], problems)
        version = meta.get("layout_version")
        if version not in SUPPORTED_LAYOUTS:
            problems.add(
                "layout_version",
                make_message(
                    QT_TRANSLATE_NOOP(
                        "HqValidation",
                        "Layout version '{found}' is not supported (expected {expected}).",
                    ),
                    found=version,
                    expected=LAYOUT_VERSION,
                ),
                META,
            )
            return None, problems.close(), {}
        kind = meta.get("workbook_kind")
        if kind != "monthly":
            problems.add(
                "kind",
                make_message(
                    QT_TRANSLATE_NOOP(
                        "HqValidation", "This is a '{kind}' workbook, not a monthly one."
                    ),
                    kind=kind,
                ),
                META,
            )
            return None, problems.close(), {}
        _missing(problems, missing)
        _check_meta(meta, problems)
        if missing:
            return None, problems.close(), {}
        period = None
        if isinstance(meta.get("period"), str) and _PERIOD.match(meta["period"]):
            period = Period.month(meta["period"])
        hasher = RowHasher()
        ids: set[str] = set()
        rows: dict[str, int] = {}
        kept: SheetRows = {}
        for name in CHECKSUM_SHEETS:
            kept[name] = []
            rows[name] = _check_sheet(
                wb[name],
                name,
                SHEET_COLUMNS[name],
                hasher,
                problems,
                period,
                ids,
                kept[name] if keep_rows else None,
            )
            stated = meta.get(f"rows_{name}")
            if isinstance(stated, int) and stated != rows[name]:
                problems.add(
                    "row_count",
                    make_message(
                        QT_TRANSLATE_NOOP(
                            "HqValidation", "Meta says {stated} rows, the sheet has {found}."
                        ),
                        stated=stated,
                        found=rows[name],
                    ),
                    name,
                )
        digest = hasher.hexdigest()
        if meta.get("data_sha256") != digest:
            problems.add(
                "checksum",
                make_message(
                    QT_TRANSLATE_NOOP(
                        "HqValidation",
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
        return None, found, {}
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
    return info, [], kept if keep_rows else {}


def validate_workbook(path: str | Path) -> list[Problem]:
    """Every problem that stops HQ from accepting ``path``; an empty list means valid."""
    return inspect_workbook(path)[1]
