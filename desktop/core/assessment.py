"""Storing assessments: every one kept, overrides with a reason, transitions counted.

The questionnaire and the classification rules live in ``assessment_rules``; this
module writes and reads the history. A firm moving from developing to challenger is the
counter's best outcome, counted from the history with the consultant's final values:
``count_transition_firms`` gives the one figure the dashboard, the reports and the HQ
workbook show, and ``transition_firms`` the firms behind it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, func, select

from db.clock import utcnow
from db.enums import SME_TYPES, STAGES
from db.models import Assessment, Consultant, Firm
from desktop.core import audit
from desktop.core.assessment_rules import (  # re-exported: callers use one module
    ANSWERS_VERSION,
    CHALLENGER,
    CTX,
    DEVELOPING,
    PLAN_SECTION,
    QUESTIONS,
    STAGE_LABELS,
    SUBCONTRACT_LINE,
    TYPE_LABELS,
    Answers,
    Choice,
    Classification,
    Expansion,
    Question,
    Rights,
    _error,
    cell_of,
    classify,
)
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.text import QT_TRANSLATE_NOOP, Message

__all__ = [
    "ANSWERS_VERSION",
    "CHALLENGER",
    "CTX",
    "DEVELOPING",
    "PLAN_SECTION",
    "QUESTIONS",
    "STAGE_LABELS",
    "SUBCONTRACT_LINE",
    "TYPE_LABELS",
    "Answers",
    "AssessmentRecord",
    "Choice",
    "Classification",
    "Expansion",
    "Question",
    "Rights",
    "cell_of",
    "classify",
    "count_transition_firms",
    "history",
    "latest",
    "record_assessment",
    "transition_firms",
]


@dataclass(frozen=True)
class AssessmentRecord:
    """A stored assessment as the UI and exports see it: decoded, no ORM object attached."""

    id: uuid.UUID
    firm_id: uuid.UUID
    assessed_on: date
    consultant_id: uuid.UUID | None
    answers: Answers
    reasons: list[Message]
    computed_type: str
    computed_stage: int
    sme_type: str
    stage: int
    override_reason: str | None
    created_at: datetime

    @property
    def cell(self) -> str:
        return cell_of(self.sme_type, self.stage)

    @property
    def computed_cell(self) -> str:
        return cell_of(self.computed_type, self.computed_stage)

    @property
    def overridden(self) -> bool:
        return (self.sme_type, self.stage) != (self.computed_type, self.computed_stage)


def encode_reasons(reasons: Sequence[Message]) -> str:
    """Reasons as stored in ``assessment.reasons``: JSON, rendered late in either language."""
    return json.dumps(
        [{"context": m.context, "text": m.text, "params": dict(m.params)} for m in reasons],
        ensure_ascii=False,
    )


def _decode_reasons(raw: str) -> list[Message]:
    return [Message(r["context"], r["text"], dict(r.get("params", {}))) for r in json.loads(raw)]


def _to_record(row: Assessment) -> AssessmentRecord:
    return AssessmentRecord(
        id=row.id,
        firm_id=row.firm_id,
        assessed_on=row.assessed_on,
        consultant_id=row.consultant_id,
        answers=Answers.from_dict(json.loads(row.answers)),
        reasons=_decode_reasons(row.reasons),
        computed_type=row.computed_type,
        computed_stage=row.computed_stage,
        sme_type=row.sme_type,
        stage=row.stage,
        override_reason=row.override_reason,
        created_at=row.created_at,
    )


_AUDITED = (
    "firm_id",
    "assessed_on",
    "consultant_id",
    "computed_type",
    "computed_stage",
    "sme_type",
    "stage",
    "override_reason",
)


def _check_override(
    computed: Classification,
    override_type: str | None,
    override_stage: int | None,
    override_reason: str | None,
) -> tuple[str, int, str | None, dict[str, Message]]:
    errors: dict[str, Message] = {}
    if override_type is not None and override_type not in SME_TYPES:
        errors["override_type"] = _error(
            QT_TRANSLATE_NOOP("Assessment", "Choose the challenger or the developing type.")
        )
    if override_stage is not None and (
        isinstance(override_stage, bool) or override_stage not in STAGES
    ):
        errors["override_stage"] = _error(
            QT_TRANSLATE_NOOP("Assessment", "Choose stage 1, 2 or 3.")
        )
    final_type = override_type if override_type is not None else computed.sme_type
    final_stage = override_stage if override_stage is not None else computed.stage
    reason = (override_reason or "").strip() or None
    if (final_type, final_stage) != (computed.sme_type, computed.stage) and reason is None:
        errors["override_reason"] = _error(
            QT_TRANSLATE_NOOP(
                "Assessment", "Write why you change the result: an override needs a reason."
            )
        )
    return final_type, final_stage, reason, errors


def record_assessment(
    engine: Engine,
    firm_id: uuid.UUID,
    answers: Answers,
    *,
    assessed_on: date,
    consultant_id: uuid.UUID | None = None,
    override_type: str | None = None,
    override_stage: int | None = None,
    override_reason: str | None = None,
    actor: str | None = None,
) -> AssessmentRecord:
    """Classify and store in one transaction, with its audit entry, or store nothing.

    A reason is needed only when the final type or stage differs from the computed one; a
    reason given without such a difference is kept, as the consultant's note on agreeing.
    """
    computed = classify(answers)
    final_type, final_stage, reason, errors = _check_override(
        computed, override_type, override_stage, override_reason
    )
    if not isinstance(assessed_on, date) or isinstance(assessed_on, datetime):
        errors["assessed_on"] = _error(QT_TRANSLATE_NOOP("Assessment", "Enter a date."))
    if errors:
        raise ValidationError(errors)

    with Session(engine) as session:
        firm = session.get(Firm, firm_id)
        if firm is None or firm.deleted_at is not None:
            raise NotFoundError(
                _error(QT_TRANSLATE_NOOP("Assessment", "The firm does not exist or was deleted."))
            )
        if consultant_id is not None:
            consultant = session.get(Consultant, consultant_id)
            if consultant is None or consultant.deleted_at is not None:
                raise NotFoundError(
                    _error(
                        QT_TRANSLATE_NOOP(
                            "Assessment", "The consultant does not exist or was deleted."
                        )
                    )
                )
        # Two assessments on one day are ordered by creation time: keep it strictly
        # increasing per firm even when the clock is coarse, so "latest" is never a tie.
        last = session.exec(
            select(func.max(Assessment.created_at)).where(col(Assessment.firm_id) == firm_id)
        ).one()
        now = utcnow()
        if last is not None and now <= last:
            now = last + timedelta(microseconds=1)
        row = Assessment(
            firm_id=firm_id,
            assessed_on=assessed_on,
            consultant_id=consultant_id,
            answers=json.dumps(answers.to_dict(), sort_keys=True),
            reasons=encode_reasons(computed.reasons),
            computed_type=computed.sme_type,
            computed_stage=computed.stage,
            sme_type=final_type,
            stage=final_stage,
            override_reason=reason,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        after = {name: getattr(row, name) for name in _AUDITED}
        after["answers"] = answers.to_dict()
        audit.record(
            session,
            entity="assessment",
            entity_id=row.id,
            action="create",
            changes=audit.diff({}, after),
            actor=actor,
        )
        session.commit()
        session.refresh(row)
        return _to_record(row)


# --- reads --------------------------------------------------------------------------------


def _newest_first() -> tuple[Any, ...]:
    return (
        col(Assessment.assessed_on).desc(),
        col(Assessment.created_at).desc(),
        col(Assessment.id).desc(),
    )


def history(engine: Engine, firm_id: uuid.UUID) -> list[AssessmentRecord]:
    """Every live assessment of a firm, newest first (a deleted firm's history stays readable)."""
    with Session(engine) as session:
        rows = session.exec(
            select(Assessment)
            .where(col(Assessment.firm_id) == firm_id, col(Assessment.deleted_at).is_(None))
            .order_by(*_newest_first())
        ).all()
        return [_to_record(r) for r in rows]


def latest(engine: Engine, firm_id: uuid.UUID) -> AssessmentRecord | None:
    with Session(engine) as session:
        row = session.exec(
            select(Assessment)
            .where(col(Assessment.firm_id) == firm_id, col(Assessment.deleted_at).is_(None))
            .order_by(*_newest_first())
            .limit(1)
        ).first()
        return _to_record(row) if row is not None else None


def _with_previous() -> sa.Subquery:
    """Each live assessment of a live firm next to the type of the one before it."""
    window: dict[str, Any] = {
        "partition_by": col(Assessment.firm_id),
        "order_by": (
            col(Assessment.assessed_on),
            col(Assessment.created_at),
            col(Assessment.id),
        ),
    }
    return (
        select(
            col(Assessment.firm_id).label("firm_id"),
            col(Assessment.assessed_on).label("assessed_on"),
            col(Assessment.sme_type).label("sme_type"),
            func.lag(col(Assessment.sme_type)).over(**window).label("prev_type"),
        )
        .join(Firm, col(Firm.id) == col(Assessment.firm_id))
        .where(col(Assessment.deleted_at).is_(None), col(Firm.deleted_at).is_(None))
        .subquery("assessment_with_previous")
    )


def _transition_filter(sub: sa.Subquery, start: date, end: date) -> tuple[Any, ...]:
    return (
        sub.c.prev_type == DEVELOPING,
        sub.c.sme_type == CHALLENGER,
        sub.c.assessed_on >= start,
        sub.c.assessed_on < end,
    )


def _firms_moved_up(start: date, end: date) -> sa.Select[Any]:
    """The firms behind the figure, one row each: what the figure counts and a click lists.

    The figure counts firms, not moves. The outcome a counter reports is a firm that
    became a challenger, so a firm whose type went back and forth (a reassessment, a
    corrected override) is still one firm, not two successes. It also keeps the figure
    equal to the list of firms the dashboard opens, and it is what the HQ workbook layout
    documents for ``transition``/``developing_to_challenger``. A move is dated by the
    assessment that first shows the firm as a challenger; the developing one before it
    may be older than ``start``. Deleted assessments and deleted firms do not count.

    A firm counts in every period in which it moved, so a year's figure is counted over
    the year, not added up from its months.
    """
    sub = _with_previous()
    return sa.select(sub.c.firm_id).where(*_transition_filter(sub, start, end)).distinct()


def transition_firms(conn: Connection, start: date, end: date) -> list[uuid.UUID]:
    """Firms that moved from developing to challenger in [start, end), each once."""
    moved = _firms_moved_up(start, end).subquery("firms_moved_up")
    return list(conn.execute(sa.select(moved.c.firm_id).order_by(moved.c.firm_id)).scalars())


def count_transition_firms(conn: Connection, start: date, end: date) -> int:
    """How many firms ``transition_firms`` lists, counted in the database."""
    moved = _firms_moved_up(start, end).subquery("firms_moved_up")
    return int(conn.execute(sa.select(func.count()).select_from(moved)).scalar_one())
