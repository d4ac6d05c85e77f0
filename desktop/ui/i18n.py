"""Choosing and installing the interface language.

Japanese on a Japanese system, English otherwise, unless the counter's settings or
``--lang`` say otherwise. Core messages (``desktop.core.text.Message``) are rendered
through the same Qt catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.text import LANGUAGES, Message
from desktop.resources import resource_path


def system_language() -> str:
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def choose_language(cli: str | None, setting: str | None) -> str:
    for candidate in (cli, setting):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (for standard buttons) for ``lang``.

    English is the language of the sources; its catalogue only chooses between "1 firm"
    and "2 firms" for "%n firm(s)".
    """
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"madoguchi_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    if lang == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    return installed


def render(message: Message) -> str:
    """A core message in the interface language."""
    return message.render(QCoreApplication.translate)


def error_text(exc: BaseException) -> str:
    """What to tell the user of ``exc``: our message translated, anything else as it is."""
    message = getattr(exc, "message", None)
    return render(message) if isinstance(message, Message) else str(exc)
