"""``madoguchi import firms FILE``: a list of firms from .xlsx or .csv, all or nothing.

Exit codes: 0 imported (or a clean dry run), 1 rows rejected (nothing written),
2 the file or the mapping cannot be used, 3 the database is in use or cannot be written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.context import CliContext

if TYPE_CHECKING:
    from desktop.core.imports import ImportCheck, Table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("import", help="import records from a spreadsheet")
    what = parser.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    firms = what.add_parser(
        "firms",
        help="import firms from .xlsx or .csv; any bad row rejects the whole file",
        description="Import firms from the first sheet of an .xlsx workbook or from a CSV "
        "(UTF-8, with or without BOM, or Shift_JIS as Japanese Excel writes it). Columns are "
        "matched to fields by their headers; --mapping changes that. Every row is checked; "
        "if any has an error nothing is imported and every problem is listed by row. A real "
        "import is preceded by a backup.",
    )
    firms.add_argument("file", type=Path, metavar="FILE")
    firms.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="import COLUMN (header text, letter or 1-based number) as FIELD; FIELD '-' "
        "leaves the column out (repeatable)",
    )
    firms.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    firms.add_argument(
        "--errors", type=Path, metavar="OUT.csv", help="write the row-by-row report as CSV"
    )
    firms.add_argument(
        "--skip-existing",
        action="store_true",
        help="leave out rows whose firm is registered already instead of rejecting them",
    )
    firms.add_argument(
        "--prefecture",
        metavar="CODE",
        help="JIS code for rows without a prefecture (default: the counter's prefecture)",
    )
    firms.set_defaults(func=run_firms)


def run_firms(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core import imports
    from desktop.core.errors import MadoguchiError
    from desktop.core.import_mapping import (
        FIELDS_BY_KEY,
        MappingError,
        apply_overrides,
        guess_mapping,
    )

    try:
        table = imports.read_table(args.file)
        mapping = apply_overrides(guess_mapping(table.headers), args.mapping, table.headers)
    except (MappingError, MadoguchiError) as exc:
        ctx.err.write(f"error: {exc.message.render()}\n")
        return 2
    ctx.err.write(
        f"{args.file}: {len(table.rows)} row(s) below the header in row {table.header_row} "
        f"({table.encoding})\n"
    )
    for index in range(len(table.headers)):
        key = mapping.get(index)
        label = f"{key} ({FIELDS_BY_KEY[key].label.render()})" if key else "-"
        ctx.err.write(f"  {table.column_name(index)} → {label}\n")

    ctx.creates = not args.dry_run  # a check writes nothing, not even a new database
    with nullcontext() if args.dry_run else ctx.writing():
        return _check_and_import(args, ctx, table, mapping)


def _check_and_import(
    args: argparse.Namespace, ctx: CliContext, table: Table, mapping: dict[int, str]
) -> int:
    from desktop.core import imports, settings

    engine = ctx.engine
    default_prefecture = args.prefecture or settings.get(engine, settings.PREFECTURE) or None
    check = imports.check_import(
        engine,
        table,
        mapping,
        default_prefecture=default_prefecture,
        existing="skip" if args.skip_existing else "report",
        progress=_progress(ctx, "checking"),
    )
    _print_issues(ctx, check)
    if args.errors is not None:
        imports.write_issue_report(check, args.errors)
        ctx.err.write(f"report: {args.errors}\n")
    ctx.err.write(check.summary().render() + "\n")
    if not check.ok:
        ctx.err.write(imports.ImportRejected(check).message.render() + "\n")
        return 1
    result = imports.import_firms(
        engine,
        check,
        dry_run=args.dry_run,
        progress=_progress(ctx, "writing"),
    )
    if result.dry_run:
        ctx.out.write(f"dry run: {len(check.to_create)} firm(s) would be imported\n")
    else:
        ctx.out.write(f"imported {result.created} firm(s), left out {result.skipped}\n")
        if result.backup is not None:
            ctx.out.write(f"backup before the import: {result.backup}\n")
    return 0


def _progress(ctx: CliContext, stage: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        ctx.err.write(f"{stage} {done}/{total}\n")
        ctx.err.flush()

    return report


def _print_issues(ctx: CliContext, check: ImportCheck) -> None:
    for issue in check.issues:
        ctx.out.write(
            f"{issue.row or '-'}\t{issue.column or '-'}\t{issue.severity}\t"
            f"{issue.message.render()}\n"
        )
