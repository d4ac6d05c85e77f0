"""Words printed in exported files, in Japanese and English.

Exported files are read by people who never open the app (HQ staff, a firm's manager),
so their wording lives here as a small two-language table instead of the UI catalogue.
Codes (topics, channels, partners …) take their labels from the reference data.
"""

from __future__ import annotations

from desktop.core.reference import Reference, reference
from desktop.core.reporting import Figure

LABELS: dict[str, tuple[str, str]] = {
    # column headers (row 2 of every HQ sheet)
    "consultation_id": ("相談ID", "Consultation ID"),
    "date": ("相談日", "Date"),
    "time": ("開始時刻", "Start time"),
    "duration_min": ("時間（分）", "Minutes"),
    "channel": ("相談方法", "Channel"),
    "topics": ("相談分野", "Topics"),
    "firm_id": ("企業ID", "Firm ID"),
    "corporate_number": ("法人番号", "Corporate Number"),
    "firm_name": ("企業名", "Firm"),
    "firm_kind": ("企業区分", "Firm kind"),
    "prefecture_code": ("都道府県コード", "Prefecture code"),
    "industry": ("業種（大分類）", "Industry (JSIC division)"),
    "size_class": ("企業規模", "Size class"),
    "sme_type": ("類型", "Type"),
    "stage": ("支援段階", "Stage"),
    "matrix_cell": ("支援区分", "Matrix cell"),
    "consultants": ("担当者", "Consultants"),
    "referrals": ("紹介（機関:方向:状況）", "Referrals (partner:direction:status)"),
    "expert_kind": ("専門家", "Expert"),
    "outcome": ("結果", "Outcome"),
    "followup_on": ("フォローアップ日", "Follow-up date"),
    "followup_action": ("フォローアップ内容", "Follow-up action"),
    "section": ("区分", "Section"),
    "item": ("項目", "Item"),
    "sub_item": ("内訳", "Breakdown"),
    "value": ("件数", "Count"),
    "label": ("内容", "Label"),
    "change": ("変更種別", "Change"),
    "field": ("項目", "Field"),
    "old": ("送付済みの値", "Sent value"),
    "new": ("現在の値", "Current value"),
    "detail": ("補足", "Detail"),
    "key": ("項目", "Key"),
    "list": ("コード表", "Code list"),
    "code": ("コード", "Code"),
    "ja": ("日本語", "Japanese"),
    "en": ("英語", "English"),
    "fy_total": ("年度計", "FY total"),
    "source_prefecture": ("提出窓口の都道府県", "Counter prefecture"),
    "period": ("対象月", "Period"),
    "file": ("ファイル", "File"),
    "status": ("判定", "Status"),
    "counter_name": ("窓口名", "Counter"),
    "revision": ("版", "Revision"),
    "rows": ("相談件数", "Rows"),
    "data_sha256": ("チェックサム", "Checksum"),
    "reasons": ("理由", "Reasons"),
    # summary sections and items
    "sec.kpi": ("主要指標", "Key figures"),
    "sec.channel": ("相談方法別", "By channel"),
    "sec.topic": ("相談分野 × 相談方法", "Topic × channel"),
    "sec.expert": ("専門家相談", "Expert consultations"),
    "sec.referral": ("紹介", "Referrals"),
    "sec.type_stage": ("類型 × 支援段階（企業数）", "Type × stage (firms)"),
    "sec.firms": ("新規・継続企業", "New and returning firms"),
    "sec.ip": ("出願・登録", "Applications and registrations"),
    "sec.transition": ("類型の移行", "Type transitions"),
    "sec.playbook": ("支援プランの完了ステップ", "Playbook steps completed"),
    "kpi.consultations": ("相談件数", "Consultations"),
    "kpi.site_visits": ("訪問支援件数", "Site visits"),
    "kpi.expert_consultations": ("専門家相談件数", "Expert consultations"),
    "kpi.referrals_to_yorozu": ("よろず支援拠点への紹介", "Referrals to Yorozu"),
    "kpi.referrals_from_yorozu": ("よろず支援拠点からの紹介", "Referrals from Yorozu"),
    "kpi.firms_served": ("支援企業数", "Firms served"),
    "firms.new": ("新規企業", "New firms"),
    "firms.returning": ("継続企業", "Returning firms"),
    "firms.no_firm": ("企業未登録の相談", "Consultations without a firm"),
    "ip.filed": ("出願", "Filed"),
    "ip.registered": ("登録", "Registered"),
    "transition.developing_to_challenger": (
        "知財活用発展途上型 → 知財活用チャレンジャー型（企業数）",
        "Developing → challenger (firms)",
    ),
    "playbook.steps_done": ("完了ステップ", "Steps completed"),
    "total": ("計", "Total"),
    "firms": ("企業数", "Firms"),
    "unassessed": ("未判定", "Not assessed"),
    "dir.to": ("へ紹介", "referred to"),
    "dir.from": ("から紹介", "referred from"),
    "change.added": ("追加", "Added"),
    "change.changed": ("変更", "Changed"),
    "change.removed": ("削除", "Removed"),
    # types, stages, sizes
    "type.challenger": ("知財活用チャレンジャー型", "IP use challenger"),
    "type.developing": ("知財活用発展途上型", "IP use developing"),
    "stage.1": ("1 意識啓発", "1 Awareness"),
    "stage.2": ("2 知財戦略", "2 IP strategy"),
    "stage.3": ("3 知財実践", "3 IP practice"),
    "size.small": ("小規模企業者", "Small enterprise"),  # the SME Basic Act's term, as on screen
    "size.sme": ("中小企業", "SME"),
    "size.large": ("大企業", "Large enterprise"),
    "size.unknown": ("不明", "Unknown"),
    # PDF
    "pdf.firm_title": ("支援記録", "Support record"),
    "pdf.monthly_title": ("月次支援実績", "Monthly support summary"),
    "pdf.page": ("{page} / {pages} ページ", "Page {page} of {pages}"),
    "pdf.generated": ("作成日 {date}", "Generated {date}"),
    "pdf.internal": (
        "内部資料（相談メモを含む・外部提供不可）",
        "Internal copy: contains confidential notes, do not share",
    ),
    "pdf.profile": ("企業概要", "Profile"),
    "pdf.classification": ("類型と支援段階", "Type and stage"),
    "pdf.reasons": ("判定の理由", "Reasons"),
    "pdf.override": ("判定の変更理由", "Override reason"),
    "pdf.history": ("判定履歴", "Assessment history"),
    "pdf.ip": ("保有知財", "IP held"),
    "pdf.milestones": ("経過", "Milestones"),
    "pdf.consultations": ("相談履歴", "Consultation history"),
    "pdf.playbooks": ("支援プランの進捗", "Playbook progress"),
    "pdf.next_steps": ("次の対応", "Next steps"),
    "pdf.none": ("なし", "None"),
    "pdf.not_assessed": ("未判定", "Not assessed"),
    "pdf.name": ("企業名", "Name"),
    "pdf.kana": ("フリガナ", "Kana"),
    "pdf.address": ("所在地", "Address"),
    "pdf.employees": ("従業員数", "Employees"),
    "pdf.capital": ("資本金（円）", "Capital (yen)"),
    "pdf.founded": ("創業", "Founded"),
    "pdf.contact": ("担当者", "Contact"),
    "pdf.products": ("主な製品・サービス", "Main products"),
    "pdf.subcontract": ("下請比率（%）", "Subcontracting share (%)"),
    "pdf.overseas": ("海外市場", "Overseas markets"),
    "pdf.kind": ("種別", "Kind"),
    "pdf.title": ("名称", "Title"),
    "pdf.number": ("番号", "Number"),
    "pdf.status": ("状況", "Status"),
    "pdf.filed_on": ("出願日", "Filed"),
    "pdf.registered_on": ("登録日", "Registered"),
    "pdf.summary": ("相談内容", "Summary"),
    "pdf.notes": ("相談メモ（機密）", "Confidential notes"),
    "pdf.referrals": ("紹介", "Referrals"),
    "pdf.followup": ("フォローアップ", "Follow-up"),
    "pdf.done": ("完了", "done"),
    "pdf.playbook": ("支援プラン", "Playbook"),
    "pdf.steps": ("ステップ", "Steps"),
    "pdf.started": ("開始", "Started"),
    "pdf.state": ("状態", "State"),
    "pdf.kpis": ("主要指標", "Key figures"),
    "pdf.by_topic": ("相談分野別の相談件数", "Consultations by topic"),
    "pdf.by_month": ("月別の相談件数（{fy}年度）", "Consultations by month (FY{fy})"),
    "pdf.matrix": ("類型 × 支援段階（企業数）", "Type × stage (firms)"),
    "pdf.outcomes": ("成果", "Outcomes"),
    "pdf.minutes": ("{n}分", "{n} min"),
    "pdf.due": ("期日", "Due"),
    "pdf.date": ("日付", "Date"),
    "pdf.assessed_on": ("判定日", "Assessed on"),
    "pdf.channels_referrals": ("相談方法・紹介", "Channels and referrals"),
    "pdf.month_of": ("{year}年{month}月", "{month_name} {year}"),
    "state.todo": ("未着手", "to do"),
    "state.doing": ("対応中", "in progress"),
    "state.done": ("完了", "done"),
    "state.skipped": ("省略", "skipped"),
    "state.active": ("実施中", "active"),
    "state.finished": ("完了", "finished"),
    "state.abandoned": ("中止", "abandoned"),
}

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def colon(lang: str) -> str:
    return "：" if lang == "ja" else ": "


def parens(text: str, lang: str) -> str:
    return f"（{text}）" if lang == "ja" else f" ({text})"


def referral_text(partner: str, direction: str, lang: str) -> str:
    """``よろず支援拠点へ紹介`` / ``referred to Yorozu Support Center``."""
    verb = label(f"dir.{direction}", lang)
    return f"{partner}{verb}" if lang == "ja" else f"{verb} {partner}"


def label(key: str, lang: str = "ja", **params: object) -> str:
    """The label for ``key`` in ``lang``; an unknown key is shown as itself, never an error."""
    pair = LABELS.get(key)
    text = key if pair is None else (pair[0] if lang == "ja" else pair[1])
    return text.format(**params) if params else text


def month_label(year: int, month: int, lang: str) -> str:
    return label("pdf.month_of", lang, year=year, month=month, month_name=MONTH_NAMES[month - 1])


def figure_label(fig: Figure, lang: str = "ja", ref: Reference | None = None) -> str:
    """A readable name for a summary figure, e.g. ``特許 × 訪問支援``."""
    ref = ref or reference()
    s, item, sub = fig.section, fig.item, fig.sub_item
    if s in ("kpi", "firms", "ip", "transition", "playbook"):
        head = label(f"{s}.{item}", lang)
        if s == "ip" and sub and sub != "total":
            return f"{head}{colon(lang)}{ref.ip_kinds.label(sub, lang)}"
        if s == "playbook" and sub and sub != "total":
            return f"{head}{colon(lang)}{sub}"
        return head
    if s == "channel":
        return ref.channels.label(item, lang)
    if s == "topic":
        topic = ref.topics.label(item, lang)
        if sub == "total":
            return f"{topic}{parens(label('total', lang), lang)}"
        return f"{topic} × {ref.channels.label(sub, lang)}"
    if s == "expert":
        return ref.expert_kinds.label(item, lang)
    if s == "referral":
        return referral_text(ref.partners.label(item, lang), sub, lang)
    if s == "type_stage":
        return label("unassessed", lang) if item == "unassessed" else item
    return f"{s}.{item}.{sub}"
