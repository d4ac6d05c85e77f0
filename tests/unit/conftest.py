"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from tests.unit.export_fixtures import Seeded, seed_counter


@pytest.fixture
def seeded(engine: Engine) -> Seeded:
    """The counter's data set from ``export_fixtures``, inserted into the test's database.

    A module may define its own ``seeded`` for a different data set (``test_search`` does).
    """
    return seed_counter(engine)
