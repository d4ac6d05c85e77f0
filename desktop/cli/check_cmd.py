"""``madoguchi check``: integrity and schema version; non-zero exit on any problem.

``--selftest`` checks the installation instead of a database: see ``desktop.cli.selftest``.
"""

from __future__ import annotations

import argparse

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("check", help="check the database's integrity and schema version")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="instead, check this installation end to end on a temporary database "
        "(migrate, demo data, search, HQ workbook, PDF reports); --db is left alone",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.selftest:
        return run_selftest(ctx)
    from desktop.core.health import check_database

    report = check_database(ctx.db_target)
    for line in report.lines():
        ctx.out.write(line + "\n")
    return 0 if report.ok else 1


def run_selftest(ctx: CliContext) -> int:
    from desktop.cli.selftest import run_selftest as selftest

    def emit(line: str) -> None:
        ctx.out.write(line + "\n")
        ctx.out.flush()

    return 0 if selftest(report=emit).ok else 1
