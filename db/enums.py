"""Enumerated values the database enforces with CHECK constraints.

They live here, next to the schema, because a CHECK constraint is frozen into a
migration: reference data under ``resources/reference`` carries the labels, and a
test makes sure both agree, so a label can never exist for a value the database
would refuse (or the other way round).
"""

from __future__ import annotations

from collections.abc import Iterable

FIRM_KINDS = ("company", "sole_proprietor", "association")

IP_KINDS = (
    "patent",
    "utility_model",
    "design",
    "trademark",
    "regional_trademark",
    "gi",
    "plant_variety",
    "trade_secret",
    "copyright",
)

IP_STATUSES = ("idea", "preparing", "filed", "registered", "lapsed", "abandoned")

TOPICS = (
    "patent",
    "utility_model",
    "design",
    "trademark",
    "regional_trademark",
    "gi",
    "plant_variety",
    "trade_secret",
    "copyright",
    "overseas",
    "dispute",
    "licensing",
    "financing",
    "standardization",
    "academia",
    "ai_data",
    "other",
)

CHANNELS = ("counter", "site_visit", "phone", "online", "email", "seminar")

PARTNER_KINDS = (
    "yorozu",
    "jetro",
    "patent_attorney",
    "lawyer",
    "inpit",
    "maff_gi",
    "nta",
    "financial",
    "chamber",
    "prefectural_support",
    "university",
    "jsa",
    "other",
)

REFERRAL_DIRECTIONS = ("to", "from")
REFERRAL_STATUSES = ("suggested", "contacted", "done")

EXPERT_KINDS = ("none", "patent_attorney", "lawyer", "other_expert")

SME_TYPES = ("challenger", "developing")
STAGES = (1, 2, 3)

STEP_STATES = ("todo", "doing", "done", "skipped")
RUN_STATES = ("active", "finished", "abandoned")

_TOPIC_ORDER = {code: index for index, code in enumerate(TOPICS)}

INDUSTRIES = tuple("ABCDEFGHIJKLMNOPQRST")
PREFECTURE_CODES = tuple(f"{n:02d}" for n in range(1, 48))


def in_topic_order(codes: Iterable[str]) -> tuple[str, ...]:
    """Topics in the order of ``TOPICS`` (the form's), whatever order they were stored in.

    Every list of a consultation's topics reads the same way: the list, the firm's
    timeline and its PDF. A code not in ``TOPICS`` goes last.
    """
    return tuple(sorted(codes, key=lambda code: _TOPIC_ORDER.get(code, len(TOPICS))))


def sql_in(column: str, values: tuple[object, ...]) -> str:
    """Render ``column IN (...)`` for a CHECK constraint."""
    rendered = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values)
    return f"{column} IN ({rendered})"
