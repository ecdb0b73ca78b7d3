"""The six desks (班) of a center, in the order of a volunteer's day, each with its own package."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dvc.ui.desks.base import DeskPage
from dvc.ui.desks.dispatch import DispatchPage
from dvc.ui.desks.equipment import EquipmentPage
from dvc.ui.desks.head_office import HeadOfficePage
from dvc.ui.desks.matching import MatchingPage
from dvc.ui.desks.needs import NeedsPage
from dvc.ui.desks.reception import ReceptionPage


@dataclass(frozen=True)
class Desk:
    key: str
    title: str  # English source; see label()
    page: type[DeskPage]

    def label(self) -> str:
        return QCoreApplication.translate("desks", self.title)


DESKS = (
    Desk("reception", QT_TRANSLATE_NOOP("desks", "Reception"), ReceptionPage),
    Desk("needs", QT_TRANSLATE_NOOP("desks", "Needs"), NeedsPage),
    Desk("matching", QT_TRANSLATE_NOOP("desks", "Matching"), MatchingPage),
    Desk("dispatch", QT_TRANSLATE_NOOP("desks", "Dispatch"), DispatchPage),
    Desk("equipment", QT_TRANSLATE_NOOP("desks", "Equipment"), EquipmentPage),
    Desk("head_office", QT_TRANSLATE_NOOP("desks", "Head office"), HeadOfficePage),
)

__all__ = ["DESKS", "Desk", "DeskPage"]
