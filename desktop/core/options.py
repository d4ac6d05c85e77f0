"""The counter's settings: each key with its default, in one place.

Kept apart from :mod:`desktop.core.settings` (which reads and writes them through the
ORM) so the window's first screen can read the language, the counter's name and the
current consultant over a plain ``sqlite3`` connection, before SQLAlchemy is loaded.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, NamedTuple


class Option(NamedTuple):
    key: str
    default: Any


COUNTER_NAME = Option("counter_name", "")
PREFECTURE = Option("prefecture_code", "")
CURRENT_CONSULTANT = Option("current_consultant_id", None)
LANGUAGE = Option("language", "")  # "" = follow the system locale
ERA_DISPLAY = Option("era_display", False)
SETUP_DONE = Option("setup_done", False)
# Fiscal-year targets for the counter KPIs: {"consultations": 1200, "site_visits": 300, ...}
KPI_TARGETS = Option("kpi_targets", {})


def decode(option: Option, stored: str | None) -> Any:
    """A stored value (JSON text, or None when never set) as the option's value."""
    return option.default if stored is None else json.loads(stored)


def consultant_id(stored: str | None) -> uuid.UUID | None:
    """The consultant a stored ``CURRENT_CONSULTANT`` value names, or None for nobody.

    The one reading of the setting, so the first screen, the views and the audit log
    agree on who is current. Nobody is chosen when the setting was never stored or holds
    ``null`` or ``""``; anything else that is not a UUID in a JSON string raises
    ValueError, and each caller decides what an unreadable setting means where it is read.
    """
    value = decode(CURRENT_CONSULTANT, stored)
    if not value:
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a consultant id: {value!r}")
    return uuid.UUID(value)


class FirstScreenSettings(NamedTuple):
    """What the main window needs from the records before it can be drawn."""

    language: str
    set_up: bool
    counter_name: str
    consultant_name: str | None


def read_first_screen(conn: Any) -> FirstScreenSettings:
    """The first screen's settings over a DB-API connection (plain SQL, one file read)."""
    cursor = conn.cursor()
    try:
        plain = (LANGUAGE, SETUP_DONE, COUNTER_NAME)
        keys = (*plain, CURRENT_CONSULTANT)
        cursor.execute(
            "SELECT key, value FROM setting WHERE key IN (?, ?, ?, ?)", tuple(o.key for o in keys)
        )
        stored = dict(cursor.fetchall())
        values = {o.key: decode(o, stored.get(o.key)) for o in plain}
        me = consultant_id(stored.get(CURRENT_CONSULTANT.key))
        name = None
        if me is not None:
            cursor.execute("SELECT name FROM consultant WHERE id = ?", (me.hex,))
            row = cursor.fetchone()
            name = row[0] if row else None
    finally:
        cursor.close()
    return FirstScreenSettings(
        language=values[LANGUAGE.key] or "",
        set_up=bool(values[SETUP_DONE.key]),
        counter_name=values[COUNTER_NAME.key] or "",
        consultant_name=name,
    )
