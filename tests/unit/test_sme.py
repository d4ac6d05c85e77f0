"""SME and small-enterprise status at each threshold of the SME Basic Act."""

from __future__ import annotations

import pytest

from desktop.core.reference import reference
from desktop.core.sme import SizeClass, sme_status

CASES = [
    # industry, retail, capital limit, employee limit, small limit
    ("E", False, 300_000_000, 300, 20),
    ("D", False, 300_000_000, 300, 20),
    ("I", False, 100_000_000, 100, 5),
    ("I", True, 50_000_000, 50, 5),
    ("R", False, 50_000_000, 100, 5),
    ("M", False, 50_000_000, 100, 5),
]


@pytest.mark.parametrize(("industry", "retail", "capital", "employees", "small"), CASES)
def test_thresholds(industry: str, retail: bool, capital: int, employees: int, small: int) -> None:
    ref = reference()

    def status(cap: int | None, emp: int | None) -> SizeClass:
        return sme_status(ref, industry, cap, emp, retail=retail).size_class

    # capital OR employees: either within its limit is enough
    assert status(capital, employees + 1000) in {SizeClass.SME}
    assert status(capital + 1, employees) is SizeClass.SME
    assert status(capital + 1, employees + 1) is SizeClass.LARGE
    assert status(None, employees) is SizeClass.SME
    assert status(None, employees + 1) is SizeClass.LARGE
    assert status(capital, None) is SizeClass.SME
    assert status(capital + 1, None) is SizeClass.LARGE
    # small enterprise by employees alone
    assert status(capital + 1, small) is SizeClass.SMALL
    assert status(1, small + 1) is SizeClass.SME
    assert status(None, None) is SizeClass.UNKNOWN


def test_unknown_industry_counts_as_others() -> None:
    assert sme_status(reference(), None, 300_000_000, None).is_sme is True
    assert sme_status(reference(), None, 300_000_001, None).is_sme is False
