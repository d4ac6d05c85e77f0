"""The shape of a playbook as the app holds it: texts in two languages, audience,
citations of the plans, steps. Loading and checking files live in ``playbooks`` and
``playbook_checks``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.core.text import Message

# Facts about a firm that make a playbook more relevant; computed by the recommender.
TRAITS = (
    "overseas_markets",  # sells abroad or plans to
    "subcontractor",  # most of its sales come from subcontracting
    "no_ip",  # holds no filed or registered right yet
    "holds_rights",  # holds at least one registered right
)

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

_CTX = "Playbooks"

Origin = Literal["shipped", "local"]
Severity = Literal["error", "info"]


@dataclass(frozen=True)
class LocalizedText:
    """One text in both UI languages; ``get`` falls back so a screen never shows a blank."""

    ja: str
    en: str

    def get(self, lang: str) -> str:
        code = (lang or "").replace("-", "_").split("_", 1)[0].lower()
        if code == "ja":
            return self.ja or self.en
        return self.en or self.ja

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Audience:
    """Who a playbook is for; an empty tuple means the playbook does not narrow on that."""

    types: tuple[str, ...] = ()
    stages: tuple[int, ...] = ()
    topics: tuple[str, ...] = ()
    ip_kinds: tuple[str, ...] = ()
    firm_kinds: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    traits: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanInfo:
    key: str
    title: LocalizedText
    source: LocalizedText
    language: str


@dataclass(frozen=True)
class PlanSection:
    """A heading of a plan, quoted as printed so it can be found in the source."""

    id: str
    plan: str
    part: str
    heading: str
    title: LocalizedText


@dataclass(frozen=True)
class PlanIndex:
    plans: Mapping[str, PlanInfo]
    sections: Mapping[str, PlanSection]


@dataclass(frozen=True)
class Citation:
    """A pointer into ``plan_sections.toml``; the heading itself is kept there, once."""

    plan: str
    section: str

    def resolve(self, index: PlanIndex) -> PlanSection | None:
        return index.sections.get(self.section)


@dataclass(frozen=True)
class Step:
    key: str
    title: LocalizedText
    guidance: LocalizedText
    evidence: LocalizedText
    partner: str | None = None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Playbook:
    """One playbook as loaded; ``version`` lets a run remember which edition it followed."""

    key: str
    version: int
    title: LocalizedText
    summary: LocalizedText
    audience: Audience
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]
    origin: Origin = "shipped"
    source: Path | None = field(default=None, compare=False)

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)


@dataclass(frozen=True)
class LoadProblem:
    """Something wrong (or worth knowing) about one file, for the user to fix or notice."""

    file: Path
    field: str
    message: Message
    severity: Severity = "error"


@dataclass(frozen=True)
class Library:
    """The playbooks that loaded, plus what went wrong, so the UI can show both side by side."""

    playbooks: tuple[Playbook, ...]
    problems: tuple[LoadProblem, ...]
    index: PlanIndex

    def get(self, key: str) -> Playbook | None:
        return next((p for p in self.playbooks if p.key == key), None)

    def keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.playbooks)

    @property
    def errors(self) -> tuple[LoadProblem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def notices(self) -> tuple[LoadProblem, ...]:
        return tuple(p for p in self.problems if p.severity == "info")


class PlanIndexError(ValueError):
    """The shipped plan reference is broken: a packaging defect, not a user's mistake."""


# --------------------------------------------------------------------------- plan sections
