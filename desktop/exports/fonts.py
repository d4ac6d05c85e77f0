"""A Japanese font for PDFs: an embedded TrueType font when one is found, else a CID font.

Embedding (IPAexGothic, IPAGothic, Noto Sans JP, a Windows or macOS Japanese font)
makes the PDF look the same everywhere. Without one, reportlab's standard CID font
``HeiseiKakuGo-W5`` is used: always available, but the reader substitutes its own
glyphs. A font shipped under ``resources/fonts/`` wins over system fonts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.resources import resource_path

EMBEDDED_NAME = "MadoguchiJP"
CID_FALLBACK = "HeiseiKakuGo-W5"
PROBE = "窓口知財"

# Files known to carry TrueType outlines reportlab can embed, best first. (CFF-based
# OpenType fonts such as Noto Sans CJK .otf/.ttc cannot be embedded by reportlab.)
FONT_FILES = (
    "ipaexg.ttf",
    "fonts-japanese-gothic.ttf",
    "ipag.ttf",
    "IPAexGothic.ttf",
    "NotoSansJP-Regular.ttf",
    "BIZ-UDGothicR.ttc",
    "YuGothR.ttc",
    "YuGothM.ttc",
    "meiryo.ttc",
    "msgothic.ttc",
)
FC_FAMILIES = ("IPAexGothic", "IPAGothic", "Noto Sans JP", "Noto Sans CJK JP")


@dataclass(frozen=True)
class FontChoice:
    name: str
    path: Path | None

    @property
    def embedded(self) -> bool:
        return self.path is not None


def font_dirs() -> list[Path]:
    """Where fonts live on this system, per platform."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", "C:\\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    data_home = Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))
    return [
        data_home / "fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]


def _shipped() -> list[Path]:
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))


def _system() -> list[Path]:
    wanted = {name.lower(): rank for rank, name in enumerate(FONT_FILES)}
    found: list[tuple[int, Path]] = []
    for folder in font_dirs():
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                rank = wanted.get(name.lower())
                if rank is not None:
                    found.append((rank, Path(root) / name))
    return [p for _, p in sorted(found)]


def _fontconfig() -> list[Path]:
    exe = shutil.which("fc-match")
    if exe is None:
        return []
    out: list[Path] = []
    for family in FC_FAMILIES:
        try:
            result = subprocess.run(
                [exe, "-f", "%{file}", f"{family}:lang=ja"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        path = Path(result.stdout.strip())
        if result.returncode == 0 and path.suffix.lower() in (".ttf", ".ttc") and path.is_file():
            out.append(path)
    return out


def candidate_files() -> Iterator[Path]:
    seen: set[Path] = set()
    for path in (*_shipped(), *_system(), *_fontconfig()):
        if path not in seen:
            seen.add(path)
            yield path


def _load(path: Path) -> TTFont | None:
    """The font at ``path`` if reportlab can embed it and it has Japanese glyphs."""
    try:
        font = TTFont(EMBEDDED_NAME, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None
    cmap = font.face.charToGlyph
    if not all(ord(ch) in cmap for ch in PROBE):
        return None
    return font


@cache
def japanese_font() -> FontChoice:
    """Register (once per process) and return the font PDFs are set in."""
    for path in candidate_files():
        font = _load(path)
        if font is not None:
            pdfmetrics.registerFont(font)
            return FontChoice(EMBEDDED_NAME, path)
    return cid_font()


def cid_font() -> FontChoice:
    if CID_FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return FontChoice(CID_FALLBACK, None)
