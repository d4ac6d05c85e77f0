"""The firm register: create, edit, soft delete and restore, find.

Every write validates first and writes nothing when a field is wrong; each public
function opens one session and commits once, with its audit entry in the same
transaction.
"""

from __future__ import annotations

import contextlib
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.clock import utcnow
from db.driver import DriverConnection
from db.models import Firm
from desktop.core import audit, firm_list
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.firm_list import FirmQuery, FirmRow, Reads
from desktop.core.reference import Reference, reference
from desktop.core.sme import SmeStatus, sme_status
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.core.validation import (
    CTX,
    MAX_EMPLOYEES,
    MAX_YEN,
    check_corporate_number,
    check_email,
    check_founded_year,
    check_length,
    check_no_control,
    check_non_negative,
    check_percentage,
    check_phone,
    check_postal_code,
    check_required,
    check_text,
    normalize_digits,
)

ENTITY = "firm"

TEXT_LIMITS = {
    "name": 200,
    "name_kana": 200,
    "city": 100,
    "address": 300,
    "contact_name": 100,
    "phone": 30,
    "email": 200,
    "main_products": 1000,
    "overseas_markets": 300,
    "notes": 20000,
}


@dataclass(frozen=True)
class FirmInput:
    """What a person can type about a firm; derived facts (SME status) are not here."""

    name: str
    prefecture_code: str
    kind: str = "company"
    name_kana: str = ""
    corporate_number: str = ""
    city: str = ""
    address: str = ""
    postal_code: str = ""
    industry: str | None = None
    employees: int | None = None
    capital_yen: int | None = None
    founded_year: int | None = None
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    main_products: str = ""
    subcontract_share: int | None = None
    overseas_markets: str = ""
    notes: str = ""

    def normalized(self) -> FirmInput:
        values = asdict(self)
        for key, value in values.items():
            if isinstance(value, str) and key != "notes":
                values[key] = value.strip()
        for key in ("postal_code", "phone", "corporate_number"):
            if isinstance(values[key], str):
                values[key] = normalize_digits(values[key])
        if isinstance(values["email"], str):
            values["email"] = unicodedata.normalize("NFKC", values["email"])
        values["industry"] = values["industry"] or None
        return FirmInput(**values)

    def column_values(self) -> dict[str, Any]:
        values = asdict(self)
        values["corporate_number"] = self.corporate_number or None
        return values


FIRM_FIELDS = tuple(f.name for f in fields(FirmInput))


def validate(
    data: FirmInput, *, today: date | None = None, ref: Reference | None = None
) -> dict[str, Message]:
    """Every problem with ``data``, one message per field."""
    ref = ref or reference()
    today = today or date.today()
    errors: dict[str, Message] = {}

    def put(field: str, message: Message | None) -> None:
        if message is not None and field not in errors:
            errors[field] = message

    for field in (*TEXT_LIMITS, "corporate_number", "postal_code", "prefecture_code", "kind"):
        put(field, check_text(getattr(data, field)))
    if errors:
        return errors
    put("name", check_required(data.name))
    for field, limit in TEXT_LIMITS.items():
        value = getattr(data, field)
        put(field, check_length(value, limit))
        if field != "notes":
            put(field, check_no_control(value))
    put("corporate_number", check_corporate_number(data.corporate_number))
    put("postal_code", check_postal_code(data.postal_code))
    put("phone", check_phone(data.phone))
    put("email", check_email(data.email))
    put("employees", check_non_negative(data.employees, MAX_EMPLOYEES))
    put("capital_yen", check_non_negative(data.capital_yen, MAX_YEN))
    put("subcontract_share", check_percentage(data.subcontract_share))
    put("founded_year", check_founded_year(data.founded_year, today))
    if data.prefecture_code not in ref.prefectures:
        put(
            "prefecture_code", Message(CTX, QT_TRANSLATE_NOOP("Validation", "Choose a prefecture."))
        )
    if data.industry is not None and data.industry not in ref.industries:
        put("industry", Message(CTX, QT_TRANSLATE_NOOP("Validation", "Unknown industry division.")))
    if data.kind not in ref.firm_kinds:
        put("kind", Message(CTX, QT_TRANSLATE_NOOP("Validation", "Unknown kind of client.")))
    return errors


def _duplicate_error(session: Session, number: str, exclude: uuid.UUID | None) -> Message | None:
    if not number:
        return None
    stmt = select(Firm).where(Firm.corporate_number == number, Firm.deleted_at.is_(None))  # type: ignore[union-attr]
    if exclude is not None:
        stmt = stmt.where(Firm.id != exclude)
    other = session.exec(stmt).first()
    if other is None:
        return None
    return Message(
        CTX,
        QT_TRANSLATE_NOOP("Validation", "Another firm already has this Corporate Number: {name}."),
        {"name": other.name},
    )


def corporate_number_owner(
    engine: Engine, number: str, *, exclude: uuid.UUID | None = None
) -> Message | None:
    """The message saving would give because another firm holds ``number``, if any.

    Lets the form say so when the user leaves the field rather than only on save, by
    the very rule saving applies. A number that is wrong on its own (length, check
    digit) has its own message and is not looked up; ``exclude`` is the firm being
    edited, whose own number is no conflict.
    """
    number = normalize_digits(number)
    if not number or check_corporate_number(number) is not None:
        return None
    with Session(engine) as session:
        return _duplicate_error(session, number, exclude)


def _firm_values(firm: Firm) -> dict[str, Any]:
    return {name: getattr(firm, name) for name in FIRM_FIELDS}


def create_firm(engine: Engine, data: FirmInput, *, actor: str | None = None) -> uuid.UUID:
    data = data.normalized()
    errors = validate(data)
    with Session(engine) as session:
        duplicate = _duplicate_error(session, data.corporate_number, None)
        if duplicate and "corporate_number" not in errors:
            errors["corporate_number"] = duplicate
        if errors:
            raise ValidationError(errors)
        firm = Firm(**data.column_values())
        session.add(firm)
        audit.record(
            session,
            entity=ENTITY,
            entity_id=firm.id,
            action="create",
            changes=audit.diff({}, _firm_values(firm)),
            actor=actor,
        )
        session.commit()
        return firm.id


def _get(session: Session, firm_id: uuid.UUID) -> Firm:
    firm = session.get(Firm, firm_id)
    if firm is None:
        raise NotFoundError(Message("Firms", QT_TRANSLATE_NOOP("Firms", "No such firm.")))
    return firm


def get_firm(engine: Engine, firm_id: uuid.UUID) -> Firm:
    with Session(engine, expire_on_commit=False) as session:
        firm = _get(session, firm_id)
        session.expunge(firm)
        return firm


def firm_input(firm: Firm) -> FirmInput:
    values = _firm_values(firm)
    values["corporate_number"] = values["corporate_number"] or ""
    return FirmInput(**values)


def update_firm(
    engine: Engine, firm_id: uuid.UUID, data: FirmInput, *, actor: str | None = None
) -> bool:
    """Save ``data`` over the firm; returns False when nothing changed."""
    data = data.normalized()
    errors = validate(data)
    with Session(engine) as session:
        firm = _get(session, firm_id)
        duplicate = _duplicate_error(session, data.corporate_number, firm_id)
        if duplicate and "corporate_number" not in errors:
            errors["corporate_number"] = duplicate
        if errors:
            raise ValidationError(errors)
        before = _firm_values(firm)
        for key, value in data.column_values().items():
            setattr(firm, key, value)
        changes = audit.diff(before, _firm_values(firm))
        if not changes:
            return False
        firm.updated_at = utcnow()
        audit.record(
            session, entity=ENTITY, entity_id=firm_id, action="update", changes=changes, actor=actor
        )
        session.commit()
        return True


def delete_firm(engine: Engine, firm_id: uuid.UUID, *, actor: str | None = None) -> None:
    """Move the firm to the trash; its consultations and IP stay linked to it."""
    with Session(engine) as session:
        firm = _get(session, firm_id)
        if firm.deleted_at is not None:
            return
        firm.deleted_at = firm.updated_at = utcnow()
        audit.record(session, entity=ENTITY, entity_id=firm_id, action="delete", actor=actor)
        session.commit()


def restore_firm(engine: Engine, firm_id: uuid.UUID, *, actor: str | None = None) -> None:
    with Session(engine) as session:
        firm = _get(session, firm_id)
        if firm.deleted_at is None:
            return
        duplicate = _duplicate_error(session, firm.corporate_number or "", firm_id)
        if duplicate:
            raise ValidationError({"corporate_number": duplicate})
        firm.deleted_at = None
        firm.updated_at = utcnow()
        audit.record(session, entity=ENTITY, entity_id=firm_id, action="restore", actor=actor)
        session.commit()


def sme_of(firm: Firm | FirmInput, ref: Reference | None = None) -> SmeStatus:
    return sme_status(ref or reference(), firm.industry, firm.capital_yen, firm.employees)


# --- listing -------------------------------------------------------------------------
# The queries live in firm_list, on DB-API connections; these run them on the engine.


def reads(engine: Engine) -> Reads:
    """The firm list's reads on ``engine``, one pooled connection per use."""

    @contextlib.contextmanager
    def connect() -> Iterator[Any]:
        with engine.connect() as conn:
            yield DriverConnection(conn)

    return connect


def find_firm_ids(engine: Engine, query: FirmQuery = FirmQuery()) -> list[uuid.UUID]:
    """The ids of the matching firms, in display order."""
    return [uuid.UUID(hex=key) for key in find_firm_keys(engine, query)]


def find_firm_keys(engine: Engine, query: FirmQuery = FirmQuery()) -> list[str]:
    """The matching firms' ids as stored (32 hex digits), in display order."""
    with reads(engine)() as conn:
        return firm_list.keys(conn, query)


def firm_page(engine: Engine, query: FirmQuery, offset: int, limit: int) -> list[FirmRow]:
    """Lines ``offset`` to ``offset + limit`` of the list, in display order."""
    with reads(engine)() as conn:
        return firm_list.page(conn, query, offset, limit)


def fetch_firm_rows(engine: Engine, ids: list[uuid.UUID] | list[str]) -> dict[uuid.UUID, FirmRow]:
    """The list lines of ``ids``, keyed by id (one plain SELECT, no ORM objects)."""
    if not ids:
        return {}
    with reads(engine)() as conn:
        return firm_list.rows_by_id(conn, ids)


def count_firms(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(sa.text("SELECT count(*) FROM firm WHERE deleted_at IS NULL")).scalar_one()
        )
