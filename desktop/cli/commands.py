"""The subcommand modules, in the order ``--help`` lists them."""

from __future__ import annotations

COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.demo_cmd",
    "desktop.cli.check_cmd",
    "desktop.cli.firms_cmd",
    "desktop.cli.search_cmd",
    "desktop.cli.export_cmd",
    "desktop.cli.report_cmd",
    "desktop.cli.hq_cmd",
    "desktop.cli.import_cmd",
    "desktop.cli.backup_cmd",
)
