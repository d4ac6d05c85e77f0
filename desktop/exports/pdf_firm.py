"""A firm's support record as PDF: profile, classification, IP, history, playbooks.

Confidential notes appear only in an internal copy, which says so on every page.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
)
from sqlalchemy.engine import Engine

from desktop.core.firm_record import ConsultationView, FirmRecord, firm_record
from desktop.core.reference import Reference, reference
from desktop.core.reporting import counter_info
from desktop.core.text import list_separator
from desktop.exports.common import CancelFn, ProgressFn, Ticker
from desktop.exports.fonts import japanese_font
from desktop.exports.labels import (
    colon,
    label,
    parens,
    referral_text,
)
from desktop.exports.pdf_layout import (
    BODY_W,
    Page,
    Styles,
    build_pdf,
    fmt_date,
    fmt_int,
    grid,
    reason_text,
    type_stage_text,
)


class _PlaybookNames:
    """Playbook and step titles from the library, falling back to their keys.

    A report must still print when a local playbook file is broken or was removed, so a
    missing title shows the stored key instead of stopping the report.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        try:
            from desktop.core.playbooks import load_default_library

            self._lib: Any = load_default_library()
        except (OSError, ValueError, ImportError):
            self._lib = None

    def playbook(self, key: str) -> str:
        book = self._lib.get(key) if self._lib is not None else None
        return book.title.get(self.lang) if book is not None else key

    def step(self, playbook_key: str, step_key: str) -> str:
        book = self._lib.get(playbook_key) if self._lib is not None else None
        step = book.step(step_key) if book is not None else None
        return step.title.get(self.lang) if step is not None else step_key


def postal_address(
    postal_code: str | None, prefecture: str, city: str | None, address: str | None, lang: str
) -> str:
    """The address as a letter would carry it: 〒 and largest to smallest in Japanese,
    smallest to largest with the postal code last in English.

    An address imported from a spreadsheet often holds the city, or the prefecture
    and city, already; they are not said twice.
    """
    postal = (postal_code or "").strip()
    parts: list[str] = []
    street = (address or "").strip()
    for part in (prefecture.strip(), (city or "").strip()):
        if part and street.startswith(part):
            street = street.removeprefix(part).strip()
        if part:
            parts.append(part)
    if street:
        parts.append(street)
    if lang == "ja":
        return " ".join(x for x in (f"〒{postal}" if postal else "", "".join(parts)) if x)
    return " ".join(x for x in (", ".join(reversed(parts)), postal) if x)


def _profile(rec: FirmRecord, st: Styles, ref: Reference, lang: str) -> list[Flowable]:
    p = rec.profile
    place = postal_address(
        p["postal_code"],
        ref.prefectures.label(p["prefecture_code"], lang),
        p["city"],
        p["address"],
        lang,
    )
    rows: list[tuple[str, Any]] = [
        ("pdf.name", p["name"]),
        ("pdf.kana", p["name_kana"]),
        ("corporate_number", p["corporate_number"] or ""),
        ("pdf.kind", ref.firm_kinds.label(p["kind"], lang)),
        ("pdf.address", place),
        ("industry", ref.industries.label(p["industry"], lang)),
        ("size_class", label(f"size.{rec.size_class}", lang)),
        ("pdf.employees", fmt_int(p["employees"])),
        ("pdf.capital", fmt_int(p["capital_yen"])),
        ("pdf.founded", p["founded_year"] or ""),
        ("pdf.contact", p["contact_name"]),
        ("pdf.products", p["main_products"]),
        ("pdf.subcontract", "" if p["subcontract_share"] is None else p["subcontract_share"]),
        ("pdf.overseas", p["overseas_markets"]),
    ]
    data = [
        [st.p(label(key, lang), st.muted), st.p(value)]
        for key, value in rows
        if value not in ("", None)
    ]
    return [
        st.p(label("pdf.profile", lang), st.h2),
        grid(data, [38 * mm, BODY_W - 38 * mm], header=False),
    ]


def _classification(rec: FirmRecord, st: Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.classification", lang), st.h2)]
    latest = rec.latest_assessment
    if latest is None:
        out.append(st.p(label("pdf.not_assessed", lang)))
        return out
    out.append(st.p(type_stage_text(latest.sme_type, latest.stage, lang), st.h3))
    out.append(st.p(fmt_date(latest.assessed_on, lang), st.muted))
    if latest.reasons:
        out.append(st.p(label("pdf.reasons", lang), st.small))
        out.extend(st.p(f"・{reason_text(r, lang)}") for r in latest.reasons)
    if latest.override_reason:
        out.append(
            st.p(f"{label('pdf.override', lang)}{colon(lang)}{latest.override_reason}", st.small)
        )
    if len(rec.assessments) > 1:
        out.append(Spacer(1, 3))
        out.append(st.p(label("pdf.history", lang), st.small))
        data = [
            [
                st.p(label("pdf.assessed_on", lang), st.small),
                st.p(label("matrix_cell", lang), st.small),
            ]
        ]
        data += [
            [
                st.p(fmt_date(a.assessed_on, lang), st.small),
                st.p(type_stage_text(a.sme_type, a.stage, lang), st.small),
            ]
            for a in rec.assessments
        ]
        out.append(grid(data, [38 * mm, BODY_W - 38 * mm]))
    return out


def _ip(rec: FirmRecord, st: Styles, ref: Reference, lang: str) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.ip", lang), st.h2)]
    if not rec.ip:
        out.append(st.p(label("pdf.none", lang)))
        return out
    head = ["pdf.kind", "pdf.title", "pdf.number", "pdf.status", "pdf.milestones"]
    data: list[list[Any]] = [[st.p(label(h, lang), st.small) for h in head]]
    for a in rec.ip:
        steps = "\n".join(
            f"{fmt_date(m.happened_on, lang)} {ref.ip_statuses.label(m.status, lang)}"
            for m in a.milestones
        )
        data.append(
            [
                st.p(ref.ip_kinds.label(a.kind, lang), st.small),
                st.p(a.title, st.small),
                st.p(f"{a.office} {a.number}".strip(), st.small),
                st.p(ref.ip_statuses.label(a.status, lang), st.small),
                st.p(steps, st.small),
            ]
        )
    out.append(grid(data, [30 * mm, 52 * mm, 28 * mm, 22 * mm, BODY_W - 132 * mm]))
    return out


def _consultation(
    c: ConsultationView, st: Styles, ref: Reference, lang: str, lead: Sequence[Flowable] = ()
) -> Flowable:
    """One consultation kept on one page; ``lead`` (a heading) stays with it."""
    when = c.started_at
    head = " ".join(
        x
        for x in (
            f"{fmt_date(when.date(), lang)} {when:%H:%M}",
            ref.channels.label(c.channel, lang),
            label("pdf.minutes", lang, n=c.duration_min),
            "／".join(c.consultants) if lang == "ja" else ", ".join(c.consultants),
        )
        if x
    )
    parts: list[Flowable] = [*lead, st.p(head, st.h3)]
    if c.topics:
        topics = list_separator(lang).join(ref.topics.label(t, lang) for t in c.topics)
        parts.append(st.p(topics, st.muted))
    if c.expert_kind != "none":
        expert = ref.expert_kinds.label(c.expert_kind, lang)
        parts.append(st.p(f"{label('expert_kind', lang)}{colon(lang)}{expert}", st.small))
    if c.summary:
        parts.append(st.p(c.summary))
    if c.outcome:
        parts.append(st.p(f"{label('outcome', lang)}{colon(lang)}{c.outcome}", st.small))
    for r in c.referrals:
        partner = ref.partners.label(r.partner_kind, lang)
        org = parens(r.organisation, lang) if r.organisation else ""
        parts.append(
            st.p(
                f"{label('pdf.referrals', lang)}{colon(lang)}"
                f"{referral_text(partner + org, r.direction, lang)}"
                f" — {ref.referral_statuses.label(r.status, lang)}",
                st.small,
            )
        )
    if c.followup_on or c.followup_action:
        done = f" ({label('pdf.done', lang)})" if c.followup_done else ""
        parts.append(
            st.p(
                f"{label('pdf.followup', lang)}{colon(lang)}"
                f"{fmt_date(c.followup_on, lang)} {c.followup_action}{done}",
                st.small,
            )
        )
    if c.confidential_notes:
        parts.append(
            st.p(f"{label('pdf.notes', lang)}{colon(lang)}{c.confidential_notes}", st.notes)
        )
    parts.append(Spacer(1, 4))
    return KeepTogether(parts)


def _playbooks(rec: FirmRecord, st: Styles, lang: str, names: _PlaybookNames) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.playbooks", lang), st.h2)]
    if not rec.playbooks:
        out.append(st.p(label("pdf.none", lang)))
        return out
    for run in rec.playbooks:
        out.append(
            st.p(
                f"{names.playbook(run.playbook_key)} — {label('state.' + run.state, lang)}"
                + parens(
                    f"{label('pdf.started', lang)} {fmt_date(run.started_on, lang)}"
                    f"{list_separator(lang)}{run.done}/{len(run.steps)}",
                    lang,
                ),
                st.h3,
            )
        )
        data = [[st.p(label(h, lang), st.small) for h in ("pdf.steps", "pdf.state", "pdf.date")]]
        data += [
            [
                st.p(names.step(run.playbook_key, s.step_key), st.small),
                st.p(label("state." + s.state, lang), st.small),
                st.p(fmt_date(s.happened_on, lang), st.small),
            ]
            for s in run.steps
        ]
        out.append(grid(data, [BODY_W - 70 * mm, 30 * mm, 40 * mm]))
    return out


def _next_steps(rec: FirmRecord, st: Styles, lang: str, names: _PlaybookNames) -> list[Flowable]:
    out: list[Flowable] = [st.p(label("pdf.next_steps", lang), st.h2)]
    if not rec.next_steps:
        out.append(st.p(label("pdf.none", lang)))
    for step in rec.next_steps:
        if step.kind == "followup":
            out.append(st.p(f"・{fmt_date(step.due, lang)} {step.text}"))
        else:
            book = names.playbook(step.playbook_key)
            out.append(st.p(f"・{book}{colon(lang)}{names.step(step.playbook_key, step.text)}"))
    return out


def firm_report(
    engine: Engine,
    firm_id: uuid.UUID,
    out: str | Path,
    *,
    lang: str = "ja",
    internal: bool = False,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Write a firm's support record to ``out``.

    ``internal=True`` adds the confidential notes and marks every page as an internal
    copy; without it the notes are never even read from the database.
    """
    out = Path(out)
    ticker = Ticker(3, progress, cancel, every=1)
    ticker.check()
    rec = firm_record(engine, firm_id, internal=internal)
    info = counter_info(engine)
    font = japanese_font().name
    st = Styles(font)
    ref = reference()
    names = _PlaybookNames(lang)
    ticker.step()
    title = label("pdf.firm_title", lang)
    story: list[Flowable] = [
        st.p(title, st.subtitle),
        st.p(rec.profile["name"], st.title),
        Spacer(1, 4),
        *_profile(rec, st, ref, lang),
        *_classification(rec, st, lang),
        *_ip(rec, st, ref, lang),
        *_next_steps(rec, st, lang, names),
        *_playbooks(rec, st, lang, names),
    ]
    heading = st.p(label("pdf.consultations", lang), st.h2)
    if not rec.consultations:
        story += [heading, st.p(label("pdf.none", lang))]
    for i, c in enumerate(rec.consultations):
        story.append(_consultation(c, st, ref, lang, lead=[heading] if i == 0 else []))
    page = Page(
        font=font,
        counter=info.name,
        title=f"{title}{colon(lang)}{rec.profile['name']}",
        generated=label("pdf.generated", lang, date=fmt_date((now or datetime.now()).date(), lang)),
        page_text=label("pdf.page", lang),
        warning=label("pdf.internal", lang) if internal else "",
    )
    ticker.step()
    build_pdf(out, page, story, author=info.name, subject=title)
    ticker.finish()
    return out
