"""PDF reports, read back with pypdf and rendered with poppler."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from db.models import Assessment
from desktop.core.firm_record import find_firm_id, firm_record
from desktop.core.firms import firm_input, get_firm, update_firm
from desktop.exports.fonts import EMBEDDED_NAME, candidate_files, japanese_font
from desktop.exports.pdf import firm_report, monthly_report
from desktop.exports.pdf_firm import postal_address
from tests.pdf_text import page_texts
from tests.unit.export_fixtures import COUNTER_NAME, MONTH, Seeded

NOW = datetime(2026, 11, 2, 9, 30)


def test_firm_record_is_in_japanese_without_confidential_notes(
    engine: Any, seeded: Seeded, tmp_path: Path
) -> None:
    out = firm_report(engine, seeded.firms["mikawa"], tmp_path / "firm.pdf", now=NOW)
    pages = page_texts(out)
    text = "\n".join(pages)
    assert "株式会社三河精工" in text
    assert COUNTER_NAME in pages[0]
    assert "作成日 2026年11月2日" in pages[0]
    assert f"1 / {len(pages)} ページ" in pages[0]
    assert f"{len(pages)} / {len(pages)} ページ" in pages[-1]
    assert "A2 知財活用チャレンジャー型" in text  # type and stage, then the reasons as stored
    assert "自社製品と独自の開発体制がある" in text
    assert "切削工具の冷却構造" in text and "出願" in text
    assert "営業秘密とノウハウの管理" in text  # playbook title from the library
    assert "自社で開発した証拠を残す" in text  # the next step, by its title
    assert "出願書類の確認" in text  # the open follow-up
    assert "m_oct1 の相談概要" in text  # history, newest first
    for secret in seeded.secrets:
        assert secret not in text
    assert "内部資料" not in text


def test_internal_copy_shows_notes_and_says_so(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    out = firm_report(engine, seeded.firms["mikawa"], tmp_path / "i.pdf", internal=True)
    pages = page_texts(out)
    text = "\n".join(pages)
    assert "極秘：取引先A社の単価は1個120円" in text
    assert all("内部資料" in p for p in pages)
    assert firm_record(engine, seeded.firms["mikawa"]).consultations[0].confidential_notes is None


def test_english_labels(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    out = firm_report(engine, seeded.firms["owari"], tmp_path / "en.pdf", lang="en", now=NOW)
    pages = page_texts(out)
    assert "Support record" in pages[0] and "Page 1 of" in pages[0]
    assert "尾張みかん生産者協同組合" in pages[0]
    assert "Generated 2026-11-02" in pages[0]


def test_reasons_render_whatever_shape_they_have(
    engine: Any, seeded: Seeded, tmp_path: Path
) -> None:
    with Session(engine) as s:
        s.add(
            Assessment(
                firm_id=seeded.firms["robotics"],
                assessed_on=date(2026, 10, 23),
                computed_type="challenger",
                computed_stage=3,
                sme_type="challenger",
                stage=3,
                reasons=json.dumps(
                    [{"code": "own_products", "ja": "自社製品がある", "en": "Has own products"}, 7]
                ),
            )
        )
        s.commit()
    ja = "\n".join(page_texts(firm_report(engine, seeded.firms["robotics"], tmp_path / "r.pdf")))
    assert "自社製品がある" in ja and "7" in ja
    en_path = firm_report(engine, seeded.firms["robotics"], tmp_path / "r2.pdf", lang="en")
    assert "Has own products" in "\n".join(page_texts(en_path))


def test_reasons_recorded_by_the_assessment_print_in_the_report_language(
    engine: Any, seeded: Seeded, tmp_path: Path
) -> None:
    from desktop.core.assessment import record_assessment
    from tests.unit.test_assessment import DEVELOPING_B1

    firm = seeded.firms["robotics"]
    answers = DEVELOPING_B1  # 80% subcontracting for fixed customers
    record_assessment(engine, firm, answers, assessed_on=date(2026, 10, 30))
    ja = "\n".join(page_texts(firm_report(engine, firm, tmp_path / "ja.pdf"))).replace("\n", "")
    assert "売上の 80% が決まった取引先からの下請取引である（基準は 50%）" in ja
    assert "{share}" not in ja and "subcontract" not in ja
    en_pdf = firm_report(engine, firm, tmp_path / "en.pdf", lang="en")
    en = " ".join(page_texts(en_pdf)).replace("\n", " ")
    assert "80% of its sales is subcontract work for the same customers" in en


def test_monthly_summary_with_charts(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    out = monthly_report(engine, MONTH, tmp_path / "m.pdf", now=NOW)
    pages = page_texts(out)
    text = "\n".join(pages)
    assert "月次支援実績" in pages[0] and "2026年10月" in pages[0]
    first = pages[0].replace("\n", "")  # narrow KPI boxes wrap their labels
    for words in ("相談件数", "訪問支援件数", "専門家相談件数", "よろず支援拠点への紹介"):
        assert words in first
    assert "相談分野別の相談件数" in text and "地理的表示（GI）" in text
    assert "月別の相談件数（2026年度）" in text and "4月" in text and "10月" in text
    assert "A1" in text and "B3" in text
    assert f"1 / {len(pages)} ページ" in pages[0]
    en = "\n".join(page_texts(monthly_report(engine, MONTH, tmp_path / "e.pdf", lang="en")))
    assert "Monthly support summary" in en and "October 2026" in en
    # The year's bars stop at the month reported: November is not over yet.
    assert "Apr" in en and "Oct" in en
    assert not any(month in en for month in ("Nov", "Dec", "Jan", "Feb", "Mar"))


def test_the_japanese_font_is_embedded(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    if not any(True for _ in candidate_files()):
        pytest.skip("no embeddable Japanese font on this machine (CID fallback is used)")
    choice = japanese_font()
    assert choice.embedded and choice.name == EMBEDDED_NAME
    out = monthly_report(engine, MONTH, tmp_path / "m.pdf")
    embedded = set()
    for page in PdfReader(out).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is not None and "/FontFile2" in desc.get_object():
                embedded.add(str(font["/BaseFont"]))
    assert embedded  # a subset of the TrueType font travels inside the PDF


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_renders(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    for name, path in (
        ("firm", firm_report(engine, seeded.firms["mikawa"], tmp_path / "firm.pdf")),
        ("month", monthly_report(engine, MONTH, tmp_path / "month.pdf")),
    ):
        prefix = tmp_path / name
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(prefix)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        pngs = list(tmp_path.glob(f"{name}-*.png"))
        assert len(pngs) == 1
        assert pngs[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert pngs[0].stat().st_size > 5_000


def test_a_firm_is_found_by_corporate_number(engine: Any, seeded: Seeded) -> None:
    assert find_firm_id(engine, "5180001002345") == seeded.firms["mikawa"]
    assert find_firm_id(engine, str(seeded.firms["owari"])) == seeded.firms["owari"]
    from desktop.core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        find_firm_id(engine, str(seeded.firms["gone"]))  # soft-deleted


def test_without_a_font_file_the_standard_cid_font_is_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from desktop.exports import fonts

    monkeypatch.setattr(fonts, "candidate_files", lambda: iter(()))
    choice = fonts.japanese_font.__wrapped__()
    assert choice.name == fonts.CID_FALLBACK and not choice.embedded
    out = tmp_path / "cid.pdf"
    canvas = Canvas(str(out))
    canvas.setFont(choice.name, 12)
    canvas.drawString(72, 720, "知財総合支援窓口")
    canvas.save()
    assert b"HeiseiKakuGo-W5" in out.read_bytes()


@pytest.mark.parametrize(
    ("postal", "city", "address", "lang", "expected"),
    [
        ("130-0001", "墨田区", "幸町6-29-18", "ja", "〒130-0001 東京都墨田区幸町6-29-18"),
        ("130-0001", "墨田区", "墨田区幸町6-29-18", "ja", "〒130-0001 東京都墨田区幸町6-29-18"),
        ("", "墨田区", "東京都墨田区幸町6-29-18", "ja", "東京都墨田区幸町6-29-18"),
        (None, "墨田区", None, "ja", "東京都墨田区"),
        ("130-0001", "墨田区", "幸町6-29-18", "en", "幸町6-29-18, 墨田区, Tokyo 130-0001"),
    ],
)
def test_the_address_is_written_whole_and_once(
    postal: str | None, city: str, address: str | None, lang: str, expected: str
) -> None:
    prefecture = "東京都" if lang == "ja" else "Tokyo"
    assert postal_address(postal, prefecture, city, address, lang) == expected


def test_the_support_record_gives_postal_code_and_city(
    engine: Any, seeded: Seeded, tmp_path: Path
) -> None:
    firm_id = seeded.firms["owari"]  # a city and no street in the fixture
    data = dataclasses.replace(firm_input(get_firm(engine, firm_id)), postal_code="478-0001")
    update_firm(engine, firm_id, data)
    text = "\n".join(page_texts(firm_report(engine, firm_id, tmp_path / "f.pdf", now=NOW)))
    assert "〒478-0001 愛知県知多市" in text
