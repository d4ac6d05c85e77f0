"""Importing a list of firms from Excel (.xlsx) or CSV, all or nothing.

A counter receives lists from many hands: a prefecture's grant recipients, a chamber
of commerce's members, last year's spreadsheet. The import reads the file, finds the
header row, proposes a column mapping, and checks every row with the same validators
as the firm form. Then either every row is written in one transaction, after a backup,
or nothing is, and each problem is listed with its row number as the spreadsheet shows
it, ready to be saved as a CSV and fixed at the source.

Firms already in the register (same Corporate Number, or the same name) and repeats
inside the file are reported as such: a repeated Corporate Number cannot be imported
twice, a repeated name is imported but flagged, and ``existing="skip"`` leaves out the
rows the register already has (for importing an updated version of the same list).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.clock import utcnow
from db.models import AuditEntry, Firm
from desktop.core import audit, backups
from desktop.core.errors import MadoguchiError
from desktop.core.firms import ENTITY, FirmInput
from desktop.core.import_mapping import CTX, column_letter, convert_row, header_score
from desktop.core.output import atomic_output, inert
from desktop.core.reference import reference
from desktop.core.text import QT_TRANSLATE_NOOP, Message

Severity = Literal["error", "warning", "skipped"]
Existing = Literal["report", "skip"]
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
Translate = Callable[[str, str], str]

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_FILE_BYTES = 100 * 1024 * 1024
HEADER_SCAN_ROWS = 20
CHUNK = 500
# Each cell is limited by the field it maps to; this only stops a hostile file from
# making the CSV parser hold one gigantic cell.
MAX_CELL_CHARS = 1_000_000


def _m(text: str, **params: object) -> Message:
    return Message(CTX, text, dict(params))


class ImportFileError(MadoguchiError):
    """The file as a whole cannot be read (format, encoding, size)."""


class ImportCancelled(MadoguchiError):
    def __init__(self) -> None:
        super().__init__(_m(QT_TRANSLATE_NOOP("Import", "Import cancelled; nothing was saved.")))


class ImportRejected(MadoguchiError):
    """At least one row has an error, so nothing was written; ``check`` lists them all."""

    def __init__(self, check: ImportCheck) -> None:
        self.check = check
        super().__init__(
            _m(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Nothing was imported: {rows} row(s) have errors. Fix them in the file "
                    "and import it again.",
                ),
                rows=check.error_rows,
            )
        )


# --- reading the file ----------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A sheet as text cells, with the row numbers a person sees in the spreadsheet."""

    source: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    header_row: int
    encoding: str
    sheet: str = ""

    def column_name(self, index: int) -> str:
        header = self.headers[index] if index < len(self.headers) else ""
        return header.strip() or column_letter(index)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if not value.is_integer():
            return repr(value)
        if abs(value) < 2**53:
            return str(int(value))
        # A spreadsheet stores 10^16 as 1E+16; past 2^53 a float is not every whole
        # number, so the number is read back as its shortest decimal, the one written.
        return str(int(Decimal(repr(value))))
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _trim(cells: Sequence[object]) -> tuple[str, ...]:
    texts = [_cell_text(c) for c in cells[:MAX_COLUMNS]]
    while texts and not texts[-1].strip():
        texts.pop()
    return tuple(texts)


def _read_xlsx(
    path: Path, cancel: CancelFn | None
) -> tuple[list[tuple[int, tuple[str, ...]]], str]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ImportFileError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Import", "This is not an Excel workbook (.xlsx) it can read: {error}"
                ),
                error=str(exc)[:200],
            )
        ) from exc
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if cancel is not None and number % CHUNK == 0 and cancel():
                raise ImportCancelled()
            cells = _trim(values)
            if any(c.strip() for c in cells):
                rows.append((number, cells))
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _too_many_rows()
        return rows, str(ws.title)
    finally:
        wb.close()


def _too_many_rows() -> ImportFileError:
    return ImportFileError(
        _m(
            QT_TRANSLATE_NOOP(
                "Import", "The file has more than {limit} rows; split it and import the parts."
            ),
            limit=MAX_ROWS,
        )
    )


def decode_text(raw: bytes) -> tuple[str, str]:
    """Text and encoding name: a BOM decides, then UTF-8, then Shift_JIS as Windows writes it.

    Japanese Excel saves "CSV" as cp932 (Shift_JIS with Microsoft's extensions); text
    that is valid UTF-8 is almost never meant as cp932, so UTF-8 is tried first.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp932"), "cp932"
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The file's text encoding is not UTF-8 or Shift_JIS (byte {offset}). "
                    "Save it from Excel as “CSV UTF-8” and try again.",
                ),
                offset=exc.start,
            )
        ) from exc


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, cancel: CancelFn | None) -> tuple[list[tuple[int, tuple[str, ...]]], str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        error = backups.storage_error(exc, path)
        raise error or exc from exc
    text, encoding = decode_text(raw)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[tuple[int, tuple[str, ...]]] = []
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if cancel is not None and number % CHUNK == 0 and cancel():
                raise ImportCancelled()
            if any(len(c) > MAX_CELL_CHARS for c in cells):
                raise csv.Error("cell too large")
            trimmed = _trim(cells)
            if any(c.strip() for c in trimmed):
                rows.append((number, trimmed))
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _too_many_rows()
    except csv.Error as exc:
        raise ImportFileError(
            _m(
                QT_TRANSLATE_NOOP("Import", "Row {row} of the file cannot be read as CSV: {error}"),
                row=number + 1,
                error=str(exc)[:200],
            )
        ) from exc
    return rows, encoding


def read_table(path: str | os.PathLike[str], *, cancel: CancelFn | None = None) -> Table:
    """The file's first sheet as text, with the header row found among the first rows.

    Rows above the header (a title, a date) are ignored, blank rows are skipped, and
    every data row keeps the row number the spreadsheet shows, for the error report.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        error = backups.storage_error(exc, path)
        raise error or exc from exc
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            _m(
                QT_TRANSLATE_NOOP("Import", "The file is larger than {limit} MB."),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows, sheet = _read_xlsx(path, cancel)
        encoding = "xlsx"
    elif suffix in (".csv", ".txt", ".tsv"):
        rows, encoding = _read_csv(path, cancel)
        sheet = ""
    else:
        raise ImportFileError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Import", "Choose an Excel workbook (.xlsx) or a CSV file (.csv), not “{name}”."
                ),
                name=path.name,
            )
        )
    if not rows:
        raise ImportFileError(_m(QT_TRANSLATE_NOOP("Import", "The file holds no rows.")))
    scan = rows[:HEADER_SCAN_ROWS]
    scores = [header_score(cells) for _, cells in scan]
    best = max(range(len(scan)), key=lambda i: (scores[i], -i))
    header_number, headers = rows[best]
    data = rows[best + 1 :]
    width = max([len(headers), *(len(cells) for _, cells in data)])
    padded_headers = tuple(headers) + ("",) * (width - len(headers))
    return Table(
        source=path,
        headers=padded_headers,
        rows=tuple(tuple(cells) + ("",) * (width - len(cells)) for _, cells in data),
        row_numbers=tuple(number for number, _ in data),
        header_row=header_number,
        encoding=encoding,
        sheet=sheet,
    )


# --- turning cells into a firm ------------------------------------------------------------


@dataclass(frozen=True)
class Issue:
    """One problem (or note) about one row; row 0 is about the whole file."""

    row: int
    column: str
    field: str
    severity: Severity
    message: Message
    value: str = ""


@dataclass(frozen=True)
class RowPlan:
    """A row that passed its checks: what would be written, or why it is left out."""

    row: int
    data: FirmInput
    skip: bool = False


# --- checking the whole file ------------------------------------------------------------


def name_key(name: str) -> str:
    """Names compare after width folding and without spaces: ｶﾌﾞｼｷ and カブシキ are one name."""
    return "".join(unicodedata.normalize("NFKC", name).split())


@dataclass
class ImportCheck:
    """The outcome of checking every row; nothing has been written yet."""

    table: Table
    mapping: dict[int, str]
    plans: list[RowPlan] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    existing: Existing = "report"

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def error_rows(self) -> int:
        return len({i.row for i in self.errors})

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def to_create(self) -> list[RowPlan]:
        return [p for p in self.plans if not p.skip]

    @property
    def skipped(self) -> list[RowPlan]:
        return [p for p in self.plans if p.skip]

    def summary(self) -> Message:
        return _m(
            QT_TRANSLATE_NOOP(
                "Import",
                "{rows} row(s): {ready} ready to import, {skipped} already registered and "
                "left out, {errors} with errors, {warnings} warning(s).",
            ),
            rows=len(self.table.rows),
            ready=0 if self.errors else len(self.to_create),
            skipped=len(self.skipped),
            errors=self.error_rows,
            warnings=len(self.warnings),
        )


@dataclass(frozen=True)
class _Registered:
    by_number: dict[str, str]
    by_name: dict[str, list[str]]  # name key → Corporate Numbers ("" for none)


def _registered(engine: Engine) -> _Registered:
    with Session(engine) as session:
        rows = session.exec(
            select(Firm.name, Firm.corporate_number).where(col(Firm.deleted_at).is_(None))
        ).all()
    by_number: dict[str, str] = {}
    by_name: dict[str, list[str]] = {}
    for name, number in rows:
        if number:
            by_number[number] = name
        by_name.setdefault(name_key(name), []).append(number or "")
    return _Registered(by_number, by_name)


def check_import(
    engine: Engine,
    table: Table,
    mapping: dict[int, str],
    *,
    default_prefecture: str | None = None,
    existing: Existing = "report",
    today: date | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportCheck:
    """Check every row against the validators, the register and the rest of the file.

    Reads the database, writes nothing. With ``existing="skip"`` rows whose firm is
    registered already (same Corporate Number, or same name where the numbers do not
    disagree) are left out; otherwise a registered Corporate Number is an error and a
    registered name a warning.
    """
    ref = reference()
    today = today or date.today()
    check = ImportCheck(table=table, mapping=dict(mapping), existing=existing)
    column_of = {key: table.column_name(index) for index, key in mapping.items()}

    def add(row: int, key: str, severity: Severity, message: Message, value: str = "") -> None:
        check.issues.append(Issue(row, column_of.get(key, ""), key, severity, message, value[:200]))

    if "name" not in mapping.values():
        add(0, "name", "error", _m(QT_TRANSLATE_NOOP("Import", "Map a column to Name.")))
        return check
    if len(set(mapping.values())) != len(mapping):
        add(0, "", "error", _m(QT_TRANSLATE_NOOP("Import", "Two columns are mapped to one field.")))
        return check
    try:
        registered = _registered(engine)
    except sa.exc.DBAPIError as exc:
        raise _storage_failure(exc, engine) from exc
    seen_numbers: dict[str, int] = {}
    seen_names: dict[str, tuple[int, str]] = {}
    total = len(table.rows)
    for position, (row, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        if position % CHUNK == 0:
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(position, total)
        data, problems = convert_row(
            cells,
            mapping,
            headers=table.headers,
            default_prefecture=default_prefecture,
            ref=ref,
            today=today,
        )
        for key, (message, value) in problems.items():
            add(row, key, "error", message, value)
        if data is None:
            continue
        cn, key = data.corporate_number, name_key(data.name)
        if cn and cn in seen_numbers:
            same = QT_TRANSLATE_NOOP("Import", "Row {other} of the file has the same number.")
            add(row, "corporate_number", "error", _m(same, other=seen_numbers[cn]), cn)
            continue
        known_name = key in registered.by_name and any(
            not cn or not other or other == cn for other in registered.by_name[key]
        )
        skip = existing == "skip" and (cn in registered.by_number or known_name)
        if skip:
            left_out = QT_TRANSLATE_NOOP("Import", "Already registered; left out.")
            add(row, "name", "skipped", _m(left_out), data.name)
        elif cn and cn in registered.by_number:
            taken = QT_TRANSLATE_NOOP("Import", "Already registered with this number: {name}.")
            add(row, "corporate_number", "error", _m(taken, name=registered.by_number[cn]), cn)
            continue
        elif known_name:
            again = QT_TRANSLATE_NOOP(
                "Import",
                "A firm with this name is registered already; this row adds another. "
                "Check that it is a different firm.",
            )
            add(row, "name", "warning", _m(again), data.name)
        if not skip and key in seen_names:
            other_row, other_cn = seen_names[key]
            if not cn or not other_cn or cn == other_cn:
                twice = QT_TRANSLATE_NOOP("Import", "Row {other} of the file has the same name.")
                add(row, "name", "warning", _m(twice, other=other_row), data.name)
        if cn:
            seen_numbers[cn] = row
        seen_names.setdefault(key, (row, cn))
        check.plans.append(RowPlan(row, data, skip))
    if progress is not None:
        progress(total, total)
    order = {"error": 0, "warning": 1, "skipped": 2}
    index_of = {key: index for index, key in mapping.items()}
    check.issues.sort(key=lambda i: (i.row, order[i.severity], index_of.get(i.field, -1)))
    return check


def _storage_failure(exc: sa.exc.DBAPIError, engine: Engine) -> Exception:
    return backups.storage_error(exc, backups.database_file(engine)) or exc


# --- writing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    check: ImportCheck
    created: int
    skipped: int
    backup: Path | None
    dry_run: bool
    firm_ids: tuple[uuid.UUID, ...] = ()


def _rows(
    plans: Sequence[RowPlan], actor: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Table rows for a chunk, inserted in bulk with one statement per table.

    Building a model object per row costs more than the insert itself, so one object of
    each model supplies every column's default, and each row overrides what differs.
    The transaction stays short, and with it the time a crash could catch it open.
    """
    firm_columns = [c.name for c in Firm.__table__.columns]  # type: ignore[attr-defined]
    audit_columns = [c.name for c in AuditEntry.__table__.columns]  # type: ignore[attr-defined]
    first = plans[0].data.column_values()
    firm_template = Firm(**first)
    firm_defaults = {name: getattr(firm_template, name) for name in firm_columns}
    audit_template = AuditEntry(entity=ENTITY, entity_id=firm_template.id, action="create")
    audit_defaults = {name: getattr(audit_template, name) for name in audit_columns}
    firm_rows: list[dict[str, Any]] = []
    audit_rows: list[dict[str, Any]] = []
    for plan in plans:
        values = plan.data.column_values()
        at = utcnow()
        firm_id = uuid.uuid4()
        firm_rows.append(
            {**firm_defaults, **values, "id": firm_id, "created_at": at, "updated_at": at}
        )
        changes = audit.diff({}, values)
        audit_rows.append(
            {
                **audit_defaults,
                "id": uuid.uuid4(),
                "at": at,
                "actor": actor,
                "entity_id": firm_id,
                "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
            }
        )
    return firm_rows, audit_rows


def import_firms(
    engine: Engine,
    check: ImportCheck,
    *,
    dry_run: bool = False,
    backup: bool = True,
    actor: str | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportResult:
    """Write every planned firm in one transaction, or nothing at all.

    Refuses (``ImportRejected``) while any row has an error. A real import of a SQLite
    file is preceded by a backup; if the backup cannot be made, nothing is imported.
    A full disk, a read-only file or a busy database raise ``StorageError`` after the
    transaction is rolled back; cancelling raises ``ImportCancelled``, also with
    nothing written.
    """
    if not check.ok:
        raise ImportRejected(check)
    plans = check.to_create
    if dry_run:
        return ImportResult(check, 0, len(check.skipped), None, True)
    db_file = backups.database_file(engine)
    backup_path = None
    if backup and plans and db_file is not None and db_file.exists():
        backup_path = backups.take_automatic_backup(db_file, backups.PRE_IMPORT, now=now)
    total = len(plans)
    ids: list[uuid.UUID] = []
    try:
        with Session(engine) as session:
            who = audit.actor_name(session, actor)
            for start in range(0, total, CHUNK):
                if cancel is not None and cancel():
                    session.rollback()
                    raise ImportCancelled()
                firm_rows, audit_rows = _rows(plans[start : start + CHUNK], who)
                session.execute(sa.insert(Firm.__table__), firm_rows)  # type: ignore[attr-defined]
                session.execute(sa.insert(AuditEntry.__table__), audit_rows)  # type: ignore[attr-defined]
                ids.extend(row["id"] for row in firm_rows)
                if progress is not None:
                    progress(min(start + CHUNK, total), total)
            if cancel is not None and cancel():
                session.rollback()
                raise ImportCancelled()
            session.commit()
    except sa.exc.IntegrityError as exc:
        raise MadoguchiError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The register changed while importing (a Corporate Number is taken now). "
                    "Nothing was imported; check the file again.",
                )
            )
        ) from exc
    except sa.exc.DBAPIError as exc:
        raise _storage_failure(exc, engine) from exc
    return ImportResult(check, total, len(check.skipped), backup_path, False, tuple(ids))


# --- the error report ---------------------------------------------------------------------

REPORT_HEADERS = (
    Message(CTX, QT_TRANSLATE_NOOP("Import", "Row")),
    Message(CTX, QT_TRANSLATE_NOOP("Import", "Column")),
    Message(CTX, QT_TRANSLATE_NOOP("Import", "Severity")),
    Message(CTX, QT_TRANSLATE_NOOP("Import", "Problem")),
    Message(CTX, QT_TRANSLATE_NOOP("Import", "Value in the file")),
)
SEVERITY_LABELS = {
    "error": Message(CTX, QT_TRANSLATE_NOOP("Import", "Error")),
    "warning": Message(CTX, QT_TRANSLATE_NOOP("Import", "Warning")),
    "skipped": Message(CTX, QT_TRANSLATE_NOOP("Import", "Left out")),
}


def write_issue_report(
    check: ImportCheck, out: str | os.PathLike[str], *, translate: Translate | None = None
) -> Path:
    """The issues as CSV (UTF-8 with BOM, so Excel opens Japanese text correctly).

    It echoes what was in the file, so that text is made ``inert``: shown, never run.
    """
    out = Path(out)
    try:
        with atomic_output(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([h.render(translate) for h in REPORT_HEADERS])
            for issue in check.issues:
                writer.writerow(
                    [
                        issue.row or "",
                        inert(issue.column),
                        SEVERITY_LABELS[issue.severity].render(translate),
                        inert(issue.message.render(translate)),
                        inert(issue.value),
                    ]
                )
    except OSError as exc:
        error = backups.storage_error(exc, out)
        raise error or exc from exc
    return out
