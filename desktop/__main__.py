"""Entry point: no subcommand starts the GUI; a subcommand runs headless.

Heavy imports (Qt, SQLAlchemy, openpyxl, reportlab) happen inside the branch that needs
them, so ``madoguchi --version`` and the CLI start fast and the GUI starts no slower
than it must.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import time
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from desktop.core.text import LANGUAGES
from desktop.version import __version__

if TYPE_CHECKING:
    import argparse

PROCESS_START = time.perf_counter()


def _options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options that come before any command (and are all the GUI takes)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or SQLAlchemy URL (default: the user data folder, "
        "or $MADOGUCHI_DB when set)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="interface language (default: from settings)"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the GUI, print the seconds until the first list is shown (ready) and "
        "until every view is in place (loaded), and exit",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from desktop.cli.commands import COMMAND_MODULES

    parser = argparse.ArgumentParser(
        prog="madoguchi",
        description="Madoguchi: records of a prefectural IP support counter.",
    )
    parser.add_argument("--version", action="version", version=f"madoguchi {__version__}")
    _options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def gui_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """The options when ``argv`` asks for the GUI (only the GUI's options), else None.

    Read by hand: building the full parser imports every command module, and even
    importing argparse for three options takes longer than the window's first list takes
    to read. Anything this does not take as is (a command, help, an abbreviation, an
    option twice, a bad value) returns None, and the full parser has the last word.
    """
    values: dict[str, str | bool | None] = {"db": None, "lang": None, "exit_when_ready": False}
    rest = iter(argv)
    for arg in rest:
        name, equals, value = arg.partition("=")
        if name == "--exit-when-ready" and not equals and not values["exit_when_ready"]:
            values["exit_when_ready"] = True
            continue
        key = name.removeprefix("--")
        if name not in ("--db", "--lang") or values[key] is not None:
            return None
        if not equals:
            value = next(rest, "")
        if not value or value.startswith("-") or (key == "lang" and value not in LANGUAGES):
            return None
        values[key] = value
    return SimpleNamespace(**values)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args: SimpleNamespace | argparse.Namespace | None = gui_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    from desktop.paths import resolve_db_target

    target = resolve_db_target(args.db)
    if getattr(args, "command", None) is None:
        gc.disable()  # until the window is loaded: see desktop.ui.app.resume_collector
        from desktop.ui.pyside_scan import read_bytes_instead

        read_bytes_instead()
        from desktop.ui.app import run_gui

        return run_gui(
            target,
            lang=args.lang,
            exit_when_ready=args.exit_when_ready,
            process_start=PROCESS_START,
        )
    from desktop.cli.context import (
        EXIT_IN_USE,
        EXIT_NO_DATABASE,
        CliContext,
        DatabaseInUse,
        NoDatabase,
    )
    from desktop.core.errors import MadoguchiError, ValidationError

    ctx = CliContext(
        db_target=target,
        out=sys.stdout,
        err=sys.stderr,
        command=args.command,
        creates=getattr(args, "creates_database", False),
    )
    try:
        return int(args.func(args, ctx))
    except DatabaseInUse as exc:
        ctx.err.write(f"error: {exc}\n")
        return EXIT_IN_USE
    except NoDatabase as exc:
        ctx.err.write(f"error: {exc}\n")
        return EXIT_NO_DATABASE
    except ValidationError as exc:  # bad input, as argparse's own usage errors
        ctx.err.write(f"error: {exc}\n")
        return 2
    except MadoguchiError as exc:  # e.g. opening a damaged file: said, not a traceback
        ctx.err.write(f"error: {exc.message.render()}\n")
        return 1
    except Exception as exc:
        from desktop.core.backups import storage_error

        # A damaged, full, read-only or busy database, found while a command reads or
        # writes it; anything else is a fault of ours and keeps its traceback.
        error = storage_error(exc, ctx.db_path())
        if error is None or error.kind == "other":
            raise
        ctx.err.write(f"error: {error.message.render()}\n")
        return 1
    finally:
        ctx.close()


def gui_main() -> int:
    return main([])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
