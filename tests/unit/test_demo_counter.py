"""The default demo, as a consultant exploring it sees it.

A new user learns the app on the demo: a matrix cell that is always empty looks like a
cell the app cannot fill, and a consultation held before the firm existed makes the whole
record look invented. Both are read back through the product's own functions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from db.migrate import open_database
from desktop.core import assessment, demo, firms
from desktop.core.assessment_rules import classify
from desktop.core.consultation_queries import timeline
from desktop.core.firm_list import CELLS

END = date(2026, 10, 31)


@pytest.fixture(scope="module")
def default_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One default demo for the module: its size is what a first-time user gets."""
    path = Path(tmp_path_factory.mktemp("demo")) / "counter.sqlite3"
    engine = open_database(path).engine
    demo.generate(engine, end=END)
    yield engine
    engine.dispose()


def test_every_matrix_cell_has_firms(default_demo: Engine) -> None:
    rows = firms.fetch_firm_rows(default_demo, firms.find_firm_ids(default_demo))
    cells = Counter(row.cell for row in rows.values())
    assert {cell: cells[cell] for cell in CELLS if not cells[cell]} == {}, cells
    # The cell a firm is listed in is the one the rules give for its latest answers.
    for firm_id, row in rows.items():
        record = assessment.latest(default_demo, firm_id)
        assert row.cell == (classify(record.answers).cell if record else "")


def test_nothing_in_a_firms_history_predates_its_founding(default_demo: Engine) -> None:
    """The demo once had a firm consult the counter the year before it was founded, and
    another file a trademark before it existed; every dated record is held to the rule."""
    early = []
    for firm_id in firms.find_firm_ids(default_demo):
        founded = firms.get_firm(default_demo, firm_id).founded_year
        assert founded is not None
        early.extend(
            (entry.kind, entry.when.date().isoformat(), founded)
            for entry in timeline(default_demo, firm_id)
            if entry.when.year < founded
        )
    assert not early, early
