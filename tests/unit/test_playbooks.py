"""The shipped playbook library, its citations, and how the loader treats broken files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from db.enums import PARTNER_KINDS
from desktop.core.playbooks import (
    LocalizedText,
    PlanIndex,
    Playbook,
    default_plan_index,
    load_library,
    load_plan_index,
)
from desktop.core.text import Message
from desktop.resources import resource_path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHIPPED = resource_path("playbooks")
SECTIONS_FILE = resource_path("reference", "plan_sections.toml")
SEEDS = REPO_ROOT.parent / "shared" / "seeds"
SEED_FILES = {
    "ipsp2017": "002_6a522bfb4f195575.txt",
    "ipp2025": "001_25281f3b81141ab8.txt",
}
DB_KEY_LENGTH = 100  # playbook_run.playbook_key and playbook_step.step_key

needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="the source plans (../shared/seeds) are not checked out here"
)


@pytest.fixture(scope="module")
def index() -> PlanIndex:
    return load_plan_index(SECTIONS_FILE)


@pytest.fixture(scope="module")
def shipped(index: PlanIndex) -> tuple[Playbook, ...]:
    library = load_library(SHIPPED, index=index)
    assert library.problems == (), [
        f"{p.file.name} {p.field}: {p.message.render()}" for p in library.problems
    ]
    return library.playbooks


def all_texts(playbook: Playbook) -> list[tuple[str, LocalizedText]]:
    texts = [("title", playbook.title), ("summary", playbook.summary)]
    for step in playbook.steps:
        texts += [
            (f"{step.key}.title", step.title),
            (f"{step.key}.guidance", step.guidance),
            (f"{step.key}.evidence", step.evidence),
        ]
    return texts


def squash(text: str) -> str:
    """Undo line wrapping: the seeds are extracted from PDFs and break lines anywhere."""
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------------ the shipped library


def test_shipped_library_loads_with_no_problems(shipped: tuple[Playbook, ...]) -> None:
    files = sorted(p.stem for p in SHIPPED.glob("*.toml"))
    assert [p.key for p in shipped] == files


def test_library_is_broad_enough(shipped: tuple[Playbook, ...]) -> None:
    assert len(shipped) >= 17
    keys = {p.key for p in shipped}
    expected = {
        "ip_awareness",
        "ip_strategy",
        "patent_filing",
        "trademark_brand",
        "regional_trademark",
        "gi_registration",
        "plant_variety",
        "trade_secret",
        "overseas_counterfeits",
        "disputes",
        "ip_financing",
        "collaboration",
        "standardization",
        "sleeping_patents",
        "generative_ai",
        "content_tourism",
    }
    assert expected <= keys


def test_every_text_is_in_japanese_and_english(shipped: tuple[Playbook, ...]) -> None:
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    kana = re.compile(r"[\u3040-\u30ff]")
    for playbook in shipped:
        for where, text in all_texts(playbook):
            assert text.ja.strip() and text.en.strip(), f"{playbook.key} {where}"
            assert japanese.search(text.ja), f"{playbook.key} {where}: ja is not Japanese"
            assert not kana.search(text.en), f"{playbook.key} {where}: en holds Japanese"


def test_step_keys_are_unique_and_fit_the_database(shipped: tuple[Playbook, ...]) -> None:
    for playbook in shipped:
        keys = [s.key for s in playbook.steps]
        assert len(keys) == len(set(keys)), playbook.key
        assert len(playbook.steps) >= 3, playbook.key
        assert len(playbook.key) <= DB_KEY_LENGTH
        assert all(len(k) <= DB_KEY_LENGTH for k in keys)


def test_every_step_cites_and_partners_are_known(shipped: tuple[Playbook, ...]) -> None:
    for playbook in shipped:
        for step in playbook.steps:
            assert step.citations, f"{playbook.key}.{step.key}"
            assert set(step.citations) <= set(playbook.citations)
            assert step.partner is None or step.partner in PARTNER_KINDS


def test_citations_resolve_to_plan_sections(
    shipped: tuple[Playbook, ...], index: PlanIndex
) -> None:
    raw_sections = tomllib.loads(SECTIONS_FILE.read_text(encoding="utf-8"))["sections"]
    assert len({s["id"] for s in raw_sections}) == len(raw_sections)
    for playbook in shipped:
        for citation in playbook.citations:
            section = citation.resolve(index)
            assert section is not None, f"{playbook.key}: {citation.section}"
            assert section.plan == citation.plan


def test_the_index_is_the_shipped_default(index: PlanIndex) -> None:
    assert default_plan_index() == index
    assert set(index.plans) == set(SEED_FILES)


@needs_seeds
def test_plan_headings_occur_verbatim_in_the_seeds(index: PlanIndex) -> None:
    seeds = {
        plan: squash((SEEDS / name).read_text(encoding="utf-8"))
        for plan, name in SEED_FILES.items()
    }
    missing = [
        f"{s.id}: {s.heading}"
        for s in index.sections.values()
        if squash(s.heading) not in seeds[s.plan]
    ]
    assert missing == []


# Names of laws and bodies may be quoted; everything else must be our own wording.
PROPER_NAMES = (
    "plant variety protection and seed act",
    "unfair competition prevention act",
    "japanese standards association",
    "new market creation standardization system",
)


def without_proper_names(text: str) -> str:
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return text


@needs_seeds
def test_texts_are_our_own_words(shipped: tuple[Playbook, ...]) -> None:
    """No run of eight English words, or twelve characters of CJK text, comes from a plan."""
    english = squash((SEEDS / SEED_FILES["ipsp2017"]).read_text(encoding="utf-8")).lower()
    english = without_proper_names(english)
    seed_words = re.findall(r"[a-z0-9']+", english)
    seed_runs = {tuple(seed_words[i : i + 8]) for i in range(len(seed_words) - 7)}
    chinese = re.sub(r"\s+", "", (SEEDS / SEED_FILES["ipp2025"]).read_text(encoding="utf-8"))
    for playbook in shipped:
        for where, text in all_texts(playbook):
            words = re.findall(r"[a-z0-9']+", without_proper_names(text.en.lower()))
            copied = [
                " ".join(words[i : i + 8])
                for i in range(len(words) - 7)
                if tuple(words[i : i + 8]) in seed_runs
            ]
            assert copied == [], f"{playbook.key} {where}"
            ja = re.sub(r"\s+", "", text.ja)
            shared = [ja[i : i + 12] for i in range(len(ja) - 11) if ja[i : i + 12] in chinese]
            assert shared == [], f"{playbook.key} {where}"


def test_no_playbook_sends_firms_to_the_closed_time_stamp_service(
    shipped: tuple[Playbook, ...],
) -> None:
    for playbook in shipped:
        for where, text in all_texts(playbook):
            for body in (text.ja, text.en):
                if "INPIT" in body:
                    assert not re.search(r"time.?stamp|タイムスタンプ", body, re.I), where


def test_domain_partners_are_where_a_consultant_expects(
    shipped: tuple[Playbook, ...],
) -> None:
    by_key = {p.key: p for p in shipped}
    gi_partners = {s.partner for s in by_key["gi_registration"].steps}
    assert {"maff_gi", "nta"} <= gi_partners
    assert "inpit" in {s.partner for s in by_key["trade_secret"].steps}
    assert "jetro" in {s.partner for s in by_key["overseas_counterfeits"].steps}
    assert "jsa" in {s.partner for s in by_key["standardization"].steps}
    assert by_key["regional_trademark"].audience.firm_kinds == ("association",)
    assert by_key["gi_registration"].audience.firm_kinds == ("association",)
    assert {c.plan for c in by_key["sleeping_patents"].citations} >= {"ipp2025"}


def test_core_modules_do_not_import_qt() -> None:
    code = (
        "import sys, desktop.core.playbooks, desktop.core.recommendations;"
        "bad = [m for m in sys.modules if m.startswith('PySide6')];"
        "sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, check=False)
    assert result.returncode == 0


def test_localized_text_picks_the_language() -> None:
    text = LocalizedText(ja="窓口", en="Counter")
    assert text.get("ja") == "窓口"
    assert text.get("ja_JP") == "窓口"
    assert text.get("en-GB") == "Counter"
    assert text.get("fr") == "Counter"
    assert text.get("") == "Counter"


# ------------------------------------------------------------------ local playbooks

VALID = """\
key = "{key}"
version = 1
title.ja = "試験用"
title.en = "For testing"
summary.ja = "試験用のプレイブック"
summary.en = "A playbook for testing"

[audience]
types = ["developing"]
stages = [1]
topics = ["gi"]

[[citations]]
plan = "ipsp2017"
section = "ipsp2017-II-1-gi-use"

[[steps]]
key = "one"
title.ja = "一"
title.en = "One"
guidance.ja = "最初の手順"
guidance.en = "The first step"
evidence.ja = "記録"
evidence.en = "A record"
partner = "maff_gi"

[[steps]]
key = "two"
title.ja = "二"
title.en = "Two"
guidance.ja = "次の手順"
guidance.en = "The next step"
evidence.ja = "記録"
evidence.en = "A record"
"""


def write(folder: Path, key: str, text: str) -> Path:
    path = folder / f"{key}.toml"
    path.write_text(text, encoding="utf-8")
    return path


BROKEN = {
    # name: (how to break the valid text, field the problem must name)
    "bad_toml": (lambda t: t.replace("version = 1", "version = = 1"), ""),
    "no_summary": (
        lambda t: t.replace(
            'summary.ja = "試験用のプレイブック"\nsummary.en = "A playbook for testing"\n', ""
        ),
        "summary",
    ),
    "bad_topic": (
        lambda t: t.replace('topics = ["gi"]', 'topics = ["gi", "astrology"]'),
        "audience.topics[1]",
    ),
    "bad_stage": (lambda t: t.replace("stages = [1]", "stages = [4]"), "audience.stages[0]"),
    "no_english": (lambda t: t.replace('title.en = "For testing"\n', ""), "title.en"),
    "blank_japanese": (
        lambda t: t.replace('guidance.ja = "次の手順"', 'guidance.ja = "  "'),
        "steps[1].guidance.ja",
    ),
    "dup_step": (lambda t: t.replace('key = "two"', 'key = "one"'), "steps[1].key"),
    "bad_partner": (lambda t: t.replace('"maff_gi"', '"fortune_teller"'), "steps[0].partner"),
    "bad_section": (
        lambda t: t.replace('section = "ipsp2017-II-1-gi-use"', 'section = "nowhere"'),
        "citations[0].section",
    ),
    "wrong_plan": (
        lambda t: t.replace('plan = "ipsp2017"', 'plan = "ipp2025"'),
        "citations[0].section",
    ),
    "typo_field": (lambda t: t.replace("version = 1", "version = 1\nsumary = 2"), "sumary"),
    "stem_mismatch": (lambda t: t.replace('key = "stem_mismatch"', 'key = "other_name"'), "key"),
    "bad_cite": (
        lambda t: t.replace('partner = "maff_gi"', 'partner = "maff_gi"\ncite = ["ipsp2017-II"]'),
        "steps[0].cite[0]",
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_local_playbook_is_reported_and_skipped(
    tmp_path: Path, index: PlanIndex, name: str
) -> None:
    breaker, field = BROKEN[name]
    broken = write(tmp_path, name, breaker(VALID.format(key=name)))
    write(tmp_path, "fine_local", VALID.format(key="fine_local"))

    library = load_library(SHIPPED, tmp_path, index=index)

    loaded = set(library.keys())
    assert name not in loaded
    assert {"fine_local", "gi_registration"} <= loaded
    assert [p.severity for p in library.problems] == ["error"] * len(library.problems)
    assert {p.file for p in library.problems} == {broken}
    assert field in {p.field for p in library.problems}
    for problem in library.problems:
        assert isinstance(problem.message, Message)
        rendered = problem.message.render()
        assert rendered and "{" not in rendered


def test_all_broken_files_at_once_never_raise(tmp_path: Path, index: PlanIndex) -> None:
    for name, (breaker, _) in BROKEN.items():
        write(tmp_path, name, breaker(VALID.format(key=name)))
    (tmp_path / "latin1.toml").write_bytes('key = "caf\xe9"'.encode("latin-1"))
    (tmp_path / "folder.toml").mkdir()
    (tmp_path / "notes.txt").write_text("not a playbook", encoding="utf-8")

    library = load_library(SHIPPED, tmp_path, index=index)

    assert all(p.origin == "shipped" for p in library.playbooks)
    reported = {p.file.name for p in library.errors}
    assert reported == {f"{name}.toml" for name in BROKEN} | {"latin1.toml"}


def test_a_local_playbook_overrides_the_shipped_one(tmp_path: Path, index: PlanIndex) -> None:
    original = (SHIPPED / "trade_secret.toml").read_text(encoding="utf-8")
    local = write(
        tmp_path,
        "trade_secret",
        original.replace("version = 1", "version = 7", 1),
    )

    library = load_library(SHIPPED, tmp_path, index=index)

    playbook = library.get("trade_secret")
    assert playbook is not None
    assert (playbook.origin, playbook.version, playbook.source) == ("local", 7, local)
    assert library.errors == ()
    assert [(n.file, n.field, n.message.params) for n in library.notices] == [
        (local, "key", {"key": "trade_secret"})
    ]
    assert len(library.playbooks) == len(load_library(SHIPPED, index=index).playbooks)


def test_a_copied_shipped_folder_loads_cleanly_as_local(tmp_path: Path, index: PlanIndex) -> None:
    local = tmp_path / "mine"
    shutil.copytree(SHIPPED, local)
    library = load_library(tmp_path / "empty", local, index=index)
    assert library.errors[0].file == tmp_path / "empty"  # the missing shipped folder
    assert len(library.errors) == 1
    assert library.notices == ()
    assert {p.origin for p in library.playbooks} == {"local"}


def test_a_missing_local_folder_is_normal(tmp_path: Path, index: PlanIndex) -> None:
    library = load_library(SHIPPED, tmp_path / "not-yet-created", index=index)
    assert library.problems == ()


def test_the_app_reads_local_playbooks_from_the_data_folder(_isolated_home: Path) -> None:
    """What the README promises: files in <data folder>/playbooks are loaded, a broken one
    is reported by name and skipped, and the shipped library still loads."""
    from desktop.core.playbooks import load_default_library

    folder = _isolated_home / "playbooks"
    folder.mkdir()
    (folder / "broken.toml").write_text('key = "broken"\ntitle.ja = "壊れた"\n', encoding="utf-8")
    library = load_default_library()
    assert {p.file.name for p in library.errors} == {"broken.toml"}
    assert len(library.playbooks) >= 16 and library.get("broken") is None


def test_the_library_is_read_again_only_when_a_file_changes(_isolated_home: Path) -> None:
    """Firm pages and reports share one parsed library; a dropped-in file shows at once."""
    from desktop.core.playbooks import load_default_library

    first = load_default_library()
    assert load_default_library() is first  # nothing changed: not parsed again
    folder = _isolated_home / "playbooks"
    folder.mkdir()
    source = next(iter(sorted(resource_path("playbooks").glob("*.toml"))))
    text = source.read_text(encoding="utf-8")
    local = folder / source.name  # the key must match the file name
    local.write_text(text, encoding="utf-8")
    second = load_default_library()
    assert second is not first
    assert any(p.origin == "local" for p in second.playbooks)
    local.unlink()
    third = load_default_library()
    assert all(p.origin == "shipped" for p in third.playbooks)
