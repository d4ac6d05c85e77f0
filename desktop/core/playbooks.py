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

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from db.enums import FIRM_KINDS, INDUSTRIES, IP_KINDS, PARTNER_KINDS, SME_TYPES, STAGES, TOPICS
from desktop.core.text import QT_TRANSLATE_NOOP, Message

LANGS = ("ja", "en")

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


def load_default_library() -> Library:
    """The shipped library plus the user's local playbooks, as the app and CLI use them."""
    from desktop.paths import local_playbooks_dir
    from desktop.resources import resource_path

    return load_library(resource_path("playbooks"), local_playbooks_dir())


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
        self.unknown_keys(value, frozenset(LANGS), f"{field_path}.")
        texts: dict[str, str] = {}
        for lang in LANGS:
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
        if len(texts) != len(LANGS):
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
