"""``madoguchi hq``: headquarters' tools — validate and consolidate counters' workbooks.

These read workbook files only; no database is opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("hq", help="validate and consolidate counters' HQ workbooks")
    what = parser.add_subparsers(dest="hq_what", metavar="WHAT", required=True)
    validate = what.add_parser("validate", help="check workbooks; exit 1 if any is invalid")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.set_defaults(func=run_validate)
    merge = what.add_parser(
        "consolidate",
        help="merge valid workbooks into national sheets; invalid ones are listed with reasons",
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    merge.set_defaults(func=run_consolidate)


def run_validate(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.exports.hq import validate_workbook

    bad = 0
    for path in args.files:
        problems = validate_workbook(path)
        if problems:
            bad += 1
            ctx.out.write(f"INVALID\t{path}\n")
            for problem in problems:
                ctx.out.write(f"  - {problem}\n")
        else:
            ctx.out.write(f"OK\t{path}\n")
    return 1 if bad else 0


def run_consolidate(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.exports.hq import consolidate

    result = consolidate(args.files, args.out)
    for info in result.accepted:
        ctx.out.write(
            f"ACCEPTED\t{info.path}\t{info.prefecture_code}\t{info.period}\t"
            f"revision {info.revision}\t{info.rows.get('consultations', 0)} row(s)\n"
        )
    for path, problems in result.rejected.items():
        ctx.out.write(f"REJECTED\t{path}\n")
        for problem in problems:
            ctx.out.write(f"  - {problem}\n")
    for warning in result.warnings:
        ctx.err.write(f"warning: {warning}\n")
    ctx.out.write(
        f"wrote {result.out}: {len(result.accepted)} accepted, {len(result.rejected)} rejected, "
        f"{result.rows} consultation row(s)\n"
    )
    return 0 if result.ok else 1
