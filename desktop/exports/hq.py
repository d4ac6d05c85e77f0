"""Headquarters' side: validate counters' monthly workbooks and merge them nationally.

HQ receives 47 workbooks a month. A workbook that fails validation (``validate``) is
rejected with one reason per problem, and the rest are merged into national sheets by
prefecture and month. Only the workbook files are read: HQ has no counter's database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.clock import utcnow
from desktop.core.output import atomic_output
from desktop.core.reporting import KPI_ITEMS
from desktop.core.text import QT_TRANSLATE_NOOP
from desktop.exports.common import CancelFn, ProgressFn, Ticker
from desktop.exports.excel import SheetWriter, utc_stamp, write_only_workbook
from desktop.exports.labels import label
from desktop.exports.layout import (
    AMENDMENT_COLUMNS,
    AMENDMENTS,
    CHECKSUM_RULE,
    CONSULTATION_COLUMNS,
    CONSULTATIONS,
    LAYOUT_VERSION,
    META_COLUMNS,
    SUMMARY,
    SUMMARY_COLUMNS,
    Column,
    RowHasher,
)
from desktop.exports.validate import (
    Problem,
    SheetRows,
    WorkbookInfo,
    inspect_workbook,
    make_message,
    read_workbook,
    validate_workbook,
)
from desktop.version import __version__

__all__ = [
    "ConsolidateResult",
    "Problem",
    "WorkbookInfo",
    "consolidate",
    "inspect_workbook",
    "validate_workbook",
]

NATIONAL_CODE = "00"


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
        make_message(
            QT_TRANSLATE_NOOP(
                "HqValidation", "Revision {old} is superseded by revision {new} in {file}."
            ),
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
                        make_message(
                            QT_TRANSLATE_NOOP(
                                "HqValidation", "Consultation {id} is in {a} and {b}."
                            ),
                            id=cid,
                            a=first.path.name,
                            b=info.path.name,
                        ),
                    )
                )
            else:
                seen[cid] = info
    return out


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
    # The same file named twice (a shell glob and a name) is one submission, not two.
    files = list(dict.fromkeys(Path(p).resolve() for p in paths))
    ticker = Ticker(len(files) * 2 + 1, progress, cancel, every=1)
    accepted: list[WorkbookInfo] = []
    rejected: dict[Path, list[Problem]] = {}
    # Each file is read once: checked, and its data rows kept for the merge below.
    loaded: dict[Path, SheetRows] = {}
    for path in files:
        ticker.check()
        info, problems, rows = read_workbook(path)
        if info is None:
            rejected[path] = problems
        else:
            accepted.append(info)
            loaded[path] = rows
        ticker.step()
    accepted = _supersede(accepted, rejected)
    kept = {info.path for info in accepted}
    loaded = {path: rows for path, rows in loaded.items() if path in kept}
    warnings = _cross_duplicates(accepted)
    kpis: dict[tuple[str, str], dict[str, int]] = {}
    hasher = RowHasher()
    total_rows = 0
    with atomic_output(out) as tmp, write_only_workbook() as wb:
        meta = SheetWriter(wb, "meta", META_COLUMNS)
        sources = SheetWriter(wb, "sources", SOURCES_COLUMNS)
        kpi_sheet = SheetWriter(wb, "kpi", KPI_COLUMNS)
        cons_sheet = SheetWriter(
            wb, CONSULTATIONS, (*PREFIX_COLUMNS, *CONSULTATION_COLUMNS), hasher=hasher
        )
        for info in accepted:
            ticker.check()
            for row in loaded[info.path][CONSULTATIONS]:
                cons_sheet.append([info.prefecture_code, info.period, *row])
                total_rows += 1
            ticker.step()
        cons_sheet.close()
        summary_sheet = SheetWriter(wb, SUMMARY, (*PREFIX_COLUMNS, *SUMMARY_COLUMNS), hasher=hasher)
        for info in accepted:
            ticker.check()
            values = {k: 0 for k in KPI_ITEMS}
            for row in loaded[info.path][SUMMARY]:
                summary_sheet.append([info.prefecture_code, info.period, *row])
                if row[0] == "kpi" and row[1] in values and isinstance(row[3], int):
                    values[row[1]] = row[3]
            kpis[(info.prefecture_code, info.period)] = values
        summary_sheet.close()
        amend_sheet = SheetWriter(
            wb, AMENDMENTS, (*PREFIX_COLUMNS, *AMENDMENT_COLUMNS), hasher=hasher
        )
        for info in accepted:
            for row in loaded[info.path][AMENDMENTS]:
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
