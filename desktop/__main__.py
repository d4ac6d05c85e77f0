"""Entry point: no subcommand starts the GUI; a subcommand runs headless.

Heavy imports (Qt, SQLAlchemy, openpyxl, reportlab) happen inside the branch that needs
them, so ``madoguchi --version`` and the CLI start fast and the GUI starts no slower
than it must.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Sequence

from desktop.version import __version__

PROCESS_START = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.commands import COMMAND_MODULES

    parser = argparse.ArgumentParser(
        prog="madoguchi",
        description="Madoguchi: records of a prefectural IP support counter.",
    )
    parser.add_argument("--version", action="version", version=f"madoguchi {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or SQLAlchemy URL (default: the user data folder, "
        "or $MADOGUCHI_DB when set)",
    )
    parser.add_argument(
        "--lang", choices=("ja", "en"), help="interface language (default: from settings)"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the GUI, print the seconds until the first list is shown, and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop.paths import resolve_db_target

    target = resolve_db_target(args.db)
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(
            target,
            lang=args.lang,
            exit_when_ready=args.exit_when_ready,
            process_start=PROCESS_START,
        )
    from desktop.cli.context import EXIT_IN_USE, CliContext, DatabaseInUse

    ctx = CliContext(db_target=target, out=sys.stdout, err=sys.stderr)
    try:
        return int(args.func(args, ctx))
    except DatabaseInUse as exc:
        ctx.err.write(f"error: {exc}\n")
        return EXIT_IN_USE
    finally:
        ctx.close()


def gui_main() -> int:
    return main([])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
