"""資機材: the stock of tools and their loans."""

from dvc.ui.desks.equipment.page import EquipmentPage

__all__ = ["EquipmentPage"]
