"""``madoguchi check --selftest``: prove that an installation works end to end, without Qt.

In a throwaway folder it reads the shipped data, creates and migrates a database, loads a
small demo counter, searches it, writes a month's HQ workbook and two PDF reports with the
exporters the app uses, and reads each file back. Every step is reported PASS or FAIL with
its time; a step whose input is missing is reported SKIP. The same code runs from a source
checkout and from the frozen bundle, where it is the first thing to try after installing.

The user's own database and data folder are never touched: for the run, the data folder
(``MADOGUCHI_HOME``) points into the temporary folder, which is removed afterwards.
"""

from __future__ import annotations

import importlib
import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.version import __version__

PASS, FAIL, SKIP = "PASS", "FAIL", "SKIP"
DEMO_FIRMS = 40
DEMO_CONSULTATIONS = 400
DEMO_MONTHS = 4
MIN_PDF_BYTES = 2_000


class StepFailed(Exception):
    """A check inside a step did not hold; the message says what was expected."""


@dataclass(frozen=True)
class StepResult:
    name: str
    status: str
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{self.status}  {self.name:<16} {self.detail} ({self.seconds:.2f} s)"


@dataclass
class SelfTestReport:
    header: list[str]
    steps: list[StepResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.status == PASS for s in self.steps)

    def summary(self) -> str:
        if self.ok:
            return f"self-test: ok, {len(self.steps)} steps in {self.seconds:.1f} s"
        failed = sum(s.status == FAIL for s in self.steps)
        skipped = sum(s.status == SKIP for s in self.steps)
        return (
            f"self-test: FAILED, {failed} failed and {skipped} skipped "
            f"of {len(self.steps)} steps in {self.seconds:.1f} s"
        )

    def lines(self) -> list[str]:
        return [*self.header, *(s.line() for s in self.steps), self.summary()]


def environment() -> list[str]:
    """Where the self-test runs: version, frozen or source, Python, SQLite, OS."""
    kind = "frozen bundle" if getattr(sys, "frozen", False) else "source"
    return [
        f"madoguchi {__version__} self-test ({kind})",
        f"python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.system()} {platform.release()} {platform.machine()}",
    ]


def previous_month(today: date) -> tuple[str, date]:
    """The last complete month before ``today``: its ``YYYY-MM`` label and last day."""
    last_day = today.replace(day=1) - timedelta(days=1)
    return f"{last_day.year:04d}-{last_day.month:02d}", last_day


@contextmanager
def _data_folder(folder: Path) -> Iterator[None]:
    """Point the data folder at ``folder`` for the run, then restore the caller's setting."""
    before = os.environ.get("MADOGUCHI_HOME")
    os.environ["MADOGUCHI_HOME"] = str(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("MADOGUCHI_HOME", None)
        else:
            os.environ["MADOGUCHI_HOME"] = before


def _kib(size: int) -> str:
    return f"{size / 1024:.0f} KiB"


def check_pdf(path: Path) -> str:
    """A PDF written completely: header, end marker and a plausible size; pages if pypdf is here.

    pypdf is a test dependency, not shipped: it is looked up at run time and used only when
    present, so the bundle does not need it.
    """
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"{path.name} does not start with %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise StepFailed(f"{path.name} has no %%EOF marker at its end")
    if len(data) < MIN_PDF_BYTES:
        raise StepFailed(f"{path.name} is only {len(data)} bytes")
    detail = f"{data[5:8].decode('ascii', 'replace')} PDF, {_kib(len(data))}"
    try:
        pypdf: Any = importlib.import_module("pypdf")
    except ImportError:
        return detail
    pages = len(pypdf.PdfReader(str(path)).pages)
    if pages < 1:
        raise StepFailed(f"{path.name} has no pages")
    return f"{detail}, {pages} page(s)"


class _Run:
    """The steps, in order; each returns a one-line detail or raises."""

    def __init__(self, folder: Path, today: date) -> None:
        self.folder = folder
        self.month, self.last_day = previous_month(today)
        self.engine: Any = None
        self.workbook: Path | None = None

    def steps(self) -> list[tuple[str, Callable[[], str], tuple[str, ...]]]:
        """(name, step, the earlier steps it needs)."""
        return [
            ("resources", self.resources, ()),
            ("database", self.database, ()),
            ("demo data", self.demo_data, ("database",)),
            ("search", self.search, ("demo data",)),
            ("workbook", self.write_workbook, ("demo data",)),
            ("workbook read", self.read_workbook, ("workbook",)),
            ("firm PDF", self.firm_pdf, ("demo data",)),
            ("monthly PDF", self.monthly_pdf, ("demo data",)),
        ]

    def resources(self) -> str:
        from desktop.core.playbooks import load_default_library
        from desktop.core.reference import load_reference
        from desktop.resources import resource_path, resources_root

        ref = load_reference()
        if len(ref.prefectures) != 47:
            raise StepFailed(f"{len(ref.prefectures)} prefectures in the reference data, not 47")
        library = load_default_library()
        errors = [p for p in library.problems if p.severity == "error"]
        if errors:
            raise StepFailed(f"playbook {errors[0].file.name}: {errors[0].message.render()}")
        if not library.playbooks:
            raise StepFailed("no playbooks found")
        missing = [
            name
            for name in (
                ("i18n", "madoguchi_ja.qm"),
                ("i18n", "madoguchi_en.qm"),
                ("icons", "madoguchi.svg"),
            )
            if not resource_path(*name).is_file()
        ]
        if missing:
            raise StepFailed(f"missing {', '.join('/'.join(m) for m in missing)}")
        return (
            f"{len(ref.prefectures)} prefectures, {len(library.playbooks)} playbooks, "
            f"catalogues and icon under {resources_root()}"
        )

    def database(self) -> str:
        from db.migrate import current_revision, head_revision, open_database

        self.engine = open_database(self.folder / "selftest.sqlite3").engine
        revision, head = current_revision(self.engine), head_revision()
        if revision != head:
            raise StepFailed(f"schema at {revision}, expected {head}")
        with self.engine.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).scalar_one()
        return f"created and migrated to {head}, {tables} tables"

    def demo_data(self) -> str:
        from desktop.core import demo, settings

        result = demo.generate(
            self.engine,
            size=demo.DemoSize(
                firms=DEMO_FIRMS, consultations=DEMO_CONSULTATIONS, months=DEMO_MONTHS
            ),
            end=self.last_day,
        )
        settings.apply_setup(
            self.engine,
            settings.CounterSetup(
                counter_name="Self-test counter", prefecture_code="13", consultant_name="Self-test"
            ),
        )
        return f"{result.firms} firms, {result.consultations} consultations"

    def search(self) -> str:
        from desktop.core.firms import FirmQuery, find_firm_ids, get_firm

        everyone = find_firm_ids(self.engine)
        if len(everyone) != DEMO_FIRMS:
            raise StepFailed(f"{len(everyone)} firms listed, expected {DEMO_FIRMS}")
        name = get_firm(self.engine, everyone[0]).name
        counts = []
        for text in (name, name[-2:]):  # an indexed query and a two-character one
            hits = find_firm_ids(self.engine, FirmQuery(text=text))
            if everyone[0] not in hits:
                raise StepFailed(f"searching for {text!r} does not find {name!r}")
            counts.append(len(hits))
        return (
            f"finds {name!r} by name ({counts[0]} of {len(everyone)} firms) "
            f"and by {name[-2:]!r} ({counts[1]} of {len(everyone)})"
        )

    def write_workbook(self) -> str:
        from desktop.exports.excel import export_monthly

        out = self.folder / f"hq-{self.month}.xlsx"
        result = export_monthly(self.engine, self.month, out)
        if result.rows < 1:
            raise StepFailed(f"no consultations in {self.month}")
        self.workbook = out
        return f"{self.month}: {result.rows} consultations, {_kib(out.stat().st_size)}"

    def read_workbook(self) -> str:
        from openpyxl import load_workbook

        from desktop.exports.layout import MONTHLY_SHEETS
        from desktop.exports.validate import validate_workbook

        assert self.workbook is not None
        wb = load_workbook(self.workbook, read_only=True)
        try:
            if tuple(wb.sheetnames) != MONTHLY_SHEETS:
                raise StepFailed(f"sheets {wb.sheetnames}, expected {list(MONTHLY_SHEETS)}")
            meta = {
                row[0]: row[1]
                for row in wb["meta"].iter_rows(min_row=3, max_col=2, values_only=True)
                if row[0]
            }
            rows = sum(
                1
                for row in wb["consultations"].iter_rows(min_row=3, max_col=1, values_only=True)
                if row[0] is not None
            )
        finally:
            wb.close()
        if meta.get("period") != self.month or meta.get("rows_consultations") != rows:
            raise StepFailed(
                f"meta says {meta.get('period')}, {meta.get('rows_consultations')} rows; "
                f"the sheet has {rows}"
            )
        problems = validate_workbook(self.workbook)
        if problems:
            raise StepFailed(f"HQ validation: {problems[0]}")
        return f"openpyxl reads {rows} rows; passes HQ validation"

    def _busiest_firm(self) -> uuid.UUID:
        with self.engine.connect() as conn:
            raw = conn.exec_driver_sql(
                "SELECT firm_id FROM consultation WHERE deleted_at IS NULL AND firm_id IS NOT NULL"
                " GROUP BY firm_id ORDER BY count(*) DESC, firm_id LIMIT 1"
            ).scalar_one()
        return raw if isinstance(raw, uuid.UUID) else uuid.UUID(hex=str(raw))

    def firm_pdf(self) -> str:
        from desktop.exports.fonts import japanese_font
        from desktop.exports.pdf import firm_report

        out = firm_report(self.engine, self._busiest_firm(), self.folder / "firm.pdf", lang="ja")
        font = japanese_font()
        how = f"{font.path.name} embedded" if font.path else f"{font.name}, not embedded"
        return f"{check_pdf(out)}; font {how}"

    def monthly_pdf(self) -> str:
        from desktop.exports.pdf import monthly_report

        out = monthly_report(self.engine, self.month, self.folder / "monthly.pdf", lang="en")
        return f"{check_pdf(out)}, with charts"

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None


def _failure(exc: BaseException) -> str:
    if isinstance(exc, StepFailed):
        return str(exc)
    message = getattr(exc, "message", None)
    text = message.render() if hasattr(message, "render") else str(exc)
    where = traceback.extract_tb(exc.__traceback__)[-1:]
    place = f" at {Path(where[0].filename).name}:{where[0].lineno}" if where else ""
    return f"{type(exc).__name__}: {text}{place}"


def run_selftest(
    *,
    today: date | None = None,
    report: Callable[[str], None] | None = None,
) -> SelfTestReport:
    """Run every step in a temporary folder; ``report`` receives each line as it is known."""
    emit = report or (lambda _line: None)
    result = SelfTestReport(header=environment())
    for line in result.header:
        emit(line)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(
        prefix="madoguchi-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        folder = Path(tmp)
        run = _Run(folder, today or date.today())
        passed: set[str] = set()
        try:
            with _data_folder(folder / "home"):
                for name, step, needs in run.steps():
                    step_start = time.perf_counter()
                    missing = [n for n in needs if n not in passed]
                    if missing:
                        outcome = StepResult(name, SKIP, f"needs {', '.join(missing)}", 0.0)
                    else:
                        try:
                            outcome = StepResult(
                                name, PASS, step(), time.perf_counter() - step_start
                            )
                            passed.add(name)
                        except Exception as exc:  # each failure is reported, never raised
                            outcome = StepResult(
                                name, FAIL, _failure(exc), time.perf_counter() - step_start
                            )
                    result.steps.append(outcome)
                    emit(outcome.line())
        finally:
            run.close()
    result.seconds = time.perf_counter() - started
    emit(result.summary())
    return result
