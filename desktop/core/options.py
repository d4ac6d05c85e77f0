"""The counter's settings: each key with its default, in one place.

Kept apart from :mod:`desktop.core.settings` (which reads and writes them through the
ORM) so the window's first screen can read the language, the counter's name and the
current consultant over a plain ``sqlite3`` connection, before SQLAlchemy is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import uuid


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


JSON_LITERALS = {"true": True, "false": False, "null": None}


def decode(option: Option, stored: str | None) -> Any:
    """A stored value (JSON text, or None when never set) as the option's value.

    The values the window's first screen reads (a language code, a name, ``true``) are
    read here when they are that plain: importing ``json`` compiles six regular
    expressions, work the start has no use for. Anything else (an escape, a number, a
    list) goes to ``json.loads``, which also has the last word on bad text.
    """
    if stored is None:
        return option.default
    if stored in JSON_LITERALS:
        return JSON_LITERALS[stored]
    inner = stored[1:-1]
    if (
        len(stored) > 1
        and stored[0] == stored[-1] == '"'
        and '"' not in inner
        and "\\" not in inner
        and inner.isprintable()  # JSON refuses control characters in a string
    ):
        return inner
    import json

    return json.loads(stored)


def uuid_hex(text: str) -> str:
    """``uuid.UUID(text).hex``, without importing ``uuid`` (for the first screen).

    The same forms are taken (braces, hyphens, a ``urn:uuid:`` prefix) and the same
    ValueError raised for anything else.
    """
    digits = text.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    number = int(digits, 16)
    if not 0 <= number < 1 << 128:
        raise ValueError("int is out of range (need a 128-bit value)")
    return f"{number:032x}"


def consultant_key(stored: str | None) -> str | None:
    """The consultant a stored ``CURRENT_CONSULTANT`` value names, as stored (32 hex
    digits), or None for nobody.

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
    return uuid_hex(value)


def consultant_id(stored: str | None) -> uuid.UUID | None:
    """:func:`consultant_key` as a ``UUID``."""
    from uuid import UUID

    key = consultant_key(stored)
    return None if key is None else UUID(hex=key)


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
        me = consultant_key(stored.get(CURRENT_CONSULTANT.key))
        name = None
        if me is not None:
            cursor.execute("SELECT name FROM consultant WHERE id = ?", (me,))
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
