"""The catalogues are complete and the compiled catalogues match them.

Japanese translates every string; English, the language of the sources, gives the
plural forms ("1 firm", "2 firms") of the strings that count.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.build_translations import lrelease

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "madoguchi_ja.ts"
ENGLISH = ROOT / "resources" / "i18n" / "madoguchi_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(ts: Path = TS) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def text_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("ts", [TS, ENGLISH], ids=["ja", "en"])
def test_every_string_is_finished(ts: Path) -> None:
    unfinished = []
    for message in messages(ts):
        translation = message.find("translation")
        source = message.findtext("source")
        state = translation.get("type") if translation is not None else "missing"
        if state in {"missing", "unfinished", "vanished", "obsolete"} or not all(
            t.strip() for t in text_of(message)
        ):
            unfinished.append(source)
    assert unfinished == []
    assert len(messages(ts)) > (100 if ts == TS else 5)


@pytest.mark.parametrize("ts", [TS, ENGLISH], ids=["ja", "en"])
def test_placeholders_survive_translation(ts: Path) -> None:
    for message in messages(ts):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in text_of(message):
            assert sorted(set(PLACEHOLDER.findall(text))) == wanted, source


def test_translations_are_japanese() -> None:
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    untranslated = [
        m.findtext("source")
        for m in messages()
        if not any(japanese.search(t) for t in text_of(m))
        and re.search(r"[a-z]{4,}", m.findtext("source") or "")
    ]
    # Names that stay as they are in Japanese text (product and partner names).
    assert all(s in {"Madoguchi", "JETRO"} for s in untranslated), untranslated


def test_english_gives_one_and_many() -> None:
    """Every string that counts is in the English catalogue, as "one" and "many"."""
    counted = {m.findtext("source") for m in messages() if m.get("numerus") == "yes"}
    english = messages(ENGLISH)
    assert {m.findtext("source") for m in english} == counted
    for message in english:
        one, many = text_of(message)
        assert "(s)" not in one + many and one != many, message.findtext("source")


@pytest.mark.parametrize("ts", [TS, ENGLISH], ids=["ja", "en"])
def test_catalogue_compiles(tmp_path: Path, ts: Path) -> None:
    out = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.stat().st_size > (1000 if ts == TS else 100)
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), "run scripts/build_translations.py (setup does)"
    assert shipped.read_bytes() == out.read_bytes(), "the .qm is older than the .ts: rebuild it"


def test_marked_strings_use_literal_contexts() -> None:
    """lupdate only collects QT_TRANSLATE_NOOP calls whose context is a string literal."""
    import ast

    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QT_TRANSLATE_NOOP"
                and not (node.args and isinstance(node.args[0], ast.Constant))
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
