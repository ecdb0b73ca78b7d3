"""Settings of this laptop's user: the display language for now."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from dvc import i18n
from dvc.services import preferences

# Each language is named in itself, so someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in preferences.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies the next time dvc starts."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        preferences.save(language=self.chosen_language())
        super().accept()
