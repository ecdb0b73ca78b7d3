"""Qt translations for the GUI and the CLI. Source strings are English; Japanese is the default.

The .ts files beside this module are the sources (edit them with pyside6-linguist
or by hand); the .qm files are compiled from them by ``python -m dvc.i18n.build``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

HERE = Path(__file__).parent
_translators: list[QTranslator] = []
_language = "ja"
_installed = False


def qm_path(language: str) -> Path:
    return HERE / f"dvc_{language}.qm"


def install(language: str) -> None:
    """Load dvc's (and Qt's own) translations for ``language``.

    Works before a QApplication exists (for the CLI): ``translate`` then asks
    the translators directly.
    """
    global _language, _installed
    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()
    _language = language
    _installed = True
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))
    ours = QTranslator()
    if ours.load(str(qm_path(language))):
        _translators.append(ours)
    qt_own = QTranslator()
    if language != "en" and qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _translators.append(qt_own)
    if app is not None:
        for tr in _translators:
            app.installTranslator(tr)


def is_installed() -> bool:
    """True once a language was chosen in this process (e.g. by ``dvc --lang en``)."""
    return _installed


def language() -> str:
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    for tr in _translators:
        found = tr.translate(context, text, disambiguation, n)
        if found:
            return found
    return text


def attach_to_app() -> None:
    """Install already-loaded translators into a QApplication created after ``install``."""
    app = QCoreApplication.instance()
    if app is not None:
        for tr in _translators:
            app.installTranslator(tr)
