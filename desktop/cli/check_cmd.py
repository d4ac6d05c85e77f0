"""``madoguchi check``: integrity and schema version; non-zero exit on any problem."""

from __future__ import annotations

import argparse

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("check", help="check the database's integrity and schema version")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core.health import check_database

    report = check_database(ctx.db_target)
    for line in report.lines():
        ctx.out.write(line + "\n")
    return 0 if report.ok else 1
