"""SME status under the SME Basic Act (中小企業基本法), derived, never typed in.

A firm is an SME when its capital OR its regular employees are within its sector's
limit; it is a small enterprise (小規模企業者) by employees alone. The sector comes
from the JSIC division plus, for division I, whether it trades wholesale or retail.
Thresholds are data (``resources/reference/sme_thresholds.toml``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from desktop.core.reference import Reference
from desktop.core.text import QT_TRANSLATE_NOOP


class SizeClass(StrEnum):
    SMALL = "small"
    SME = "sme"
    LARGE = "large"
    UNKNOWN = "unknown"


SIZE_LABELS = {
    SizeClass.SMALL: QT_TRANSLATE_NOOP("SizeClass", "Small enterprise"),
    SizeClass.SME: QT_TRANSLATE_NOOP("SizeClass", "SME"),
    SizeClass.LARGE: QT_TRANSLATE_NOOP("SizeClass", "Large enterprise"),
    SizeClass.UNKNOWN: QT_TRANSLATE_NOOP("SizeClass", "Unknown"),
}


class SmeStatus(NamedTuple):
    sector: str
    is_sme: bool | None
    is_small: bool | None

    @property
    def size_class(self) -> SizeClass:
        if self.is_small:
            return SizeClass.SMALL
        if self.is_sme:
            return SizeClass.SME
        if self.is_sme is False:
            return SizeClass.LARGE
        return SizeClass.UNKNOWN


# G (information & communications) stays with "others": software and information
# processing use the ¥300M / 300 limits by Cabinet Order, the rest of G rarely nears them.
SERVICE_DIVISIONS = frozenset("JKLMNOPQR")


def sector_for(industry: str | None, *, retail: bool = False) -> str:
    """The SME Act sector of a JSIC division.

    Division I mixes wholesale and retail; without more detail it counts as wholesale,
    the stricter of the two on employees only where retail's 50 would wrongly pass.
    """
    if industry == "I":
        return "retail" if retail else "wholesale"
    if industry in SERVICE_DIVISIONS:
        return "services"
    return "manufacturing"


def sme_status(
    ref: Reference,
    industry: str | None,
    capital_yen: int | None,
    employees: int | None,
    *,
    retail: bool = False,
) -> SmeStatus:
    sector = sector_for(industry, retail=retail)
    limits = ref.sme_thresholds[sector]
    within: list[bool] = []
    if capital_yen is not None:
        within.append(capital_yen <= limits.capital_yen)
    if employees is not None:
        within.append(employees <= limits.employees)
    is_sme: bool | None
    if any(within):
        is_sme = True
    elif within:
        is_sme = False
    else:
        is_sme = None
    is_small = None if employees is None else (employees <= limits.small_employees)
    return SmeStatus(sector=sector, is_sme=is_sme, is_small=is_small)
