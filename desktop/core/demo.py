"""Deterministic, realistic demo data, from a handful of firms to a large counter.

The same seed, size and end date always give the same database. Rows are written in
bulk (one transaction, prepared statements) so that 20,000 firms and 200,000
consultations take seconds, not minutes; the full-text triggers stay on, so the demo
exercises the same index a real counter has.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy.engine import Connection, Engine

from db.clock import utcnow
from desktop.core import demo_words as w
from desktop.core.assessment import encode_reasons
from desktop.core.assessment_rules import (
    CHALLENGER,
    DEVELOPING,
    SUBCONTRACT_LINE,
    Answers,
    Expansion,
    Rights,
    classify,
)
from desktop.core.recommendations import RIGHT_KINDS
from desktop.core.validation import corporate_number_check_digit

ProgressFn = Callable[[str, int, int], None]

_DT = "%Y-%m-%d %H:%M:%S.%f"

_MARKETS = ["台湾", "米国", "中国・ベトナム", "EU"]


@dataclass(frozen=True)
class DemoSize:
    firms: int = 300
    consultations: int = 3000
    months: int = 24


@dataclass(frozen=True)
class DemoResult:
    firms: int
    consultations: int
    consultants: int
    ip_assets: int
    assessments: int


def _hex(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def corporate_number(rng: random.Random) -> str:
    base = f"{rng.randrange(10**12):012d}"
    return f"{corporate_number_check_digit(base)}{base}"


def _dt(value: datetime) -> str:
    return value.strftime(_DT)


def _months_back(end: date, months: int) -> date:
    year, month = end.year, end.month - months
    while month <= 0:
        month += 12
        year -= 1
    return date(year, month, 1)


class _Gen:
    def __init__(self, seed: int, end: date, size: DemoSize) -> None:
        self.rng = random.Random(seed)
        self.end = end
        self.start = _months_back(end, size.months - 1)
        self.size = size
        self.now = _dt(utcnow())
        self.used_numbers: set[str] = set()

    def firm_rows(self, pref_weights: dict[str, int]) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        prefs = list(pref_weights)
        weights = list(pref_weights.values())
        industries = list(w.INDUSTRY_WEIGHTS)
        iweights = list(w.INDUSTRY_WEIGHTS.values())
        for n in range(self.size.firms):
            pref = rng.choices(prefs, weights)[0]
            city, city_kana = rng.choice(w.CITIES[pref])
            head, head_kana = rng.choice(w.NAME_HEADS)
            if n % 25 == 7:
                form, form_kana, industry = rng.choice(w.ASSOCIATION_FORMS)
                region = city.removesuffix("市").removesuffix("区").removesuffix("町")
                name = f"{region}{rng.choice(w.REGIONAL_PRODUCTS)}{form}"
                kana = f"{city_kana.removesuffix('シ').removesuffix('ク')}{form_kana}"
                kind = "association"
                employees = rng.randint(2, 30)
                capital = None
                number = self._number()
            else:
                industry = rng.choices(industries, iweights)[0]
                core, core_kana = rng.choice(w.NAME_CORES[industry])
                suffix, _ = rng.choice(w.SUFFIXES)
                sole = rng.random() < 0.06
                kind = "sole_proprietor" if sole else "company"
                name = (
                    f"{head}{core}"
                    if sole
                    else f"{suffix}{head}{core}"
                    if n % 3 == 0
                    else (f"{head}{core}{suffix}")
                )
                kana = f"{head_kana}{core_kana}"
                employees = int(rng.lognormvariate(2.8, 1.1))
                capital = (
                    None
                    if sole
                    else rng.choice([3, 5, 10, 10, 20, 30, 50, 100, 300, 500]) * 1_000_000
                )
                number = None if sole else self._number()
            products = rng.choice(w.PRODUCTS.get(industry, ["製品"]))
            postal = f"{rng.randrange(100, 999)}-{rng.randrange(10000):04d}"
            block = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            address = f"{rng.choice(w.TOWN_PARTS)}{block}"
            phone = f"0{rng.randint(3, 99)}-{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}"
            subcontract = (
                rng.choice([None, 0, 10, 30, 60, 80, 95]) if kind != "association" else None
            )
            overseas = rng.choice(["", "", "", *_MARKETS])
            yield (
                _hex(rng),
                self.now,
                self.now,
                None,
                kind,
                name,
                kana,
                number,
                pref,
                city,
                address,
                postal,
                industry,
                employees,
                capital,
                rng.randint(1950, self.end.year - 1),
                rng.choice(w.CONTACTS),
                phone,
                "",
                products,
                subcontract,
                overseas,
                "",
            )

    def _number(self) -> str:
        while True:
            number = corporate_number(self.rng)
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def when(self) -> datetime:
        span = (self.end - self.start).days
        day = self.start + timedelta(days=self.rng.randrange(span + 1))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        slot = time(self.rng.randint(9, 16), self.rng.choice([0, 15, 30, 45]))
        return datetime.combine(day, slot)


FIRM_SQL = (
    "INSERT INTO firm (id, created_at, updated_at, deleted_at, kind, name, name_kana,"
    " corporate_number, prefecture_code, city, address, postal_code, industry, employees,"
    " capital_yen, founded_year, contact_name, phone, email, main_products, subcontract_share,"
    " overseas_markets, notes) VALUES (" + ", ".join(["?"] * 23) + ")"
)
_FIRM_BATCH = 2000  # firms written per statement, a progress report after each
CONSULTATION_SQL = (
    "INSERT INTO consultation (id, created_at, updated_at, deleted_at, firm_id, started_at,"
    " duration_min, channel, summary, confidential_notes, outcome, expert_kind, followup_on,"
    " followup_action, followup_done_at, followup_done_by) VALUES (" + ", ".join(["?"] * 16) + ")"
)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _insert(conn: Connection, sql: str, rows: list[tuple[object, ...]]) -> None:
    if rows:
        conn.exec_driver_sql(sql, [tuple(_plain(v) for v in row) for row in rows])


def generate(
    engine: Engine,
    *,
    size: DemoSize = DemoSize(),
    seed: int = 2026,
    end: date | None = None,
    home_prefecture: str = "13",
    progress: ProgressFn | None = None,
) -> DemoResult:
    """Fill ``engine`` with a demo counter; the consultations end at ``end`` (default today)."""
    with engine.connect() as conn:
        # Adding demo data to a database that has some gives new rows (new ids), still
        # the same ones for the same starting database.
        existing = conn.exec_driver_sql("SELECT count(*) FROM firm").scalar_one()
        # A demo of no firms leaves the firm count, and so the draw, as it was: its
        # consultants' ids come round again and must be drawn past.
        taken = {row[0] for row in conn.exec_driver_sql("SELECT id FROM consultant")}
    gen = _Gen(seed + 7919 * int(existing), end or date.today(), size)
    rng = gen.rng
    report = progress or (lambda _stage, _done, _total: None)
    pref_weights = {code: 1 for code in w.CITIES}
    pref_weights[home_prefecture] = 60  # a counter mostly serves its own prefecture

    with engine.begin() as conn:
        consultant_ids = []
        for name, kana in w.CONSULTANTS:
            cid = _hex(rng)
            while cid in taken:
                cid = _hex(rng)
            consultant_ids.append(cid)
            conn.exec_driver_sql(
                "INSERT INTO consultant (id, created_at, updated_at, name, name_kana, email,"
                " active) VALUES (?, ?, ?, ?, ?, '', 1)",
                (cid, gen.now, gen.now, name, kana),
            )

        firms = list(gen.firm_rows(pref_weights))
        # Assessments are made before the firms are written: an assessed firm's record
        # takes what its answers say about it, as it would after a real assessment.
        ip = _assets_and_assessments(gen, firms)
        for start in range(0, len(firms), _FIRM_BATCH):
            _insert(conn, FIRM_SQL, firms[start : start + _FIRM_BATCH])
            if start + _FIRM_BATCH < len(firms):
                report("firms", start + _FIRM_BATCH, size.firms)
        report("firms", len(firms), size.firms)
        ip.insert(conn)
        _playbook_runs(conn, gen, ip.runs)
        _consultations(conn, gen, firms, consultant_ids, report)
    return DemoResult(
        len(firms), size.consultations, len(consultant_ids), len(ip.assets), len(ip.assessments)
    )


# Where a firm row keeps what an assessment asks too (see FIRM_SQL), and its founding year.
_FIRM_SHARE, _FIRM_OVERSEAS = 20, 21
_FIRM_FOUNDED = 15
_ASSET_FILED = 11  # filed_on in an IP asset row (see _IpRows.insert)

# The stage a firm is drawn for, by type, as weights for stages 1, 2 and 3. Most developing
# firms are met at awareness and most challengers already protect what they make, but a
# counter also meets challengers where nobody yet treats IP as a management matter (A1),
# and subcontractors that hold rights and guard their know-how yet still work to their
# customers' orders (B3).
_STAGE_WEIGHTS = {DEVELOPING: [8, 4, 1], CHALLENGER: [1, 3, 6]}

# How far a right has got: at a busy counter most of a firm's rights are filed or granted.
_RIGHT_STATUSES = [
    "idea",
    "preparing",
    "filed",
    "filed",
    "registered",
    "registered",
    "registered",
    "lapsed",
]
# Trade secrets and copyright are never filed: "registered" is know-how under management
# or a work the firm owns, "preparing" management being set up (as the recommendations
# read them), so they carry no office, number or filing dates.
_UNFILED_STATUSES = {
    "trade_secret": ["idea", "preparing", "registered", "registered"],
    "copyright": ["idea", "registered", "registered", "registered"],
}


# An asset's status, filing date and registration date.
_State = tuple[str, date | None, date | None]


@dataclass(frozen=True)
class _Visit:
    on: date
    answers: Answers


@dataclass(frozen=True)
class _Bounds:
    """What a firm's assessments leave its IP records free to show.

    An assessment is the consultant's picture on its day and the IP tab is today's, so
    they must tell one story: a firm whose latest answer is "neither" has no right past the
    idea, one that does not hold rights has nothing registered (nor lapsed, which it would
    have held), an earlier "neither" rules out applications filed by that day, and an
    earlier "seeking" registrations by that day. A firm without products of its own seeks
    the one right it is assessed on, not a portfolio. Know-how answered "managed" is a
    trade secret under management, and one answered "not managed" is none.
    """

    seeks: bool = True
    may_hold: bool = True
    filed_after: date | None = None
    registered_after: date | None = None
    own_products: bool = True
    knowhow: bool | None = None  # None: not assessed, any trade secret will do


@dataclass
class _IpRows:
    gen: _Gen
    assets: list[tuple[object, ...]] = field(default_factory=list)
    milestones: list[tuple[object, ...]] = field(default_factory=list)
    assessments: list[tuple[object, ...]] = field(default_factory=list)
    runs: list[tuple[object, str, date]] = field(default_factory=list)

    def add_asset(self, firm: tuple[object, ...], ip_kind: str, state: _State) -> None:
        rng = self.gen.rng
        now = self.gen.now
        status, filed, registered = state
        title = w.ASSET_TITLES[ip_kind].format(
            product=firm[19],
            brand=rng.choice(w.BRANDS),
            region=str(firm[9]).removesuffix("市").removesuffix("区").removesuffix("町"),
            item=rng.choice(w.REGIONAL_PRODUCTS),
        )
        aid = _hex(rng)
        # An application number starts with the year it was filed in.
        number = f"{filed.year}-{rng.randint(1, 999999):06d}" if filed else ""
        office = (
            "MAFF"
            if ip_kind in {"gi", "plant_variety"}
            else "JPO"
            if ip_kind in RIGHT_KINDS
            else ""
        )
        self.assets.append(
            (
                aid,
                now,
                now,
                None,
                firm[0],
                ip_kind,
                title,
                office,
                "JP",
                number,
                status,
                filed,
                registered,
                None,
                "",
            )
        )
        if filed:
            self.milestones.append((_hex(rng), now, now, None, aid, "filed", filed, None, ""))
        if registered:
            self.milestones.append(
                (_hex(rng), now, now, None, aid, "registered", registered, None, "")
            )

    def insert(self, conn: Connection) -> None:
        _insert(
            conn,
            "INSERT INTO ip_asset (id, created_at, updated_at, deleted_at, firm_id, kind,"
            " title, office, country, number, status, filed_on, registered_on, ended_on, notes)"
            " VALUES (" + ", ".join(["?"] * 15) + ")",
            self.assets,
        )
        _insert(
            conn,
            "INSERT INTO ip_milestone (id, created_at, updated_at, deleted_at, asset_id,"
            " status, happened_on, consultation_id, note) VALUES (" + ", ".join(["?"] * 9) + ")",
            self.milestones,
        )
        _insert(
            conn,
            "INSERT INTO assessment (id, created_at, updated_at, deleted_at, firm_id,"
            " assessed_on, consultant_id, answers, reasons, computed_type, computed_stage,"
            " sme_type, stage, override_reason) VALUES (" + ", ".join(["?"] * 14) + ")",
            self.assessments,
        )


def _assets_and_assessments(gen: _Gen, firms: list[tuple[object, ...]]) -> _IpRows:
    """Each firm's assessments first, then IP assets that bear its latest answers out.

    An assessed firm's row in ``firms`` is replaced by one that agrees with those answers.
    The right a firm is assessed as holding was filed early, to be granted by the
    assessment, and managed know-how is never filed: the recent applications that the
    dashboard and the reports count come mostly from further assets, so a firm that puts
    rights to work in its own products has more of them than other firms.
    """
    rng = gen.rng
    rows = _IpRows(gen)
    for n, firm in enumerate(firms):
        kind = firm[4]
        pool = (
            ["gi", "regional_trademark"]
            if kind == "association"
            else w.TOPIC_BY_INDUSTRY.get(str(firm[12]), w.DEFAULT_TOPICS)
        )
        kinds = [k for k in pool if k in w.ASSET_TITLES] or ["trademark"]
        launch = gen.when().date()
        first_asset = len(rows.assets)
        first_record: date | None = None
        if rng.random() < 0.5:
            visits = _visits(gen, firm[_FIRM_SHARE])
            first_record = visits[0].on
            answers = visits[-1].answers
            firms[n] = _assessed_firm(gen, firm, answers)
            rows.assessments.extend(_assessment(gen, firm[0], v) for v in visits)
            bounds = _bounds(visits)
            if bounds.seeks:
                # A design protects a product's look: a firm without products has none.
                rights = [
                    k for k in kinds if k in RIGHT_KINDS and (answers.own_products or k != "design")
                ] or ["trademark"]
                rows.add_asset(firm, rng.choice(rights), _anchor_right(gen, visits, bounds, launch))
                # A firm putting rights to work in its own products files again and again.
                extras = rng.randint(0, 3) if answers.own_products else rng.randint(0, 1)
            else:
                extras = rng.randint(1, 2) if rng.random() < 0.1 else 0
            secret = answers.knowhow_managed
            if secret:
                rows.add_asset(firm, "trade_secret", ("registered", None, None))
            if rng.random() < 0.25:
                last = rows.assessments[-1]
                key = (
                    "gi_registration"
                    if kind == "association"
                    else RUN_FOR_CELL.get((str(last[11]), int(str(last[12]))), "ip_awareness")
                )
                rows.runs.append((firm[0], key, visits[0].on))
        else:
            bounds, secret = _Bounds(), False
            extras = rng.randint(1, 3) if rng.random() < 0.3 else 0
        for _ in range(extras):
            # A firm's know-how is one entry on its IP tab, not one per visit.
            ip_kind = rng.choice([k for k in kinds if k != "trade_secret" or not secret] or kinds)
            secret = secret or ip_kind == "trade_secret"
            state = (
                _right(gen, bounds, launch)
                if ip_kind in RIGHT_KINDS
                else _unfiled(gen, ip_kind, bounds)
            )
            rows.add_asset(firm, ip_kind, state)
        filings = [asset[_ASSET_FILED] for asset in rows.assets[first_asset:]]
        dated = [d for d in (first_record, *filings) if isinstance(d, date)]
        if dated and min(dated).year < int(str(firms[n][_FIRM_FOUNDED])):
            # A firm drawn as founded after its first filing or assessment was founded by
            # then: moving the founding back keeps the dates the assessments and the IP
            # tab agree on, which moving those dates would not.
            row = firms[n]
            firms[n] = (*row[:_FIRM_FOUNDED], min(dated).year, *row[_FIRM_FOUNDED + 1 :])
    return rows


def _visits(gen: _Gen, share_on_record: object) -> list[_Visit]:
    """A firm's assessments, oldest first: one, or a developing firm's and a later one."""
    rng = gen.rng
    first = gen.when().date()
    developing = rng.random() < 0.6
    stage = rng.choices([1, 2, 3], _STAGE_WEIGHTS[DEVELOPING if developing else CHALLENGER])[0]
    visits = [_Visit(first, _answers(rng, not developing, stage, share_on_record))]
    # The second assessment needs a later day: on the first one's day the two would tie,
    # and either could be read as the firm's latest. A firm already practising IP is not
    # the one seen moving up: the later visit would have it drop its know-how management.
    if developing and stage < 3 and rng.random() < 0.15 and first + timedelta(days=60) <= gen.end:
        later = min(first + timedelta(days=rng.randint(60, 300)), gen.end)
        answers = _answers(rng, True, 2, share_on_record)
        if answers.rights is Rights.HOLDS:
            # Rights held by the second assessment were pending at the first: no right
            # goes from nothing to registered in the months between.
            visits[0] = _Visit(first, replace(visits[0].answers, rights=Rights.PURSUING))
        visits.append(_Visit(later, answers))
    return visits


def _bounds(visits: list[_Visit]) -> _Bounds:
    latest = visits[-1].answers
    filed_after = registered_after = None
    for visit in visits[:-1]:
        if visit.answers.rights is Rights.NONE:
            filed_after = visit.on
        if visit.answers.rights is not Rights.HOLDS:
            registered_after = visit.on
    return _Bounds(
        seeks=latest.rights is not Rights.NONE,
        may_hold=latest.rights is Rights.HOLDS,
        filed_after=filed_after,
        registered_after=registered_after,
        own_products=latest.own_products,
        knowhow=latest.knowhow_managed,
    )


def _assessed_firm(gen: _Gen, firm: tuple[object, ...], answers: Answers) -> tuple[object, ...]:
    """The firm row after its assessment: the share it gave, a market it expands into."""
    share = firm[_FIRM_SHARE] if firm[4] == "association" else answers.subcontract_share
    overseas = firm[_FIRM_OVERSEAS]
    if answers.expansion is Expansion.OVERSEAS and not overseas:
        overseas = gen.rng.choice(_MARKETS)
    return (*firm[:_FIRM_SHARE], share, overseas, *firm[_FIRM_OVERSEAS + 1 :])


def _anchor_right(gen: _Gen, visits: list[_Visit], bounds: _Bounds, launch: date) -> _State:
    """Status, filing and registration of the right the latest rights answer rests on."""
    rng = gen.rng
    latest = visits[-1]
    if latest.answers.rights is Rights.HOLDS:
        if bounds.registered_after is not None:
            # Pending at the earlier assessment, registered by the latest.
            before = bounds.registered_after
            registered = before + timedelta(days=rng.randint(1, (latest.on - before).days))
            filed = min(before, registered - timedelta(days=200))
            filed -= timedelta(days=rng.randint(0, 300))
        else:
            # Filed in the counter's data when there is time for it to be granted by the
            # assessment, as other demo filings are; an early assessment rests on an older one.
            last_filing = latest.on - timedelta(days=200)
            if last_filing >= gen.start:
                filed = gen.start + timedelta(days=rng.randint(0, (last_filing - gen.start).days))
            else:
                filed = last_filing - timedelta(days=rng.randint(0, 500))
            wait = rng.randint(200, min(700, (latest.on - filed).days))
            registered = filed + timedelta(days=wait)
        return "registered", filed, registered
    if rng.random() < 1 / 3:
        return "preparing", None, None
    filed = _near(gen, launch)
    if bounds.filed_after is not None and filed <= bounds.filed_after:
        span = (gen.end - bounds.filed_after).days
        filed = bounds.filed_after + timedelta(days=rng.randint(1, span))
    return "filed", filed, None


def _right(gen: _Gen, bounds: _Bounds, launch: date) -> _State:
    """Status, filing and registration of a further right, within ``bounds``.

    A firm files for a new product's patent, design and name together, so its filings
    gather within a few months of ``launch`` rather than spread over the years.
    """
    if not bounds.seeks or not bounds.own_products:
        return "idea", None, None
    rng = gen.rng
    status = rng.choice(_RIGHT_STATUSES)
    filed = _near(gen, launch) if status in {"filed", "registered", "lapsed"} else None
    registered = (
        filed + timedelta(days=rng.randint(200, 700))
        if filed and status in {"registered", "lapsed"}
        else None
    )
    if registered and registered > gen.end:
        registered, status = None, "filed"
    if filed and bounds.filed_after is not None and filed <= bounds.filed_after:
        return "preparing", None, None
    if registered and (
        not bounds.may_hold
        or (bounds.registered_after is not None and registered <= bounds.registered_after)
    ):
        return "filed", filed, None
    return status, filed, registered


def _near(gen: _Gen, day: date) -> date:
    near = day + timedelta(days=gen.rng.randint(-90, 90))
    # Outside the counter's data, a date of its own, not a pile on the first or last day.
    return near if gen.start <= near <= gen.end else gen.when().date()


def _unfiled(gen: _Gen, ip_kind: str, bounds: _Bounds) -> _State:
    status = gen.rng.choice(_UNFILED_STATUSES[ip_kind])
    if ip_kind == "trade_secret" and status == "registered" and bounds.knowhow is False:
        status = "preparing"
    return status, None, None


# Which playbook a demo firm follows, by its matrix cell.
RUN_FOR_CELL = {
    ("challenger", 1): "ip_awareness",
    ("developing", 1): "ip_awareness",
    ("developing", 2): "ip_strategy",
    ("developing", 3): "collaboration",
    ("challenger", 2): "patent_filing",
    ("challenger", 3): "overseas_counterfeits",
}


def _playbook_runs(conn: Connection, gen: _Gen, runs: list[tuple[object, str, date]]) -> None:
    from desktop.core.playbooks import load_default_library

    library = load_default_library()
    run_rows: list[tuple[object, ...]] = []
    step_rows: list[tuple[object, ...]] = []
    for firm_id, key, started in runs:
        playbook = library.get(key)
        if playbook is None:
            continue
        run_id = _hex(gen.rng)
        done = gen.rng.randint(0, len(playbook.steps))
        finished = done == len(playbook.steps)
        day = started
        for n, step in enumerate(playbook.steps):
            state, when = "todo", None
            if n < done:
                day = min(day + timedelta(days=gen.rng.randint(7, 40)), gen.end)
                state, when = "done", day
            elif n == done:
                state = "doing"
            step_rows.append(
                (_hex(gen.rng), gen.now, gen.now, None, run_id, step.key, state, when, "", None)
            )
        run_rows.append(
            (
                run_id,
                gen.now,
                gen.now,
                None,
                firm_id,
                key,
                started,
                "finished" if finished else "active",
                day if finished else None,
            )
        )
    _insert(
        conn,
        "INSERT INTO playbook_run (id, created_at, updated_at, deleted_at, firm_id,"
        " playbook_key, started_on, state, finished_on) VALUES (" + ", ".join(["?"] * 9) + ")",
        run_rows,
    )
    _insert(
        conn,
        "INSERT INTO playbook_step (id, created_at, updated_at, deleted_at, run_id, step_key,"
        " state, happened_on, note, consultation_id) VALUES (" + ", ".join(["?"] * 10) + ")",
        step_rows,
    )


def _answers(rng: random.Random, challenger: bool, stage: int, share_on_record: object) -> Answers:
    """Plausible answers for a firm meant to land near ``challenger``/``stage``."""
    aware = stage >= 2 or rng.random() < 0.1
    if challenger:
        rights = Rights.HOLDS if stage == 3 or rng.random() < 0.5 else Rights.PURSUING
        expansion = rng.choice([Expansion.DOMESTIC, Expansion.OVERSEAS])
        shares, fixed = [0, 10, 30], rng.random() < 0.3
    else:
        # Practice needs registered rights: a developing firm there holds rights that it
        # does not yet put to work in products or markets of its own.
        rights = (
            Rights.HOLDS if stage == 3 else Rights.NONE if rng.random() < 0.8 else Rights.PURSUING
        )
        expansion = Expansion.NONE
        shares, fixed = [50, 70, 90], True
    # The share on the firm's record is the one the consultant hears, when it fits the
    # portrait (a challenger mostly makes its own line, a developing firm works to order).
    if isinstance(share_on_record, int) and (share_on_record < SUBCONTRACT_LINE) == challenger:
        share = share_on_record
    else:
        share = rng.choice(shares)
    return Answers(
        rights=rights,
        own_products=challenger or rng.random() < 0.3,
        expansion=expansion,
        ip_awareness=aware,
        ip_owner=aware and rng.random() < 0.7,
        subcontract_share=share,
        fixed_customers=fixed,
        knowhow_managed=stage == 3,
    )


def _assessment(gen: _Gen, firm_id: object, visit: _Visit) -> tuple[object, ...]:
    result = classify(visit.answers)
    reasons = encode_reasons(result.reasons)
    return (
        _hex(gen.rng),
        gen.now,
        gen.now,
        None,
        firm_id,
        visit.on,
        None,
        json.dumps(visit.answers.to_dict(), ensure_ascii=False),
        reasons,
        result.sme_type,
        result.stage,
        result.sme_type,
        result.stage,
        None,
    )


def _consultations(
    conn: Connection,
    gen: _Gen,
    firms: list[tuple[object, ...]],
    consultant_ids: list[str],
    report: ProgressFn,
) -> None:
    rng = gen.rng
    total = gen.size.consultations
    # A few regulars take many consultations, as at a real counter.
    weights = [rng.paretovariate(1.6) for _ in firms]
    channels = ["counter", "site_visit", "phone", "online", "email", "seminar"]
    channel_weights = [40, 25, 15, 12, 6, 2]
    today = gen.end
    rows: list[tuple[object, ...]] = []
    topics: list[tuple[object, ...]] = []
    staff: list[tuple[object, ...]] = []
    referrals: list[tuple[object, ...]] = []
    chosen = rng.choices(firms, weights, k=total) if firms else []
    for n, firm in enumerate(chosen, start=1):
        cid = _hex(rng)
        industry = str(firm[12])
        pool = (
            ["gi", "regional_trademark", "trademark"]
            if firm[4] == "association"
            else w.TOPIC_BY_INDUSTRY.get(industry, w.DEFAULT_TOPICS)
        )
        picked = sorted(set(rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2, 3])))))
        if rng.random() < 0.12:
            picked = sorted(
                set(picked)
                | {rng.choice(["overseas", "financing", "licensing", "ai_data", "standardization"])}
            )
        started = _since(gen.when(), int(str(firm[_FIRM_FOUNDED])))
        region = str(firm[9]).removesuffix("市").removesuffix("区")
        summary = "".join(
            rng.choice(w.SUMMARIES.get(t, w.SUMMARIES["other"])).format(
                product=firm[19], region=region
            )
            for t in picked[:2]
        )
        confidential = rng.choice(w.CONFIDENTIAL) if rng.random() < 0.12 else ""
        expert = rng.choices(["none", "patent_attorney", "lawyer"], [80, 15, 5])[0]
        followup = None
        action = ""
        done_at = None
        done_by = None
        if rng.random() < 0.3:
            followup = (started + timedelta(days=rng.randint(7, 45))).date()
            action = rng.choice(
                ["進捗確認の電話", "出願書類の確認", "専門家との面談調整", "見積りの確認"]
            )
            # Old follow-ups were mostly dealt with; the last month's are still open.
            done_rate = 0.98 if followup < today - timedelta(days=30) else 0.5
            if followup < today and rng.random() < done_rate:
                done_at = _dt(datetime.combine(followup, time(10, 0)))
                done_by = rng.choice(consultant_ids)
        rows.append(
            (
                cid,
                gen.now,
                gen.now,
                None,
                firm[0],
                _dt(started),
                rng.choice([15, 30, 30, 45, 60, 60, 90, 120]),
                rng.choices(channels, channel_weights)[0],
                summary,
                confidential,
                rng.choice(w.OUTCOMES),
                expert,
                followup,
                action,
                done_at,
                done_by,
            )
        )
        topics.extend((cid, t) for t in picked)
        staff.append((cid, rng.choice(consultant_ids)))
        if rng.random() < 0.1:
            staff.append((cid, rng.choice(consultant_ids)))
        if rng.random() < 0.18:
            partner = rng.choices(
                [
                    "yorozu",
                    "patent_attorney",
                    "jetro",
                    "inpit",
                    "maff_gi",
                    "lawyer",
                    "financial",
                    "chamber",
                    "university",
                ],
                [30, 25, 10, 8, 6, 6, 6, 5, 4],
            )[0]
            direction = (
                "from"
                if partner in {"yorozu", "chamber", "financial"} and rng.random() < 0.4
                else "to"
            )
            referrals.append(
                (
                    _hex(rng),
                    gen.now,
                    gen.now,
                    None,
                    cid,
                    partner,
                    "",
                    direction,
                    rng.choice(["suggested", "contacted", "done", "done"]),
                    "",
                )
            )
        if len(rows) == 5000:
            _flush(conn, rows, topics, staff, referrals)
            rows, topics, staff, referrals = [], [], [], []
            report("consultations", n, total)
    _flush(conn, rows, topics, staff, referrals)
    report("consultations", total, total)


def _since(moment: datetime, founded: int) -> datetime:
    """``moment``, or for a firm not founded yet then, a day in its founding year.

    Whole weeks keep it a weekday in office hours, steps shorter than a year land in the
    founding year itself, and a demo firm is founded by the year before ``end`` at the
    latest, so the day stays within the counter's data. No draw is made: the rest of the
    demo is the same as without the move.
    """
    while moment.year < founded:
        moment += timedelta(weeks=52)
    return moment


def _flush(
    conn: Connection,
    rows: list[tuple[object, ...]],
    topics: list[tuple[object, ...]],
    staff: list[tuple[object, ...]],
    referrals: list[tuple[object, ...]],
) -> None:
    _insert(conn, CONSULTATION_SQL, rows)
    _insert(conn, "INSERT INTO consultation_topic (consultation_id, topic) VALUES (?, ?)", topics)
    _insert(
        conn,
        "INSERT OR IGNORE INTO consultation_consultant (consultation_id, consultant_id)"
        " VALUES (?, ?)",
        staff,
    )
    _insert(
        conn,
        "INSERT INTO referral (id, created_at, updated_at, deleted_at, consultation_id,"
        " partner_kind, organisation, direction, status, note) VALUES ("
        + ", ".join(["?"] * 10)
        + ")",
        referrals,
    )
