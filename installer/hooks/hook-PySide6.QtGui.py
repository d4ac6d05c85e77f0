# Replaces PyInstaller's own hook for PySide6.QtGui (a hook in the spec's hookspath wins)
# to leave out the Qt plugins Madoguchi never loads. Dropping them here, before the
# dependency analysis, also keeps out everything they link: QtPdf, QtQuick and QtQml (the
# PDF image format, the on-screen keyboard), the EGLFS libraries, and the system's GTK
# stack with GLib, Cairo and Pango copies (the GTK 3 theme, which would load the system's
# GTK against those copies; without it Qt uses its Fusion style and the desktop portal's
# file dialogs).
#
# Kept: the xcb, Wayland, offscreen and minimal platforms; the SVG icon engine and the
# SVG, ICO, GIF and JPEG image formats; the compose and IBus input contexts (IBus is how
# Japanese is typed on Linux); the desktop-portal theme; the xcb GL integrations.

import re

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNWANTED_PLUGINS = re.compile(
    r"[/\\]plugins[/\\]("
    r"imageformats[/\\]\w*q(pdf|tiff|webp|icns|tga|wbmp)\w*"
    r"|platforms[/\\]\w*q(vnc|eglfs|linuxfb|minimalegl|vkkhrdisplay)\w*"
    r"|platformthemes[/\\]\w*qgtk3\w*"
    r"|platforminputcontexts[/\\]\w*qtvirtualkeyboard\w*"
    r"|egldeviceintegrations[/\\]"
    r")",
    re.IGNORECASE,
)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if not UNWANTED_PLUGINS.search(entry[0])]
