"""Checking a playbook file field by field, so a broken local file is reported (file and
field named) and skipped, and a shipped one that breaks fails the tests.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from db.enums import FIRM_KINDS, INDUSTRIES, IP_KINDS, PARTNER_KINDS, SME_TYPES, STAGES, TOPICS
from desktop.core.playbook_model import (
    _CTX,
    KEY_PATTERN,
    TRAITS,
    Audience,
    Citation,
    LoadProblem,
    LocalizedText,
    Origin,
    PlanIndex,
    Playbook,
    Step,
)
from desktop.core.text import LANGUAGES, QT_TRANSLATE_NOOP, Message


def parse_playbook_file(
    path: Path, index: PlanIndex, *, origin: Origin = "local"
) -> tuple[Playbook | None, list[LoadProblem]]:
    """Read and validate one file; the playbook is ``None`` whenever a problem was found."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        return None, [
            LoadProblem(
                path,
                "",
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Playbooks", "The file cannot be read: {detail}"),
                    {"detail": str(exc)},
                ),
            )
        ]
    except UnicodeDecodeError:
        return None, [
            LoadProblem(
                path,
                "",
                Message(
                    _CTX, QT_TRANSLATE_NOOP("Playbooks", "The file is not saved as UTF-8 text.")
                ),
            )
        ]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [
            LoadProblem(
                path,
                "",
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Playbooks", "The file is not valid TOML: {detail}"),
                    {"detail": str(exc)},
                ),
            )
        ]
    checker = _Checker(path)
    playbook = checker.playbook(data, index, origin)
    if checker.problems:
        return None, checker.problems
    return playbook, []


# --------------------------------------------------------------------------- validation

_TOP_KEYS = frozenset({"key", "version", "title", "summary", "audience", "citations", "steps"})
_AUDIENCE_KEYS = frozenset(
    {"types", "stages", "topics", "ip_kinds", "firm_kinds", "industries", "traits"}
)
_CITATION_KEYS = frozenset({"plan", "section"})
_STEP_KEYS = frozenset({"key", "title", "guidance", "evidence", "partner", "cite"})


class _Checker:
    """Walks one parsed file, building the playbook and collecting every problem on the way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[LoadProblem] = []

    def fail(self, field_path: str, message: Message) -> None:
        self.problems.append(LoadProblem(self.path, field_path, message))

    def playbook(self, data: dict[str, Any], index: PlanIndex, origin: Origin) -> Playbook | None:
        self.unknown_keys(data, _TOP_KEYS, "")
        key = self.identifier(data, "key", "key")
        if key is not None and key != self.path.stem:
            self.fail(
                "key",
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Playbooks", "The key “{key}” must match the file name “{stem}”."
                    ),
                    {"key": key, "stem": self.path.stem},
                ),
            )
        version = self.version(data)
        title = self.text(data, "title", "title")
        summary = self.text(data, "summary", "summary")
        audience = self.audience(data.get("audience"))
        citations = self.citations(data.get("citations"), index)
        steps = self.steps(data.get("steps"), citations)
        if (
            self.problems
            or key is None
            or version is None
            or title is None
            or summary is None
            or audience is None
        ):
            return None
        return Playbook(
            key=key,
            version=version,
            title=title,
            summary=summary,
            audience=audience,
            citations=citations,
            steps=steps,
            origin=origin,
            source=self.path,
        )

    # ---- pieces

    def unknown_keys(self, table: dict[str, Any], allowed: frozenset[str], prefix: str) -> None:
        for name in table:
            if name not in allowed:
                self.fail(
                    f"{prefix}{name}",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Playbooks", "Unknown field “{name}”."),
                        {"name": name},
                    ),
                )

    def missing(self, field_path: str) -> None:
        self.fail(field_path, Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "This is required.")))

    def identifier(self, table: dict[str, Any], name: str, field_path: str) -> str | None:
        value = table.get(name)
        if value is None:
            self.missing(field_path)
            return None
        if not isinstance(value, str) or not KEY_PATTERN.match(value):
            self.fail(
                field_path,
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Playbooks",
                        "Use lowercase letters, digits and “_”, starting with a letter.",
                    ),
                ),
            )
            return None
        return value

    def version(self, data: dict[str, Any]) -> int | None:
        value = data.get("version")
        if value is None:
            self.missing("version")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.fail(
                "version",
                Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Use a whole number from 1 up.")),
            )
            return None
        return value

    def text(self, table: dict[str, Any], name: str, field_path: str) -> LocalizedText | None:
        value = table.get(name)
        if value is None:
            self.missing(field_path)
            return None
        if not isinstance(value, dict):
            self.fail(
                field_path,
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Playbooks", "Give the text as a table with ja and en."),
                ),
            )
            return None
        self.unknown_keys(value, frozenset(LANGUAGES), f"{field_path}.")
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            raw = value.get(lang)
            if not isinstance(raw, str) or not raw.strip():
                self.fail(
                    f"{field_path}.{lang}",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Playbooks", "The {lang} text is missing or empty."),
                        {"lang": lang},
                    ),
                )
                continue
            texts[lang] = raw.strip()
        if len(texts) != len(LANGUAGES):
            return None
        return LocalizedText(ja=texts["ja"], en=texts["en"])

    def choices(
        self,
        table: dict[str, Any],
        name: str,
        allowed: Iterable[object],
        *,
        required: bool = False,
    ) -> tuple[Any, ...]:
        field_path = f"audience.{name}"
        value = table.get(name)
        if value is None:
            if required:
                self.missing(field_path)
            return ()
        if not isinstance(value, list):
            self.fail(
                field_path,
                Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Give a list: [ … ].")),
            )
            return ()
        if required and not value:
            self.fail(
                field_path,
                Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Give at least one value.")),
            )
        allowed_values = tuple(allowed)
        seen: list[Any] = []
        for i, item in enumerate(value):
            valid = not isinstance(item, bool) and item in allowed_values
            if not valid:
                self.fail(
                    f"{field_path}[{i}]",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Playbooks", "Unknown value “{value}”; allowed: {allowed}."
                        ),
                        {"value": item, "allowed": ", ".join(str(a) for a in allowed_values)},
                    ),
                )
            elif item in seen:
                self.fail(
                    f"{field_path}[{i}]",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Playbooks", "“{value}” is listed twice."),
                        {"value": item},
                    ),
                )
            else:
                seen.append(item)
        return tuple(seen)

    def audience(self, raw: Any) -> Audience | None:
        if raw is None:
            self.missing("audience")
            return None
        if not isinstance(raw, dict):
            self.fail(
                "audience",
                Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Give a table: [audience].")),
            )
            return None
        self.unknown_keys(raw, _AUDIENCE_KEYS, "audience.")
        return Audience(
            types=self.choices(raw, "types", SME_TYPES),
            stages=self.choices(raw, "stages", STAGES),
            topics=self.choices(raw, "topics", TOPICS, required=True),
            ip_kinds=self.choices(raw, "ip_kinds", IP_KINDS),
            firm_kinds=self.choices(raw, "firm_kinds", FIRM_KINDS),
            industries=self.choices(raw, "industries", INDUSTRIES),
            traits=self.choices(raw, "traits", TRAITS),
        )

    def citations(self, raw: Any, index: PlanIndex) -> tuple[Citation, ...]:
        if not isinstance(raw, list) or not raw:
            self.fail(
                "citations",
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Playbooks", "Cite at least one plan section: [[citations]]."
                    ),
                ),
            )
            return ()
        found: list[Citation] = []
        for i, item in enumerate(raw):
            prefix = f"citations[{i}]"
            if not isinstance(item, dict):
                self.fail(
                    prefix,
                    Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Give a table: [[citations]].")),
                )
                continue
            self.unknown_keys(item, _CITATION_KEYS, f"{prefix}.")
            plan, section = item.get("plan"), item.get("section")
            if not isinstance(plan, str) or plan not in index.plans:
                self.fail(
                    f"{prefix}.plan",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Playbooks", "Unknown plan “{value}”; allowed: {allowed}."
                        ),
                        {"value": plan, "allowed": ", ".join(index.plans)},
                    ),
                )
                continue
            entry = index.sections.get(section) if isinstance(section, str) else None
            if entry is None:
                self.fail(
                    f"{prefix}.section",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Playbooks",
                            "Unknown section “{value}”; use an id from plan_sections.toml.",
                        ),
                        {"value": section},
                    ),
                )
                continue
            if entry.plan != plan:
                self.fail(
                    f"{prefix}.section",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Playbooks", "Section “{value}” belongs to the plan “{plan}”."
                        ),
                        {"value": section, "plan": entry.plan},
                    ),
                )
                continue
            citation = Citation(plan=plan, section=entry.id)
            if citation in found:
                self.fail(
                    f"{prefix}.section",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Playbooks", "“{value}” is listed twice."),
                        {"value": section},
                    ),
                )
                continue
            found.append(citation)
        return tuple(found)

    def steps(self, raw: Any, citations: tuple[Citation, ...]) -> tuple[Step, ...]:
        if not isinstance(raw, list) or not raw:
            self.fail(
                "steps",
                Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Give at least one step: [[steps]].")),
            )
            return ()
        by_section = {c.section: c for c in citations}
        steps: list[Step] = []
        seen: set[str] = set()
        for i, item in enumerate(raw):
            prefix = f"steps[{i}]"
            if not isinstance(item, dict):
                self.fail(
                    prefix,
                    Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Give a table: [[steps]].")),
                )
                continue
            before = len(self.problems)
            self.unknown_keys(item, _STEP_KEYS, f"{prefix}.")
            key = self.identifier(item, "key", f"{prefix}.key")
            if key is not None:
                if key in seen:
                    self.fail(
                        f"{prefix}.key",
                        Message(
                            _CTX,
                            QT_TRANSLATE_NOOP(
                                "Playbooks", "Another step already uses the key “{key}”."
                            ),
                            {"key": key},
                        ),
                    )
                seen.add(key)
            title = self.text(item, "title", f"{prefix}.title")
            guidance = self.text(item, "guidance", f"{prefix}.guidance")
            evidence = self.text(item, "evidence", f"{prefix}.evidence")
            partner = item.get("partner")
            if partner is not None and (
                not isinstance(partner, str) or partner not in PARTNER_KINDS
            ):
                self.fail(
                    f"{prefix}.partner",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Playbooks", "Unknown value “{value}”; allowed: {allowed}."
                        ),
                        {"value": partner, "allowed": ", ".join(PARTNER_KINDS)},
                    ),
                )
            step_citations = self.step_citations(item.get("cite"), by_section, prefix)
            if len(self.problems) > before:
                continue
            if key is None or title is None or guidance is None or evidence is None:
                continue
            steps.append(
                Step(
                    key=key,
                    title=title,
                    guidance=guidance,
                    evidence=evidence,
                    partner=partner,
                    citations=step_citations or citations,
                )
            )
        return tuple(steps)

    def step_citations(
        self, raw: Any, by_section: dict[str, Citation], prefix: str
    ) -> tuple[Citation, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            self.fail(
                f"{prefix}.cite",
                Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "Give a list: [ … ].")),
            )
            return ()
        found: list[Citation] = []
        for j, section in enumerate(raw):
            citation = by_section.get(section) if isinstance(section, str) else None
            if citation is None:
                self.fail(
                    f"{prefix}.cite[{j}]",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Playbooks",
                            "“{value}” is not among the playbook's [[citations]].",
                        ),
                        {"value": section},
                    ),
                )
            elif citation not in found:
                found.append(citation)
        return tuple(found)
