"""``madoguchi report``: PDF reports — a firm's support record, a month's summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliContext
from desktop.core.text import LANGUAGES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("report", help="write PDF reports")
    what = parser.add_subparsers(dest="report_what", metavar="WHAT", required=True)
    firm = what.add_parser("firm", help="a firm's support record")
    firm.add_argument("firm", metavar="ID", help="the firm's id or 13-digit Corporate Number")
    firm.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    firm.add_argument(
        "--internal",
        action="store_true",
        help="include confidential notes (the copy is marked internal on every page)",
    )
    _lang(firm)
    firm.set_defaults(func=run_firm)
    monthly = what.add_parser("monthly", help="a month's summary with charts")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _lang(monthly)
    monthly.set_defaults(func=run_monthly)


def _lang(parser: argparse.ArgumentParser) -> None:
    # Its own dest: the top-level --lang (interface language) must not be overwritten.
    parser.add_argument(
        "--lang", dest="report_lang", choices=LANGUAGES, help="report language (default: ja)"
    )


def _language(args: argparse.Namespace) -> str:
    return args.report_lang or getattr(args, "lang", None) or "ja"


def run_firm(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core.firm_record import find_firm_id
    from desktop.exports.pdf import firm_report

    firm_id = find_firm_id(ctx.engine, args.firm)
    path = firm_report(ctx.engine, firm_id, args.out, lang=_language(args), internal=args.internal)
    ctx.out.write(f"{path}\n")
    if args.internal:
        ctx.err.write("internal copy: contains confidential notes\n")
    return 0


def run_monthly(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.exports.pdf import monthly_report

    path = monthly_report(ctx.engine, args.month, args.out, lang=_language(args))
    ctx.out.write(f"{path}\n")
    return 0
