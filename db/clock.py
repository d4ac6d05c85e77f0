"""One notion of "now" for stored timestamps."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC: SQLite has no time zones, so every stored audit timestamp is UTC by rule."""
    return datetime.now(UTC).replace(tzinfo=None)
