"""Support playbooks: the schema, the loader and its validation.

A playbook is a short, ordered plan a consultant follows with one firm (file a trademark,
register a GI, put trade secrets under control, ...). Playbooks are data, not code, so the
counters' headquarters can ship new ones and a counter can keep its own: the shipped library
lives in ``resources/playbooks`` and a counter's own playbooks in the user's local folder.

File format (one playbook per ``<key>.toml``, UTF-8)::

    key = "gi_registration"            # = the file stem; [a-z][a-z0-9_]*, at most 64 chars
    version = 1                        # positive integer; raise it when the steps change
    title = { ja = "...", en = "..." }
    summary = { ja = "...", en = "..." }

    [audience]                         # who it is for; an empty or missing list means "any"
    types = ["challenger"]             # db.enums.SME_TYPES
    stages = [2, 3]                    # db.enums.STAGES
    topics = ["gi", "regional_trademark"]  # db.enums.TOPICS, required, first = main topic
    ip_kinds = ["gi"]                  # db.enums.IP_KINDS the playbook is about
    firm_kinds = ["association"]       # db.enums.FIRM_KINDS (optional)
    industries = ["A", "B", "E"]       # JSIC divisions, db.enums.INDUSTRIES (optional)
    traits = ["overseas_markets"]      # TRAITS below (optional)

    [[citations]]                      # at least one
    plan = "ipsp2017"                  # a plan in resources/reference/plan_sections.toml
    section = "ipsp2017-II-1-gi-use"   # an id of a heading of that plan in the same file

    [[steps]]                          # at least one, in order
    key = "check_eligibility"          # unique within the playbook, same pattern as `key`
    title = { ja = "...", en = "..." }
    guidance = { ja = "...", en = "..." }
    evidence = { ja = "...", en = "..." }   # what the step leaves behind
    partner = "maff_gi"                # db.enums.PARTNER_KINDS (optional)
    cite = ["ipsp2017-II-1-gi-use"]    # section ids among the playbook's citations (optional;
                                       # a step without `cite` follows all of them)

A citation names its heading by id only: the part and the verbatim heading live once, in
``plan_sections.toml``, so a playbook can never quote a heading that the plan does not have.

Unknown keys are errors, so that a misspelt field is reported instead of silently ignored.

Loading never raises. Every defect becomes a ``LoadProblem`` naming the file and the field
(``""`` when the whole file is unreadable); a playbook with any error is skipped and the rest
load. A local playbook whose key equals a shipped one replaces it, and that is recorded as a
problem of severity ``"info"`` so the UI can say which shipped playbooks are overridden. The
shipped library is expected to load with no problems at all (a test enforces it).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from desktop.core.file_cache import Stamp, fingerprint
from desktop.core.playbook_checks import parse_playbook_file
from desktop.core.playbook_model import (  # re-exported: callers use one module
    _CTX,
    KEY_PATTERN,
    TRAITS,
    Audience,
    Citation,
    Library,
    LoadProblem,
    LocalizedText,
    Origin,
    PlanIndex,
    PlanIndexError,
    PlanInfo,
    PlanSection,
    Playbook,
    Severity,
    Step,
)
from desktop.core.text import QT_TRANSLATE_NOOP, Message

__all__ = [
    "KEY_PATTERN",
    "TRAITS",
    "Audience",
    "Citation",
    "Library",
    "LoadProblem",
    "LocalizedText",
    "Origin",
    "PlanIndex",
    "PlanIndexError",
    "PlanInfo",
    "PlanSection",
    "Playbook",
    "Severity",
    "Step",
    "default_plan_index",
    "load_default_library",
    "load_library",
    "load_plan_index",
    "parse_playbook_file",
]


def load_plan_index(path: Path) -> PlanIndex:
    """Read ``plan_sections.toml``; raises because without it no citation can be checked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PlanIndexError(f"{path.name}: {exc}") from exc
    plans: dict[str, PlanInfo] = {}
    for key, raw in (data.get("plans") or {}).items():
        try:
            plans[key] = PlanInfo(
                key=key,
                title=_plain_text(raw["title"]),
                source=_plain_text(raw["source"]),
                language=str(raw["language"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PlanIndexError(f"{path.name}: plans.{key}: {exc}") from exc
    sections: dict[str, PlanSection] = {}
    for i, raw in enumerate(data.get("sections") or []):
        try:
            section = PlanSection(
                id=str(raw["id"]),
                plan=str(raw["plan"]),
                part=str(raw["part"]),
                heading=str(raw["heading"]),
                title=_plain_text(raw["title"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PlanIndexError(f"{path.name}: sections[{i}]: {exc}") from exc
        if section.plan not in plans:
            raise PlanIndexError(f"{path.name}: sections[{i}]: unknown plan {section.plan!r}")
        if section.id in sections:
            raise PlanIndexError(f"{path.name}: sections[{i}]: duplicate id {section.id!r}")
        if not section.heading.strip():
            raise PlanIndexError(f"{path.name}: sections[{i}]: empty heading")
        sections[section.id] = section
    return PlanIndex(plans=plans, sections=sections)


def _plain_text(raw: Any) -> LocalizedText:
    if not isinstance(raw, dict):
        raise TypeError("expected a table with ja and en")
    ja, en = raw.get("ja"), raw.get("en")
    if not (isinstance(ja, str) and ja.strip() and isinstance(en, str) and en.strip()):
        raise ValueError("both ja and en are needed")
    return LocalizedText(ja=ja.strip(), en=en.strip())


# --------------------------------------------------------------------------- loading


def default_plan_index() -> PlanIndex:
    from desktop.resources import resource_path

    return load_plan_index(resource_path("reference", "plan_sections.toml"))


_LOADED: dict[tuple[Stamp, ...], Library] = {}


def load_default_library() -> Library:
    """The shipped library plus the user's local playbooks, as the app and CLI use them.

    Parsing the TOML costs tens of milliseconds and the firm page, the follow-ups and
    every firm report want the library; it is read again only when a file in either
    folder (or the plan reference) is added, removed or changed. A ``Library`` is
    frozen, so handing out the same one is safe.
    """
    from desktop.paths import local_playbooks_dir
    from desktop.resources import resource_path

    shipped, local = resource_path("playbooks"), local_playbooks_dir()
    plan = resource_path("reference", "plan_sections.toml")
    key = fingerprint(shipped, local, plan, pattern="*.toml")
    library = _LOADED.get(key)
    if library is None:
        _LOADED.clear()
        library = _LOADED[key] = load_library(shipped, local)
    return library


def load_library(
    shipped_dir: Path,
    local_dir: Path | None = None,
    *,
    index: PlanIndex | None = None,
) -> Library:
    """Load every ``*.toml`` of both folders; problems in them are collected, never raised.

    ``index`` defaults to the shipped plan reference (a broken one raises ``PlanIndexError``:
    that is a packaging defect the tests catch, not something a user can fix). Within a folder
    files load in name order, and a local playbook replaces the shipped one with the same key.
    """
    plan_index = index if index is not None else default_plan_index()
    problems: list[LoadProblem] = []
    by_key: dict[str, Playbook] = {}

    for origin, folder in (("shipped", shipped_dir), ("local", local_dir)):
        if folder is None:
            continue
        for path in _toml_files(folder, origin, problems):
            playbook, file_problems = parse_playbook_file(path, plan_index, origin=origin)
            problems.extend(file_problems)
            if playbook is None:
                continue
            replaced = by_key.get(playbook.key)
            if replaced is not None and replaced.origin == "shipped" and origin == "local":
                problems.append(
                    LoadProblem(
                        path,
                        "key",
                        Message(
                            _CTX,
                            QT_TRANSLATE_NOOP(
                                "Playbooks",
                                "This local playbook replaces the shipped playbook “{key}”.",
                            ),
                            {"key": playbook.key},
                        ),
                        severity="info",
                    )
                )
            by_key[playbook.key] = playbook

    playbooks = tuple(sorted(by_key.values(), key=lambda p: p.key))
    return Library(playbooks=playbooks, problems=tuple(problems), index=plan_index)


def _toml_files(folder: Path, origin: str, problems: list[LoadProblem]) -> list[Path]:
    if not folder.exists():
        if origin == "shipped":
            problems.append(
                LoadProblem(
                    folder,
                    "",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Playbooks", "The playbook folder is missing."),
                    ),
                )
            )
        return []
    if not folder.is_dir():
        problems.append(
            LoadProblem(
                folder,
                "",
                Message(_CTX, QT_TRANSLATE_NOOP("Playbooks", "This is not a folder.")),
            )
        )
        return []
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".toml" and p.is_file())
    except OSError as exc:
        problems.append(
            LoadProblem(
                folder,
                "",
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Playbooks", "The folder cannot be read: {detail}"),
                    {"detail": str(exc)},
                ),
            )
        )
        return []
