"""The exports the window offers, by kind, as one call a worker thread can run.

Kept with the exporters (no Qt) so the dialog only chooses and shows, and the same
calls can be made headless.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

MONTHLY_XLSX, FY_XLSX, MONTHLY_PDF, FIRM_PDF = "monthly", "fy", "monthly_pdf", "firm_pdf"


KINDS = (MONTHLY_XLSX, FY_XLSX, MONTHLY_PDF, FIRM_PDF)


def run_export(
    kind: str,
    engine: Engine,
    target: Path,
    options: dict[str, Any],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """One export by kind, with the worker's progress and cancel hooks when given.

    An unknown kind is refused before anything is written, rather than read as the
    last kind: a typo would otherwise produce the wrong file under the right name.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}; known: {', '.join(KINDS)}")
    if kind == MONTHLY_XLSX:
        from desktop.exports import excel

        return excel.export_monthly(
            engine,
            options["month"],
            target,
            close_month=not options["draft"],
            progress=progress,
            cancel=cancelled,
        ).path
    if kind == FY_XLSX:
        from desktop.exports import excel

        return excel.export_fiscal_year(
            engine, options["fy"], target, progress=progress, cancel=cancelled
        ).path
    from desktop.exports import pdf

    if kind == MONTHLY_PDF:
        return pdf.monthly_report(
            engine,
            options["month"],
            target,
            lang=options["lang"],
            progress=progress,
            cancel=cancelled,
        )
    return pdf.firm_report(  # FIRM_PDF
        engine,
        options["firm_id"],
        target,
        lang=options["lang"],
        internal=options["internal"],
        progress=progress,
        cancel=cancelled,
    )
