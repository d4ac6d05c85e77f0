"""``madoguchi backup``, ``madoguchi backups`` and ``madoguchi restore``.

A backup is taken with SQLite's online backup API, so it is safe while the app is
open. A restore needs the database to itself: it refuses while Madoguchi has the file
open, and the current file is kept aside (listed by ``backups``), never overwritten.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="copy the database now (safe while the app is open)")
    backup.add_argument(
        "--to",
        type=Path,
        metavar="PATH",
        help="a new file, or a folder to put the copy in (default: the backups folder)",
    )
    backup.set_defaults(func=run_backup)
    listing = sub.add_parser("backups", help="list the backups of the database, newest first")
    listing.set_defaults(func=run_list)
    restore = sub.add_parser(
        "restore",
        help="put a backup in place of the database; the current file is kept aside",
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help="a backup file, or a name listed by 'madoguchi backups'"
    )
    # a file lost or deleted is what a restore is for
    restore.set_defaults(func=run_restore, creates_database=True)


def _database(ctx: CliContext, *, must_exist: bool = True) -> Path | None:
    """The SQLite file the command is about; listing and restoring need no file there (a
    lost file is what a restore is for)."""
    path = ctx.existing_file() if must_exist else ctx.db_path()
    if path is None:
        ctx.err.write("error: backups are made of SQLite files; this database is a server\n")
    return path


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core import backups

    path = _database(ctx)
    if path is None:
        return 2
    copy = backups.take_backup(path, backups.MANUAL, to=args.to)
    ctx.out.write(f"{copy}\n")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core import backups

    path = _database(ctx, must_exist=False)
    if path is None:
        return 2
    found = backups.list_backups(path)
    for item in found:
        ctx.out.write(
            f"{item.taken_at:%Y-%m-%d %H:%M:%S}\t{item.kind}\t{item.size}\t{item.path.name}\n"
        )
    ctx.err.write(f"{len(found)} backup(s) in {backups.backups_dir(path)}\n")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core import backups

    path = _database(ctx, must_exist=False)
    if path is None:
        return 2
    chosen = Path(args.backup)
    if not chosen.exists() and (backups.backups_dir(path) / args.backup).exists():
        chosen = backups.backups_dir(path) / args.backup
    if not chosen.exists():
        ctx.err.write(f"error: no backup {args.backup}\n")
        return 2
    with ctx.writing():
        ctx.close()  # no connection of ours may hold the file being replaced
        result = backups.restore_backup(path, chosen)
    ctx.out.write(f"restored {result.backup}\n")
    if result.aside is not None:
        ctx.out.write(f"the previous file is kept as {result.aside}\n")
    return 0
