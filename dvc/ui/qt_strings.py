"""Words of Qt's own file dialog that Qt's Japanese translation lacks, carried in dvc's translation file.

Qt 6 gave "Look in:" and "Files of type:" an Alt key and names a folder through
QAbstractFileIconProvider; the qtbase_ja.qm that comes with Qt still has only the
older words, so the open and save dialogs came up half in English. Qt asks every
installed translator for a word, so dvc's file answers where Qt's has nothing.
lupdate reads the marks and the call below; nothing needs to run them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def folder_word() -> str:
    """The file dialog's type column for a folder (a call, because Qt's source has a disambiguation)."""
    return QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
