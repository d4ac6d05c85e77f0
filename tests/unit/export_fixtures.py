"""A small, realistic counter for the export tests: Aichi, October 2026 (FY2026).

Besides ordinary records it holds the cases exports get wrong: a consultation at
23:30 on the last day and one at 00:00 on the first day of the next month, soft-deleted
consultations, referrals, milestones, steps and assessments, a soft-deleted firm whose
records must not count, text that looks like a spreadsheet formula, and confidential
notes that must never leave the database.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.clock import utcnow
from db.models import (
    Assessment,
    Consultant,
    Consultation,
    ConsultationConsultant,
    ConsultationTopic,
    Firm,
    IpAsset,
    IpMilestone,
    PlaybookRun,
    PlaybookStepState,
    Referral,
    Setting,
)

MONTH = "2026-10"
FY = 2026
COUNTER_NAME = "愛知県知財総合支援窓口"
PREFECTURE = "23"
FORMULA_FIRM = '=HYPERLINK("http://example.invalid","開く")商会'
# Windows line ends, a bell character and a leading tab: what pasted text brings along.
MESSY_TEXT = "\t参加者 12名\r\n次回は1月\x07 "
FORMULA_TEXTS = ("-30%のコスト削減見込み", "@担当者へ折り返し", "=1+1", "+81 52 000 0000へ連絡")


def corporate_number(base: str) -> str:
    """A valid 13-digit Corporate Number for a 12-digit base (check digit first)."""
    digits = [int(d) for d in reversed(base)]
    total = sum(d * (1 if i % 2 == 0 else 2) for i, d in enumerate(digits))
    return f"{9 - total % 9}{base}"


@dataclass
class Seeded:
    firms: dict[str, uuid.UUID] = field(default_factory=dict)
    consultations: dict[str, uuid.UUID] = field(default_factory=dict)
    consultants: dict[str, uuid.UUID] = field(default_factory=dict)
    secrets: list[str] = field(default_factory=list)


def _firm(s: Session, seeded: Seeded, key: str, **kw: object) -> Firm:
    firm = Firm(**kw)  # type: ignore[arg-type]
    s.add(firm)
    s.flush()
    seeded.firms[key] = firm.id
    return firm


def seed_counter(engine: Engine) -> Seeded:
    """Insert the data set and return the ids the tests refer to."""
    seeded = Seeded()
    deleted = utcnow()
    with Session(engine) as s:
        s.add(Setting(key="counter_name", value=json.dumps(COUNTER_NAME, ensure_ascii=False)))
        s.add(Setting(key="prefecture_code", value=json.dumps(PREFECTURE)))
        people = {}
        for key, name in (("yamada", "山田 太郎"), ("sato", "佐藤 花子"), ("suzuki", "鈴木 一郎")):
            c = Consultant(name=name)
            s.add(c)
            s.flush()
            people[key] = c.id
            seeded.consultants[key] = c.id

        f1 = _firm(
            s,
            seeded,
            "mikawa",
            name="株式会社三河精工",
            name_kana="ミカワセイコウ",
            corporate_number=corporate_number("180001002345"),
            prefecture_code="23",
            city="豊橋市",
            address="豊橋市神野新田町1-2",
            industry="E",
            employees=45,
            capital_yen=30_000_000,
            founded_year=1978,
            main_products="切削工具、治具",
            subcontract_share=60,
        )
        f2 = _firm(
            s,
            seeded,
            "owari",
            kind="association",
            name="尾張みかん生産者協同組合",
            corporate_number=corporate_number("180005006789"),
            prefecture_code="23",
            city="知多市",
            industry="A",
            employees=12,
        )
        f3 = _firm(
            s,
            seeded,
            "formula",
            name=FORMULA_FIRM,
            prefecture_code="23",
            city="名古屋市",
            industry="I",
            employees=4,
            capital_yen=3_000_000,
        )
        f4 = _firm(
            s,
            seeded,
            "soft",
            name="名古屋ソフトウェア株式会社",
            corporate_number=corporate_number("180001111111"),
            prefecture_code="23",
            city="名古屋市",
            industry="G",
            employees=120,
            capital_yen=80_000_000,
        )
        f5 = _firm(
            s,
            seeded,
            "robotics",
            name="株式会社東海ロボティクス",
            corporate_number=corporate_number("180001222222"),
            prefecture_code="22",
            city="浜松市",
            industry="E",
            employees=800,
            capital_yen=1_000_000_000,
        )
        f6 = _firm(
            s,
            seeded,
            "gone",
            name="削除済み工業株式会社",
            prefecture_code="23",
            industry="E",
            employees=10,
            deleted_at=deleted,
        )

        def consult(
            key: str,
            firm: Firm | None,
            when: datetime,
            channel: str,
            topics: tuple[str, ...],
            who: tuple[str, ...],
            *,
            minutes: int = 60,
            expert: str = "none",
            outcome: str = "",
            notes: str = "",
            followup_on: date | None = None,
            followup_action: str = "",
            gone: bool = False,
        ) -> Consultation:
            c = Consultation(
                firm_id=firm.id if firm else None,
                started_at=when,
                duration_min=minutes,
                channel=channel,
                summary=f"{key} の相談概要",
                confidential_notes=notes,
                outcome=outcome,
                expert_kind=expert,
                followup_on=followup_on,
                followup_action=followup_action,
                deleted_at=deleted if gone else None,
            )
            s.add(c)
            s.flush()
            for t in topics:
                s.add(ConsultationTopic(consultation_id=c.id, topic=t))
            for w in who:
                s.add(ConsultationConsultant(consultation_id=c.id, consultant_id=people[w]))
            if notes:
                seeded.secrets.append(notes)
            seeded.consultations[key] = c.id
            return c

        consult("m_may", f1, datetime(2026, 5, 12, 10, 0), "counter", ("patent",), ("yamada",))
        consult("m_sep", f1, datetime(2026, 9, 5, 10, 0), "phone", ("patent",), ("yamada",))
        consult("s_sep", f4, datetime(2026, 9, 10, 13, 0), "counter", ("copyright",), ("sato",))
        c1 = consult(
            "m_oct1",
            f1,
            datetime(2026, 10, 1, 9, 0),
            "counter",
            ("patent", "trade_secret"),
            ("yamada",),
            expert="patent_attorney",
            outcome=FORMULA_TEXTS[0],
            notes="極秘：取引先A社の単価は1個120円",
            followup_on=date(2026, 10, 20),
            followup_action="出願書類の確認",
        )
        c2 = consult(
            "m_oct2",
            f1,
            datetime(2026, 10, 15, 14, 0),
            "site_visit",
            ("patent",),
            ("yamada", "sato"),
            minutes=90,
            notes="機密メモ：新製品の試作は11月に完了予定",
        )
        c3 = consult(
            "o_oct1",
            f2,
            datetime(2026, 10, 3, 10, 30),
            "counter",
            ("gi", "regional_trademark"),
            ("sato",),
            minutes=45,
            expert="lawyer",
            outcome="GI申請の準備を開始",
        )
        consult(
            "o_oct2",
            f2,
            datetime(2026, 10, 20, 13, 0),
            "site_visit",
            ("gi",),
            ("sato", "suzuki"),
            minutes=120,
            expert="other_expert",
            notes="組合内の意見対立あり（非公開）",
        )
        consult(
            "f_oct",
            f3,
            datetime(2026, 10, 5, 11, 0),
            "phone",
            ("trademark",),
            ("suzuki",),
            minutes=20,
            outcome=FORMULA_TEXTS[1],
            followup_on=date(2026, 11, 2),
            followup_action=FORMULA_TEXTS[2],
        )
        c6 = consult(
            "s_oct",
            f4,
            datetime(2026, 10, 8, 16, 0),
            "online",
            ("copyright", "ai_data"),
            ("yamada",),
            minutes=30,
            outcome=FORMULA_TEXTS[3],
        )
        c7 = consult(
            "r_oct",
            f5,
            datetime(2026, 10, 22, 10, 0),
            "counter",
            ("overseas", "dispute"),
            ("suzuki",),
            expert="lawyer",
            notes="相手方の特許番号は社外秘",
        )
        consult(
            "anon_oct",
            None,
            datetime(2026, 10, 25, 15, 0),
            "seminar",
            ("other",),
            ("yamada",),
            outcome=MESSY_TEXT,
        )
        consult(
            "s_last",
            f4,
            datetime(2026, 10, 31, 23, 30),
            "email",
            ("licensing",),
            ("sato",),
            minutes=15,
        )
        consult("m_nov", f1, datetime(2026, 11, 1, 0, 0), "phone", ("patent",), ("yamada",))
        consult(
            "r_gone",
            f5,
            datetime(2026, 10, 10, 10, 0),
            "counter",
            ("patent",),
            ("suzuki",),
            notes="削除された相談の秘密メモ",
            gone=True,
        )

        s.add(Referral(consultation_id=c1.id, partner_kind="yorozu", direction="to", status="done"))
        s.add(  # a second centre for the same firm: two referrals, one consultation
            Referral(
                consultation_id=c1.id,
                partner_kind="yorozu",
                organisation="隣県の拠点",
                status="done",
            )
        )
        s.add(
            Referral(consultation_id=c3.id, partner_kind="maff_gi", organisation="GIサポートデスク")
        )
        s.add(
            Referral(consultation_id=c3.id, partner_kind="yorozu", direction="from", status="done")
        )
        s.add(Referral(consultation_id=c6.id, partner_kind="jetro", status="contacted"))
        s.add(Referral(consultation_id=c6.id, partner_kind="yorozu", deleted_at=deleted))
        s.add(Referral(consultation_id=c7.id, partner_kind="yorozu", status="contacted"))
        s.add(Referral(consultation_id=c2.id, partner_kind="patent_attorney", status="done"))

        def assess(firm: Firm, on: date, kind: str, stage: int, gone: bool = False) -> None:
            s.add(
                Assessment(
                    firm_id=firm.id,
                    assessed_on=on,
                    computed_type=kind,
                    computed_stage=stage,
                    sme_type=kind,
                    stage=stage,
                    reasons=json.dumps(
                        ["自社製品と独自の開発体制がある", "海外展開を検討中"]
                        if kind == "challenger"
                        else ["下請比率が高い", "知財の担当者がいない"],
                        ensure_ascii=False,
                    ),
                    deleted_at=deleted if gone else None,
                )
            )

        assess(f1, date(2026, 5, 10), "developing", 1)
        assess(f1, date(2026, 10, 15), "challenger", 2)
        assess(f2, date(2026, 9, 1), "challenger", 3)
        assess(f3, date(2026, 10, 25), "developing", 1)
        assess(f4, date(2026, 4, 20), "developing", 2)
        assess(f4, date(2026, 10, 2), "challenger", 2, gone=True)
        assess(f6, date(2026, 6, 1), "developing", 1)
        assess(f6, date(2026, 10, 9), "challenger", 1)

        def asset(firm: Firm, kind: str, title: str, status: str) -> IpAsset:
            a = IpAsset(firm_id=firm.id, kind=kind, title=title, status=status)
            s.add(a)
            s.flush()
            return a

        patent = asset(f1, "patent", "切削工具の冷却構造", "filed")
        gi = asset(f2, "gi", "尾張みかん", "filed")
        mark = asset(f3, "trademark", "ロゴ「はなまる」", "registered")
        old = asset(f1, "patent", "治具の位置決め機構", "registered")
        ghost = asset(f6, "patent", "削除企業の特許", "filed")
        s.add(IpMilestone(asset_id=patent.id, status="filed", happened_on=date(2026, 10, 10)))
        s.add(IpMilestone(asset_id=gi.id, status="filed", happened_on=date(2026, 10, 25)))
        s.add(IpMilestone(asset_id=mark.id, status="registered", happened_on=date(2026, 10, 28)))
        s.add(IpMilestone(asset_id=old.id, status="registered", happened_on=date(2026, 9, 15)))
        s.add(
            IpMilestone(
                asset_id=patent.id,
                status="filed",
                happened_on=date(2026, 10, 12),
                deleted_at=deleted,
            )
        )
        s.add(IpMilestone(asset_id=ghost.id, status="filed", happened_on=date(2026, 10, 11)))

        run1 = PlaybookRun(firm_id=f1.id, playbook_key="trade_secret", started_on=date(2026, 9, 5))
        run2 = PlaybookRun(
            firm_id=f2.id, playbook_key="gi_registration", started_on=date(2026, 10, 3)
        )
        s.add_all([run1, run2])
        s.flush()
        for run, key, state, on, gone in (
            (run1, "three_requirements", "done", date(2026, 9, 30), False),
            (run1, "classify", "done", date(2026, 10, 2), False),
            (run1, "rules_and_contracts", "done", date(2026, 10, 20), False),
            (run1, "prior_use_proof", "todo", None, False),
            (run1, "leak_response", "done", date(2026, 10, 21), True),
            (run2, "check_product", "done", date(2026, 10, 10), False),
            (run2, "link_to_place", "doing", None, False),
        ):
            s.add(
                PlaybookStepState(
                    run_id=run.id,
                    step_key=key,
                    state=state,
                    happened_on=on,
                    deleted_at=deleted if gone else None,
                )
            )
        s.commit()
    return seeded
