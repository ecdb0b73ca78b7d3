"""The 団体's own fields (name, furigana, representative, contact, block sharing), for registering and correcting it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from dvc.domain.group_input import GroupInput

REQUIRED_MARK = " <span style='color:#b00020'>*</span>"




class GroupFields:
    """The rows, added to ``form``; ``input()`` reads them, ``load()`` fills them from a stored group.

    The words keep the group dialog's context, where they were first translated.
    """

    def __init__(self, parent: QWidget, form: QFormLayout) -> None:
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": QCoreApplication.translate("GroupRegistrationDialog", "Group name"),
            "kana": QCoreApplication.translate("GroupRegistrationDialog", "Furigana"),
            "representative_name": QCoreApplication.translate("GroupRegistrationDialog", "Representative"),
            "contact_phone": QCoreApplication.translate("GroupRegistrationDialog", "Contact phone"),
            "contact_email": QCoreApplication.translate("GroupRegistrationDialog", "Contact e-mail"),
        }
        for key, label in labels.items():
            required = key == "name"
            edit = QLineEdit(parent)
            edit.setObjectName(f"group_{key}")
            title = QLabel(label + (REQUIRED_MARK if required else ""), parent)
            title.setBuddy(edit)
            form.addRow(title, edit)
            self.edits[key] = edit
        self.block_share = QCheckBox(
            QCoreApplication.translate("GroupRegistrationDialog", "May be shared with the block's councils"), parent)
        form.addRow("", self.block_share)
        self.error = QLabel(parent)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self._kept = GroupInput()  # what the form does not show, kept as stored

    def input(self) -> GroupInput:
        e = self.edits
        return GroupInput(name=e["name"].text(), kana=e["kana"].text(),
                          representative_name=e["representative_name"].text(), contact_phone=e["contact_phone"].text(),
                          contact_email=e["contact_email"].text(), block_share_consent=self.block_share.isChecked(),
                          declared_headcount=self._kept.declared_headcount, notes=self._kept.notes)

    def load(self, data: GroupInput) -> None:
        self._kept = data
        for key, edit in self.edits.items():
            edit.setText(getattr(data, key) or "")
        self.block_share.setChecked(data.block_share_consent)
