"""A record's history as a consultant reads it: labelled fields, named codes, local dates.

The audit log keeps values as the records hold them (``prefecture_code: "15"``,
``topics: ["trademark"]``, consultants by id, times in UTC) so that it stays exact
whatever the reference lists or names become. Shown that way it would read as a
database dump, so this turns each change into the words of the forms it was made in:
the field's label, the prefecture's and topic's names, the consultant's name, the date
in the counter's calendar (with the era when the counter shows eras).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.enums import in_topic_order
from db.models import Consultant, Firm
from desktop.core import audit
from desktop.core.calendar import local_time
from desktop.core.date_words import DateWords
from desktop.core.import_mapping import FIELDS_BY_KEY
from desktop.core.reference import Reference, reference
from desktop.core.text import QT_TRANSLATE_NOOP, Message, list_separator

CTX = "History"
HIDDEN = "…"  # a confidential note changed: that it did, never what it says


def _m(text: str) -> Message:
    return Message(CTX, text)


ACTIONS = {
    "create": _m(QT_TRANSLATE_NOOP("History", "Created")),
    "update": _m(QT_TRANSLATE_NOOP("History", "Changed")),
    "delete": _m(QT_TRANSLATE_NOOP("History", "Moved to trash")),
    "restore": _m(QT_TRANSLATE_NOOP("History", "Restored")),
    "purge": _m(QT_TRANSLATE_NOOP("History", "Deleted for good")),
}

# A firm's fields carry the labels the import mapping gives them, in the firm form's order.
FIRM_ORDER = (  # as desktop.ui.firm_form lays them out
    "kind",
    "name",
    "name_kana",
    "corporate_number",
    "prefecture_code",
    "city",
    "postal_code",
    "address",
    "industry",
    "employees",
    "capital_yen",
    "founded_year",
    "contact_name",
    "phone",
    "email",
    "main_products",
    "subcontract_share",
    "overseas_markets",
    "notes",
)
FIRM_LABELS = {
    key: FIELDS_BY_KEY["prefecture" if key == "prefecture_code" else key].label
    for key in FIRM_ORDER
}

CONSULTATION_LABELS = {
    "started_at": _m(QT_TRANSLATE_NOOP("History", "Date and time")),
    "duration_min": _m(QT_TRANSLATE_NOOP("History", "Duration (min)")),
    "channel": _m(QT_TRANSLATE_NOOP("History", "Channel")),
    "firm_id": _m(QT_TRANSLATE_NOOP("History", "Firm")),
    "consultants": _m(QT_TRANSLATE_NOOP("History", "Consultants")),
    "topics": _m(QT_TRANSLATE_NOOP("History", "Topics")),
    "summary": _m(QT_TRANSLATE_NOOP("History", "Summary")),
    "confidential_notes": _m(QT_TRANSLATE_NOOP("History", "Confidential notes")),
    "outcome": _m(QT_TRANSLATE_NOOP("History", "Outcome")),
    "expert_kind": _m(QT_TRANSLATE_NOOP("History", "Expert involved")),
    "referrals": _m(QT_TRANSLATE_NOOP("History", "Referrals")),
    "followup_on": _m(QT_TRANSLATE_NOOP("History", "Follow-up on")),
    "followup_action": _m(QT_TRANSLATE_NOOP("History", "Follow-up action")),
    "followup_done_at": _m(QT_TRANSLATE_NOOP("History", "Follow-up done")),
    "followup_done_by": _m(QT_TRANSLATE_NOOP("History", "Follow-up done by")),
}

LABELS = {"firm": FIRM_LABELS, "consultation": CONSULTATION_LABELS}


class Change(NamedTuple):
    """One changed field: its label (or its key, for a field no form shows), before, after."""

    field: Message | str
    before: str
    after: str


class Entry(NamedTuple):
    when: str
    who: str
    action: Message
    changes: list[Change]


# The fields that hold a consultant's or a firm's id (``consultants`` a list of them).
NAMED_BY_ID = ("firm_id", "followup_done_by")
NAMED_BY_IDS = ("consultants",)


def names(engine: Engine, raws: Iterable[object]) -> dict[str, str]:
    """The name of the consultant or firm each of ``raws`` is the id of (a firm in the
    trash too), by ``str(raw)``, read in one session.

    Only the ids a record's history holds are looked up: a counter has thousands of
    firms, a consultation one. Text that is no id, or an id of a record purged since,
    reads as its first eight characters, enough to tell two apart.
    """
    keys = {str(raw) for raw in raws}
    found = {key: key[:8] for key in keys}
    ids: dict[uuid.UUID, str] = {}
    for key in keys:
        with contextlib.suppress(ValueError):
            ids[uuid.UUID(key)] = key
    if ids:
        with Session(engine) as session:
            # A consultant's name wins over a firm's, should the two ever share an id.
            for kind in (Firm, Consultant):
                rows = session.exec(select(kind.id, kind.name).where(col(kind.id).in_(ids)))
                for ident, name in rows:
                    found[ids[ident]] = name
    return found


def _ids_named(changes: dict[str, list[Any]]) -> list[object]:
    """The consultant and firm ids ``changes`` holds, before and after."""
    held: list[object] = []
    for key, values in changes.items():
        for value in values:
            if _empty(value):
                continue
            if key in NAMED_BY_ID:
                held.append(value)
            elif key in NAMED_BY_IDS:
                held.extend(value)
    return held


class _Words:
    """What turns a stored value into text: reference lists, names, the calendar."""

    def __init__(self, dates: DateWords, ref: Reference, names_by_id: dict[str, str]) -> None:
        self.dates, self.lang, self.ref = dates, dates.lang, ref
        self._names = names_by_id

    def name(self, raw: object) -> str:
        """The consultant or firm ``raw`` names, as looked up beforehand for the history."""
        key = str(raw)
        return self._names.get(key, key[:8])

    def day(self, raw: object) -> str:
        return self.dates.date(date.fromisoformat(str(raw)[:10]))

    def moment(self, raw: object, *, utc: bool) -> str:
        when = datetime.fromisoformat(str(raw))
        if utc:  # done-at times are stored in UTC; the consultation's own time is local
            when = local_time(when)
        return self.dates.moment(when)

    def joined(self, values: list[str]) -> str:
        return list_separator(self.lang).join(values)

    def referral(self, raw: str) -> str:
        """``direction:partner:organisation:status`` in the words of the referral table."""
        direction, partner, rest = [*raw.split(":", 2), "", ""][:3]
        organisation, _, status = rest.rpartition(":")  # the organisation may hold a colon
        ref, lang = self.ref, self.lang
        words = [
            ref.referral_directions.label(direction, lang),
            ref.partners.label(partner, lang),
            organisation,
        ]
        status_text = ref.referral_statuses.label(status, lang)
        return " ".join(w for w in words if w) + f" ({status_text})"


def _number(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _formatters(words: _Words) -> dict[str, Callable[[Any], str]]:
    ref, lang = words.ref, words.lang
    return {
        "prefecture_code": lambda v: ref.prefectures.label(v, lang),
        "industry": lambda v: f"{v} {ref.industries.label(v, lang)}",
        "kind": lambda v: ref.firm_kinds.label(v, lang),
        "employees": _number,
        "capital_yen": _number,
        "channel": lambda v: ref.channels.label(v, lang),
        "expert_kind": lambda v: ref.expert_kinds.label(v, lang),
        "topics": lambda v: words.joined([ref.topics.label(t, lang) for t in in_topic_order(v)]),
        "consultants": lambda v: words.joined(sorted(words.name(i) for i in v)),  # kept by id
        "referrals": lambda v: words.joined([words.referral(r) for r in v]),
        "firm_id": words.name,
        "followup_done_by": words.name,
        "started_at": lambda v: words.moment(v, utc=False),
        "followup_done_at": lambda v: words.moment(v, utc=True),
        "followup_on": words.day,
    }


def _empty(value: object) -> bool:
    return value is None or value == "" or value == []


def entries(engine: Engine, entity: str, entity_id: uuid.UUID, dates: DateWords) -> list[Entry]:
    """The record's changes, newest first, each field in the order its form shows it.

    A field empty before and after is left out, so a new record lists what was
    filled in, not every field it has.
    """
    labels = LABELS.get(entity, {})
    order = {key: n for n, key in enumerate(labels)}
    logged = audit.history(engine, entity, entity_id)
    named = names(engine, [raw for entry in logged for raw in _ids_named(entry.changes)])
    words = _Words(dates, reference(), named)
    formats = _formatters(words)

    def text(key: str, value: object) -> str:
        if _empty(value):
            return ""
        if key == "confidential_notes":
            return HIDDEN
        shown = formats.get(key)
        return shown(value) if shown else _number(value)

    found = []
    for entry in logged:
        changes = [
            Change(labels.get(key, key), text(key, old), text(key, new))
            for key, (old, new) in sorted(
                entry.changes.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
            )
            if not (_empty(old) and _empty(new))
        ]
        when = words.moment(entry.at.isoformat(), utc=True)
        found.append(Entry(when, entry.actor, ACTIONS[entry.action], changes))
    return found
