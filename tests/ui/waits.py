"""Waiting for a view that reads in the background to have finished."""

from __future__ import annotations


def counted(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Wait until a list view's count line shows a count, not "counting…" or nothing."""
    qtbot.waitUntil(lambda: view.count.text() not in ("", view.tr("counting…")))
