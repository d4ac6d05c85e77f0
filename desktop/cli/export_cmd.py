"""``madoguchi export``: the HQ monthly workbook and the fiscal-year workbook."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from pathlib import Path

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("export", help="write HQ workbooks (.xlsx)")
    what = parser.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    monthly = what.add_parser(
        "monthly",
        help="the HQ workbook of a month; records the month as sent",
        description="Write the HQ workbook of a month. Unless --draft, the month is recorded "
        "as sent: later edits to it reach HQ as an amendments sheet in the next export.",
    )
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    monthly.add_argument(
        "--draft",
        action="store_true",
        help="a preview: the month is not recorded as sent and HQ rejects the file",
    )
    monthly.set_defaults(func=run_monthly)
    fy = what.add_parser("fy", help="a fiscal year (April–March) with a column per month")
    fy.add_argument("--fy", required=True, type=int, metavar="YEAR", help="e.g. 2026 for FY2026")
    fy.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    fy.set_defaults(func=run_fy)


def run_monthly(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.exports.excel import export_monthly

    # a draft records nothing, so it may be taken while the app is open
    with nullcontext() if args.draft else ctx.writing():
        result = export_monthly(ctx.engine, args.month, args.out, close_month=not args.draft)
    ctx.out.write(
        f"{result.path}\t{result.period}\trevision {result.revision}\t{result.status}\t"
        f"{result.rows} consultation(s)\t{result.amendments} amendment(s)\t"
        f"sha256 {result.data_sha256}\n"
    )
    if not result.recorded:
        ctx.err.write("draft: the month was not recorded as sent\n")
    return 0


def run_fy(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.exports.excel import export_fiscal_year

    result = export_fiscal_year(ctx.engine, args.fy, args.out)
    ctx.out.write(f"{result.path}\tFY{result.fiscal_year}\t{result.rows} figure(s)\n")
    return 0
