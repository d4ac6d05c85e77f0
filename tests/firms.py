"""Firms saved through the core, as the firm form's save makes them."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from desktop.core import firms
from desktop.core.firms import FirmInput


def make_firm(engine: sa.Engine, name: str, corporate_number: str = "") -> uuid.UUID:
    """A firm in Niigata (prefecture 15) named ``name``, with ``corporate_number`` if given."""
    return firms.create_firm(
        engine, FirmInput(name=name, prefecture_code="15", corporate_number=corporate_number)
    )
