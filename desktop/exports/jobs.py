"""The exports the window offers, by kind, as one call a worker thread can run.

Kept with the exporters (no Qt) so the dialog only chooses and shows, and the same
calls can be made headless.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

MONTHLY_XLSX, FY_XLSX, MONTHLY_PDF, FIRM_PDF = "monthly", "fy", "monthly_pdf", "firm_pdf"


def run_export(
    kind: str, engine: Engine, target: Path, options: dict[str, Any], **hooks: Any
) -> Path:
    """One export by kind, with the worker's progress and cancel hooks when given."""
    progress, cancel = hooks.get("progress"), hooks.get("cancelled")
    if kind == MONTHLY_XLSX:
        from desktop.exports import excel

        return excel.export_monthly(
            engine,
            options["month"],
            target,
            close_month=not options["draft"],
            progress=progress,
            cancel=cancel,
        ).path
    if kind == FY_XLSX:
        from desktop.exports import excel

        return excel.export_fiscal_year(
            engine, options["fy"], target, progress=progress, cancel=cancel
        ).path
    from desktop.exports import pdf

    if kind == MONTHLY_PDF:
        return pdf.monthly_report(
            engine,
            options["month"],
            target,
            lang=options["lang"],
            progress=progress,
            cancel=cancel,
        )
    return pdf.firm_report(
        engine,
        options["firm_id"],
        target,
        lang=options["lang"],
        internal=options["internal"],
        progress=progress,
        cancel=cancel,
    )
