"""Classifying a firm by how it uses IP, and keeping every classification.

The rules follow IP Strategic Program 2017, II.2 (i) "IP Utilization among Local SMEs",
which (after the 2015 and 2016 programmes) tells two kinds of SME apart and sorts the
support they need into three stages. In our words:

* An **IP use challenger type** firm sets out to get rights for what it has created and
  then puts those rights to work in developing, making and selling its own products,
  including when it grows into new markets at home or abroad.
* An **IP use developing type** firm has little it could register (technology above all),
  thinks little about IP, keeps to the same products, channels and customers, and is
  often working as a subcontractor.
* Support runs in three stages: 1 awareness, 2 IP strategy, 3 IP practice (protecting
  and using rights). With the two types this gives the plan's matrix, cells A1-A3 for
  challengers and B1-B3 for developing firms.

The questionnaire turns those portraits into answers a consultant can give after one
conversation, and the rules below are deliberately few, so that the reasons shown next to
the result are the whole story and a consultant can disagree with them in writing.

Type (both conditions are needed for a challenger, as the plan's definition has two
halves: getting rights, and using them in the firm's own business):

============  ==============================================================================
condition     met when
============  ==============================================================================
seeks rights  ``rights`` is ``pursuing`` or ``holds``
uses them     ``expansion`` is ``domestic`` or ``overseas``, or the firm has ``own_products``
              and is not *tied to subcontracting*
tied          ``subcontract_share`` >= 50 and ``fixed_customers``: half or more of the work is
              done to the orders of a fixed set of customers, the subcontractor position the
              plan describes; its own products are then a side line, not yet its business
============  ==============================================================================

challenger = seeks rights and uses them; developing otherwise. The 50 % line: at half or
more, most of what the firm does is specified by others; below half, its own line is the
larger part. A firm that is expanding uses its rights in expansion whatever its share.

Stage (a ladder: each stage needs the one before, because practice without anyone who
cares about IP is luck rather than practice, and support then has to start at awareness):

=====  ==========================================================================
stage  met when
=====  ==========================================================================
1      otherwise: management does not see IP as a management matter and nobody in
       the firm is in charge of IP
2      ``ip_awareness`` or ``ip_owner``
3      stage 2, and ``rights`` is ``holds`` and ``knowhow_managed``: both registered
       rights and secret know-how are being protected, so the work is practical
=====  ==========================================================================

Every classification is stored with its answers, its reasons and the consultant's final
type and stage (an override needs a written reason), and none is ever replaced: a firm
that moves from developing to challenger is the counter's best outcome, counted from the
history (``count_transition_firms``). The final values, not the computed ones, count: the consultant
who knows the firm has the last word, and has had to say why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.text import QT_TRANSLATE_NOOP, Message

CTX = "Assessment"

CHALLENGER = "challenger"
DEVELOPING = "developing"

# Half or more of the work done to fixed customers' orders: see the module docstring.
SUBCONTRACT_LINE = 50

PLAN_SECTION = "IP Strategic Program 2017, II.2 (i) IP Utilization among Local SMEs"

TYPE_LABELS: dict[str, str] = {
    CHALLENGER: QT_TRANSLATE_NOOP("Assessment", "IP use challenger type"),
    DEVELOPING: QT_TRANSLATE_NOOP("Assessment", "IP use developing type"),
}
STAGE_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Assessment", "1 Awareness"),
    2: QT_TRANSLATE_NOOP("Assessment", "2 IP strategy"),
    3: QT_TRANSLATE_NOOP("Assessment", "3 IP practice"),
}


class Rights(StrEnum):
    NONE = "none"
    PURSUING = "pursuing"
    HOLDS = "holds"


class Expansion(StrEnum):
    NONE = "none"
    DOMESTIC = "domestic"
    OVERSEAS = "overseas"


# --- the questionnaire --------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    value: str | bool
    label: str


@dataclass(frozen=True)
class Question:
    """One question; ``key`` is the name of the matching ``Answers`` field.

    ``kind`` tells a form which widget fits: ``choice`` (one of ``choices``), ``yes_no``
    (a boolean) or ``percent`` (a whole number from 0 to 100).
    """

    key: str
    text: str
    kind: str
    choices: tuple[Choice, ...] = ()


_YES_NO = (
    Choice(True, QT_TRANSLATE_NOOP("Assessment", "Yes")),
    Choice(False, QT_TRANSLATE_NOOP("Assessment", "No")),
)

QUESTIONS: tuple[Question, ...] = (
    Question(
        "rights",
        QT_TRANSLATE_NOOP(
            "Assessment",
            "Does the firm hold or seek IP rights (patents, utility models, designs, "
            "trademarks, plant varieties …)?",
        ),
        "choice",
        (
            Choice(
                Rights.NONE.value,
                QT_TRANSLATE_NOOP("Assessment", "No, it neither holds nor seeks any"),
            ),
            Choice(
                Rights.PURSUING.value,
                QT_TRANSLATE_NOOP("Assessment", "Seeking them (application prepared or pending)"),
            ),
            Choice(Rights.HOLDS.value, QT_TRANSLATE_NOOP("Assessment", "Holds registered rights")),
        ),
    ),
    Question(
        "own_products",
        QT_TRANSLATE_NOOP(
            "Assessment", "Does the firm have products of its own that it develops itself?"
        ),
        "yes_no",
        _YES_NO,
    ),
    Question(
        "expansion",
        QT_TRANSLATE_NOOP("Assessment", "Is the firm expanding its sales channels?"),
        "choice",
        (
            Choice(
                Expansion.NONE.value,
                QT_TRANSLATE_NOOP("Assessment", "No, it keeps to its present channels"),
            ),
            Choice(
                Expansion.DOMESTIC.value,
                QT_TRANSLATE_NOOP("Assessment", "Yes, new channels in Japan"),
            ),
            Choice(
                Expansion.OVERSEAS.value,
                QT_TRANSLATE_NOOP("Assessment", "Yes, including overseas"),
            ),
        ),
    ),
    Question(
        "ip_awareness",
        QT_TRANSLATE_NOOP("Assessment", "Does management treat IP as part of running the firm?"),
        "yes_no",
        _YES_NO,
    ),
    Question(
        "ip_owner",
        QT_TRANSLATE_NOOP("Assessment", "Is someone inside the firm in charge of IP?"),
        "yes_no",
        _YES_NO,
    ),
    Question(
        "subcontract_share",
        QT_TRANSLATE_NOOP("Assessment", "What share of its sales comes from subcontract work (%)?"),
        "percent",
    ),
    Question(
        "fixed_customers",
        QT_TRANSLATE_NOOP(
            "Assessment",
            "Does it sell mostly to the same customers through the same channels?",
        ),
        "yes_no",
        _YES_NO,
    ),
    Question(
        "knowhow_managed",
        QT_TRANSLATE_NOOP(
            "Assessment",
            "Is its know-how managed as a trade secret (marked, access limited, staff rules)?",
        ),
        "yes_no",
        _YES_NO,
    ),
)

ANSWERS_VERSION = 1

_CHOOSE_LISTED = QT_TRANSLATE_NOOP("Assessment", "Choose one of the listed answers.")
_YES_OR_NO = QT_TRANSLATE_NOOP("Assessment", "Answer yes or no.")
_PERCENT = QT_TRANSLATE_NOOP("Assessment", "Enter a whole percentage from 0 to 100.")
_MISSING = QT_TRANSLATE_NOOP("Assessment", "This question has no answer.")


def _error(text: str, **params: Any) -> Message:
    return Message(CTX, text, params)


@dataclass(frozen=True)
class Answers:
    """A firm's answers; impossible values are refused here so no rule ever sees them."""

    rights: Rights
    own_products: bool
    expansion: Expansion
    ip_awareness: bool
    ip_owner: bool
    subcontract_share: int
    fixed_customers: bool
    knowhow_managed: bool

    def __post_init__(self) -> None:
        errors: dict[str, Message] = {}
        for name, enum in (("rights", Rights), ("expansion", Expansion)):
            value = getattr(self, name)
            try:
                # Forms hand over the stored string; keep the enum from then on.
                object.__setattr__(self, name, enum(value))
            except ValueError:
                errors[name] = _error(_CHOOSE_LISTED)
        for name in (
            "own_products",
            "ip_awareness",
            "ip_owner",
            "fixed_customers",
            "knowhow_managed",
        ):
            if not isinstance(getattr(self, name), bool):
                errors[name] = _error(_YES_OR_NO)
        share = self.subcontract_share
        # bool is an int in Python; a checkbox value here is a wiring mistake, not 0 or 1 %.
        if isinstance(share, bool) or not isinstance(share, int) or not 0 <= share <= 100:
            errors["subcontract_share"] = _error(_PERCENT)
        if errors:
            raise ValidationError(errors)

    def to_dict(self) -> dict[str, Any]:
        """The stored form: plain JSON values plus a version, so old answers stay readable."""
        data: dict[str, Any] = {"version": ANSWERS_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = value.value if isinstance(value, StrEnum) else value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Answers:
        missing = {f.name: _error(_MISSING) for f in fields(cls) if f.name not in data}
        if missing:
            raise ValidationError(missing)
        return cls(**{f.name: data[f.name] for f in fields(cls)})


# --- classification -----------------------------------------------------------------------


@dataclass(frozen=True)
class Classification:
    sme_type: str
    stage: int
    cell: str
    reasons: list[Message]


def cell_of(sme_type: str, stage: int) -> str:
    """The plan's matrix cell: A for challengers, B for developing firms, then the stage."""
    return ("A" if sme_type == CHALLENGER else "B") + str(stage)


# Every reason the rules can give, in one place so the wording can be reviewed as a whole.
_REASONS: dict[str, str] = {
    "holds": QT_TRANSLATE_NOOP("Assessment", "Holds registered IP rights."),
    "pursuing": QT_TRANSLATE_NOOP(
        "Assessment", "Is seeking IP rights (an application is prepared or pending)."
    ),
    "no_rights": QT_TRANSLATE_NOOP("Assessment", "Holds no IP rights and is not seeking any."),
    "overseas": QT_TRANSLATE_NOOP("Assessment", "Is expanding its sales, including overseas."),
    "domestic": QT_TRANSLATE_NOOP("Assessment", "Is opening new sales channels in Japan."),
    "own_products": QT_TRANSLATE_NOOP("Assessment", "Has products of its own that it develops."),
    "side_line": QT_TRANSLATE_NOOP(
        "Assessment",
        "Has products of its own, but {share}% of its sales is subcontract work for the same "
        "customers (the line is {line}%), so they are a side line.",
    ),
    "tied": QT_TRANSLATE_NOOP(
        "Assessment",
        "{share}% of its sales is subcontract work for the same customers (the line is {line}%).",
    ),
    "no_products": QT_TRANSLATE_NOOP("Assessment", "Has no products of its own development."),
    "no_expansion": QT_TRANSLATE_NOOP("Assessment", "Keeps to its present sales channels."),
    "fixed_customers": QT_TRANSLATE_NOOP("Assessment", "Sells mostly to the same customers."),
    "challenger": QT_TRANSLATE_NOOP(
        "Assessment",
        "It seeks rights and puts them to work in its own products or in new markets: "
        "IP use challenger type.",
    ),
    "developing_unused": QT_TRANSLATE_NOOP(
        "Assessment",
        "It has or seeks rights but does not yet use them in products of its own or in new "
        "markets: IP use developing type.",
    ),
    "developing_no_rights": QT_TRANSLATE_NOOP(
        "Assessment", "Without rights of its own to build on, it is an IP use developing type."
    ),
    "stage1": QT_TRANSLATE_NOOP(
        "Assessment",
        "Management does not yet treat IP as a management matter and nobody in the firm is in "
        "charge of it: support starts with awareness (stage 1).",
    ),
    "aware": QT_TRANSLATE_NOOP("Assessment", "Management treats IP as part of running the firm."),
    "owner": QT_TRANSLATE_NOOP("Assessment", "Someone in the firm is in charge of IP."),
    "stage3": QT_TRANSLATE_NOOP(
        "Assessment",
        "It holds registered rights and manages its know-how as a secret: support moves to IP "
        "practice (stage 3).",
    ),
    "stage2_rights": QT_TRANSLATE_NOOP(
        "Assessment", "It holds no registered rights yet: support stays at IP strategy (stage 2)."
    ),
    "stage2_knowhow": QT_TRANSLATE_NOOP(
        "Assessment",
        "Its know-how is not yet managed as a secret: support stays at IP strategy (stage 2).",
    ),
}


def _reason(key: str, **params: Any) -> Message:
    return Message(CTX, _REASONS[key], params)


def _type_reasons(a: Answers) -> tuple[str, list[Message]]:
    seeks_rights = a.rights is not Rights.NONE
    expanding = a.expansion is not Expansion.NONE
    tied = a.subcontract_share >= SUBCONTRACT_LINE and a.fixed_customers
    own_business = a.own_products and not tied
    share = {"share": a.subcontract_share, "line": SUBCONTRACT_LINE}

    reasons = [_reason(a.rights.value if seeks_rights else "no_rights")]
    if expanding:
        reasons.append(_reason(a.expansion.value))
    if own_business:
        reasons.append(_reason("own_products"))
    elif a.own_products:
        reasons.append(_reason("side_line", **share))
    elif tied:
        reasons.append(_reason("tied", **share))

    if seeks_rights and (expanding or own_business):
        reasons.append(_reason("challenger"))
        return CHALLENGER, reasons

    if not a.own_products and not tied:
        reasons.append(_reason("no_products"))
    if not expanding:
        reasons.append(_reason("no_expansion"))
    if a.fixed_customers and not tied:
        reasons.append(_reason("fixed_customers"))
    reasons.append(_reason("developing_unused" if seeks_rights else "developing_no_rights"))
    return DEVELOPING, reasons


def _stage_reasons(a: Answers) -> tuple[int, list[Message]]:
    if not (a.ip_awareness or a.ip_owner):
        return 1, [_reason("stage1")]
    reasons: list[Message] = []
    if a.ip_awareness:
        reasons.append(_reason("aware"))
    if a.ip_owner:
        reasons.append(_reason("owner"))
    holds = a.rights is Rights.HOLDS
    if holds and a.knowhow_managed:
        reasons.append(_reason("stage3"))
        return 3, reasons
    if not holds:
        reasons.append(_reason("stage2_rights"))
    if not a.knowhow_managed:
        reasons.append(_reason("stage2_knowhow"))
    return 2, reasons


def classify(answers: Answers) -> Classification:
    """Type, stage and cell with the reasons in the order a consultant would explain them."""
    sme_type, type_reasons = _type_reasons(answers)
    stage, stage_reasons = _stage_reasons(answers)
    return Classification(sme_type, stage, cell_of(sme_type, stage), type_reasons + stage_reasons)


# --- storage ------------------------------------------------------------------------------
