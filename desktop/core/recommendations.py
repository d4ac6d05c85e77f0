"""Which playbooks to suggest for a firm, and why, in words a consultant can check.

The ranking is a plain points table rather than anything learned, because a consultant has
to be able to read the reasons, agree or disagree, and get the same answer tomorrow. Each
rule that fires adds points and (when it speaks for the playbook) one reason:

==========================  =====================================================  ==========
rule                        condition                                              points
==========================  =====================================================  ==========
type                        playbook is for one type only and it is the firm's     +3
                            ... and it is the other type                           -4
stage                       playbook names the firm's stage (one stage / two)      +3 / +2
                            ... not the firm's stage (per stage of distance)       -2
firm kind                   playbook names the firm's kind (e.g. association)      +4
                            ... not the firm's kind                                -5
industry                    playbook names the firm's JSIC division                +1
topics                      recent consultations on the playbook's main topic      +3 each
                            ... on its other topics                                +1 each
                            (each topic counts at most 5 consultations; all topics
                            together at most 15 points)
IP held                     the firm holds a registered right of a playbook kind   +3
                            ... has one filed / in preparation or an idea          +2 / +1
                            (at most 6 points over all kinds)
traits                      each playbook trait the firm shows                     +2
==========================  =====================================================  ==========

A rule that does not narrow (an empty audience list, an unknown type or stage) scores zero.
Only playbooks scoring at least ``MIN_SCORE`` are returned, so the industry alone (a hint, not
a need) never puts a playbook on the list. Best first; ties go to the playbook key so the order
never depends on load order.

Reasons are ``Message`` objects with English source text; every enum value gets its own
sentence (not a ``{topic}`` placeholder) so that the whole reason translates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from db.enums import FIRM_KINDS, INDUSTRIES, IP_KINDS, IP_STATUSES, SME_TYPES, STAGES, TOPICS
from desktop.core.playbooks import Library, Playbook
from desktop.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "Recommendations"

TYPE_MATCH, TYPE_MISMATCH = 3, -4
STAGE_MATCH_ONE, STAGE_MATCH_TWO, STAGE_MISMATCH_PER_STEP = 3, 2, -2
FIRM_KIND_MATCH, FIRM_KIND_MISMATCH = 4, -5
INDUSTRY_MATCH = 1
TOPIC_MAIN, TOPIC_OTHER, TOPIC_COUNT_CAP, TOPIC_TOTAL_CAP = 3, 1, 5, 15
IP_REGISTERED, IP_FILED, IP_EARLY, IP_TOTAL_CAP = 3, 2, 1, 6
TRAIT_MATCH = 2
MIN_SCORE = 2

SUBCONTRACTOR_SHARE = 50  # percent of sales from subcontracting that makes a subcontractor

# Kinds that are registered rights (trade secrets and copyright are not filed anywhere).
RIGHT_KINDS = (
    "patent",
    "utility_model",
    "design",
    "trademark",
    "regional_trademark",
    "gi",
    "plant_variety",
)

_TYPE_REASONS = {
    "challenger": QT_TRANSLATE_NOOP("Recommendations", "Matches the firm's type: challenger"),
    "developing": QT_TRANSLATE_NOOP("Recommendations", "Matches the firm's type: developing"),
}

_STAGE_REASONS = {
    1: QT_TRANSLATE_NOOP("Recommendations", "Fits the firm's support stage: 1 (awareness)"),
    2: QT_TRANSLATE_NOOP("Recommendations", "Fits the firm's support stage: 2 (IP strategy)"),
    3: QT_TRANSLATE_NOOP("Recommendations", "Fits the firm's support stage: 3 (IP practice)"),
}

_FIRM_KIND_REASONS = {
    "company": QT_TRANSLATE_NOOP("Recommendations", "For companies"),
    "sole_proprietor": QT_TRANSLATE_NOOP("Recommendations", "For sole proprietors"),
    "association": QT_TRANSLATE_NOOP("Recommendations", "For associations and producer groups"),
}

_INDUSTRY_REASON = QT_TRANSLATE_NOOP(
    "Recommendations", "Common in the firm's industry (JSIC division {industry})"
)

_TOPIC_REASONS = {
    "patent": QT_TRANSLATE_NOOP("Recommendations", "Recent consultations on patents ({count})"),
    "utility_model": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on utility models ({count})"
    ),
    "design": QT_TRANSLATE_NOOP("Recommendations", "Recent consultations on designs ({count})"),
    "trademark": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on trademarks ({count})"
    ),
    "regional_trademark": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on regional collective trademarks ({count})"
    ),
    "gi": QT_TRANSLATE_NOOP("Recommendations", "Recent consultations on GI ({count})"),
    "plant_variety": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on plant varieties ({count})"
    ),
    "trade_secret": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on trade secrets ({count})"
    ),
    "copyright": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on copyright and content ({count})"
    ),
    "overseas": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on overseas business ({count})"
    ),
    "dispute": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on disputes and infringement ({count})"
    ),
    "licensing": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on licensing ({count})"
    ),
    "financing": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on financing ({count})"
    ),
    "standardization": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on standardization ({count})"
    ),
    "academia": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on collaboration with academia ({count})"
    ),
    "ai_data": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on AI and data ({count})"
    ),
    "other": QT_TRANSLATE_NOOP(
        "Recommendations", "Recent consultations on other IP matters ({count})"
    ),
}

_HELD_REASONS = {
    "patent": QT_TRANSLATE_NOOP("Recommendations", "Holds a registered patent"),
    "utility_model": QT_TRANSLATE_NOOP("Recommendations", "Holds a registered utility model"),
    "design": QT_TRANSLATE_NOOP("Recommendations", "Holds a registered design"),
    "trademark": QT_TRANSLATE_NOOP("Recommendations", "Holds a registered trademark"),
    "regional_trademark": QT_TRANSLATE_NOOP(
        "Recommendations", "Holds a regional collective trademark"
    ),
    "gi": QT_TRANSLATE_NOOP("Recommendations", "Holds a registered GI"),
    "plant_variety": QT_TRANSLATE_NOOP("Recommendations", "Holds a registered plant variety"),
    "trade_secret": QT_TRANSLATE_NOOP("Recommendations", "Keeps trade secrets under management"),
    "copyright": QT_TRANSLATE_NOOP("Recommendations", "Owns copyrighted works or content"),
}

_PENDING_REASONS = {
    "patent": QT_TRANSLATE_NOOP("Recommendations", "Has a patent in the works"),
    "utility_model": QT_TRANSLATE_NOOP("Recommendations", "Has a utility model in the works"),
    "design": QT_TRANSLATE_NOOP("Recommendations", "Has a design in the works"),
    "trademark": QT_TRANSLATE_NOOP("Recommendations", "Has a trademark in the works"),
    "regional_trademark": QT_TRANSLATE_NOOP(
        "Recommendations", "Has a regional collective trademark in the works"
    ),
    "gi": QT_TRANSLATE_NOOP("Recommendations", "Has a GI application in the works"),
    "plant_variety": QT_TRANSLATE_NOOP(
        "Recommendations", "Has a plant variety registration in the works"
    ),
    "trade_secret": QT_TRANSLATE_NOOP("Recommendations", "Is starting to manage its trade secrets"),
    "copyright": QT_TRANSLATE_NOOP("Recommendations", "Is creating works or content"),
}

_TRAIT_REASONS = {
    "overseas_markets": QT_TRANSLATE_NOOP("Recommendations", "Sells or plans to sell abroad"),
    "subcontractor": QT_TRANSLATE_NOOP(
        "Recommendations", "Works mainly as a subcontractor ({share}% of sales)"
    ),
    "no_ip": QT_TRANSLATE_NOOP("Recommendations", "Holds no IP rights yet"),
    "holds_rights": QT_TRANSLATE_NOOP("Recommendations", "Already holds registered IP rights"),
}

_STATUS_POINTS = {
    "registered": IP_REGISTERED,
    "filed": IP_FILED,
    "preparing": IP_EARLY,
    "idea": IP_EARLY,
}


@dataclass(frozen=True)
class HeldIp:
    """One IP asset of the firm, reduced to what ranking needs."""

    kind: str
    status: str

    def __post_init__(self) -> None:
        if self.kind not in IP_KINDS:
            raise ValueError(f"unknown IP kind {self.kind!r}")
        if self.status not in IP_STATUSES:
            raise ValueError(f"unknown IP status {self.status!r}")


@dataclass(frozen=True)
class FirmProfile:
    """What the counter knows about a firm that bears on which playbook to follow next.

    ``recent_topics`` counts the firm's consultations per topic over a recent window (the
    caller chooses it; twelve months is the default the UI uses). ``subcontract_share`` is a
    percentage, as stored on the firm.
    """

    sme_type: str | None = None
    stage: int | None = None
    firm_kind: str = "company"
    ip_assets: tuple[HeldIp, ...] = ()
    recent_topics: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    has_overseas_markets: bool = False
    industry: str | None = None
    subcontract_share: int | None = None

    def __post_init__(self) -> None:
        if self.sme_type is not None and self.sme_type not in SME_TYPES:
            raise ValueError(f"unknown SME type {self.sme_type!r}")
        if self.stage is not None and self.stage not in STAGES:
            raise ValueError(f"unknown stage {self.stage!r}")
        if self.firm_kind not in FIRM_KINDS:
            raise ValueError(f"unknown firm kind {self.firm_kind!r}")
        if self.industry is not None and self.industry not in INDUSTRIES:
            raise ValueError(f"unknown industry {self.industry!r}")
        unknown = [t for t in self.recent_topics if t not in TOPICS]
        if unknown:
            raise ValueError(f"unknown topics {unknown!r}")
        # Freeze the mapping so a profile can be shared between threads and cached.
        object.__setattr__(self, "recent_topics", MappingProxyType(dict(self.recent_topics)))
        object.__setattr__(self, "ip_assets", tuple(self.ip_assets))

    def traits(self) -> frozenset[str]:
        traits: set[str] = set()
        if self.has_overseas_markets:
            traits.add("overseas_markets")
        if self.subcontract_share is not None and self.subcontract_share >= SUBCONTRACTOR_SHARE:
            traits.add("subcontractor")
        rights = [a for a in self.ip_assets if a.kind in RIGHT_KINDS]
        if not any(a.status in ("filed", "registered") for a in rights):
            traits.add("no_ip")
        if any(a.status == "registered" for a in rights):
            traits.add("holds_rights")
        return frozenset(traits)

    def best_status_points(self) -> dict[str, int]:
        """Per IP kind, the points of the furthest-advanced live asset of that kind."""
        best: dict[str, int] = {}
        for asset in self.ip_assets:
            points = _STATUS_POINTS.get(asset.status, 0)
            if points > best.get(asset.kind, 0):
                best[asset.kind] = points
        return best


@dataclass(frozen=True)
class Recommendation:
    playbook: Playbook
    score: int
    reasons: tuple[Message, ...]


def recommend(
    library: Library,
    profile: FirmProfile,
    limit: int | None = 5,
    *,
    exclude: Iterable[str] = (),
) -> list[Recommendation]:
    """Rank the library for one firm; ``exclude`` holds keys the firm already follows."""
    skipped = set(exclude)
    ranked = []
    for playbook in library.playbooks:
        if playbook.key in skipped:
            continue
        score, reasons = score_playbook(playbook, profile)
        if score >= MIN_SCORE and reasons:
            ranked.append(Recommendation(playbook=playbook, score=score, reasons=reasons))
    ranked.sort(key=lambda r: (-r.score, r.playbook.key))
    return ranked if limit is None else ranked[:limit]


def score_playbook(playbook: Playbook, profile: FirmProfile) -> tuple[int, tuple[Message, ...]]:
    """Points and reasons for one playbook; reasons come strongest first."""
    audience = playbook.audience
    score = 0
    found: list[tuple[int, int, Message]] = []  # (points, rule order, reason)

    def add(points: int, text: str | None = None, **params: object) -> None:
        nonlocal score
        score += points
        if text is not None and points > 0:
            found.append((points, len(found), Message(_CTX, text, dict(params))))

    # Type: only a playbook written for one type says anything about the firm's type.
    if profile.sme_type is not None and 0 < len(audience.types) < len(SME_TYPES):
        if profile.sme_type in audience.types:
            add(TYPE_MATCH, _TYPE_REASONS[profile.sme_type])
        else:
            add(TYPE_MISMATCH)

    if profile.stage is not None and 0 < len(audience.stages) < len(STAGES):
        if profile.stage in audience.stages:
            points = STAGE_MATCH_ONE if len(audience.stages) == 1 else STAGE_MATCH_TWO
            add(points, _STAGE_REASONS[profile.stage])
        else:
            distance = min(abs(profile.stage - s) for s in audience.stages)
            add(STAGE_MISMATCH_PER_STEP * distance)

    if 0 < len(audience.firm_kinds) < len(FIRM_KINDS):
        if profile.firm_kind in audience.firm_kinds:
            add(FIRM_KIND_MATCH, _FIRM_KIND_REASONS[profile.firm_kind])
        else:
            add(FIRM_KIND_MISMATCH)

    if profile.industry is not None and profile.industry in audience.industries:
        add(INDUSTRY_MATCH, _INDUSTRY_REASON, industry=profile.industry)

    topic_points = 0
    for i, topic in enumerate(audience.topics):
        count = profile.recent_topics.get(topic, 0)
        if count <= 0:
            continue
        weight = TOPIC_MAIN if i == 0 else TOPIC_OTHER
        points = min(weight * min(count, TOPIC_COUNT_CAP), TOPIC_TOTAL_CAP - topic_points)
        topic_points += points
        add(points, _TOPIC_REASONS[topic], count=count)

    ip_points = 0
    best = profile.best_status_points()
    for kind in audience.ip_kinds:
        earned = best.get(kind, 0)
        if earned <= 0:
            continue
        points = min(earned, IP_TOTAL_CAP - ip_points)
        ip_points += points
        text = _HELD_REASONS[kind] if earned == IP_REGISTERED else _PENDING_REASONS[kind]
        add(points, text)

    traits = profile.traits()
    for trait in audience.traits:
        if trait in traits:
            params = {"share": profile.subcontract_share} if trait == "subcontractor" else {}
            add(TRAIT_MATCH, _TRAIT_REASONS[trait], **params)

    found.sort(key=lambda item: (-item[0], item[1]))
    return score, tuple(message for _, _, message in found)
