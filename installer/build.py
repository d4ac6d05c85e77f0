"""Build the Madoguchi bundle: one command, from a checkout with its ``.venv``.

    .venv/bin/python installer/build.py          (Linux)
    .venv\\Scripts\\python installer\\build.py      (Windows)

Steps: compile the translations (``scripts/build_translations.py``), render the icon
from ``resources/icons/madoguchi.svg`` with Qt's SVG renderer (PNG sizes and a Windows
.ico, into ``build/installer-assets/``), run PyInstaller with ``installer/madoguchi.spec``
into ``dist/madoguchi/``, then report the bundle's size and the build time. On Linux
the desktop entry, the icon and ``install-linux.sh`` are copied beside the programs. On
Windows the version is written for Inno Setup (``build/installer-assets/version.iss``)
and, when Inno Setup 6 is installed, the installer is compiled into ``dist/installer/``.

PyInstaller comes with the ``build`` extra: ``pip install -e ".[build]"``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ASSETS = ROOT / "build" / "installer-assets"
WORK = ROOT / "build" / "pyinstaller"
DIST = ROOT / "dist"
BUNDLE = DIST / "madoguchi"
SPEC = INSTALLER / "madoguchi.spec"
ISS = INSTALLER / "madoguchi.iss"
ICON_SVG = ROOT / "resources" / "icons" / "madoguchi.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZES = (16, 32, 48, 64, 128, 256)
WINDOWS = sys.platform.startswith("win")


def version() -> str:
    text = (ROOT / "desktop" / "version.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("desktop/version.py has no __version__")
    return found.group(1)


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def build_translations() -> None:
    step("translations")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


def _png(renderer: object, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)  # type: ignore[attr-defined]
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_file(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each size as a PNG image (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def render_icons() -> None:
    """PNG files and a multi-size .ico from the SVG, drawn by QSvgRenderer (no new tool)."""
    step("icons")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {ICON_SVG.relative_to(ROOT)}")
    ASSETS.mkdir(parents=True, exist_ok=True)
    images = {size: _png(renderer, size) for size in sorted({*ICO_SIZES, *PNG_SIZES})}
    for size in PNG_SIZES:
        (ASSETS / f"madoguchi-{size}.png").write_bytes(images[size])
    (ASSETS / "madoguchi.png").write_bytes(images[256])
    (ASSETS / "madoguchi.ico").write_bytes(ico_file({s: images[s] for s in ICO_SIZES}))
    del app


def run_pyinstaller(clean: bool) -> None:
    step("PyInstaller")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            'PyInstaller is missing: install the build extra, pip install -e ".[build]"'
        ) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def linux_extras() -> None:
    """The desktop entry, its icons and the per-user install script, beside the programs."""
    shutil.copy2(INSTALLER / "madoguchi.desktop", BUNDLE / "madoguchi.desktop")
    shutil.copy2(INSTALLER / "install-linux.sh", BUNDLE / "install-linux.sh")
    icons = BUNDLE / "icons"
    icons.mkdir(exist_ok=True)
    for size in PNG_SIZES:
        shutil.copy2(ASSETS / f"madoguchi-{size}.png", icons / f"madoguchi-{size}.png")
    shutil.copy2(ICON_SVG, icons / "madoguchi.svg")


def find_iscc() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    local = os.environ.get("LOCALAPPDATA")
    if local:
        candidate = Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe"
        if candidate.is_file():
            return str(candidate)
    return None


def windows_installer(app_version: str, skip: bool) -> None:
    """Write the version for the .iss; compile the installer when Inno Setup is here."""
    (ASSETS / "version.iss").write_text(f'#define AppVersion "{app_version}"\n', encoding="utf-8")
    if skip:
        return
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 not found: install it, then run  iscc installer\\madoguchi.iss")
        return
    step("Inno Setup")
    subprocess.run([iscc, f"/DAppVersion={app_version}", str(ISS)], check=True, cwd=ROOT)


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Madoguchi bundle (and installer).")
    parser.add_argument(
        "--clean", action="store_true", help="drop PyInstaller's cache and build from scratch"
    )
    parser.add_argument(
        "--no-installer", action="store_true", help="Windows: skip the Inno Setup step"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    app_version = version()
    print(f"Madoguchi {app_version}, Python {sys.version.split()[0]}, {sys.platform}")
    build_translations()
    render_icons()
    run_pyinstaller(args.clean)
    if WINDOWS:
        windows_installer(app_version, args.no_installer)
    else:
        linux_extras()
    elapsed = time.perf_counter() - started
    size, count = folder_size(BUNDLE)
    cli = BUNDLE / ("madoguchi-cli.exe" if WINDOWS else "madoguchi-cli")
    print(f"bundle: {BUNDLE.relative_to(ROOT)}  {size / 2**20:.1f} MiB in {count} files")
    print(f"build time: {elapsed:.1f} s")
    print(f"try it: {cli.relative_to(ROOT)} check --selftest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
